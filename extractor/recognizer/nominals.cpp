// Nominals and pronouns: countries and organizations referred to by description ("the North",
// "the Russian side", "both sides", "the bloc", "the Pacific nation", "the Baltic states"), and
// the pronouns of people and parties.

#include "extractor/recognizer/sentence_scanner.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "extractor/word_set.h"

namespace diplograph {

// "the Baltic states", "Nordic countries": a group of countries the
// lexicon knows, standing for each member.
std::optional<Draft> EntityRecognizer::SentenceScanner::CountryGroup(size_t i) const {
  if (!Has(i, Word::kStartWord)) return std::nullopt;
  const size_t j = Is(toks_[i], "the") ? i + 1 : i;
  auto hit = rec_.MatchCountryGroup(doc_, j, end_);
  if (!hit) return std::nullopt;
  auto d = Make(i, hit->second, MentionKind::kNominal, EntityType::kCountry, "<country group>");
  d->mention.country_group = hit->first;
  return d;
}

// Where "the [modifiers] bloc" that starts at j ends (after its head
// noun, lex:organizationNominalHeads), or 0. Up to three modifiers:
// lower-case words, "15-nation", a capitalized region ("West African").
size_t EntityRecognizer::SentenceScanner::DescribedOrganizationEnd(size_t j) const {
  for (size_t k = j; k < end_ && k < j + 6; ++k) {
    if (!toks_[k].IsWord()) {
      if (IsText(toks_[k], "-") && k > j && k + 1 < end_ && toks_[k + 1].IsWord()) continue;  // "15-nation"
      return 0;
    }
    if (lex_.organization_nominal_heads.Contains(Lower(k)) && !toks_[k].IsCapitalized()) {
      // "the bloc's summit" is still the bloc; "the union leader" is a person.
      if (k + 1 < end_ && toks_[k + 1].IsWord() && !toks_[k + 1].IsCapitalized() && OfficeAt(k + 1)) return 0;
      return k + 1;
    }
    // ("the ASEAN regional bloc" is ASEAN, named.)
    if (Has(k, Word::kFunctionWord) || Has(k, Word::kDeterminer) || Gaz(k)) return 0;
  }
  return 0;
}

// Where "Pacific nation", "landlocked country" starting at j ends: one to
// three describing words, no country's own (the existing patterns read
// "the Russian state"), and a lower-case head that stands alone ("the
// state media" is no country); 0 when there is none.
size_t EntityRecognizer::SentenceScanner::DescribedCountryEnd(size_t j) const {
  static const WordSet kHeads = {"nation", "country", "state", "kingdom", "republic", "emirate",
                                 "archipelago", "monarchy"};
  static const WordSet kNot = {"same", "whole", "entire", "home", "host", "other", "first", "last", "next",
                               "only", "new", "own", "member", "nation", "country", "state", "the", "a",
                               "an", "this", "that", "its", "their", "his", "her", "our", "and", "or"};
  static const WordSet kNounAfter = {"media", "news", "department", "council", "secretary", "television", "tv",
                                     "agency", "broadcaster", "visit", "of", "level", "dinner", "funeral",
                                     "banquet", "councillor", "councilor", "prosecutor", "security", "capture"};
  for (size_t k = j; k < end_ && k < j + 4; ++k) {
    if (k > j && kHeads.Contains(Lower(k)) && !toks_[k].IsCapitalized()) {
      if (k + 1 < end_ && kNounAfter.Contains(Lower(k + 1))) return 0;
      return k + 1;
    }
    // ("the oil-rich nation": a hyphenated modifier.)
    if (IsText(toks_[k], "-") && k > j && k + 1 < end_ && toks_[k + 1].IsWord()) continue;
    if (!toks_[k].IsWord() || kNot.Contains(Lower(k)) || Has(k, Word::kNumber)) {
      return 0;
    }
    if (auto hit = Gaz(k); hit && lex_.entities[hit->entity].type == EntityType::kCountry) return 0;
  }
  return 0;
}

// Nominal's "the (conflicting) parties in Sudan", "the parties to the
// Libyan crisis" at i (on "the").
std::optional<Draft> EntityRecognizer::SentenceScanner::PartiesOfACountry(size_t i) const {
  size_t k = i + 1;
  while (k < end_ && k < i + 3 && toks_[k].IsWord() && !toks_[k].IsCapitalized() && !Is(toks_[k], "parties")) ++k;
  if (k + 2 >= end_ || !Is(toks_[k], "parties") || !(Is(toks_[k + 1], "in") || Is(toks_[k + 1], "to"))) {
    return std::nullopt;
  }
  size_t c = k + 2;
  if (c + 1 < end_ && Is(toks_[c], "the")) ++c;
  const auto hit = Gaz(c);
  if (!hit || lex_.entities[hit->entity].type != EntityType::kCountry) return std::nullopt;
  size_t end = c + hit->length;
  if (hit->kind == MentionKind::kDemonym) {
    if (end >= end_ || !lex_.conflict_nouns.Contains(Lower(end))) return std::nullopt;
    ++end;
  } else if (hit->kind != MentionKind::kName) {
    return std::nullopt;
  }
  auto d = Make(i, end, MentionKind::kNominal, EntityType::kCountry, Text(i, end));
  d->mention.country_iri = lex_.entities[hit->entity].iri;
  return d;
}

// "the North", "the Russian side", "South Korea's government", "both sides".
std::optional<Draft> EntityRecognizer::SentenceScanner::Nominal(size_t i) const {
  if (auto group = CountryGroup(i)) return group;
  const std::string_view w = Lower(i);
  // The first forms open with "the", "both" or "all", all start words: a
  // bit test turns the other words away before comparing.
  const bool start_word = Has(i, Word::kStartWord);
  const bool the = start_word && Equals(w, "the");
  const bool both = start_word && Equals(w, "both");
  const bool all = start_word && Equals(w, "all");
  if (the && i + 1 < end_ &&
      (IsText(toks_[i + 1], "North") || IsText(toks_[i + 1], "South")) &&
      !Gaz(i + 1)) {
    return Make(i, i + 2, MentionKind::kNominal, EntityType::kCountry, std::string(toks_[i + 1].text));
  }
  // "the conflicting parties in Sudan", "the parties to the Libyan
  // conflict": the sides of a country's own conflict stand for it.
  if (the) {
    if (auto d = PartiesOfACountry(i)) return d;
  }
  if ((both && i + 1 < end_ && Has(i + 1, Word::kPairNoun)) ||
      (the && i + 2 < end_ && Is(toks_[i + 1], "two") && Has(i + 2, Word::kPairNoun))) {
    size_t e = both ? i + 2 : i + 3;
    return Make(i, e, MentionKind::kNominal, EntityType::kCountry, "<pair>");
  }
  // "both prime ministers", "the two foreign ministers": a word may
  // qualify the noun.
  if (const size_t k = both ? i + 1 : the && i + 1 < end_ && Is(toks_[i + 1], "two") ? i + 2 : 0;
      k > 0 && k + 1 < end_ && toks_[k].IsWord() && !toks_[k].IsCapitalized() && !Has(k, Word::kNumber) &&
      !Has(k, Word::kFunctionWord) && Has(k + 1, Word::kPairNoun)) {
    return Make(i, k + 2, MentionKind::kNominal, EntityType::kCountry, "<pair>");
  }
  // "the three countries", "all four governments": the list just named.
  if ((the || all) && i + 2 < end_ &&
      (Is(toks_[i + 1], "three") || Is(toks_[i + 1], "four") || Is(toks_[i + 1], "five")) &&
      Has(i + 2, Word::kPairNoun)) {
    return Make(i, i + 3, MentionKind::kNominal, EntityType::kCountry, "<group>");
  }
  // "The sides signed a joint declaration": the pair just named.
  if (the && i + 2 < end_ && (Is(toks_[i + 1], "sides") || Is(toks_[i + 1], "parties")) &&
      toks_[i + 2].IsWord() &&
      !toks_[i + 2].IsCapitalized()) {
    return Make(i, i + 2, MentionKind::kNominal, EntityType::kCountry, "<pair>");
  }
  // "The Southeast Asian neighbours accuse each other", "the rivals": a
  // pair described, the one named together before.
  if (the) {
    static const WordSet kPairHeads = {"neighbours", "neighbors", "rivals", "foes", "adversaries"};
    for (size_t k = i + 1; k < end_ && k < i + 5; ++k) {
      if (kPairHeads.Contains(Lower(k))) {
        if (k + 1 < end_ && toks_[k + 1].IsWord() && !toks_[k + 1].IsCapitalized()) {
          return Make(i, k + 1, MentionKind::kNominal, EntityType::kCountry, "<pair>");
        }
        break;
      }
      if (IsText(toks_[k], "-")) continue;  // "the nuclear-armed rivals"
      if (!toks_[k].IsWord() || Gaz(k) || Has(k, Word::kNumber)) break;
    }
  }
  // "The leaders also signed", "the foreign ministers agreed": holders of
  // an office in the plural, acting, are the pair just named (the resolver
  // finds them); not a title before names or countries ("the leaders of").
  // (Envoys are those summoned last; see the relation extractor.)
  if (the) {
    if (const auto [office, k] = OfficePluralAt(i + 1);
        office >= 0 && !lex_.offices[static_cast<size_t>(office)].envoy && k < end_ && toks_[k].IsWord() &&
        !toks_[k].IsCapitalized() &&
        !Has(k, Word::kFunctionWord)) {
      return Make(i, k, MentionKind::kNominal, EntityType::kCountry, "<pair>");
    }
  }
  // "the two agreed", "the two also signed": no noun, the parties just met.
  if (the && i + 2 < end_ && Is(toks_[i + 1], "two") && toks_[i + 2].IsWord() &&
      !toks_[i + 2].IsCapitalized() && (Lower(i + 2).ends_with("ed") || Is(toks_[i + 2], "also"))) {
    return Make(i, i + 2, MentionKind::kNominal, EntityType::kCountry, "<pair>");
  }
  // "the bloc", "the 15-nation bloc", "the Western military alliance": an
  // international organization described, which the resolver finds among
  // those named before.
  if (the) {
    if (const size_t e = DescribedOrganizationEnd(i + 1); e > 0) {
      return Make(i, e, MentionKind::kNominal, EntityType::kInternationalOrganization, "<described>");
    }
  }
  // "the Pacific nation", "the island state": a country described, which
  // the resolver finds among those named before.
  if (the) {
    if (const size_t e = DescribedCountryEnd(i + 1); e > 0) {
      return Make(i, e, MentionKind::kNominal, EntityType::kCountry, "<described>");
    }
  }
  size_t j = the ? i + 1 : i;
  if (j >= end_) return std::nullopt;
  // The noun comes after the modifier: without one later in the sentence,
  // no modifier need be looked for.
  if (last_government_noun_ == kUnknown || last_government_noun_ <= j) return std::nullopt;
  if (auto cm = CountryModifier(j)) {
    size_t k = cm->second;
    if (k < end_ && Has(k, Word::kGovernmentNoun)) {
      auto d = Make(j, k + 1, MentionKind::kNominal, EntityType::kCountry, Text(j, k + 1));
      d->mention.country_iri = cm->first;
      return d;
    }
  }
  // "the Biden administration", "the Ortega regime": a leader the lexicon
  // knows names the government of their country.
  if (auto hit = Gaz(j); hit && lex_.entities[hit->entity].type == EntityType::kPerson &&
                         lex_.entities[hit->entity].leader && !lex_.entities[hit->entity].country.empty()) {
    size_t k = j + hit->length;
    if (k < end_ && Has(k, Word::kGovernmentNoun) && !Is(toks_[k], "side")) {
      auto d = Make(j, k + 1, MentionKind::kNominal, EntityType::kCountry, Text(j, k + 1));
      d->mention.country_iri = lex_.entities[hit->entity].country;
      return d;
    }
  }
  return std::nullopt;
}

std::optional<Draft> EntityRecognizer::SentenceScanner::Pronoun(size_t i) const {
  // Every pronoun below is a start word: most tokens are none.
  if (!Has(i, Word::kStartWord)) return std::nullopt;
  const std::string_view w = Lower(i);
  if (w.size() > 5) return std::nullopt;  // longer than any pronoun below
  if (Equals(w, "he") || Equals(w, "him") || Equals(w, "his") || Equals(w, "she") || Equals(w, "her")) {
    return Make(i, i + 1, MentionKind::kPronoun, EntityType::kPerson, std::string(w));
  }
  if (Equals(w, "their") || Equals(w, "they")) {
    return Make(i, i + 1, MentionKind::kPronoun, EntityType::kCountry, "<pair>");
  }
  if ((Equals(w, "we") || Equals(w, "our") || Equals(w, "us") || Equals(w, "i") || Equals(w, "my") ||
       Equals(w, "me")) &&
      quoted_[i - begin_]) {
    return Make(i, i + 1, MentionKind::kPronoun, EntityType::kPerson, "<speaker>");
  }
  return std::nullopt;
}

}  // namespace diplograph
