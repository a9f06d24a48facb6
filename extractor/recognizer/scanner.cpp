// The scan of one sentence: the scanner's tables, set up when it starts; the start gate
// (MayStart) and the patterns tried in priority order at each token (EmitFirstMatch, Run);
// the memos of the lexicon's, offices' and bodies' matches; drafts and their emission.

#include "extractor/recognizer/sentence_scanner.h"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extractor/one_line.h"

namespace diplograph {

EntityRecognizer::SentenceScanner::SentenceScanner(const EntityRecognizer& rec, Document& doc, size_t sentence,
                                                   Tally& tally, const TokenClasses<Word>& classes, Scratch& scratch)
    : rec_(rec), lex_(rec.lexicon_), doc_(doc), tally_(tally), toks_(doc.tokens), classes_(classes),
      sentence_(sentence),
      begin_(doc.sentences[sentence].token_begin), end_(doc.sentences[sentence].token_end),
      quoted_(scratch.quoted), gaz_(scratch.gaz), office_(scratch.office), body_(scratch.body),
      next_office_(scratch.next_office), next_body_(scratch.next_body), next_company_(scratch.next_company),
      name_word_(scratch.name_word), run_end_(scratch.run_end), head_end_(scratch.head_end) {
  for (auto* table : {&run_end_, &head_end_}) table->clear();
  quoted_.clear();
  gaz_.clear();
  office_.clear();
  body_.clear();
  bool open = false;
  for (size_t i = begin_; i < end_; ++i) {
    if (Has(i, Word::kGovernmentNoun)) last_government_noun_ = i;
    if (IsText(toks_[i], "\"")) {
      open = !open;
      quoted_.push_back(false);
    } else {
      quoted_.push_back(open);
    }
  }
  BuildNear();
}

// Emits the first pattern, in priority order, that matches at token i,
// and sets *next to the token after it; false when none matches.
// (Emitted here: handing the draft up to Run moved it once more.)
bool EntityRecognizer::SentenceScanner::EmitFirstMatch(size_t i, size_t* next) {
  using S = SentenceScanner;
  // The patterns as template arguments: direct calls, which the compiler
  // may inline (most give up at their first test), where a loop over
  // member pointers made an indirect call of each. A pattern whose own
  // first test is one of these is not called where it fails: the calls
  // cost more than the tests. (Each pattern keeps its test; with
  // set_check_start_gate, GatedPatternMatches checks the gates.)
  const Token& t = toks_[i];
  const bool first = i == begin_;                    // ListedAgreement
  const bool name_start = Has(i, Word::kNameStart);  // else Gaz(i) finds nothing
  const bool name_word = IsNameWord(i);
  const bool capitalized = t.IsCapitalized();
  const bool number = Has(i, Word::kNumber) || (!t.text.empty() && t.text[0] >= '0' && t.text[0] <= '9');
  const bool start_word = Has(i, Word::kStartWord);
  // Group: a count, or a capitalized word. NamedAgreement: a capitalized
  // word, or a quotation mark before one. Nominal: a start word, or a
  // government noun later. DescribedAgreement: a determiner or count, or
  // a possessive or a verb of signing before.
  const bool group = number || capitalized;
  const bool named_agreement = capitalized || IsText(t, "\"");
  const bool nominal = start_word || (last_government_noun_ != kUnknown && last_government_noun_ > i);
  const bool described_agreement = number || Has(i, Word::kDeterminer) ||
                                   (i > begin_ && (Has(i - 1, Word::kSignVerb) || IsPossessiveAt(toks_, i - 1)));
  return (first && TryEmit<&S::ListedAgreement>(i, next)) ||
         (name_start && TryEmit<&S::CounterpartInList>(i, next)) ||
         (name_start && TryEmit<&S::TitleInList>(i, next)) ||
         (Near(next_office_, i) && TryEmit<&S::TitledPerson>(i, next)) ||
         (Near(next_body_, i) && TryEmit<&S::Body>(i, next)) || (group && TryEmit<&S::Group>(i, next)) ||
         (Near(next_company_, i) && TryEmit<&S::DescribedOrganization>(i, next)) ||
         (name_word && TryEmit<&S::CompanyName>(i, next)) ||
         (named_agreement && TryEmit<&S::NamedAgreement>(i, next)) || (nominal && TryEmit<&S::Nominal>(i, next)) ||
         (name_word && TryEmit<&S::Place>(i, next)) || (name_start && TryEmit<&S::Known>(i, next)) ||
         (name_word && TryEmit<&S::NamedPerson>(i, next)) ||
         (described_agreement && TryEmit<&S::DescribedAgreement>(i, next)) ||
         (start_word && TryEmit<&S::Pronoun>(i, next));
}

// For set_check_start_gate: whether a pattern matches at some token of
// the sentence where its gate in EmitFirstMatch says it cannot.
bool EntityRecognizer::SentenceScanner::GateMissed() const {
  for (size_t k = begin_; k < end_; ++k) {
    if (GatedPatternMatches(k)) return true;
  }
  return false;
}

// Whether a pattern matches at token i where
// EmitFirstMatch's gate for it (its first test, asked again here) says
// it cannot. (The patterns called through pointers: direct calls here
// too changed how the compiler inlines them in EmitFirstMatch.)
bool EntityRecognizer::SentenceScanner::GatedPatternMatches(size_t i) const {
  using S = SentenceScanner;
  using Pattern = std::optional<Draft> (S::*)(size_t) const;
  const Token& t = toks_[i];
  const bool number = Has(i, Word::kNumber) || (!t.text.empty() && t.text[0] >= '0' && t.text[0] <= '9');
  const bool start_word = Has(i, Word::kStartWord);
  const bool name_start = Has(i, Word::kNameStart), name_word = IsNameWord(i);
  const std::pair<bool, Pattern> gated[] = {
      {i == begin_, &S::ListedAgreement},
      {name_start, &S::CounterpartInList},
      {name_start, &S::TitleInList},
      {Near(next_office_, i), &S::TitledPerson},
      {Near(next_body_, i), &S::Body},
      {number || t.IsCapitalized(), &S::Group},
      {Near(next_company_, i), &S::DescribedOrganization},
      {name_word, &S::CompanyName},
      {t.IsCapitalized() || IsText(t, "\""), &S::NamedAgreement},
      {start_word || (last_government_noun_ != kUnknown && last_government_noun_ > i), &S::Nominal},
      {name_word, &S::Place},
      {name_start, &S::Known},
      {name_word, &S::NamedPerson},
      {number || Has(i, Word::kDeterminer) ||
           (i > begin_ && (Has(i - 1, Word::kSignVerb) || IsPossessiveAt(toks_, i - 1))),
       &S::DescribedAgreement},
      {start_word, &S::Pronoun},
  };
  return std::any_of(std::begin(gated), std::end(gated),
                     [&](const auto& g) { return !g.first && (this->*g.second)(i).has_value(); });
}

void EntityRecognizer::SentenceScanner::Run() {
  size_t i = begin_;
  while (i < end_) {
    const bool may_start = MayStart(i);
    if (!may_start && !rec_.check_start_gate_) {
      ++i;
      continue;
    }
    size_t next = i + 1;
    if (EmitFirstMatch(i, &next)) missed_start_ |= !may_start;
    i = next;
  }
}

std::optional<GazetteerHit> EntityRecognizer::SentenceScanner::GazMemo(size_t i) const {
  Memo<GazetteerHit>& m = Slot(gaz_, i);
  if (!m.known) m = {true, rec_.gazetteer_.Match(toks_, i, end_)};
  return m.value;
}

std::optional<std::pair<int, size_t>> EntityRecognizer::SentenceScanner::OfficeMemo(size_t i) const {
  Memo<std::pair<int, size_t>>& m = Slot(office_, i);
  if (!m.known) m = {true, rec_.MatchOffice(doc_, i, end_)};
  return m.value;
}

std::optional<std::pair<int, size_t>> EntityRecognizer::SentenceScanner::BodyMemo(size_t i) const {
  Memo<std::pair<int, size_t>>& m = Slot(body_, i);
  if (!m.known) m = {true, rec_.MatchBody(doc_, i, end_)};
  return m.value;
}

// Near's three tables, in one pass from the end of the sentence, built
// up front: nearly every sentence needs all three (MayStart asks each),
// and Near, asked at most tokens, stays a lookup. Each kind needs its
// word class at k (kOfficeStart, kBodyStart, kCompanyNoun or kVesselNoun):
// a word of no class is passed over, and one of other classes is not
// handed to OfficeAt and BodyAt (their own bit tests, out of line, cost a
// call per token).
void EntityRecognizer::SentenceScanner::BuildNear() const {
  const size_t n = end_ - begin_;
  for (NextTable* table : {&next_office_, &next_body_, &next_company_}) {
    if (table->next.size() < n + 1) table->next.resize(n + 1);
    table->next[n] = end_;
  }
  size_t office = end_, body = end_, company = end_;
  for (size_t k = end_; k-- > begin_;) {
    if (classes_.Any(k)) {
      if (Has(k, Word::kOfficeStart) && OfficeAt(k)) office = k;
      if (Has(k, Word::kBodyStart) && BodyAt(k)) body = k;
      if (CompanyNounAt(k)) company = k;
    }
    next_office_.next[k - begin_] = office;
    next_body_.next[k - begin_] = body;
    next_company_.next[k - begin_] = company;
  }
}

std::string EntityRecognizer::SentenceScanner::Text(size_t b, size_t e) const {
  return OneLine(doc_.View({toks_[b].span.begin, toks_[e - 1].span.end}));
}

// Takes the draft: its mention is moved, not copied, into the document.
void EntityRecognizer::SentenceScanner::Emit(Draft&& d) {
  if (d.mention.span.empty()) return;
  doc_.mentions.push_back(std::move(d.mention));
  tally_.Add(doc_.mentions.back(), lex_);
}

}  // namespace diplograph
