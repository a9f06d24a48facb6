// Titles shared by a list of countries: "his Saudi, Omani and Egyptian counterparts", "the
// Thai and Cambodian leaders", "the ambassadors of France and Germany"; the office plurals
// those lists end or start with.

#include "extractor/recognizer/sentence_scanner.h"

#include <cstddef>
#include <optional>
#include <utility>

#include "extractor/list_titles.h"

namespace diplograph {

// "met his Saudi, Omani and Egyptian counterparts": each demonym of the
// list is a counterpart of its country (a title, as "his Saudi
// counterpart" is), which the resolver gives its holder.
std::optional<Draft> EntityRecognizer::SentenceScanner::CounterpartInList(size_t i) const {
  auto hit = Gaz(i);
  if (!hit || hit->kind != MentionKind::kDemonym || hit->length != 1) return std::nullopt;
  size_t j = i + 1;
  while (j < end_ && j < i + 16) {
    if (IsText(toks_[j], ",") || Is(toks_[j], "and")) {
      ++j;
      continue;
    }
    const auto next = Gaz(j);
    if (!next || next->kind != MentionKind::kDemonym) break;
    j += next->length;
  }
  if (j >= end_ || !(Is(toks_[j], "counterparts") || Is(toks_[j], "colleagues"))) return std::nullopt;
  const int office = CounterpartOffice();
  if (office < 0) return std::nullopt;
  const LexEntity& e = lex_.entities[hit->entity];
  auto d = Make(i, i + 1, MentionKind::kTitle, EntityType::kPerson, Text(i, i + 1) + " counterpart");
  d->mention.country_iri = e.type == EntityType::kCountry ? e.iri : e.country;
  d->mention.office = office;
  return d;
}

// "the ambassadors of France and Germany", "the Thai and Cambodian
// leaders": each country of the list has its holder of the office, a
// title as "the French ambassador" is (the resolver gives an envoy the
// host). The list's first country starts after the plural's "of"; each
// next one right after the title before it and a comma or "and".
std::optional<Draft> EntityRecognizer::SentenceScanner::TitleInList(size_t i) const {
  auto hit = Gaz(i);
  if (!hit || lex_.entities[hit->entity].type != EntityType::kCountry) return std::nullopt;
  const int office = hit->kind == MentionKind::kDemonym ? OfficeAfterDemonymList(i, hit->length)
                     : hit->kind == MentionKind::kName  ? OfficeBeforeNameList(i)
                                                        : -1;
  if (office < 0) return std::nullopt;
  auto d = Make(i, i + hit->length, MentionKind::kTitle, EntityType::kPerson,
                 lex_.offices[static_cast<size_t>(office)].form);
  d->mention.country_iri = lex_.entities[hit->entity].iri;
  d->mention.office = office;
  return d;
}

// "the Thai and Cambodian leaders": the office whose plural ends the list
// of demonyms that the one at i (of `length` tokens) is in; -1 when none.
int EntityRecognizer::SentenceScanner::OfficeAfterDemonymList(size_t i, size_t length) const {
  // (A list: "Chilean envoys" alone may be any of its diplomats.)
  size_t j = i + length, listed = 1;
  while (j < end_ && j < i + 16) {
    if (IsText(toks_[j], ",") || Is(toks_[j], "and")) {
      ++j;
    } else if (const auto next = Gaz(j); next && next->kind == MentionKind::kDemonym) {
      j += next->length;
      ++listed;
    } else {
      break;
    }
  }
  // Each demonym of the list comes here in turn: the last one, too, is listed.
  const bool after_one = i > begin_ + 1 && (Is(toks_[i - 1], "and") || IsText(toks_[i - 1], ",")) && Gaz(i - 2);
  return listed > 1 || after_one ? OfficePluralAt(j).first : -1;
}

// "the ambassadors of A", "her counterparts from A": the office of the
// list the country named at i opens, or goes on with after the title
// read off the country before it; -1 when none.
int EntityRecognizer::SentenceScanner::OfficeBeforeNameList(size_t i) const {
  size_t k = i;
  if (k > begin_ && Is(toks_[k - 1], "the")) --k;
  // ("the foreign ministers of A and B" are left to the mentions of A and
  // B, which stand for the ministers the story names; envoys it rarely does.)
  if (k > begin_ && Is(toks_[k - 1], "of")) {
    const int office = OfficePluralEndingAt(k - 1);
    if (office >= 0 && lex_.offices[static_cast<size_t>(office)].envoy) return office;
  }
  // "her counterparts from the three countries of A, B and C": a
  // counterpart for each.
  if (k > begin_ && (Is(toks_[k - 1], "of") || Is(toks_[k - 1], "from"))) {
    for (size_t t = k - 1; t > begin_ && t + 7 > k; --t) {
      if (Is(toks_[t - 1], "counterparts") || Is(toks_[t - 1], "colleagues")) return CounterpartOffice();
      if (!toks_[t - 1].IsWord() || toks_[t - 1].IsCapitalized()) break;
    }
  }
  if (doc_.mentions.empty()) return -1;
  // The list goes on: the title before is one read off a country's name
  // alone, right before a comma or "and". (Gaz answers for this
  // sentence's tokens only.)
  const Mention& before = doc_.mentions.back();
  while (k > begin_ && (IsText(toks_[k - 1], ",") || Is(toks_[k - 1], "and"))) --k;
  if (before.sentence != sentence_ || before.kind != MentionKind::kTitle || before.office < 0 ||
      before.token_end != k || k >= i || before.token_begin < begin_ || before.token_begin >= before.token_end) {
    return -1;
  }
  const auto named = Gaz(before.token_begin);
  const bool alone = named && named->kind == MentionKind::kName &&
                     named->length == before.token_end - before.token_begin;
  return alone ? before.office : -1;
}

// The envoy plural starting at token j: its office and where it ends.
// (A token that starts no plural is turned away by its word class, before
// the walk over every plural.)
std::pair<int, size_t> EntityRecognizer::SentenceScanner::OfficePluralAt(size_t j) const {
  if (j >= end_ || !Has(j, Word::kPluralStart)) return {-1, j};
  return diplograph::OfficePluralAt(rec_.office_plurals_, toks_, j, end_);
}

// The office of the envoy plural that ends right before token `end`, or -1.
int EntityRecognizer::SentenceScanner::OfficePluralEndingAt(size_t end) const {
  if (end <= begin_ || !Has(end - 1, Word::kPluralEnd)) return -1;
  return diplograph::OfficePluralEndingAt(rec_.office_plurals_, toks_, begin_, end);
}

bool EntityRecognizer::SentenceScanner::InHeadline() const {
  return doc_.blocks[doc_.sentences[sentence_].block].kind == BlockKind::kHeadline;
}

// Whether the list token i is in follows a plural title: walking back
// over names, countries, commas, "and" and "of" reaches one's end.
bool EntityRecognizer::SentenceScanner::AfterPluralTitle(size_t i) const {
  static constexpr size_t kPluralTitleListReach = 24;  // tokens: three countries and three names
  for (size_t t = i; t > begin_ && t + kPluralTitleListReach > i; --t) {
    if (OfficePluralEndingAt(t) >= 0) return true;
    const Token& before = toks_[t - 1];
    if (!(IsText(before, ",") || Is(before, "and") || Is(before, "of") || before.IsCapitalized())) return false;
  }
  return false;
}

// The index of the lexicon's counterpart office ("counterpart"), or -1.
int EntityRecognizer::SentenceScanner::CounterpartOffice() const {
  for (size_t o = 0; o < lex_.offices.size(); ++o) {
    if (lex_.offices[o].counterpart) return static_cast<int>(o);
  }
  return -1;
}

}  // namespace diplograph
