// The entity recognizer's scan of one sentence (EntityRecognizer::
// SentenceScanner): the class, the draft mentions it makes, the tally of the
// document's mentions and the token tests its patterns share.
// Internal to extractor/entity_recognizer.cpp and extractor/recognizer/; not installed.
//
// The member functions are defined by concern in extractor/recognizer/*.cpp,
// each with its comment; what runs at nearly every token (MayStart, TryEmit,
// the memos' bit tests, Near, Has, IsNameWord, SkipModifiers, CompanyNounAt)
// and Make, which every pattern calls, are defined here, inline (the build
// has no link-time optimization).
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extractor/document.h"
#include "extractor/entity_recognizer.h"
#include "extractor/entity_type.h"
#include "extractor/gazetteer.h"
#include "extractor/lexicon.h"
#include "extractor/literal.h"
#include "extractor/word_classes.h"

namespace diplograph {

namespace recognizer_internal {

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

// What the mentions found so far say, for the patterns that weigh the whole
// document ("Korean", "the North"). The scan only ever appends to the
// document's mentions, so the counts are read off them when a pattern asks
// (rarely: an ambiguous demonym, "the North's"), not kept up at every
// mention (which looked up every mention's IRI in two maps); counting them
// at every token was quadratic in the document.
struct Tally {
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

// A candidate mention and the tokens it covers.
struct Draft {
  Mention mention;
  size_t end = 0;  // one past the last token consumed by the pattern
};

}  // namespace recognizer_internal

// The recognizer's files name these unqualified.
using recognizer_internal::Draft;
using recognizer_internal::Is;
using recognizer_internal::IsHyphenGlue;
using recognizer_internal::IsPossessiveAt;
using recognizer_internal::IsText;
using recognizer_internal::Tally;

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

  // --- The scan (scanner.cpp): the start gate, the patterns in priority order.
  SentenceScanner(const EntityRecognizer& rec, Document& doc, size_t sentence, Tally& tally,
                  const TokenClasses<Word>& classes, Scratch& scratch);
  // Whether some pattern of Run may match at token i: each pattern's first
  // test, in one place, so that most tokens (lower-case words of no class)
  // are passed over without calling the twelve. A pattern that can start at
  // other tokens must widen this (set_check_start_gate finds out).
  // (Inline: asked at every token.)
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
  bool EmitFirstMatch(size_t i, size_t* next);
  bool GateMissed() const;
  bool GatedPatternMatches(size_t i) const;
  // Tries one pattern at token i; emits its draft and sets *next past it.
  // (Inline: EmitFirstMatch calls it for each pattern.)
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

  void Run();

 private:
  // --- Lookups by token, inline: asked at nearly every token.
  // The lexicon matches at token i, memoized: the patterns ask for the same
  // positions over and over as they try each token.
  // (A bit test first: most tokens start no known name. The test is
  // inlined where Gaz is asked, about a million times a corpus of 5 MB,
  // and the memo is not: a call only to fail the test cost more than it.)
  __attribute__((always_inline)) std::optional<GazetteerHit> Gaz(size_t i) const {
    if (i >= end_ || !Has(i, Word::kNameStart)) return std::nullopt;
    return GazMemo(i);
  }
  // (No office or body starts with a word outside their first words' class:
  // a bit test answers for most tokens, before the memo.)
  // (Their bit tests inlined, and their memos not, as Gaz's.)
  __attribute__((always_inline)) std::optional<std::pair<int, size_t>> OfficeAt(size_t i) const {
    if (i >= end_ || !Has(i, Word::kOfficeStart)) return std::nullopt;
    return OfficeMemo(i);
  }
  __attribute__((always_inline)) std::optional<std::pair<int, size_t>> BodyAt(size_t i) const {
    if (i >= end_ || !Has(i, Word::kBodyStart)) return std::nullopt;
    return BodyMemo(i);
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

  // A company or vessel noun with a name right after it ("company Huawei",
  // "oil producer Rosneft", "the tanker Grace One"): what the noun
  // describes (kCompany or kShip) and where the name starts.
  // (Inline: BuildNear asks it at every token of a word class.)
  static constexpr int kCompany = 0, kShip = 1;
  std::optional<std::pair<int, size_t>> CompanyNounAt(size_t i) const {
    // The noun first: a bit test, where IsNameWord may have to look the word up.
    if (i + 1 >= end_) return std::nullopt;
    const bool company = Has(i, Word::kCompanyNoun);
    if (!company && !Has(i, Word::kVesselNoun)) return std::nullopt;
    if (!IsNameWord(i + 1)) return std::nullopt;
    return std::make_pair(company ? kCompany : kShip, i + 1);
  }

  // A draft of the mention at tokens [b, e).
  // (Inline: every pattern builds its draft with it.)
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

  // A verb form of a signing trigger ("signed", "inked").
  bool SignVerb(size_t i) const { return Has(i, Word::kSignVerb); }

  // The member functions below are defined in the file their group names.
  // Those declared inline are a file's own helpers, defined and called in
  // that file only: declared inline, GCC inlines them as it did when they
  // were defined in the class.

  // --- Memos, tables and drafts (scanner.cpp).
  std::optional<GazetteerHit> GazMemo(size_t i) const;
  std::optional<std::pair<int, size_t>> OfficeMemo(size_t i) const;
  std::optional<std::pair<int, size_t>> BodyMemo(size_t i) const;
  void BuildNear() const;
  std::string Text(size_t b, size_t e) const;
  void Emit(Draft&& d);

  // --- Countries before and around titles (country_modifiers.cpp).
  // A country named before a title: its IRI, where its own name stands
  // (CountryNameAt: empty for a demonym) and the token after it.
  struct TitleCountry {
    std::string_view iri;
    Span name;
    size_t end = 0;
  };
  std::optional<TitleCountry> CountryBeforeTitle(size_t j) const;
  std::optional<std::pair<std::string_view, size_t>> CountryModifier(size_t i) const;
  std::string LastCountryInSentence() const;
  size_t RegionBeforeOfficeEnd(size_t j) const;
  // (Inline: its file's own helpers; see above.)
  inline Span CountryNameAt(size_t j) const;
  inline std::optional<std::pair<std::string_view, size_t>> BareCountryBeforeTitle(size_t j) const;
  inline std::string_view AmbiguousDemonym(size_t i) const;
  inline std::string_view CompassCountry(std::string_view word) const;

  // --- People named after their title (titled_people.cpp).
  std::optional<Draft> TitledPerson(size_t i) const;
  // (Inline: its file's own helpers; see above.)
  inline std::string CoordinatedTitleCountry(size_t i, int office) const;
  inline bool LeadersPossessiveBefore(size_t i, std::string* country) const;
  inline size_t CompoundTitleEnd(size_t j) const;
  inline size_t UnknownBodyEnd(size_t j) const;
  inline size_t OfficeSuffixEnd(size_t j) const;
  inline std::pair<std::string, std::string> CountryOfPhraseAfter(size_t j) const;

  // --- Titles shared by a list of countries (title_lists.cpp).
  std::optional<Draft> CounterpartInList(size_t i) const;
  std::optional<Draft> TitleInList(size_t i) const;
  std::pair<int, size_t> OfficePluralAt(size_t j) const;
  bool InHeadline() const;
  bool AfterPluralTitle(size_t i) const;
  // (Inline: its file's own helpers; see above.)
  inline int OfficeAfterDemonymList(size_t i, size_t length) const;
  inline int OfficeBeforeNameList(size_t i) const;
  inline int OfficePluralEndingAt(size_t end) const;
  inline int CounterpartOffice() const;

  // --- People by their names (named_people.cpp).
  size_t NameEnd(size_t i) const;
  std::optional<Draft> NamedPerson(size_t i) const;
  std::optional<Draft> NamedPersonAt(size_t i, bool first_word_known) const;

  // --- Government bodies, described groups, companies and vessels (organizations.cpp).
  std::optional<Draft> Body(size_t i) const;
  std::optional<Draft> Group(size_t i) const;
  std::optional<Draft> DescribedOrganization(size_t i) const;
  std::optional<Draft> CompanyName(size_t i) const;

  // --- Agreements (agreements.cpp).
  std::optional<Draft> NamedAgreement(size_t i) const;
  std::optional<Draft> ListedAgreement(size_t i) const;
  std::optional<Draft> DescribedAgreement(size_t i) const;
  // (Inline: its file's own helpers; see above.)
  inline size_t NamedSubjectEnd(size_t k) const;
  inline size_t AgreementRunEnd(size_t j) const;
  inline size_t AfterHyphenGlue(size_t j) const;
  inline size_t LastAgreementHeadEnd(size_t j) const;
  inline bool SignedListItem(size_t i) const;
  inline bool SignedByAfter(size_t k) const;

  // --- Nominals and pronouns (nominals.cpp).
  std::optional<Draft> Nominal(size_t i) const;
  std::optional<Draft> Pronoun(size_t i) const;
  // (Inline: its file's own helpers; see above.)
  inline std::optional<Draft> CountryGroup(size_t i) const;
  inline size_t DescribedOrganizationEnd(size_t j) const;
  inline size_t DescribedCountryEnd(size_t j) const;
  inline std::optional<Draft> PartiesOfACountry(size_t i) const;

  // --- Names the lexicon knows, and places by their head word (known_names.cpp).
  std::optional<Draft> Place(size_t i) const;
  std::optional<Draft> Known(size_t i) const;
  // (Inline: its file's own helpers; see above.)
  inline std::optional<Draft> KnownEntity(size_t i, size_t e_tok, MentionKind kind, const LexEntity& e) const;
  inline std::optional<Draft> MakeKnown(size_t b, size_t e, MentionKind kind, EntityType type,
                                        const LexEntity& entity) const;

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

}  // namespace diplograph
