#include "extractor/entity_recognizer.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <tuple>
#include <unordered_map>
#include <map>
#include <set>

#include "extractor/list_titles.h"
#include "extractor/short_country_names.h"
#include "extractor/listed_agreements.h"
#include "extractor/literal.h"
#include "extractor/name_key.h"
#include "extractor/one_line.h"
#include "extractor/word_set.h"

namespace diplograph {

namespace {

// Token comparisons with a literal (see literal.h).
template <size_t N>
bool Is(const Token& t, const char (&lower)[N]) {
  return Equals(t.lower, lower);
}
template <size_t N>
bool IsText(const Token& t, const char (&text)[N]) {
  return Equals(t.text, text);
}

// "Russia's", "the allies'": a possessive marker; a bare ' is one only when
// glued to a word ending in s (otherwise it closes a quotation).
// (Always inlined: it is asked at nearly every token, and answered at its
// first byte; the call cost more than that.)
__attribute__((always_inline)) inline bool IsPossessiveAt(const std::vector<Token>& toks, size_t i) {
  const Token& t = toks[i];
  if (*t.text.data() != '\'') return false;  // nearly every token, at one byte (an empty text's is its NUL)
  if (IsText(t, "'s")) return true;
  if (!IsText(t, "'") || t.space_before || i == 0) return false;
  const std::string_view prev = toks[i - 1].text;
  return !prev.empty() && (prev.back() == 's' || prev.back() == 'S');
}

// (Always inlined: asked at many tokens, and most fail its first tests.)
__attribute__((always_inline)) inline bool IsHyphenGlue(const std::vector<Token>& toks, size_t i, size_t end) {
  return i + 1 < end && IsText(toks[i], "-") && !toks[i].space_before && !toks[i + 1].space_before &&
         toks[i + 1].IsWord();
}

bool IsUpperStart(const std::string& w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// DescribedAgreement's: what may open a described agreement ("the", "its",
// "new"), and the words that end the search for its head.
const WordSet& AgreementDeterminers() {
  static const WordSet kDeterminers = {
      "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "new"};
  return kDeterminers;
}
// Nominal's: after a country modifier they stand for its government.
const WordSet& GovernmentNouns() {
  static const WordSet kNouns = {"side",   "government", "administration", "authorities",
                                 "regime", "leadership", "parties"};
  return kNouns;
}
const WordSet& AgreementFunctionWords() {
  static const WordSet kFunctionWords = {
      "of", "on", "in", "to", "for", "with", "about", "over", "regarding", "between", "and",
      "or", "by", "from", "at", "as", "that", "which", "is", "are", "was", "were", "be", "not"};
  return kFunctionWords;
}

// The words Nominal ("the North", "both sides", "all four governments") and
// Pronoun start with, for MayStart.
const WordSet& StartWords() {
  static const WordSet kWords = {"the", "both", "all", "he", "him", "his", "she", "her", "their",
                                 "they", "we", "our", "us", "i", "my", "me"};
  return kWords;
}

// Whether each token is a name word: a capitalized word that is no name
// stopword ("The", "Monday").
void FillNameWords(const std::vector<Token>& tokens, const Lexicon& lexicon, std::vector<char>& out) {
  out.clear();
  out.reserve(tokens.size());
  for (const Token& t : tokens) {  // (capitals first: most tokens have none)
    out.push_back(t.IsCapitalized() && t.IsWord() && !lexicon.name_stopwords.Contains(t.text));
  }
}

// Whether the mentions begin at strictly increasing bytes.
bool StrictlyInTextOrder(const std::vector<Mention>& mentions) {
  return std::adjacent_find(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
           return a.span.begin >= b.span.begin;
         }) == mentions.end();
}

// Appends `more` to `mentions` and sorts them all by where they begin, as
// std::sort did. The scan and the partial names each come in text order,
// so when no two begin at the same byte (the sorted order is then the only
// one) a merge from the back does it, moving each mention at most once; a
// sort moved them about many times.
void AddInTextOrder(std::vector<Mention>& mentions, std::vector<Mention>&& more) {
  auto sort_all = [&] {
    mentions.insert(mentions.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    std::sort(mentions.begin(), mentions.end(),
              [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  };
  if (!StrictlyInTextOrder(mentions) || !StrictlyInTextOrder(more)) return sort_all();
  for (const Mention& m : more) {  // a tie across the lists: left to std::sort, whose order of it the output keeps
    auto at = std::lower_bound(mentions.begin(), mentions.end(), m.span.begin,
                               [](const Mention& a, size_t begin) { return a.span.begin < begin; });
    if (at != mentions.end() && at->span.begin == m.span.begin) return sort_all();
  }
  size_t a = mentions.size(), b = more.size();
  mentions.resize(a + b);
  for (size_t out = a + b; b > 0;) {
    if (a > 0 && mentions[a - 1].span.begin > more[b - 1].span.begin) {
      mentions[--out] = std::move(mentions[--a]);
    } else {
      mentions[--out] = std::move(more[--b]);
    }
  }
}

}  // namespace

// What the mentions found so far say, for the patterns that weigh the whole
// document ("Korean", "the North"). The scan only ever appends to the
// document's mentions, so the counts are read off them when a pattern asks
// (rarely: an ambiguous demonym, "the North's"), not kept up at every
// mention (which looked up every mention's IRI in two maps); counting them
// at every token was quadratic in the document.
struct EntityRecognizer::Tally {
  struct Country {
    const LexEntity* entity = nullptr;
    int mentions = 0;
  };
  // The first mention naming a country (its country_iri, else its
  // lexicon_iri): the side the article takes.
  std::string first_country;

  void Add(const Mention& m, const Lexicon& lex) {
    if (!first_country.empty()) return;
    const std::string_view first = !m.country_iri.empty() ? std::string_view(m.country_iri) : m.lexicon_iri;
    const LexEntity* e = lex.Find(first);
    if (e && e->type == EntityType::kCountry) first_country = first;
  }

  // The mentions whose lexicon_iri is `iri`, or whose country_iri is (when
  // it is not their lexicon_iri too).
  static int MentionsOf(std::string_view iri, const std::vector<Mention>& mentions) {
    int n = 0;
    for (const Mention& m : mentions) {
      n += m.lexicon_iri == iri;
      n += m.country_iri == iri && m.country_iri != m.lexicon_iri;
    }
    return n;
  }

  // Country IRI (the lexicon's) -> the mentions whose lexicon entity it is.
  static std::map<std::string_view, Country> Countries(const std::vector<Mention>& mentions, const Lexicon& lex) {
    std::map<std::string_view, Country> countries;
    for (const Mention& m : mentions) {
      const LexEntity* e = m.lexicon_iri.empty() ? nullptr : lex.Find(m.lexicon_iri);
      if (e == nullptr || e->type != EntityType::kCountry) continue;
      Country& c = countries[e->iri];
      c.entity = e;
      ++c.mentions;
    }
    return countries;
  }
};

struct EntityRecognizer::Draft {
  Mention mention;
  size_t end = 0;  // one past the last token consumed by the pattern
};

// Scans one sentence left to right, trying the patterns in priority order at
// each token not yet covered.
class EntityRecognizer::SentenceScanner {
 public:
  template <typename T>
  struct Memo {
    bool known = false;
    std::optional<T> value;
  };
  // Near's table of one kind: the next matching position from each token.
  // Its memory is overwritten, not cleared, from sentence to sentence
  // (filling it first was a good part of the cost).
  struct NextTable {
    std::vector<size_t> next;
  };
  // The per-sentence tables, by token - begin_. The caller keeps one
  // Scratch for all the sentences it scans, so their memory is reused;
  // the scanner clears them, and an empty table is one not yet built
  // (NextTables apart: BuildNear fills them for each sentence).
  struct Scratch {
    std::vector<char> quoted;  // char, not bool: read and pushed per token, and a bit vector is slow at both
    std::vector<Memo<GazetteerHit>> gaz;                   // Gaz's memo
    std::vector<Memo<std::pair<int, size_t>>> office, body;  // OfficeAt's and BodyAt's memos
    NextTable next_office, next_body, next_company;  // Near's memos
    // IsNameWord's answers for every token of the document (char, not
    // bool, as quoted): the name patterns ask about the same tokens again
    // and again, and about nearly every capitalized one, so Process works
    // them all out once (see FillNameWords) rather than memoizing them per
    // sentence, which cost more than the asking.
    std::vector<char> name_word;
    std::vector<size_t> run_end;         // AgreementRunEnd's memo
    std::vector<size_t> head_end;        // LastAgreementHeadEnd's table
  };

  SentenceScanner(const EntityRecognizer& rec, Document& doc, size_t sentence, Tally& tally,
                  const TokenClasses<Word>& classes, Scratch& scratch)
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

  // Whether some pattern of Run may match at token i: each pattern's first
  // test, in one place, so that most tokens (lower-case words of no class)
  // are passed over without calling the twelve. A pattern that can start at
  // other tokens must widen this (set_check_start_gate finds out).
  bool MayStart(size_t i) const {
    const Token& t = toks_[i];
    if (t.IsCapitalized() || IsText(t, "\"")) return true;  // names, agreements, places
    if (!t.text.empty() && t.text[0] >= '0' && t.text[0] <= '9') return true;  // counts
    if (Has(i, Word::kNumber) || Has(i, Word::kDeterminer) || Has(i, Word::kStartWord)) return true;
    if (i > begin_ && (Has(i - 1, Word::kSignVerb) || IsPossessiveAt(toks_, i - 1))) return true;
    if (Has(i, Word::kNameStart) && rec_.gazetteer_.MayStart(t.text)) return true;  // Known
    if (last_government_noun_ != kUnknown && last_government_noun_ > i) return true;  // Nominal
    return Near(next_office_, i) || Near(next_body_, i) || Near(next_company_, i);
  }

  // Emits the first pattern, in priority order, that matches at token i,
  // and sets *next to the token after it; false when none matches.
  // (Emitted here: handing the draft up to Run moved it once more.)
  bool EmitFirstMatch(size_t i, size_t* next) {
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
  bool GateMissed() const {
    for (size_t k = begin_; k < end_; ++k) {
      if (GatedPatternMatches(k)) return true;
    }
    return false;
  }
  // Whether a pattern matches at token i where
  // EmitFirstMatch's gate for it (its first test, asked again here) says
  // it cannot. (The patterns called through pointers: direct calls here
  // too changed how the compiler inlines them in EmitFirstMatch.)
  bool GatedPatternMatches(size_t i) const {
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
  template <std::optional<Draft> (SentenceScanner::*kPattern)(size_t) const>
  bool TryEmit(size_t i, size_t* next) {
    std::optional<Draft> d = (this->*kPattern)(i);
    if (!d) return false;
    *next = std::max(d->end, i + 1);
    Emit(std::move(*d));
    return true;
  }

  // True after Run when a pattern matched where MayStart said none could
  // (looked for only with set_check_start_gate).
  bool missed_start() const { return missed_start_; }

  void Run() {
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

 private:
  // --- token helpers -------------------------------------------------------
  // The lexicon matches at token i, memoized: the patterns ask for the same
  // positions over and over as they try each token.
  // (A bit test first: most tokens start no known name. The test is
  // inlined where Gaz is asked, about a million times a corpus of 5 MB,
  // and the memo is not: a call only to fail the test cost more than it.)
  __attribute__((always_inline)) std::optional<GazetteerHit> Gaz(size_t i) const {
    if (i >= end_ || !Has(i, Word::kNameStart)) return std::nullopt;
    return GazMemo(i);
  }
  std::optional<GazetteerHit> GazMemo(size_t i) const {
    Memo<GazetteerHit>& m = Slot(gaz_, i);
    if (!m.known) m = {true, rec_.gazetteer_.Match(toks_, i, end_)};
    return m.value;
  }
  // (No office or body starts with a word outside their first words' class:
  // a bit test answers for most tokens, before the memo.)
  // (Their bit tests inlined, and their memos not, as Gaz's.)
  __attribute__((always_inline)) std::optional<std::pair<int, size_t>> OfficeAt(size_t i) const {
    if (i >= end_ || !Has(i, Word::kOfficeStart)) return std::nullopt;
    return OfficeMemo(i);
  }
  std::optional<std::pair<int, size_t>> OfficeMemo(size_t i) const {
    Memo<std::pair<int, size_t>>& m = Slot(office_, i);
    if (!m.known) m = {true, rec_.MatchOffice(doc_, i, end_)};
    return m.value;
  }
  __attribute__((always_inline)) std::optional<std::pair<int, size_t>> BodyAt(size_t i) const {
    if (i >= end_ || !Has(i, Word::kBodyStart)) return std::nullopt;
    return BodyMemo(i);
  }
  std::optional<std::pair<int, size_t>> BodyMemo(size_t i) const {
    Memo<std::pair<int, size_t>>& m = Slot(body_, i);
    if (!m.known) m = {true, rec_.MatchBody(doc_, i, end_)};
    return m.value;
  }
  // Whether the table's kind (an office, a body, a company or vessel noun:
  // OfficeAt, BodyAt, CompanyNounAt) matches within kTitleReach tokens from
  // i: the title, body and company patterns give up at once where none
  // does, instead of trying their country and modifier prefixes at every
  // token.
  static constexpr size_t kTitleReach = 16;
  bool Near(const NextTable& table, size_t i) const {
    const size_t next = table.next[i - begin_];
    return next < end_ && next <= i + kTitleReach;
  }

  // Near's three tables, in one pass from the end of the sentence, built
  // up front: nearly every sentence needs all three (MayStart asks each),
  // and Near, asked at most tokens, stays a lookup. Each kind needs its
  // word class at k (kOfficeStart, kBodyStart, kCompanyNoun or kVesselNoun):
  // a word of no class is passed over, and one of other classes is not
  // handed to OfficeAt and BodyAt (their own bit tests, out of line, cost a
  // call per token).
  void BuildNear() const {
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

  template <typename T>
  T& Slot(std::vector<T>& memo, size_t i) const {
    if (memo.empty()) memo.resize(end_ - begin_);
    return memo[i - begin_];
  }

  std::string_view Lower(size_t i) const { return toks_[i].lower; }
  // Whether token i's lower-case form is a word of class c.
  bool Has(size_t i, Word c) const { return classes_.Has(i, c); }

  // (Asked of the token after a document's last too.)
  bool IsNameWord(size_t i) const { return i < name_word_.size() && name_word_[i]; }

  // Capitalized words, hyphen-glued parts included ("Kim Jong-un"), and the
  // lower-case particles of Arabic, Dutch, Spanish... names between them
  // ("Mohammed bin Salman", "Ursula von der Leyen"); at most 5 words. A
  // known person's full name is taken whole.
  size_t NameEnd(size_t i) const {
    static const WordSet kParticles = {
        "bin", "bint", "ibn", "al", "el", "de", "da", "di", "del", "della", "van", "von", "der",
        "den", "la", "le", "du", "dos", "das", "ben", "abu", "y", "e"};
    if (auto hit = Gaz(i);
        hit && lex_.entities[hit->entity].type == EntityType::kPerson) {
      return i + hit->length;
    }
    // An honorific between name words is part of the name ("Hassan Sheikh
    // Mohamud"); before them it is not (see TitledPerson).
    auto inner_honorific = [&](size_t k) {
      return k > i && k + 1 < end_ && toks_[k].IsCapitalized() && Has(k, Word::kHonorific) &&
             IsNameWord(k + 1);
    };
    size_t j = i, words = 0;
    while (j < end_ && words < 5 && (IsNameWord(j) || inner_honorific(j))) {
      if (OfficeAt(j) || BodyAt(j)) break;
      // "Kazakh President Toqayev Pays State Visit": a title-case headline's
      // verb ends the name.
      if (j > i && (Has(j, Word::kPersonVerb) || Has(j, Word::kSpeechVerb))) break;
      ++j;
      ++words;
      while (IsHyphenGlue(toks_, j, end_)) j += 2;
      size_t k = j;
      while (k < end_ && kParticles.Contains(toks_[k].text)) ++k;
      if (k > j && k < end_ && IsNameWord(k)) j = k;
      // "al-Sisi", "bin-Zayed": a particle glued to the next name word.
      if (k > j && k + 1 < end_ && IsText(toks_[k], "-") && !toks_[k].space_before && IsNameWord(k + 1)) j = k + 1;
    }
    return j;
  }

  // Past words written after an office that keep it the same office
  // ("Charge d'Affaires ad interim X", "Ambassador a.i. X"); j if none.
  size_t OfficeSuffixEnd(size_t j) const {
    if (j < end_ && lex_.office_suffixes.Contains(Lower(j))) return j + 1;
    if (j + 1 < end_ && lex_.office_suffixes.Contains(std::string(Lower(j)).append(" ").append(Lower(j + 1)))) {
      return j + 2;
    }
    return j;
  }

  std::string Text(size_t b, size_t e) const {
    return OneLine(doc_.View({toks_[b].span.begin, toks_[e - 1].span.end}));
  }

  std::optional<Draft> Make(size_t b, size_t e, MentionKind kind, EntityType type, std::string name) const {
    std::optional<Draft> d(std::in_place);
    d->mention.span = {toks_[b].span.begin, toks_[e - 1].span.end};
    d->mention.sentence = sentence_;
    d->mention.token_begin = b;
    d->mention.token_end = e;
    d->mention.title_begin = b;
    d->mention.kind = kind;
    d->mention.type = type;
    d->mention.name = std::move(name);
    d->mention.in_quote = quoted_[b - begin_];
    d->end = e;
    return d;
  }

  // Make for a mention of a lexicon entity: its label and IRI.
  std::optional<Draft> MakeKnown(size_t b, size_t e, MentionKind kind, EntityType type, const LexEntity& entity) const {
    auto d = Make(b, e, kind, type, entity.label);
    d->mention.lexicon_iri = entity.iri;
    return d;
  }

  // A country standing before an office or body: "Russian", "Russia's", "Seoul's".
  // Returns the country IRI and the token after the modifier. The IRI views
  // the lexicon or the tally, which outlive the scan of the sentence.
  std::optional<std::pair<std::string_view, size_t>> CountryModifier(size_t i) const {
    auto hit = Gaz(i);
    if (!hit) {
      // "the North's leader": the country of the document named by that word.
      if (Is(toks_[i], "the") && i + 2 < end_ && IsPossessiveAt(toks_, i + 2)) {
        std::string_view country = CompassCountry(toks_[i + 1].text);
        if (!country.empty()) return std::make_pair(country, i + 3);
      }
      std::string_view country = AmbiguousDemonym(i);
      if (country.empty()) return std::nullopt;
      return std::make_pair(country, i + 1);
    }
    const LexEntity& e = lex_.entities[hit->entity];
    size_t j = i + hit->length;
    std::string_view country;
    if (e.type == EntityType::kCountry) country = e.iri;
    if (e.type == EntityType::kCity && hit->kind == MentionKind::kCapital) country = e.country;
    if (country.empty()) return std::nullopt;
    if (hit->kind == MentionKind::kDemonym) return std::make_pair(country, j);
    if (j < end_ && IsPossessiveAt(toks_, j)) return std::make_pair(country, j + 1);
    return std::nullopt;
  }

  // Where a country's own name stands at token j ("US" of "US Vice
  // President", "Ivory Coast" of "Ivory Coast's President"): a surface form
  // of the country, though the mention is the title's. Empty for a demonym.
  Span CountryNameAt(size_t j) const {
    const auto hit = j < end_ ? Gaz(j) : std::nullopt;
    if (!hit || hit->kind != MentionKind::kName || lex_.entities[hit->entity].type != EntityType::kCountry) return {};
    return {toks_[j].span.begin, toks_[j + hit->length - 1].span.end};
  }

  // The country of a titled person just before "and" at i - 1, if any.
  std::string CoordinatedTitleCountry(size_t i, int office) const {
    if (i <= begin_ || !Is(toks_[i - 1], "and") || doc_.mentions.empty()) return {};
    const Mention& prev = doc_.mentions.back();
    if (prev.sentence != sentence_ || prev.token_end != i - 1 || prev.type != EntityType::kPerson ||
        prev.office < 0 || prev.org_title) {
      return {};
    }
    if (lex_.offices[static_cast<size_t>(office)].leader || lex_.offices[static_cast<size_t>(prev.office)].leader) {
      return {};
    }
    return prev.country_iri;
  }

  // The country of the sentence's last country mention so far, if any.
  std::string LastCountryInSentence() const {
    for (auto m = doc_.mentions.rbegin(); m != doc_.mentions.rend() && m->sentence == sentence_; ++m) {
      if (m->type != EntityType::kCountry || m->kind == MentionKind::kPronoun) continue;
      if (!m->country_iri.empty()) return m->country_iri;
      const LexEntity* e = lex_.Find(m->lexicon_iri);
      if (e && e->type == EntityType::kCountry) return e->iri;
    }
    return {};
  }

  // "Korean" ends the demonyms of two countries: it means the one this
  // document has mentioned most so far.
  std::string_view AmbiguousDemonym(size_t i) const {
    const std::vector<std::string>* candidates = rec_.demonym_suffixes_.Find(toks_[i].text);
    if (!candidates) return {};
    // The document's first country, when it is a candidate: articles name
    // their own side first ("the Korean side" in a Seoul report).
    const std::string& first = tally_.first_country;
    if (!first.empty() && std::find(candidates->begin(), candidates->end(), first) != candidates->end()) {
      return first;
    }
    std::string_view best;
    int best_count = 0;
    for (const std::string& candidate : *candidates) {
      const int count = Tally::MentionsOf(candidate, doc_.mentions);
      if (count > best_count) best = candidate, best_count = count;
    }
    return best;
  }

  // Where a place's name ends that stands before an office at j ("Middle
  // East envoy", "Somaliland President"); j when there is none.
  size_t RegionBeforeOfficeEnd(size_t j) const {
    auto place = j < end_ ? Gaz(j) : std::nullopt;
    if (!place || lex_.entities[place->entity].type != EntityType::kPlace) return j;
    const size_t next = SkipModifiers(j + place->length);
    return next < end_ && OfficeAt(next) ? j + place->length : j;
  }

  // A country name used as an adjective before an office or body ("U.S.
  // Secretary of State Antony Blinken", "Israel Defense Ministry").
  std::optional<std::pair<std::string_view, size_t>> BareCountryBeforeTitle(size_t j) const {
    auto hit = Gaz(j);
    // ("Abu Dhabi Crown Prince X": a capital before an office is its country's.)
    if (!hit || (hit->kind != MentionKind::kName && hit->kind != MentionKind::kCapital)) return std::nullopt;
    const LexEntity& e = lex_.entities[hit->entity];
    const bool capital = hit->kind == MentionKind::kCapital && e.type == EntityType::kCity;
    if (e.type != EntityType::kCountry && !capital) return std::nullopt;
    size_t next = SkipModifiers(RegionBeforeOfficeEnd(j + hit->length));
    if (next >= end_) return std::nullopt;
    if (!OfficeAt(next) && (capital || !BodyAt(next))) return std::nullopt;
    return std::make_pair(std::string_view(capital ? e.country : e.iri), j + hit->length);
  }

  // "North" -> the country named "North ..." this document mentions most so far.
  std::string_view CompassCountry(std::string_view word) const {
    if (!Equals(word, "North") && !Equals(word, "South")) return {};
    std::string_view best;
    int n = 0;
    for (const auto& [iri, c] : Tally::Countries(doc_.mentions, lex_)) {
      const std::string_view label = c.entity->label;
      if (c.mentions > n && label.starts_with(word) && label.substr(word.size()).starts_with(' ')) {
        best = iri, n = c.mentions;
      }
    }
    return best;
  }

  // (Always inlined: most tokens asked about are no modifier, which its
  // first bit test says at less than the cost of a call.)
  __attribute__((always_inline)) size_t SkipModifiers(size_t j) const {
    // An office or body that starts with a modifier word ("vice minister",
    // "foreign minister", "Security Council") is not skipped into.
    // A one-word office that is also a modifier before another office
    // ("chief minister", "top diplomat") is the modifier.
    // Nor is a name that opens with one ("New Zealand Prime Minister").
    while (j < end_ && Has(j, Word::kOfficeModifier) && !BodyAt(j) &&
           (!OfficeAt(j) || (OfficeAt(j)->second == j + 1 && j + 1 < end_ && OfficeAt(j + 1))) &&
           !(toks_[j].IsCapitalized() && Gaz(j))) {
      ++j;
    }
    return j;
  }

  // The end of a title that goes on past its office `j` ends before:
  // "Deputy Prime Minister and Minister of Foreign Affairs and European
  // Integration of the Republic of Moldova X" is one person's title, the
  // offices joined by "and", the portfolio going on with capitalized words
  // up to the "of" that names the country. `j` when it goes on with none.
  size_t CompoundTitleEnd(size_t j) const {
    static constexpr size_t kPortfolioReach = 4;
    if (j + 1 < end_ && Is(toks_[j], "and")) {
      const size_t k = SkipModifiers(j + 1);
      if (auto second = k < end_ ? OfficeAt(k) : std::nullopt) j = second->second;
    }
    if (j + 2 < end_ && Is(toks_[j], "and")) {
      size_t k = j + 1;
      while (k < end_ && k < j + 1 + kPortfolioReach && toks_[k].IsWord() && toks_[k].IsCapitalized() && !Gaz(k)) ++k;
      if (k > j + 1 && k + 1 < end_ && Is(toks_[k], "of")) j = k;
    }
    return j;
  }

  // "Vietnamese Communist Party General Secretary X", "Japanese Liberal
  // Democratic Party Secretary-General Y": after a country modifier, a
  // body the lexicon does not know, in capitalized words no name claims,
  // right before a capitalized office. Where that office starts; `j` when
  // no such body stands there.
  size_t UnknownBodyEnd(size_t j) const {
    static constexpr size_t kBodyReach = 4;
    size_t k = j;
    while (k < end_ && k < j + kBodyReach && toks_[k].IsWord() && toks_[k].IsCapitalized() && !Gaz(k) &&
           !OfficeAt(k) && !Has(k, Word::kOfficeModifier)) {
      ++k;
    }
    const size_t office = SkipModifiers(k);
    return k > j && office < end_ && toks_[office].IsCapitalized() && OfficeAt(office) ? k : j;
  }

  // Whether "X's" stands right before token i, X a person the lexicon
  // knows with a country, which goes to *country.
  bool LeadersPossessiveBefore(size_t i, std::string* country) const {
    if (i < begin_ + 2 || !IsPossessiveAt(toks_, i - 1) || doc_.mentions.empty()) return false;
    const Mention& owner = doc_.mentions.back();
    if (owner.sentence != sentence_ || owner.token_end != i - 1 || owner.type != EntityType::kPerson) return false;
    const LexEntity* known = owner.lexicon_iri.empty() ? nullptr : lex_.Find(owner.lexicon_iri);
    if (!known || known->country.empty() || !known->leader) return false;
    *country = known->country;
    return true;
  }

  // --- patterns --------------------------------------------------------------

  // [the] [mods] [Country-mod] [mods] [Body] [mods] Office [to X | in Capital] [,] [Name]
  std::optional<Draft> TitledPerson(size_t i) const {
    if (!Near(next_office_, i)) return std::nullopt;
    // "King Salman": a known person's name with its title is theirs whole
    // (Known), where the title and "Salman" alone might name another.
    if (auto known = Gaz(i); known && lex_.entities[known->entity].type == EntityType::kPerson) return std::nullopt;
    size_t j = i;
    // "its ambassador": the country the sentence has named last. ("his
    // Abkhaz counterpart, Alexander Ankvab": a person's pronoun determines
    // the title too, but names no country.)
    const bool possessive_pronoun = Is(toks_[j], "its") || Is(toks_[j], "their");
    const bool person_pronoun = Is(toks_[j], "his") || Is(toks_[j], "her");  // only before a name
    bool determiner = Is(toks_[j], "the") || Is(toks_[j], "a") || Is(toks_[j], "an") || possessive_pronoun || person_pronoun;
    std::string country = possessive_pronoun ? LastCountryInSentence() : std::string();
    if (possessive_pronoun && country.empty()) return std::nullopt;
    if (auto compass = Is(toks_[i], "the") ? CountryModifier(i) : std::nullopt) {
      country = compass->first;  // "the North's leader"
      j = compass->second;
    } else if (determiner) {
      ++j;
    }
    j = SkipModifiers(j);
    // "his Abkhaz counterpart, X", "the Transdniestrian leader X": an
    // adjective the lexicon does not know, after a determiner, before an
    // office; it names no country.
    if (determiner && j + 1 < end_ && toks_[j].IsWord() && toks_[j].IsCapitalized() && !Gaz(j) &&
        !OfficeAt(j) && OfficeAt(j + 1)) {
      ++j;
    }
    // ("His Majesty King Abdullah": the known name past the words before it.)
    if (j > i && j < end_) {
      if (auto known = Gaz(j); known && lex_.entities[known->entity].type == EntityType::kPerson) return std::nullopt;
    }
    bool org_title = false;
    // "Trump's envoy X", "Putin's spokesman X": a known leader's aide serves
    // the leader's country (and an envoy of theirs is posted nowhere).
    const bool aide = !determiner && country.empty() && LeadersPossessiveBefore(i, &country);
    Span country_name;
    if (j < end_ && country.empty()) {
      if (auto cm = CountryModifier(j)) {
        country = cm->first;
        country_name = CountryNameAt(j);
        j = cm->second;
      } else if (auto bare = BareCountryBeforeTitle(j)) {
        country = bare->first;
        country_name = CountryNameAt(j);
        j = bare->second;
      } else if (auto org = Gaz(j);
                 org && (lex_.entities[org->entity].type == EntityType::kInternationalOrganization ||
                         lex_.entities[org->entity].type == EntityType::kOrganization)) {
        // "NATO Secretary General", "UN envoy", "Communist Party General
        // Secretary": no country's office. ("Hamas political chief X": a
        // word or two may qualify the office.)
        org_title = true;
        j += org->length;
        if (j < end_ && IsPossessiveAt(toks_, j)) ++j;
        size_t k = j;
        while (k < end_ && k < j + 2 && toks_[k].IsWord() && !toks_[k].IsCapitalized() && !OfficeAt(k) &&
               !Has(k, Word::kOfficeModifier)) {
          ++k;
        }
        if (k > j && SkipModifiers(k) < end_ && OfficeAt(SkipModifiers(k))) j = k;
      } else if (org && lex_.entities[org->entity].type == EntityType::kGovernmentBody &&
                 !lex_.entities[org->entity].country.empty()) {
        // "Kremlin spokesman Dmitry Peskov": a national institution's office.
        country = lex_.entities[org->entity].country;
        j += org->length;
        if (j < end_ && IsPossessiveAt(toks_, j)) ++j;
      }
    }
    // "Japanese Foreign Minister A and Defence Minister B": the country
    // carries over the coordination.
    size_t office_start = j;
    j = SkipModifiers(j);
    if (j < end_) {
      // ("Treasury Secretary": an office that starts with a body's name and
      // goes on past it is the office.)
      if (auto body = BodyAt(j); body && !(OfficeAt(j) && OfficeAt(j)->second > body->second)) {
        j = body->second, office_start = j;
      } else if (!country.empty()) {
        j = UnknownBodyEnd(j);
      }
    }
    // "Somaliland President X", "US Middle East envoy X": the office of a
    // territory no UN member recognizes, or one for a region; no country's,
    // nor an envoy posted to one.
    const size_t region_end = RegionBeforeOfficeEnd(j);
    const bool regional = region_end > j;
    j = region_end;
    j = SkipModifiers(j);
    auto office = j < end_ ? OfficeAt(j) : std::nullopt;
    if (!office) return std::nullopt;
    // A private person's description is written in lower case ("Russian
    // national X"); capitalized, it is part of a name ("Qatar National
    // Tourism Council").
    if (!lex_.offices[static_cast<size_t>(office->first)].official && toks_[j].IsCapitalized()) return std::nullopt;
    j = office->second;
    j = CompoundTitleEnd(j);
    // "Japanese Foreign Minister A and Defence Minister B": the country
    // carries over the coordination, but not between leaders ("North Korean
    // leader Kim and President Putin" are two countries' leaders).
    if (country.empty() && !org_title) country = CoordinatedTitleCountry(i, office->first);
    // "former President X", "opposition leader X": no office held for the country.
    bool holds = !(i > begin_ && (Is(toks_[i - 1], "former") || Is(toks_[i - 1], "late") ||
                                  Is(toks_[i - 1], "opposition") || Is(toks_[i - 1], "ex")));
    // "President-elect X", "Prime Minister-designate X": not yet in office.
    if (j + 1 < end_ && IsText(toks_[j], "-") && (Is(toks_[j + 1], "elect") || Is(toks_[j + 1], "designate"))) {
      holds = false;
      j += 2;
    }
    j = OfficeSuffixEnd(j);
    // "the foreign minister of India", "the ambassador of Japan": the
    // country after the title.
    if (country.empty() && !org_title && j + 1 < end_ && Is(toks_[j], "of")) {
      const size_t k = j + 1 < end_ && Is(toks_[j + 1], "the") ? j + 2 : j + 1;
      // The country's own name, heading its phrase ("an official of the
      // Indian High Commission" is no Indian official's title).
      // ("Deputy Minister of Foreign Affairs of Uzbekistan Bakhromjon Aloyev":
      // a name may follow the country, known or not; a body may not.)
      const auto names_body = [&](size_t t) {
        if (t >= end_) return false;
        const auto known = Gaz(t);
        return BodyAt(t) || (known && lex_.entities[known->entity].type != EntityType::kPerson) || SkipModifiers(t) > t;
      };
      if (auto hit = Gaz(k); hit && hit->kind == MentionKind::kName &&
                             lex_.entities[hit->entity].type == EntityType::kCountry &&
                             !(k + hit->length < end_ && ((toks_[k + hit->length].IsCapitalized() &&
                                                           names_body(k + hit->length)) ||
                                                          IsPossessiveAt(toks_, k + hit->length)))) {
        country = lex_.entities[hit->entity].iri;
        j = k + hit->length;
      }
    }
    // "a spokesperson for President Mnangagwa": the office serves that
    // person, and so their country.
    if (country.empty() && j + 1 < end_ && Is(toks_[j], "for")) {
      size_t k = j + 1;
      while (k < end_ && k < j + 4 && !Gaz(k) && (OfficeAt(k) || Has(k, Word::kOfficeModifier))) ++k;
      if (auto hit = k < end_ ? Gaz(k) : std::nullopt;
          hit && lex_.entities[hit->entity].type == EntityType::kPerson && !lex_.entities[hit->entity].country.empty()) {
        country = lex_.entities[hit->entity].country;
      }
    }
    // "minister of state for regional integration, James Kabarebe": a
    // portfolio after the office, then the name (after a comma, or right
    // after a portfolio in lower case).
    // ("Advisor on Commerce X" too, though not "the minister on Monday":
    // a time expression the time stage found.)
    const auto time_at = [&](size_t t) {
      return std::any_of(doc_.times.begin(), doc_.times.end(),
                         [&](const TimeExpression& e) { return e.token_begin <= t && t < e.token_end; });
    };
    if (j + 2 < end_ && (Is(toks_[j], "for") || (Is(toks_[j], "on") && !time_at(j)))) {
      size_t k = j + 1;
      size_t first_capital = 0;  // where a lower-case portfolio ends, if it does
      while (k < end_ && k < j + 7 && toks_[k].IsWord() && !Gaz(k)) {
        if (toks_[k].IsCapitalized() && first_capital == 0) first_capital = k;
        ++k;
      }
      if (k > j + 1 && k + 1 < end_ && IsText(toks_[k], ",") && IsNameWord(k + 1)) {
        j = k;  // the comma: the name follows below
      } else if (first_capital > j + 1 && IsNameWord(first_capital)) {
        j = first_capital;
      } else if (first_capital == j + 1 || k == j + 1) {
        // A capitalized portfolio ("for European Integration Oleg Serebrian",
        // "on Commerce Abdul Razak Dawood"): the name starts at the first
        // word no portfolio has, and has two words at least; else, with
        // three or more capitalized words, the last two are the name.
        size_t run_end = j + 1;
        while (run_end < end_ && run_end < j + 8 && toks_[run_end].IsWord() &&
               (toks_[run_end].IsCapitalized() || Is(toks_[run_end], "and"))) {
          ++run_end;
        }
        size_t name = j + 1;
        while (name < run_end && (Has(name, Word::kOfficeModifier) || Is(toks_[name], "and"))) ++name;
        if (name > j + 1 && name + 2 <= run_end && IsNameWord(name)) {
          j = name;
        } else if (run_end >= j + 4 && IsNameWord(run_end - 2) && IsNameWord(run_end - 1)) {
          j = run_end - 2;
        }
      }
    }
    // "Minister of Tourism Ana Rojas", "Secretary of the Presidency Paul
    // Oquist": a capitalized portfolio after "of" that is no body or
    // country the lexicon knows; its last two words are the name.
    if (j + 3 < end_ && Is(toks_[j], "of")) {
      const size_t p = Is(toks_[j + 1], "the") ? j + 2 : j + 1;
      if (p < end_ && toks_[p].IsWord() && toks_[p].IsCapitalized() && !Gaz(p) && !BodyAt(p)) {
        size_t run_end = p;
        while (run_end < end_ && run_end < p + 8 && toks_[run_end].IsWord() &&
               (toks_[run_end].IsCapitalized() || Is(toks_[run_end], "and")) && !Gaz(run_end)) {
          ++run_end;
        }
        // ("Minister of International Relations and Cooperation Naledi
        // Pandor": a known person's name ends the portfolio.)
        const auto known = run_end < end_ ? Gaz(run_end) : std::nullopt;
        if (known && lex_.entities[known->entity].type == EntityType::kPerson) {
          j = run_end;
        } else if (run_end >= p + 3 && IsNameWord(run_end - 2) && IsNameWord(run_end - 1)) {
          j = run_end - 2;
        }
      }
    }
    std::string host;
    bool posted_to_org = aide || regional;
    const Office& off = lex_.offices[static_cast<size_t>(office->first)];
    // "Treasury Secretary X": an office only one country has is that
    // country's ("Secretary of State for Foreign Affairs" has a portfolio
    // that another's may have too).
    if (country.empty() && !org_title && !off.country.empty() &&
        !(office->second < end_ && Is(toks_[office->second], "for"))) {
      country = off.country;
    }
    // "Secretary of Iran's Supreme National Security Council Ali Shamkhani",
    // "ambassador to the UN Bob Rae": the body or organization the office is
    // held in or at, then the name. (Only with a name right after it: "the
    // minister of the Foreign Ministry" names no one.)
    // "an adviser to Iran's Supreme Leader", "an aide to the Peruvian
    // president": the country of the office served.
    if (country.empty() && !org_title && !off.envoy && j + 2 < end_ && Is(toks_[j], "to")) {
      const size_t k = Is(toks_[j + 1], "the") ? j + 2 : j + 1;
      if (auto cm = k < end_ ? CountryModifier(k) : std::nullopt;
          cm && cm->second < end_ && OfficeAt(SkipModifiers(cm->second))) {
        country = cm->first;
      }
    }
    // "Special Envoy for Yemen, X": a country the office deals with (an
    // envoy so titled is posted to no country), then the name set off.
    if (j + 1 < end_ && Is(toks_[j], "for")) {
      const size_t k = j + 2 < end_ && Is(toks_[j + 1], "the") ? j + 2 : j + 1;
      if (const auto hit = Gaz(k);
          hit && hit->kind == MentionKind::kName && lex_.entities[hit->entity].type == EntityType::kCountry) {
        posted_to_org = off.envoy;
        const size_t after = k + hit->length;
        if (after + 1 < end_ && IsText(toks_[after], ",") && IsNameWord(after + 1) && !Gaz(after + 1)) j = after;
      }
    }
    // ("Spokesman for the Iranian Foreign Ministry X": a body after "for".)
    const bool for_body = j + 1 < end_ && Is(toks_[j], "for");
    if (j + 1 < end_ && (Is(toks_[j], "of") || (off.envoy && Is(toks_[j], "to")) || for_body)) {
      const size_t k = Is(toks_[j + 1], "the") ? j + 2 : j + 1;
      if (k < end_) {
        size_t after = k;
        std::string owner;
        bool organization = false;
        bool of_country = false;
        if (auto body = Body(k); body && !body->mention.country_iri.empty()) {
          after = body->end;
          owner = body->mention.country_iri;
        } else if (auto org = for_body ? std::nullopt : Gaz(k);
                   org && (lex_.entities[org->entity].type == EntityType::kInternationalOrganization ||
                                              lex_.entities[org->entity].type == EntityType::kGovernmentBody)) {
          after = k + org->length;
          owner = lex_.entities[org->entity].country;
          organization = owner.empty();
        } else if (const bool state_form = org && org->kind == MentionKind::kDemonym &&
                                           k + org->length < end_ && Has(k + org->length, Word::kGovernmentNoun);
                   org && (org->kind == MentionKind::kName || state_form) &&
                   lex_.entities[org->entity].type == EntityType::kCountry && !off.envoy) {
          // "Undersecretary of State of the United States, X", "Foreign
          // Minister of the Omani Sultanate, X": the country the office is
          // of, then the name after a comma.
          after = k + org->length + (state_form ? 1 : 0);
          owner = lex_.entities[org->entity].iri;
          of_country = true;
        }
        if (of_country && after + 1 < end_ && IsText(toks_[after], ",") && IsNameWord(after + 1) && !Gaz(after + 1)) {
          j = after;  // the comma: the name follows below
          if (country.empty() && !org_title) country = owner;
        } else if (organization && off.envoy && Is(toks_[j], "to") && after > k &&
                   (after == end_ || !IsNameWord(after))) {
          // "X, Canada's ambassador to the United Nations,": set off after
          // the name, posted to an organization, not to a country.
          j = after;
          posted_to_org = true;
        } else if (after > k && after < end_ && IsNameWord(after) && !Gaz(after)) {
          j = after;
          if (country.empty() && !org_title) country = owner;
          if (country.empty() && organization) org_title = true;
          posted_to_org = off.envoy && organization;
        }
      }
    }
    if (j + 1 < end_ && (Is(toks_[j], "to") || Is(toks_[j], "in"))) {
      // ("ambassador to the United States, X")
      const size_t at = j + 2 < end_ && Is(toks_[j + 1], "the") ? j + 2 : j + 1;
      if (auto hit = Gaz(at)) {
        const LexEntity& e = lex_.entities[hit->entity];
        if (e.type == EntityType::kCountry) host = e.iri;
        if (e.type == EntityType::kCity) host = e.country;
        // Any official may be placed before the name ("Canada's top diplomat
        // in New Delhi, Jane Doe"); only an envoy is posted there.
        const size_t after = at + hit->length;
        const bool named_next = after + 1 < end_ && Equals(toks_[after].text, ",") && IsNameWord(after + 1);
        const bool placed = !host.empty() && (off.envoy || (named_next && Is(toks_[j], "in")));
        if (placed) j = after;
        if (!placed || !off.envoy) host.clear();
      }
    }
    // "Minister of Foreign Affairs, African Cooperation and Moroccan
    // Expatriates, Nasser Bourita": more portfolios set off, ending in "and
    // ...", before the name.
    if (j + 4 < end_ && IsText(toks_[j], ",") && toks_[j + 1].IsCapitalized()) {
      // ("... and Moroccan Expatriates": the nationals a ministry serves
      // are its country's.)
      bool joined = false;
      std::string_view nationals;
      size_t k = j + 1;
      while (k < end_ && k < j + 10 && toks_[k].IsWord() && (toks_[k].IsCapitalized() || Is(toks_[k], "and"))) {
        if (const auto hit = Gaz(k); hit) {
          if (hit->kind != MentionKind::kDemonym) break;
          if (lex_.entities[hit->entity].type == EntityType::kCountry) nationals = lex_.entities[hit->entity].iri;
        }
        joined |= Is(toks_[k], "and");
        ++k;
      }
      if (joined && k + 2 < end_ && IsText(toks_[k], ",") && IsNameWord(k + 1)) {
        j = k;
        if (country.empty() && !org_title && !nationals.empty()) country = nationals;
      }
    }
    // The name, directly or after a comma ("the Russian ambassador in Seoul, Georgi Zinoviev").
    size_t name_start = j;
    // ("a meeting with Minister of Foreign Affairs, Ana Rojas,": a
    // capitalized title may stand alone before a full name set off too.)
    const auto set_off_full_name = [&](size_t k) {
      if (k >= end_ || !toks_[i].IsCapitalized() || !IsNameWord(k) || Gaz(k)) return false;
      const size_t e = NameEnd(k);
      return e >= k + 2 && (e == end_ || !toks_[e].IsWord());
    };
    const bool after_comma = name_start < end_ && IsText(toks_[name_start], ",") &&
                             (determiner || !country.empty() || set_off_full_name(name_start + 1));
    if (after_comma) ++name_start;
    // "Prime Minister Sheikh Mohammed ...": the honorific is not the name.
    // ("Prime Minister the Honourable X": the article before it too.)
    if (name_start + 2 < end_ && Is(toks_[name_start], "the") && Has(name_start + 1, Word::kHonorific) &&
        IsNameWord(name_start + 2)) {
      ++name_start;
    }
    if (name_start + 1 < end_ && Has(name_start, Word::kHonorific) && IsNameWord(name_start + 1)) {
      ++name_start;
    }
    // "Undersecretary [Ana Rojas] said": a name an editor set in brackets
    // inside a quotation.
    if (name_start + 2 < end_ && IsText(toks_[name_start], "[") && IsNameWord(name_start + 1)) {
      const size_t e = NameEnd(name_start + 1);
      if (e < end_ && IsText(toks_[e], "]")) ++name_start;
    }
    size_t name_end = name_start < end_ ? NameEnd(name_start) : name_start;
    // "Vice Premier He Lifeng": right after a title, a capitalized "He"
    // starts no sentence, so it is the surname, not the pronoun.
    if (name_end == name_start && name_start == j && name_start + 1 < end_ && IsText(toks_[name_start], "He") &&
        IsNameWord(name_start + 1) && !Gaz(name_start + 1)) {
      name_end = NameEnd(name_start + 1);
    }
    if (name_end > name_start) {
      if (auto hit = Gaz(name_start);
          hit && lex_.entities[hit->entity].type != EntityType::kPerson &&
          hit->length >= name_end - name_start) {
        name_end = name_start;  // a country or organization, not a name
      }
    }
    // "Qatar emir, Trump discuss ...": a known person of another country
    // after the comma is the next item of a list, not the title's holder.
    if (after_comma && name_end > name_start && !country.empty()) {
      if (auto hit = Gaz(name_start); hit && lex_.entities[hit->entity].type == EntityType::kPerson &&
                                      !lex_.entities[hit->entity].country.empty() &&
                                      lex_.entities[hit->entity].country != country) {
        name_end = name_start;
      }
    }
    // "summoned the German charge d'affaires, Kanaani said": a name after the
    // comma that goes on with a speech verb is the speaker, not the title's.
    if (after_comma && name_end > name_start && name_end < end_ && Has(name_end, Word::kSpeechVerb)) {
      name_end = name_start;
    }
    // "Foreign Minister X of Chile": the country after the name is the office's.
    if (name_end > name_start && country.empty() && !org_title && name_end + 1 < end_ &&
        Is(toks_[name_end], "of")) {
      if (auto hit = Gaz(name_end + 1); hit && hit->kind == MentionKind::kName &&
                                        lex_.entities[hit->entity].type == EntityType::kCountry) {
        country = lex_.entities[hit->entity].iri;
      }
    }
    if (name_end > name_start) {
      size_t words = 0;
      for (size_t k = name_start; k < name_end; ++k) words += toks_[k].IsWord() && !IsText(toks_[k], "-");
      auto d = Make(name_start, name_end, words >= 2 ? MentionKind::kName : MentionKind::kPartial,
                     EntityType::kPerson, Text(name_start, name_end));
      d->mention.title_begin = determiner ? i + 1 : i;
      if (auto hit = Gaz(name_start);
          hit && lex_.entities[hit->entity].type == EntityType::kPerson) {
        d->mention.lexicon_iri = lex_.entities[hit->entity].iri;
        d->mention.kind = MentionKind::kName;
      }
      d->mention.country_iri = country;
      d->mention.country_name = country_name;
      d->mention.host_iri = host;
      d->mention.office = holds ? office->first : -1;
      d->mention.org_title = org_title;
      d->mention.posted_to_org = posted_to_org;
      return d;
    }
    // An office with no name: only when it clearly refers ("the ambassador",
    // "Russia's ambassador", or a title set off after a name: "Liu Jinsong,
    // director-general of the Asian Affairs Department of the Chinese
    // Foreign Ministry,", which the resolver joins to the name), not a bare
    // title in running text.
    const bool after_name = i >= begin_ + 2 && IsText(toks_[i - 1], ",") && toks_[i - 2].IsWord() &&
                            toks_[i - 2].IsCapitalized();
    if (after_name && country.empty() && !org_title) {
      std::tie(country, host) = CountryOfPhraseAfter(j);
    }
    // (An apposition that names no country says nothing the resolver could
    // not guess wrong: "Russian officials, including Alexander Novak, Deputy
    // Prime Minister for Energy Affairs".)
    // The title is still the person's, though: marking it keeps the body
    // in it from passing for the subject ("X, director-general of the
    // Foreign Ministry, summoned Y"); the resolver takes no office from it.
    const bool bare_apposition = after_name && country.empty() && !determiner && !person_pronoun && !org_title;
    if ((!determiner || person_pronoun) && country.empty() && !bare_apposition) return std::nullopt;
    if (person_pronoun) return std::nullopt;  // "her first official visit": the pronoun is the possessor
    size_t b = determiner ? i + 1 : i;
    // Named by the office alone: the resolver adds the host ("... to Peru").
    auto d = Make(b, j, MentionKind::kTitle, EntityType::kPerson, Text(office_start, office->second));
    d->mention.country_iri = country;
    d->mention.country_name = country_name;
    d->mention.host_iri = host;
    d->mention.office = office->first;
    d->mention.posted_to_org = posted_to_org;
    return d;
  }

  // For a title at j: the country of the body or country its "of" phrase
  // names before the next comma ("of the Chinese Foreign Ministry"), and for
  // an embassy's staff the country it is in ("of the Japanese Embassy in
  // China"); empty strings when none.
  std::pair<std::string, std::string> CountryOfPhraseAfter(size_t j) const {
    if (j + 1 >= end_ || !Is(toks_[j], "of")) return {};
    for (size_t k = j + 1; k < end_ && k < j + 12 && !IsText(toks_[k], ","); ++k) {
      if (auto body = Body(k); body && !body->mention.country_iri.empty()) {
        std::string host;
        const size_t after = body->end;
        if (AsciiLower(body->mention.name).find("embassy") != std::string::npos && after + 1 < end_ &&
            Is(toks_[after], "in")) {
          if (auto hit = Gaz(after + 1)) {
            const LexEntity& e = lex_.entities[hit->entity];
            host = e.type == EntityType::kCountry ? e.iri : e.type == EntityType::kCity ? e.country : std::string();
          }
        }
        return {body->mention.country_iri, host};
      }
      if (auto hit = Gaz(k); hit && hit->kind == MentionKind::kName &&
                             lex_.entities[hit->entity].type == EntityType::kCountry) {
        return {lex_.entities[hit->entity].iri, {}};
      }
    }
    return {};
  }

  // "met his Saudi, Omani and Egyptian counterparts": each demonym of the
  // list is a counterpart of its country (a title, as "his Saudi
  // counterpart" is), which the resolver gives its holder.
  std::optional<Draft> CounterpartInList(size_t i) const {
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
  std::optional<Draft> TitleInList(size_t i) const {
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
  int OfficeAfterDemonymList(size_t i, size_t length) const {
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
  int OfficeBeforeNameList(size_t i) const {
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
  std::pair<int, size_t> OfficePluralAt(size_t j) const {
    if (j >= end_ || !Has(j, Word::kPluralStart)) return {-1, j};
    return diplograph::OfficePluralAt(rec_.office_plurals_, toks_, j, end_);
  }
  // The office of the envoy plural that ends right before token `end`, or -1.
  int OfficePluralEndingAt(size_t end) const {
    if (end <= begin_ || !Has(end - 1, Word::kPluralEnd)) return -1;
    return diplograph::OfficePluralEndingAt(rec_.office_plurals_, toks_, begin_, end);
  }

  bool InHeadline() const {
    return doc_.blocks[doc_.sentences[sentence_].block].kind == BlockKind::kHeadline;
  }

  // Whether the list token i is in follows a plural title: walking back
  // over names, countries, commas, "and" and "of" reaches one's end.
  bool AfterPluralTitle(size_t i) const {
    static constexpr size_t kPluralTitleListReach = 24;  // tokens: three countries and three names
    for (size_t t = i; t > begin_ && t + kPluralTitleListReach > i; --t) {
      if (OfficePluralEndingAt(t) >= 0) return true;
      const Token& before = toks_[t - 1];
      if (!(IsText(before, ",") || Is(before, "and") || Is(before, "of") || before.IsCapitalized())) return false;
    }
    return false;
  }

  // The index of the lexicon's counterpart office ("counterpart"), or -1.
  int CounterpartOffice() const {
    for (size_t o = 0; o < lex_.offices.size(); ++o) {
      if (lex_.offices[o].counterpart) return static_cast<int>(o);
    }
    return -1;
  }

  // [the] [Country-mod] Body [of Country | in Capital]
  std::optional<Draft> Body(size_t i) const {
    if (!Near(next_body_, i)) return std::nullopt;
    size_t j = i;
    bool determiner = Is(toks_[j], "the") || Is(toks_[j], "a");
    if (determiner) ++j;
    std::string country;
    Span country_name;
    if (j < end_) {
      if (auto cm = CountryModifier(j)) {
        country = cm->first;
        country_name = CountryNameAt(j);
        j = cm->second;
      } else if (auto bare = BareCountryBeforeTitle(j)) {
        country = bare->first;
        country_name = CountryNameAt(j);
        j = bare->second;
      }
    }
    auto body = j < end_ ? BodyAt(j) : std::nullopt;
    if (!body) return std::nullopt;
    j = body->second;
    const BodyKind& kind = lex_.bodies[static_cast<size_t>(body->first)];
    std::string name = kind.canonical;
    if (j + 1 < end_ && (Is(toks_[j], "of") || Is(toks_[j], "in"))) {
      // ("the Ministry of Foreign Affairs of the Republic of Chile")
      const size_t at = j + 2 < end_ && Is(toks_[j + 1], "the") ? j + 2 : j + 1;
      if (auto hit = Gaz(at)) {
        const LexEntity& e = lex_.entities[hit->entity];
        std::string place = e.type == EntityType::kCountry ? e.iri
                            : e.type == EntityType::kCity ? e.country : std::string();
        bool embassy = AsciiLower(kind.canonical).find("embassy") != std::string::npos ||
                       AsciiLower(kind.canonical).find("consulate") != std::string::npos;
        if (!place.empty() && embassy && !country.empty() && Is(toks_[j], "in")) {
          name += " in " + e.label;  // the Russian Embassy in Seoul
          j = at + hit->length;
        } else if (!place.empty() && country.empty() && !embassy) {
          country = place;  // the Foreign Ministry in Seoul, the Ministry of Defense of Japan
          j = at + hit->length;
        }
      }
    }
    // A lower-case kind word alone ("the ministry") is a nominal; capitalized
    // without a country ("the Foreign Ministry") too.
    if (country.empty() && !determiner) return std::nullopt;
    // "the Security Council" with no country is the one the lexicon knows.
    if (auto known = Gaz(i + 1); country.empty() && known && i + 1 + known->length >= j) return std::nullopt;
    auto d = Make(determiner ? i + 1 : i, j,
                   country.empty() ? MentionKind::kNominal : MentionKind::kName,
                   EntityType::kGovernmentBody, name);
    d->mention.country_iri = country;
    if (!country.empty()) d->mention.country_name = country_name;
    return d;
  }

  // number [modifiers] group-noun: "four Russian-flagged vessels"; and
  // after "on", "against" or a verb of sanctioning, demonym [modifiers]
  // group-noun: "sanctions on Russian officials", "sanctioned Haitian gang
  // leaders" hit the officials and the leaders, not their countries.
  std::optional<Draft> Group(size_t i) const {
    const Token& t = toks_[i];
    bool number = Has(i, Word::kNumber) ||
                  (!t.text.empty() && t.text[0] >= '0' && t.text[0] <= '9' && t.IsWord());
    size_t from = i;
    std::string country;
    if (!number) {
      if (i == begin_ || !t.IsCapitalized()) return std::nullopt;
      auto targets_next = [&](size_t k) {
        return Is(toks_[k], "on") || Is(toks_[k], "against") || Has(k, Word::kSanctionVerb);
      };
      bool targeted = targets_next(i - 1);
      // "sanctioned Russian banks and Chinese companies": a list of the
      // groups goes on.
      if (!targeted && i > begin_ + 1 && (Is(toks_[i - 1], "and") || IsText(toks_[i - 1], ",")) &&
          (Has(i - 2, Word::kPersonGroupNoun) || Has(i - 2, Word::kOrgGroupNoun) || Has(i - 2, Word::kVesselNoun))) {
        static constexpr size_t kListReach = 12;
        for (size_t k = i - 2; k > begin_ && k + kListReach > i && !targeted; --k) targeted = targets_next(k - 1);
      }
      if (!targeted) return std::nullopt;
      auto hit = Gaz(i);
      if (!hit || hit->kind != MentionKind::kDemonym) return std::nullopt;
      country = lex_.entities[hit->entity].iri;
      from = i + hit->length - 1;
    }
    for (size_t j = from + 1; j < end_ && j <= from + 6; ++j) {
      EntityType type;
      if (Has(j, Word::kVesselNoun)) type = EntityType::kVessel;
      else if (Has(j, Word::kPersonGroupNoun)) type = EntityType::kPerson;
      else if (Has(j, Word::kOrgGroupNoun)) type = EntityType::kOrganization;
      else if (toks_[j].IsWord() || IsText(toks_[j], "-")) {
        if (!number && toks_[j].IsCapitalized()) return std::nullopt;  // "on Russian President X"
        continue;
      } else {
        return std::nullopt;
      }
      auto d = Make(i, j + 1, MentionKind::kNominal, type, Text(i, j + 1));
      d->mention.country_iri = country;
      return d;
    }
    return std::nullopt;
  }

  // A company or vessel noun with a name right after it ("company Huawei",
  // "oil producer Rosneft", "the tanker Grace One"): what the noun
  // describes (kCompany or kShip) and where the name starts.
  static constexpr int kCompany = 0, kShip = 1;
  std::optional<std::pair<int, size_t>> CompanyNounAt(size_t i) const {
    // The noun first: a bit test, where IsNameWord may have to look the word up.
    if (i + 1 >= end_) return std::nullopt;
    const bool company = Has(i, Word::kCompanyNoun);
    if (!company && !Has(i, Word::kVesselNoun)) return std::nullopt;
    if (!IsNameWord(i + 1)) return std::nullopt;
    return std::make_pair(company ? kCompany : kShip, i + 1);
  }

  // [the] [Country-mod] [words] company-noun Name: "the Chinese company
  // Huawei", "Venezuela's state oil company PDVSA". The organization is the
  // name, of that country; the words before it are no mention of their own
  // (the country is not what a sanction "on the Chinese company X" hits).
  std::optional<Draft> DescribedOrganization(size_t i) const {
    static constexpr size_t kReach = 6;
    if (!Near(next_company_, i)) return std::nullopt;
    size_t j = i;
    if (Is(toks_[j], "the") || Is(toks_[j], "a") || Is(toks_[j], "an")) ++j;
    std::string country;
    if (j < end_) {
      if (auto cm = CountryModifier(j)) {
        country = cm->first;
        j = cm->second;
      }
    }
    // Lower-case descriptor words ("state oil", "state-owned") up to the noun.
    while (j < end_ && j < i + kReach && !CompanyNounAt(j) &&
           ((toks_[j].IsWord() && !toks_[j].IsCapitalized()) || IsText(toks_[j], "-"))) {
      ++j;
    }
    auto noun = j < end_ ? CompanyNounAt(j) : std::nullopt;
    if (!noun) return std::nullopt;
    const size_t name = noun->second;
    const EntityType type = noun->first == kShip ? EntityType::kVessel : EntityType::kOrganization;
    // A known organization or vessel keeps its identity; a name that begins
    // like some other known entity ("Andes Cobre") is still the company's.
    if (auto hit = Gaz(name); hit && lex_.entities[hit->entity].type == type) {
      const LexEntity& e = lex_.entities[hit->entity];
      auto d = Make(name, name + hit->length, MentionKind::kName, e.type, e.label);
      d->mention.lexicon_iri = e.iri;
      d->mention.country_iri = country;
      return d;
    }
    const size_t end = std::min(NameEnd(name), name + 4);
    if (OfficeAt(name)) return std::nullopt;  // "the company President ..."
    auto d = Make(name, end, MentionKind::kName, type, Text(name, end));
    d->mention.country_iri = country;
    return d;
  }

  // Name words ending in a company suffix: "Golden Sun Trading Ltd",
  // "Wagner Group". At most five words.
  std::optional<Draft> CompanyName(size_t i) const {
    if (!IsNameWord(i) || Gaz(i)) return std::nullopt;
    for (size_t j = i + 1; j < end_ && j < i + 5; ++j) {
      if (!toks_[j].IsWord() || !toks_[j].IsCapitalized()) return std::nullopt;
      if (lex_.company_suffixes.Contains(toks_[j].text)) {
        // "Golden Sun Trading Ltd": suffixes in a row all belong to the name.
        size_t end = j + 1;
        while (end < end_ && lex_.company_suffixes.Contains(toks_[end].text)) ++end;
        return Make(i, end, MentionKind::kName, EntityType::kOrganization, Text(i, end));
      }
      if (!IsNameWord(j)) return std::nullopt;
    }
    return std::nullopt;
  }

  // "Comprehensive Strategic Partnership Treaty", quoted or not.
  std::optional<Draft> NamedAgreement(size_t i) const {
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
  size_t NamedSubjectEnd(size_t k) const {
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
  size_t AgreementRunEnd(size_t j) const {
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

  size_t AfterHyphenGlue(size_t j) const {
    while (IsHyphenGlue(toks_, j, end_)) j += 2;
    return j;
  }

  // The largest p <= j after an agreement head (token p - 1 is one), or
  // begin_ when there is none. Computed for the whole sentence once.
  size_t LastAgreementHeadEnd(size_t j) const {
    if (head_end_.empty()) {
      head_end_.assign(end_ - begin_ + 1, begin_);
      for (size_t p = begin_ + 1; p <= end_; ++p) {
        head_end_[p - begin_] = Has(p - 1, Word::kAgreementHead) ? p : head_end_[p - 1 - begin_];
      }
    }
    return head_end_[j - begin_];
  }

  // [the|a|its|their|X's] [modifiers] head: "the treaty", "Moscow's new partnership treaty".
  // A verb form of a signing trigger ("signed", "inked").
  bool SignVerb(size_t i) const { return Has(i, Word::kSignVerb); }

  // The phrase at i follows a list's comma or "and", in a clause whose
  // verb of signing comes before it: "signed an accord on X, and a deal".
  bool SignedListItem(size_t i) const {
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
  std::optional<Draft> ListedAgreement(size_t i) const {
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
  bool SignedByAfter(size_t k) const {
    for (size_t j = k; j + 1 < end_ && j < k + 8; ++j) {
      if (!toks_[j].IsWord()) return false;
      if (SignVerb(j) && Is(toks_[j + 1], "by")) return true;
    }
    return false;
  }

  std::optional<Draft> DescribedAgreement(size_t i) const {
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
    for (size_t j = b; j < end_ && j < b + 4; ++j) {
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
      if (IsText(toks_[j], "-")) continue;
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

  // "the Baltic states", "Nordic countries": a group of countries the
  // lexicon knows, standing for each member.
  std::optional<Draft> CountryGroup(size_t i) const {
    if (!Has(i, Word::kStartWord)) return std::nullopt;
    const size_t j = Is(toks_[i], "the") ? i + 1 : i;
    auto hit = rec_.MatchCountryGroup(doc_, j, end_);
    if (!hit) return std::nullopt;
    auto d = Make(i, hit->second, MentionKind::kNominal, EntityType::kCountry, "<country group>");
    d->mention.country_group = hit->first;
    return d;
  }

  // "the North", "the Russian side", "South Korea's government", "both sides".
  // Where "Pacific nation", "landlocked country" starting at j ends: one to
  // three describing words, no country's own (the existing patterns read
  // "the Russian state"), and a lower-case head that stands alone ("the
  // state media" is no country); 0 when there is none.
  // Where "the [modifiers] bloc" that starts at j ends (after its head
  // noun, lex:organizationNominalHeads), or 0. Up to three modifiers:
  // lower-case words, "15-nation", a capitalized region ("West African").
  size_t DescribedOrganizationEnd(size_t j) const {
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

  size_t DescribedCountryEnd(size_t j) const {
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
  std::optional<Draft> PartiesOfACountry(size_t i) const {
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

  std::optional<Draft> Nominal(size_t i) const {
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

  // Capitalized words ending in a place head: "the Korean Peninsula", "Asia-Pacific region".
  std::optional<Draft> Place(size_t i) const {
    if (!IsNameWord(i)) return std::nullopt;
    size_t j = i;
    while (j < end_ && j < i + 5 && (IsNameWord(j) || lex_.place_heads.Contains(toks_[j].text) ||
                                     Has(j, Word::kPlaceHead))) {
      bool head = lex_.place_heads.Contains(toks_[j].text) || Has(j, Word::kPlaceHead);
      ++j;
      while (IsHyphenGlue(toks_, j, end_)) j += 2;
      if (!head || j <= i + 1) continue;
      // "Solomon Islands", "Marshall Islands": a name the lexicon knows is that entity.
      if (auto hit = Gaz(i); hit && i + hit->length >= j) return std::nullopt;
      return Make(i, j, MentionKind::kName, EntityType::kPlace, Text(i, j));
    }
    return std::nullopt;
  }

  std::optional<Draft> Known(size_t i) const {
    auto hit = Gaz(i);
    if (!hit) return std::nullopt;
    const LexEntity& e = lex_.entities[hit->entity];
    // "Milan Tegeltija, a former president", "met Jordan Bardella": a place's
    // name as a first name, before a name word the lexicon does not know,
    // where the person cues of NamedPerson hold.
    if (hit->length == 1 && hit->kind == MentionKind::kName &&
        (e.type == EntityType::kCity || e.type == EntityType::kCountry) && IsNameWord(i + 1) && !Gaz(i + 1) &&
        !Has(i + 1, Word::kPlaceHead) && !OfficeAt(i + 1) && !BodyAt(i + 1)) {
      if (auto person = NamedPersonAt(i, /*first_word_known=*/true)) return person;
    }
    // A demonym used as a hyphenated compound's first half ("Russian-flagged")
    // or inside a name is not a mention of the country.
    size_t e_tok = i + hit->length;
    if (hit->kind == MentionKind::kDemonym && e_tok < end_ && IsText(toks_[e_tok], "-") &&
        e_tok + 1 < end_ && !toks_[e_tok + 1].IsCapitalized()) {
      return Draft{{}, e_tok};  // consumed, no mention
    }
    // "the Central African country", "a West African nation": an adjective
    // describing a country already named is a region's more often than a
    // people's; a country's own would be its name.
    if (hit->kind == MentionKind::kDemonym && i > begin_ && (Is(toks_[i - 1], "the") || Is(toks_[i - 1], "a")) &&
        e_tok < end_ && (Is(toks_[e_tok], "country") || Is(toks_[e_tok], "nation"))) {
      return Draft{{}, e_tok + 1};  // consumed, no mention
    }
    // "near Chilean territory", "violated Peruvian airspace": a country's
    // ground, sea or sky is where something happens, not a party.
    if (hit->kind == MentionKind::kDemonym && e_tok < end_ && Has(e_tok, Word::kTerritoryNoun)) {
      return Draft{{}, e_tok + 1};  // consumed, no mention
    }
    // "a Lima-based company": where something is based says nothing of who acts.
    if (e_tok + 1 < end_ && IsText(toks_[e_tok], "-") && Is(toks_[e_tok + 1], "based")) {
      return Draft{{}, e_tok + 2};
    }
    // "visiting the U.S. capital", "in the Nigerian capital": the country's
    // capital, as if named (unless its name follows: "the Omani capital of
    // Muscat", "the Saudi capital, Riyadh").
    if (e.type == EntityType::kCountry && !e.capital.empty() && i > begin_ && Is(toks_[i - 1], "the") &&
        e_tok < end_ && Is(toks_[e_tok], "capital")) {
      // ("the Peruvian capital, Lima", "the Omani capital of Muscat": one mention.)
      size_t end = e_tok + 1;
      if (e_tok + 2 < end_ && (IsText(toks_[e_tok + 1], ",") || Is(toks_[e_tok + 1], "of"))) {
        if (auto name = Gaz(e_tok + 2); name && lex_.entities[name->entity].iri == e.capital) {
          end = e_tok + 2 + name->length;
        }
      }
      if (const LexEntity* capital = lex_.Find(e.capital); capital != nullptr) {
        return MakeKnown(i, end, MentionKind::kCapital, EntityType::kCity, *capital);
      }
    }
    return KnownEntity(i, e_tok, hit->kind, e);
  }
  // Known's mention of the entity e its name (of kind `kind`) at [i, e_tok)
  // names. (Its own function, with one return, so that the draft is built
  // where it is returned to, not moved there.)
  std::optional<Draft> KnownEntity(size_t i, size_t e_tok, MentionKind kind, const LexEntity& e) const {
    auto d = MakeKnown(i, e_tok, kind, kind == MentionKind::kDemonym ? EntityType::kCountry : e.type, e);
    // "Yonhap news agency", "the Sputnik agency": swallow the descriptor.
    if (e.type == EntityType::kNewsAgency && e_tok < end_ && Is(toks_[e_tok], "news") &&
        e_tok + 1 < end_ && Is(toks_[e_tok + 1], "agency")) {
      d->end = e_tok + 2;
      d->mention.span.end = toks_[e_tok + 1].span.end;
      d->mention.token_end = d->end;
    }
    return d;
  }

  // Two to four name words that behave like a person's name: before or after
  // a speech verb, after Mr./Ms., or written like a Korean name ("Lim Soo-suk").
  std::optional<Draft> NamedPerson(size_t i) const { return NamedPersonAt(i, false); }

  // NamedPerson, also where the first word names a known place
  // (`first_word_known`).
  std::optional<Draft> NamedPersonAt(size_t i, bool first_word_known) const {
    if (!IsNameWord(i) && !first_word_known) return std::nullopt;
    // "Mr Albanese": the honorific is no part of the name, which starts after it.
    if (!first_word_known && Has(i, Word::kHonorific) && i + 1 < end_ && IsNameWord(i + 1)) return std::nullopt;
    if (Gaz(i) && !first_word_known) return std::nullopt;
    size_t j = NameEnd(i);
    // ("State House Nairobi, President X said": a place's head is no name word.)
    for (size_t k = i; k < j; ++k) {
      if (lex_.place_heads.Contains(toks_[k].text) || Has(k, Word::kPlaceHead)) return std::nullopt;
    }
    size_t words = 0;
    bool korean_style = false;
    for (size_t k = i; k < j; ++k) {
      if (toks_[k].IsWord() && !IsText(toks_[k], "-")) ++words;
      if (IsText(toks_[k], "-") && k + 1 < j && !toks_[k + 1].IsCapitalized()) korean_style = true;
    }
    const bool honorific = i > begin_ && Has(i - 1, Word::kHonorific);
    // "Sheikh Mohammed", "Mr. Haddad": one name word after an honorific is
    // a person, named in part.
    if (words == 1 && honorific) return Make(i, j, MentionKind::kPartial, EntityType::kPerson, Text(i, j));
    if (words < 2) return std::nullopt;
    bool speech_after = (j < end_ && Has(j, Word::kSpeechVerb)) ||
                        (j + 1 < end_ && IsText(toks_[j], ",") && Has(j + 1, Word::kSpeechVerb));
    bool speech_before = i > begin_ && Has(i - 1, Word::kSpeechVerb);
    // "X, the ... minister", "X, Canada's ambassador to the UN".
    auto country_office_after = [&](size_t k) {
      auto cm = k < end_ ? CountryModifier(k) : std::nullopt;
      return cm && cm->second < end_ && OfficeAt(SkipModifiers(cm->second));
    };
    bool apposition = j + 1 < end_ && IsText(toks_[j], ",") &&
                      (OfficeAt(SkipModifiers(j + 1)) || country_office_after(j + 1) ||
                       ((Is(toks_[j + 1], "the") || Is(toks_[j + 1], "a") || Is(toks_[j + 1], "an")) &&
                        j + 2 < end_));
    bool korean = korean_style && Has(i, Word::kKoreanSurname);
    // "Peru's Hugo Salas": a name owned by a country is one of its people
    // (the words that head names of bodies and parties are no name words).
    const bool country_owned = words <= 3 && i > begin_ + 1 && IsPossessiveAt(toks_, i - 1) && !doc_.mentions.empty() &&
                               doc_.mentions.back().sentence == sentence_ && doc_.mentions.back().token_end == i - 1 &&
                               doc_.mentions.back().type == EntityType::kCountry;
    // "Kamala Harris met ...", "... met Kamala Harris": meeting and travel
    // take people. Two or three words only, none of them an office.
    bool meets = words <= 3 && ((j < end_ && Has(j, Word::kPersonVerb)) ||
                                (i > begin_ && Has(i - 1, Word::kPersonVerb)));
    for (size_t k = i; meets && k < j; ++k) meets = !OfficeAt(k) && !BodyAt(k);
    // "Presidents A of Kyrgyzstan, B of Tajikistan": a name whose country
    // follows it.
    const bool of_country = [&] {
      if (words > 3 || j + 1 >= end_ || !Is(toks_[j], "of")) return false;
      const auto hit = Gaz(j + 1);
      return hit && hit->kind == MentionKind::kName && lex_.entities[hit->entity].type == EntityType::kCountry;
    }();
    // (Not "High Commissioners of Canada", "Presidents of ...": titles.)
    for (size_t k = i; of_country && k < j; ++k) {
      if (Has(k, Word::kOfficeStart) || Has(k, Word::kPairNoun) || BodyAt(k) || Has(k, Word::kPlaceHead)) {
        return std::nullopt;
      }
    }
    // "Chilean and Peruvian Foreign Ministers A and B", "the foreign
    // ministers of Chile and Peru, A and B": names listed after a plural
    // title. (Not in a title-case headline, whose every word is capitalized;
    // asked only when nothing else has made the name a person's.)
    auto after_plural_title = [&] {
      if (words > 3 || InHeadline() || !AfterPluralTitle(i)) return false;
      for (size_t k = i; k < j; ++k) {
        if (OfficeAt(k) || BodyAt(k)) return false;
      }
      return true;
    };
    if (!(honorific || speech_after || speech_before || korean || meets || country_owned || of_country ||
          (apposition && korean_style) || after_plural_title())) {
      if (!apposition) return std::nullopt;
      // "Name, the ... minister": confirm an office follows within the apposition.
      bool office = false;
      for (size_t k = j + 1; k < end_ && k < j + 8 && !IsText(toks_[k], ","); ++k) {
        if (OfficeAt(k)) office = true;
      }
      if (!office) return std::nullopt;
    }
    return Make(i, j, MentionKind::kName, EntityType::kPerson, Text(i, j));
  }

  std::optional<Draft> Pronoun(size_t i) const {
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

  // Takes the draft: its mention is moved, not copied, into the document.
  void Emit(Draft&& d) {
    if (d.mention.span.empty()) return;
    doc_.mentions.push_back(std::move(d.mention));
    tally_.Add(doc_.mentions.back(), lex_);
  }

  static constexpr size_t kUnknown = static_cast<size_t>(-1);

  const EntityRecognizer& rec_;
  const Lexicon& lex_;
  Document& doc_;
  Tally& tally_;
  const std::vector<Token>& toks_;
  const TokenClasses<Word>& classes_;
  size_t sentence_;
  size_t begin_;
  size_t end_;
  size_t last_government_noun_ = kUnknown;  // the sentence's last kGovernmentNoun
  bool missed_start_ = false;
  // The tables of the Scratch (see there); the const helpers fill them.
  std::vector<char>& quoted_;
  std::vector<Memo<GazetteerHit>>& gaz_;
  std::vector<Memo<std::pair<int, size_t>>>& office_;
  std::vector<Memo<std::pair<int, size_t>>>& body_;
  NextTable& next_office_;
  NextTable& next_body_;
  NextTable& next_company_;
  const std::vector<char>& name_word_;
  std::vector<size_t>& run_end_;
  std::vector<size_t>& head_end_;
};

EntityRecognizer::EntityRecognizer(const Lexicon& lexicon, const Gazetteer::TokenizeFn& tokenize,
                                   Vocabulary* vocabulary)
    : lexicon_(lexicon), tokenize_(tokenize), gazetteer_(lexicon, tokenize) {
  std::unordered_map<std::string, std::vector<std::string>> demonym_suffixes;
  for (const LexEntity& e : lexicon.entities) {
    if (e.type != EntityType::kCountry) continue;
    for (const std::string& d : e.demonyms) {
      size_t space = d.rfind(' ');
      if (space != std::string::npos) demonym_suffixes[d.substr(space + 1)].push_back(e.iri);
    }
  }
  // A suffix that is itself a full demonym ("Korean" is not; "African" may be) stays ambiguous
  // only when no country owns it outright.
  for (const LexEntity& e : lexicon.entities) {
    for (const std::string& d : e.demonyms) demonym_suffixes.erase(d);
  }
  for (auto& [suffix, countries] : demonym_suffixes) demonym_suffixes_[suffix] = std::move(countries);
  sign_verbs_ = SignVerbForms(lexicon);
  for (size_t o = 0; o < lexicon.offices.size(); ++o) {
    const Office& office = lexicon.offices[o];
    // Leaders, envoys and ministers: "the Thai and Cambodian leaders", "the
    // foreign ministers of A and B". ("Diplomats" of a country are its
    // staff, not envoys each of their own.)
    const bool listed = office.leader || office.envoy || office.form.ends_with("minister") ||
                        office.form.starts_with("minister ") || office.form.ends_with("secretary");
    if (!listed || !office.official || office.counterpart || office.words.empty() || office.form == "diplomat") {
      continue;
    }
    // "charges d'affaires", "heads of state": the head takes the plural.
    std::vector<std::string> plural = office.words;
    const bool head_first = std::any_of(plural.begin() + 1, plural.end(), [](const std::string& w) {
      return w == "of" || w.starts_with("d'") || w == "d";
    });
    std::string& head = head_first ? plural.front() : plural.back();
    if (head.size() > 2 && head.back() == 'y' && std::string_view("aeiou").find(head[head.size() - 2]) == std::string_view::npos) {
      head.back() = 'i';
      head += "es";  // "secretaries"
    } else {
      head += "s";
    }
    office_plurals_.emplace_back(std::move(plural), static_cast<int>(o));
  }
  for (const Trigger& t : lexicon.triggers) {
    if (t.predicate != Predicate::kSanctioned || t.noun) continue;
    for (const std::string& form : t.words) {
      if (form.find(' ') == std::string::npos) sanction_verbs_.Add(form);
    }
  }
  WordSet office_starts, body_starts;
  for (size_t o = 0; o < lexicon.offices.size(); ++o) {
    const auto& words = lexicon.offices[o].words;
    if (words.empty()) continue;
    offices_by_first_word_[words[0]].push_back(o);
    office_starts.Add(words[0]);
  }
  for (size_t b = 0; b < lexicon.bodies.size(); ++b) {
    for (size_t f = 0; f < lexicon.bodies[b].forms.size(); ++f) {
      const auto& words = lexicon.bodies[b].forms[f];
      if (words.empty()) continue;
      bodies_by_first_word_[words[0]].emplace_back(b, f);
      body_starts.Add(words[0]);
    }
  }
  // A country group's first word may be lower-case ("baltic states"): a
  // start word, so that MayStart lets it through.
  WordSet group_starts;
  for (size_t g = 0; g < lexicon.country_groups.size(); ++g) {
    for (size_t f = 0; f < lexicon.country_groups[g].forms.size(); ++f) {
      const auto& words = lexicon.country_groups[g].forms[f];
      if (words.empty()) continue;
      country_groups_by_first_word_[words[0]].emplace_back(g, f);
      group_starts.Add(words[0]);
    }
  }
  const WordSet name_starts = gazetteer_.LowerStarts();
  WordSet plural_starts, plural_ends;
  for (const auto& [words, office] : office_plurals_) {
    plural_starts.Add(words.front());
    plural_ends.Add(words.back());
  }
  const std::pair<Word, const WordSet&> classes[] = {
      {Word::kNumber, lexicon.number_words},
      {Word::kVesselNoun, lexicon.vessel_nouns},
      {Word::kPersonGroupNoun, lexicon.person_group_nouns},
      {Word::kOrgGroupNoun, lexicon.org_group_nouns},
      {Word::kCompanyNoun, lexicon.company_nouns},
      {Word::kAgreementHead, lexicon.agreement_heads},
      {Word::kSignedOnlyHead, lexicon.signed_only_heads},
      {Word::kOfficeModifier, lexicon.office_modifiers},
      {Word::kHonorific, lexicon.text.honorifics},
      {Word::kSpeechVerb, lexicon.speech_verbs},
      {Word::kPersonVerb, lexicon.person_verbs},
      {Word::kKoreanSurname, lexicon.korean_surnames},
      {Word::kPlaceHead, lexicon.place_heads},
      {Word::kPairNoun, lexicon.pair_nouns},
      {Word::kSignVerb, sign_verbs_},
      {Word::kSanctionVerb, sanction_verbs_},
      {Word::kDeterminer, AgreementDeterminers()},
      {Word::kFunctionWord, AgreementFunctionWords()},
      {Word::kOfficeStart, office_starts},
      {Word::kBodyStart, body_starts},
      {Word::kGovernmentNoun, GovernmentNouns()},
      {Word::kGovernmentNoun, lexicon.state_form_nouns},
      {Word::kTerritoryNoun, lexicon.territory_nouns},
      {Word::kStartWord, StartWords()},
      {Word::kStartWord, group_starts},
      {Word::kNameStart, name_starts},
      {Word::kPluralStart, plural_starts},
      {Word::kPluralEnd, plural_ends},
  };
  for (const auto& [word_class, set] : classes) word_classes_.Add(word_class, set);
  if (vocabulary) word_classes_.Bind(*vocabulary);
}

// The lower-cased `words` stand at tokens [i, ...) before `end` (the first
// word is already known to match).
static bool PhraseAt(const Document& doc, size_t i, size_t end, const std::vector<std::string>& words) {
  if (i + words.size() > end) return false;
  for (size_t k = 1; k < words.size(); ++k) {
    if (doc.tokens[i + k].lower != words[k]) return false;
  }
  return true;
}

std::optional<std::pair<int, size_t>> EntityRecognizer::MatchOffice(const Document& doc, size_t i,
                                                                    size_t end) const {
  std::optional<std::pair<int, size_t>> best;
  if (i >= end) return best;
  const std::vector<size_t>* candidates = offices_by_first_word_.Find(doc.tokens[i].lower);
  if (!candidates) return best;
  for (size_t o : *candidates) {
    const auto& words = lexicon_.offices[o].words;
    if (PhraseAt(doc, i, end, words) && (!best || i + words.size() > best->second)) {
      best = std::make_pair(static_cast<int>(o), i + words.size());
    }
  }
  return best;
}

std::optional<std::pair<int, size_t>> EntityRecognizer::MatchBody(const Document& doc, size_t i,
                                                                  size_t end) const {
  std::optional<std::pair<int, size_t>> best;
  if (i >= end) return best;
  const auto* candidates = bodies_by_first_word_.Find(doc.tokens[i].lower);
  if (!candidates) return best;
  for (auto [b, f] : *candidates) {
    const auto& words = lexicon_.bodies[b].forms[f];
    if (PhraseAt(doc, i, end, words) && (!best || i + words.size() > best->second)) {
      best = std::make_pair(static_cast<int>(b), i + words.size());
    }
  }
  return best;
}

std::optional<std::pair<int, size_t>> EntityRecognizer::MatchCountryGroup(const Document& doc, size_t i,
                                                                          size_t end) const {
  std::optional<std::pair<int, size_t>> best;
  if (i >= end) return best;
  const auto* candidates = country_groups_by_first_word_.Find(doc.tokens[i].lower);
  if (!candidates) return best;
  for (auto [g, f] : *candidates) {
    const auto& words = lexicon_.country_groups[g].forms[f];
    if (PhraseAt(doc, i, end, words) && (!best || i + words.size() > best->second)) {
      best = std::make_pair(static_cast<int>(g), i + words.size());
    }
  }
  return best;
}

// One word of letters (and periods: "A.P."), as agencies credit themselves;
// not a list of them ("dpa/MIA") nor a phrase.
static bool IsAgencyCredit(std::string_view credit) {
  if (credit.empty() || credit.size() > 24) return false;
  return std::all_of(credit.begin(), credit.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.';
  });
}

const LexEntity* EntityRecognizer::NamedWhole(const Document& doc, Span span) const {
  if (span.empty()) return nullptr;
  // The words and their lower-cased forms are all made before any token
  // views them: the vectors do not grow under the views.
  const std::vector<std::string> words = tokenize_(doc.View(span));
  std::vector<std::string> lowers;
  lowers.reserve(words.size());
  for (const std::string& word : words) lowers.push_back(AsciiLower(word));
  std::vector<Token> tokens;
  for (size_t w = 0; w < words.size(); ++w) tokens.push_back(Token{Span{}, words[w], lowers[w], true});
  auto hit = gazetteer_.Match(tokens, 0, tokens.size());
  if (!hit || hit->length != tokens.size()) return nullptr;
  return &lexicon_.entities[hit->entity];
}

std::string EntityRecognizer::DatelineCountry(const Document& doc, std::string* city) const {
  const LexEntity* named = NamedWhole(doc, doc.dateline);
  // "Metro Manila, Philippines -": a place the lexicon does not know, in a
  // country it does.
  if (named == nullptr && !doc.dateline_region.empty()) {
    const LexEntity* region = NamedWhole(doc, doc.dateline_region);
    return region != nullptr && region->type == EntityType::kCountry ? region->iri : std::string();
  }
  if (named == nullptr) return {};
  const LexEntity& e = *named;
  if (e.type == EntityType::kCountry) return e.iri;
  if (e.type == EntityType::kCity) {
    *city = e.iri;
    return e.country;
  }
  return {};
}

Status EntityRecognizer::Process(Document& doc) const {
  doc.mentions.clear();
  // News runs at about one mention per ten tokens: room for them up front
  // spares moving every mention (four strings each) as the vector grows.
  doc.mentions.reserve(doc.tokens.size() / 8);
  doc.dateline_city.clear();
  doc.dateline_place = -1;
  doc.dateline_country = DatelineCountry(doc, &doc.dateline_city);
  doc.dateline_agency.clear();
  doc.dateline_author = -1;
  if (const LexEntity* credit = NamedWhole(doc, doc.dateline_credit); credit != nullptr) {
    if (credit->type == EntityType::kNewsAgency) doc.dateline_agency = credit->iri;
  } else if (IsAgencyCredit(doc.View(doc.dateline_credit))) {
    // "TEHRAN, Jun. 18 (MNA) -": a credit of one word is the agency that
    // wrote the story, known or not.
    doc.dateline_agency = MintEntityIri(EntityType::kNewsAgency, Slugify(doc.View(doc.dateline_credit)));
  }
  Tally tally;
  thread_local std::vector<TokenClasses<Word>::Mask> class_masks;  // reused from document to document
  const TokenClasses<Word> classes(word_classes_, doc.tokens, doc.vocabulary, class_masks);
  // One Scratch per thread, for every document it reads: the tables' memory
  // is reused, not allocated anew for each document.
  thread_local SentenceScanner::Scratch scratch;
  FillNameWords(doc.tokens, lexicon_, scratch.name_word);
  // In a headline every word may be capitalized: its verbs are no names
  // ("Envoy Summoned over ...", "Minister Meets ...").
  for (const Sentence& sentence : doc.sentences) {
    if (doc.blocks[sentence.block].kind != BlockKind::kHeadline) continue;
    for (size_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      if (classes.Has(t, Word::kPersonVerb) || classes.Has(t, Word::kSpeechVerb)) scratch.name_word[t] = 0;
    }
  }
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    SentenceScanner scanner(*this, doc, s, tally, classes, scratch);
    scanner.Run();
    if (scanner.missed_start() || (check_start_gate_ && scanner.GateMissed())) {
      return Status::Internal("a recognizer pattern matched where MayStart or its own gate said none can, in " +
                              std::string("sentence ") + std::to_string(s) + " of " + doc.id);
    }
  }
  ShareListTitles(office_plurals_, doc);
  // Second pass: a lone surname or given name of a person named elsewhere in
  // the document ("Rudenko", "Lee") is a partial mention of that person.
  WordSet name_parts;  // looked up at every capitalized token below: a WordSet turns most away unhashed
  for (const Mention& m : doc.mentions) {
    if (m.type != EntityType::kPerson || m.kind != MentionKind::kName) continue;
    size_t start = m.token_begin;
    for (size_t k = m.token_begin; k <= m.token_end; ++k) {
      if (k == m.token_end || doc.tokens[k].space_before) {
        if (k > start && start >= m.token_begin) {
          // one space-separated word ("Do-hoon" stays whole)
          std::string word(doc.View({doc.tokens[start].span.begin, doc.tokens[k - 1].span.end}));
          if (!lexicon_.name_stopwords.Contains(word) && word.size() > 1 && IsUpperStart(word)) {
            name_parts.Add(word);
          }
          // "al-Rashidi": the name after the particle stands alone too.
          if (const std::string_view rest = AfterGluedParticle(word); rest.size() > 1) {
            name_parts.Add(std::string(rest));
          }
        }
        start = k;
      }
    }
  }
  // "US Senator John Abbas met ... Abbas said": a known person's surname
  // alone is whoever the document named with it, nearest first (the
  // resolver decides), not the lexicon's person by default.
  // Word -> the distinct lexicon IRIs of the full names holding it, as views:
  // the tokens, and the full names' IRIs, stay as they are below.
  std::unordered_map<std::string_view, std::vector<std::string_view>> named_with;
  for (const Mention& m : doc.mentions) {
    if (m.type != EntityType::kPerson || m.kind != MentionKind::kName || m.token_end < m.token_begin + 2) continue;
    for (size_t k = m.token_begin; k < m.token_end; ++k) {
      if (!doc.tokens[k].IsCapitalized()) continue;
      std::vector<std::string_view>& iris = named_with[doc.tokens[k].text];
      if (std::find(iris.begin(), iris.end(), m.lexicon_iri) == iris.end()) iris.push_back(m.lexicon_iri);
    }
  }
  for (Mention& m : doc.mentions) {
    if (m.type != EntityType::kPerson || m.kind != MentionKind::kName || m.lexicon_iri.empty() ||
        m.token_end != m.token_begin + 1) {
      continue;
    }
    std::string surface = OneLine(doc.View(m.span));
    auto it = named_with.find(surface);
    if (it == named_with.end() || (it->second.size() == 1 && it->second[0] == m.lexicon_iri)) continue;
    const LexEntity* known = lexicon_.Find(m.lexicon_iri);
    if (known && known->label == surface) continue;  // a one-word label ("Lula") is the name itself
    m.kind = MentionKind::kPartial;
    m.name = std::move(surface);
    m.lexicon_iri = {};
  }
  std::vector<char> covered(doc.tokens.size(), false);
  for (const Mention& m : doc.mentions) {
    for (size_t k = m.token_begin; k < m.token_end; ++k) covered[k] = true;
  }
  std::vector<Mention> partials;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    for (size_t k = sent.token_begin; k < sent.token_end; ++k) {
      const Token& t = doc.tokens[k];
      // "Al-Rashidi" opening a sentence: the particle joins the partial name.
      size_t name_token = k;
      if (!covered[k] && t.IsCapitalized() && k + 2 < sent.token_end && IsText(doc.tokens[k + 1], "-") &&
          !doc.tokens[k + 1].space_before && !doc.tokens[k + 2].space_before &&
          !AfterGluedParticle(std::string(t.text).append("-").append(doc.tokens[k + 2].text)).empty()) {
        name_token = k + 2;
      }
      const Token& n = doc.tokens[name_token];
      if (covered[k] || !n.IsCapitalized() || !n.IsWord()) continue;
      // "Akufo-Addo": a surname of capitalized parts glued by hyphens is one word.
      size_t glued_end = name_token + 1;
      std::string glued(n.text);
      while (IsHyphenGlue(doc.tokens, glued_end, sent.token_end) && doc.tokens[glued_end + 1].IsCapitalized()) {
        glued.append("-").append(doc.tokens[glued_end + 1].text);
        glued_end += 2;
      }
      const bool glued_name = glued_end > name_token + 1 && name_parts.Contains(glued);
      if (!glued_name && !name_parts.Contains(n.text)) continue;
      // "Israel" of "Israel Katz" standing alone is the country.
      if (auto known = gazetteer_.Match(doc.tokens, k, sent.token_end);
          known && lexicon_.entities[known->entity].type != EntityType::kPerson) {
        continue;
      }
      size_t e = glued_name ? glued_end : name_token + 1;
      while (IsHyphenGlue(doc.tokens, e, sent.token_end) && !doc.tokens[e + 1].IsCapitalized()) e += 2;
      if (e < sent.token_end && !doc.tokens[e].space_before && !IsText(doc.tokens[e], "'s") &&
          !IsText(doc.tokens[e], "-") && doc.tokens[e].IsWord()) {
        continue;
      }
      Mention m;
      m.span = {t.span.begin, doc.tokens[e - 1].span.end};
      m.sentence = s;
      m.token_begin = k;
      m.token_end = e;
      m.kind = MentionKind::kPartial;
      m.type = EntityType::kPerson;
      m.name = OneLine(doc.View(m.span));
      partials.push_back(std::move(m));
    }
  }
  AddInTextOrder(doc.mentions, std::move(partials));
  AddInTextOrder(doc.mentions, ShortCountryNames(doc, lexicon_, covered));
  return Status::Ok();
}

}  // namespace diplograph
