// Agreements: named ("Comprehensive Strategic Partnership Treaty", "Treaty of Friendship"),
// listed under a signing ("MoU on ... signed by X and Y") and described ("the treaty", "two
// accords", "sign defence pact").

#include "extractor/recognizer/sentence_scanner.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "extractor/listed_agreements.h"

namespace diplograph {

// "Comprehensive Strategic Partnership Treaty", quoted or not.
std::optional<Draft> EntityRecognizer::SentenceScanner::NamedAgreement(size_t i) const {
  size_t b = i;
  bool quoted = IsText(toks_[i], "\"");
  if (quoted) ++b;
  if (b >= end_) return std::nullopt;  // a closing quotation mark ends the sentence
  size_t j = IsNameWord(b) ? AgreementRunEnd(AfterHyphenGlue(b + 1)) : b;
  // "Treaty of Friendship", "Agreement on Trade": a head, then its subject.
  if (b + 2 < end_ && (Is(toks_[b + 1], "of") || Is(toks_[b + 1], "on") || Is(toks_[b + 1], "for")) &&
      toks_[b].IsCapitalized() && lex_.agreement_heads.Contains(toks_[b].text) && IsNameWord(b + 2)) {
    size_t k = NamedSubjectEnd(b + 2);
    // "Memorandum of Understanding on Political and Diplomatic
    // Consultations": what a named kind is on or for, in capitals too.
    if (k + 1 < end_ && (Is(toks_[k], "on") || Is(toks_[k], "for")) && IsNameWord(k + 1) && !Gaz(k + 1)) {
      k = NamedSubjectEnd(k + 1);
    }
    auto d = Make(b, k, MentionKind::kName, EntityType::kAgreement, Text(b, k));
    if (quoted && k < end_ && IsText(toks_[k], "\"")) d->end = k + 1;
    return d;
  }
  // Trim back to the last agreement head.
  j = std::max(LastAgreementHeadEnd(j), b);
  if (j <= b || j - b < 2 || !toks_[j - 1].IsCapitalized()) return std::nullopt;
  auto d = Make(b, j, MentionKind::kName, EntityType::kAgreement, Text(b, j));
  if (quoted && j < end_ && IsText(toks_[j], "\"")) d->end = j + 1;
  return d;
}

// Where a capitalized subject starting at name word k ends: name words,
// joined by "and", "of" or "between" to more of them ("Political and
// Diplomatic Consultations", "Cooperation between the Diplomatic
// Academies").
size_t EntityRecognizer::SentenceScanner::NamedSubjectEnd(size_t k) const {
  static constexpr size_t kMaxWords = 12;
  const size_t first = k;
  while (k < end_ && k < first + kMaxWords) {
    if (IsNameWord(k)) {
      ++k;
      continue;
    }
    const bool joint = Is(toks_[k], "and") || Is(toks_[k], "of") || Is(toks_[k], "between");
    size_t next = k + 1;
    if (joint && next < end_ && Is(toks_[next], "the")) ++next;
    // ("the Agreement on Trade and Bolivia's ...": a party is no subject.)
    if (!joint || next >= end_ || !IsNameWord(next) || Gaz(next)) break;
    k = next;
  }
  return k;
}

// NamedAgreement's run of name words (and, after the first, "of", "on",
// "and", "for"), hyphen-glued parts included: where the run going on at
// token j ends. Memoized for the sentence, since the run is the same from
// every token in it (a scan from each was quadratic in a long run).
size_t EntityRecognizer::SentenceScanner::AgreementRunEnd(size_t j) const {
  if (run_end_.empty()) run_end_.assign(end_ - begin_ + 1, kUnknown);
  const size_t first = j;
  while (j < end_ && run_end_[j - begin_] == kUnknown &&
         (IsNameWord(j) || Is(toks_[j], "of") || Is(toks_[j], "on") || Is(toks_[j], "and") ||
          Is(toks_[j], "for"))) {
    j = AfterHyphenGlue(j + 1);
  }
  const size_t end = j < end_ && run_end_[j - begin_] != kUnknown ? run_end_[j - begin_] : j;
  // The tokens walked, walked again to record the end: listing them cost
  // an allocation per call.
  for (size_t k = first; k != j; k = AfterHyphenGlue(k + 1)) run_end_[k - begin_] = end;
  return end;
}

size_t EntityRecognizer::SentenceScanner::AfterHyphenGlue(size_t j) const {
  while (IsHyphenGlue(toks_, j, end_)) j += 2;
  return j;
}

// The largest p <= j after an agreement head (token p - 1 is one), or
// begin_ when there is none. Computed for the whole sentence once.
size_t EntityRecognizer::SentenceScanner::LastAgreementHeadEnd(size_t j) const {
  if (head_end_.empty()) {
    head_end_.assign(end_ - begin_ + 1, begin_);
    for (size_t p = begin_ + 1; p <= end_; ++p) {
      head_end_[p - begin_] = Has(p - 1, Word::kAgreementHead) ? p : head_end_[p - 1 - begin_];
    }
  }
  return head_end_[j - begin_];
}

// The phrase at i follows a list's comma or "and", in a clause whose
// verb of signing comes before it: "signed an accord on X, and a deal".
bool EntityRecognizer::SentenceScanner::SignedListItem(size_t i) const {
  static constexpr size_t kReach = 60;
  if (i == begin_ || !(IsText(toks_[i - 1], ",") || Is(toks_[i - 1], "and"))) return false;
  for (size_t k = i - 1; k-- > begin_ && k + kReach > i;) {
    if (SignVerb(k)) return true;
    if (IsText(toks_[k], ";") || IsText(toks_[k], ":") || Is(toks_[k], "but")) return false;
  }
  return false;
}

// An item of a list of signed texts: "MoU on the establishment of a joint
// working group on trade signed by X and Y." The sentence opens with the
// kind of agreement, no article, and everything up to "signed by" is its
// name ("was signed by" too).
std::optional<Draft> EntityRecognizer::SentenceScanner::ListedAgreement(size_t i) const {
  static constexpr size_t kMaxNameTokens = 40;
  if (i != begin_) return std::nullopt;
  const Token& t = toks_[i];
  const bool head = lex_.agreement_abbreviations.Contains(t.text) ||
                    (t.IsCapitalized() && Has(i, Word::kAgreementHead));
  if (!head) return std::nullopt;
  for (size_t j = i + 1; j + 1 < end_ && j < i + kMaxNameTokens; ++j) {
    if (!SignVerb(j) || !Is(toks_[j + 1], "by")) continue;
    size_t e = j;
    if (Is(toks_[e - 1], "was") || Is(toks_[e - 1], "were")) --e;
    while (e > i + 1 && IsText(toks_[e - 1], ",")) --e;
    if (e < i + 2) return std::nullopt;  // "MoU signed by": no name of its own
    return Make(i, e, MentionKind::kName, EntityType::kAgreement, Text(i, e));
  }
  // An item under "The following agreements were signed:": the whole
  // item is the name.
  if (!SigningListIntro(doc_, sentence_, lex_, rec_.sign_verbs_)) return std::nullopt;
  size_t e = end_;
  while (e > i + 1 && !toks_[e - 1].IsWord() && !IsText(toks_[e - 1], ")")) --e;
  if (e < i + 2 || e > i + kMaxNameTokens) return std::nullopt;
  return Make(i, e, MentionKind::kName, EntityType::kAgreement, Text(i, e));
}

// "signed by" within the few words after token k, before any comma or
// other clause ("was issued in Beijing signed by").
bool EntityRecognizer::SentenceScanner::SignedByAfter(size_t k) const {
  for (size_t j = k; j + 1 < end_ && j < k + 8; ++j) {
    if (!toks_[j].IsWord()) return false;
    if (SignVerb(j) && Is(toks_[j + 1], "by")) return true;
  }
  return false;
}

// [the|a|its|their|X's] [modifiers] head: "the treaty", "Moscow's new partnership treaty".
std::optional<Draft> EntityRecognizer::SentenceScanner::DescribedAgreement(size_t i) const {
  const std::string_view w = Lower(i);
  // "12 cooperation agreements", "two accords": a count is a determiner too.
  const bool count = Has(i, Word::kNumber) || (!w.empty() && w[0] >= '0' && w[0] <= '9' && toks_[i].IsWord());
  bool det = Has(i, Word::kDeterminer) || count;
  bool possessed = i > begin_ && IsPossessiveAt(toks_, i - 1);
  // Headlines drop the article: "Kenya, Ethiopia sign defence pact".
  if (!det && !possessed && !(i > begin_ && !toks_[i].IsCapitalized() && SignVerb(i - 1))) return std::nullopt;
  size_t b = det && !Equals(w, "new") && !count ? i + 1 : i;
  size_t start = b;  // where the name begins: past a quoted descriptor
  int quotes = 0;
  size_t hyphens = 0;  // "a 2024-2025 cooperation program": a hyphen is no word of the five
  for (size_t j = b; j < end_ && j < b + 5 + hyphens; ++j) {
    const std::string_view lw = Lower(j);
    if (count && j == b) continue;  // "Three memoranda ...": the count itself
    // "the MoU", "an FTA": an abbreviation of a kind of agreement.
    const bool abbreviation = lex_.agreement_abbreviations.Contains(toks_[j].text);
    // A statement is signed only sometimes: "a joint statement ... signed
    // by X", "signed a joint statement".
    const bool signed_statement =
        Has(j, Word::kSignedOnlyHead) && (SignedByAfter(j + 1) || (i > begin_ && SignVerb(i - 1)));
    if ((Has(j, Word::kAgreementHead) && !toks_[j].IsCapitalized()) || abbreviation || signed_statement) {
      if (quotes % 2 != 0) return std::nullopt;  // a quoted phrase: a "declaration of war"
      // "a deal" is usually hypothetical ("seek a deal"), but not once signed.
      // ("signed an accord and a trade deal": an item of a signed list is signed too.)
      if (Equals(lw, "deal") && !Equals(w, "the") && !(i > begin_ && SignVerb(i - 1)) && !SignedListItem(i)) {
        return std::nullopt;
      }
      size_t end = j + 1;
      if (end + 1 < end_ && lex_.agreement_kinds.Contains(std::string(Lower(end)) + " " + std::string(Lower(end + 1)))) {
        end += 2;  // "memorandum of understanding"
      }
      return Make(start, end, MentionKind::kNominal, EntityType::kAgreement, Text(start, end));
    }
    if (IsText(toks_[j], "-")) {
      ++hyphens;
      // "the newly-signed pact", "a long-awaited accord": a participle
      // describes the agreement, and is not part of its name.
      if (j + 1 < end_ && Lower(j + 1).size() > 3 && Lower(j + 1).ends_with("ed")) {
        start = j + 2;
        ++j;
      }
      continue;
    }
    // "the \"historic\" agreement": a word in quotes describes it, and is
    // not part of its name.
    if (Lower(j) == "\"") {
      ++quotes;
      start = j + 1;
      continue;
    }
    // "The talks covered the treaty": another determiner starts another phrase.
    if (!toks_[j].IsWord() || toks_[j].IsCapitalized() || Has(j, Word::kFunctionWord) ||
        (j > b && Has(j, Word::kDeterminer) && !Equals(lw, "new"))) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

}  // namespace diplograph
