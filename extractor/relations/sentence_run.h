// The relation extractor's reading of one sentence (RelationExtractor::
// SentenceRun): the class, the argument type and the helpers its rules share.
// Internal to extractor/relation_extractor.cpp and extractor/relations/; not installed.
//
// The member functions are defined by concern in extractor/relations/*.cpp,
// each with its comment; the small lookups that run for nearly every token
// are defined here, inline (the build has no link-time optimization).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extractor/document.h"
#include "extractor/entity_type.h"
#include "extractor/lexicon.h"
#include "extractor/literal.h"
#include "extractor/predicate.h"
#include "extractor/relation_extractor.h"
#include "extractor/sentence_index.h"
#include "extractor/word_classes.h"

namespace diplograph {

namespace relation_internal {

// A token's lower-case form (SentenceRun::L) as compared with literals:
// `L(t) == "and"` is Equals (literal.h), which the compiler expands inline,
// not string_view's operator==, which it left to a call of compare.
struct Form : std::string_view {
  Form(std::string_view s) : std::string_view(s) {}  // NOLINT: converts as the view it is
  template <size_t N>
  bool operator==(const char (&literal)[N]) const {
    return Equals(*this, literal);
  }
  // (Hides string_view's ends_with, which was called, not inlined, too.)
  template <size_t N>
  bool ends_with(const char (&suffix)[N]) const {
    return EndsWith(*this, suffix);
  }
};

inline bool IsBoundaryPunct(Form t) { return t == ";" || t == ":"; }

inline bool IsConnector(Form w) { return w == "and" || w == "," || w == "or" || w == "&"; }

inline constexpr size_t kNone = static_cast<size_t>(-1);

// Targets each predicate accepts.
inline bool TargetTypeFits(Predicate p, EntityType t) {
  switch (p) {
    case Predicate::kVisited:
      return t == EntityType::kCity || t == EntityType::kCountry || t == EntityType::kPlace;
    case Predicate::kSigned:
      return t == EntityType::kAgreement;
    // A place can be what one is worried about ("concern over tensions in
    // the South China Sea"), not what one condemns or sanctions.
    case Predicate::kExpressedConcernAbout:
      return t != EntityType::kNewsAgency && t != EntityType::kCity;
    case Predicate::kCondemned:
    case Predicate::kSanctioned:
      return t != EntityType::kNewsAgency && t != EntityType::kCity && t != EntityType::kPlace;
    default:
      return IsActorType(t);
  }
}

inline bool AgentTypeFits(EntityType t) { return IsActorType(t); }

// One argument: a resolved mention (or a pair of parties) in the sentence.
struct Arg {
  size_t tb = 0, te = 0;  // token range
  size_t title_tb = 0;    // where the title of a titled name starts (tb when none)
  std::vector<int> entities;
  EntityType type = EntityType::kPerson;
  bool titled = false;      // a person named after a title ("leader Kim Jong-un")
  bool group = false;       // a described group ("four vessels")
  int country = -1;         // for a capital read as a city: the country it may stand for
  int city = -1;            // for a capital read as its country: the city (a visit's place)
  bool sides = false;       // "both sides": meeting parties, or the pair named together
  bool sides_people = false;  // sides named as people ("the two ministers", "they"), not as states
  bool demonym = false;     // "Turkish": an adjective, which may only describe what follows
  std::vector<int> pair;    // for sides: the last two parties named together
};

}  // namespace relation_internal

// The relation extractor's files name these unqualified.
using relation_internal::AgentTypeFits;
using relation_internal::Arg;
using relation_internal::Form;
using relation_internal::IsBoundaryPunct;
using relation_internal::IsConnector;
using relation_internal::kNone;
using relation_internal::TargetTypeFits;

class RelationExtractor::SentenceRun {
 public:
  // A trigger's match in the sentence.
  struct Occurrence {
    size_t ts = 0, te = 0;
    // Its readings, indexes into Lexicon::triggers: readings_[readings_begin,
    // readings_end) (see Readings), one list for the sentence's occurrences
    // where a vector of each allocated.
    size_t readings_begin = 0, readings_end = 0;
    bool noun = false;
    std::optional<Date> date;
  };

  // The per-sentence tables by token - b_, and the args and trigger
  // occurrences with their tables. The caller keeps one for all the
  // sentences it reads, so their memory is reused; each run clears and
  // rebuilds them (walk_stop: an empty table is one not yet built).
  struct TokenTables {
    std::vector<char> quoted;  // char, not bool: written and read per token, and a bit vector is slow at both
    std::vector<size_t> clause_start, next_boundary, next_comma, next_non_gap;
    std::vector<char> in_time, time_starts;
    std::vector<size_t> walk_stop;
    std::vector<size_t> walk_passed;  // WalkLeft's buffer
    std::vector<Arg> args;
    std::vector<std::pair<size_t, size_t>> group;
    std::vector<size_t> sides;
    std::vector<Occurrence> occurrences;
    std::vector<size_t> next_undated;
    std::array<std::vector<size_t>, 2> occurrences_by_kind;
    std::vector<std::vector<size_t>> undated;  // by Predicate (see undated_)
    std::vector<size_t> readings;              // the occurrences' (see Occurrence)
    std::vector<std::vector<int>> spare_entities;  // see SetEntities
  };

  // `index` holds the document's mentions, times and (earlier) relations by
  // sentence.
  SentenceRun(const RelationExtractor& rx, Document& doc, size_t s, int* carried_speaker,
              const SentenceIndex& index, const std::unordered_map<int, int>& envoy_hosts,
              const TokenClasses<Word>& classes, TokenTables& tables);
  // Reads the sentence: its triggers, then the sentence-wide rules.
  void Go();

 private:
  static constexpr size_t kTitleReach = 8;  // tokens a title may take before a name

  // --- Lookups by token and arg, inline: called for nearly every token.
  // The entries of a by-sentence index for this sentence.
  std::span<const size_t> Of(const SentenceLayer& by_sentence) const { return by_sentence[s_]; }
  Form L(size_t i) const { return toks_[i].lower; }
  // Whether token i's lower-case form is a word of class c.
  bool Has(size_t i, Word c) const { return classes_.Has(i, c); }
  bool ClauseBoundaryAt(size_t i) const { return Has(i, Word::kClauseBoundary); }
  bool PrepositionAt(size_t i) const { return Has(i, Word::kPreposition); }
  // The clause start to the left of token i: a boundary word or punctuation.
  size_t ClauseStart(size_t i) const { return clause_start_[i - b_]; }
  // The arg ending exactly at token `end` (exclusive), if any. Args are in
  // text order and do not overlap, so both ends ascend: binary search.
  int ArgEndingAt(size_t end) const {
    auto it = std::partition_point(args_.begin(), args_.end(), [&](const Arg& a) { return a.te < end; });
    return it != args_.end() && it->te == end ? static_cast<int>(it - args_.begin()) : -1;
  }
  int ArgStartingAt(size_t begin) const {
    auto it = std::partition_point(args_.begin(), args_.end(), [&](const Arg& a) { return a.tb < begin; });
    return it != args_.end() && it->tb == begin ? static_cast<int>(it - args_.begin()) : -1;
  }
  // The titled name whose title starts at `begin` ("Deputy Minister of
  // Foreign Affairs of Uzbekistan X"), or -1.
  int ArgTitledFrom(size_t begin) const {
    auto it = std::partition_point(args_.begin(), args_.end(), [&](const Arg& a) { return a.tb < begin; });
    for (; it != args_.end() && it->tb < begin + kTitleReach + 4; ++it) {
      if (it->title_tb == begin && it->tb > begin) return static_cast<int>(it - args_.begin());
      if (it->title_tb < begin) break;
    }
    return -1;
  }
  // Whether an argument starts within `reach` tokens from t.
  bool HasArgWithin(size_t t, size_t reach) const {
    const auto it = std::partition_point(args_.begin(), args_.end(), [&](const Arg& a) { return a.tb < t; });
    return it != args_.end() && it->tb < t + reach;
  }
  // The coordinated group around arg k: "A, B and C".
  // A list needs a conjunction somewhere ("A, B and C"); commas alone
  // separate clauses or appositions.
  // (IndexGroups works it out for every arg once.)
  std::pair<size_t, size_t> GroupAround(size_t k) const { return group_[k]; }
  // The entities an arg contributes as a target of `p`: a capital read as a
  // city stands for its country where the predicate needs an actor.
  std::vector<int> TargetEntities(const Arg& a, Predicate p) const {
    if (p == Predicate::kVisited && a.city >= 0) return {a.city};  // "visited Addis Ababa"
    if (TargetTypeFits(p, a.type)) return a.entities;
    if (a.country >= 0 && TargetTypeFits(p, EntityType::kCountry)) return {a.country};
    return {};
  }
  // Whether TargetEntities(a, p) is not empty, without building it.
  bool Fits(const Arg& a, Predicate p) const {
    if (p == Predicate::kVisited && a.city >= 0) return true;
    if (TargetTypeFits(p, a.type)) return !a.entities.empty();
    return a.country >= 0 && TargetTypeFits(p, EntityType::kCountry);
  }
  std::vector<int> Entities(size_t lo, size_t hi, bool actors_only) const {
    std::vector<int> out;
    for (size_t k = lo; k <= hi; ++k) {
      if (actors_only && !AgentTypeFits(args_[k].type)) continue;
      if (args_[k].type == EntityType::kNewsAgency) continue;
      for (int e : args_[k].entities) out.push_back(e);
    }
    return out;
  }
  bool IsAppositionStart(size_t k) const {
    return Has(k, Word::kAppositionOpener);
  }
  // "that" after a group of parties opens a relative clause ("the
  // countries that condemned"); it is no determiner ("at that meeting").
  bool RelativeThat(size_t t) const {
    return L(t) == "that" && t > b_ && (Has(t - 1, Word::kPairNoun) || Has(t - 1, Word::kPersonGroupNoun));
  }
  // "what it described as attacks by X": "as" goes on to what is named.
  bool NamingAs(size_t t) const { return L(t) == "as" && t > b_ && Has(t - 1, Word::kNamingVerb); }
  // A determiner or possessive: what follows is a noun.
  bool IsNounMarker(size_t t) const {
    return Has(t, Word::kNounMarker);
  }
  bool SubjectPronoun(size_t t) const {
    const Form w = L(t);
    return w == "we" || w == "they" || w == "i" || w == "you";
  }
  bool IsParticiple(size_t t) const {
    return toks_[t].IsWord() && !toks_[t].IsCapitalized() && L(t).size() > 4 && L(t).ends_with("ing");
  }
  // A lower-case word in -ed after another word: "imposed", "carried".
  bool IsPastParticiple(size_t t) const {
    return t > b_ && ((L(t).size() > 4 && L(t).ends_with("ed")) || Has(t, Word::kIrregularParticiple)) &&
           !toks_[t].IsCapitalized() && toks_[t - 1].IsWord();
  }
  // "her" before a word that goes on its noun phrase ("her counterpart"),
  // not before what follows an object ("met her on Monday", "urged her to").
  bool PossessiveHer(size_t t) const {
    if (L(t) != "her" || t + 1 >= e_ || !toks_[t + 1].IsWord() || in_time_[t + 1 - b_]) return false;
    const Form next = L(t + 1);
    return !PrepositionAt(t + 1) && !ClauseBoundaryAt(t + 1) && !IsConnector(next) && next != "to" && next != "that";
  }
  bool IsPossessivePronoun(size_t t) const {
    if (L(t) == "her") return PossessiveHer(t);  // "received her at the palace" is an object
    return (L(t) == "his" || L(t) == "their" || L(t) == "its" || L(t) == "our") && t + 1 < e_ &&
           toks_[t + 1].IsWord();
  }
  // Only adverbs or nothing stand before token ts in the sentence.
  bool OpensSentence(size_t ts) const { return ts <= first_non_adverb_; }
  bool OpensPhrase(size_t k) const {
    return PrepositionAt(k) || L(k) == "during" || L(k) == "after" || L(k) == "following";
  }

  // --- Per-sentence tables (sentence_tables.cpp): token tables, args and their groups.
  void IndexTokens();
  void CollectArgs();
  bool IsSides(const Mention& m) const;
  bool IsPeopleSides(const Mention& m) const;
  bool SpeakersStateOrgan(size_t t) const;
  void SummonedEnvoysArgs();
  void IndexGroups();
  bool Joined(const Arg& a, const Arg& b) const;
  bool Described(const Arg& a) const;

  // --- The sentence's pass (triggers.cpp): trigger occurrences, their dates, Emit.
  size_t MatchTriggers(size_t i, std::vector<size_t>* readings) const;
  void AssignDates();
  size_t NextUndated(size_t k);
  // Appends the relation; `remote` marks a call by telephone or video.
  void Emit(Predicate p, int subject, int object, std::optional<Date> date, int place, double confidence,
            std::string rule, bool remote = false);

  // --- One trigger (handle_trigger.cpp).
  bool IsWitnessedSigning(const Trigger& trig, size_t ts, size_t te) const;
  void WitnessedSigning(size_t ts, size_t te, double confidence);
  void HandleTrigger(size_t ti, size_t ts, size_t te);

  // --- Speakers and what they say (speakers.cpp).
  int FindSpeaker() const;
  int OwnSpeaker() const;
  int AttributedSpeaker() const;
  int SpeakerOf(size_t t, size_t cs) const;
  std::vector<int> SpeakerOfClauseAt(size_t cs) const;
  std::vector<int> SpeakerOfReportedClause(size_t end) const;
  void AppealsByModal();
  void VerdictsByCopula();
  void VerdictsByViolation();
  std::vector<int> OwnerOfNounEndingAt(size_t end) const;

  // --- Subjects and agents (subjects.cpp).
  std::vector<int> SubjectLeftOf(size_t from, size_t* group_start = nullptr) const;
  size_t WalkLeft(size_t k) const;
  size_t StepLeft(size_t k) const;
  bool TitleOfThePartyBefore(size_t k) const;
  std::vector<int> MemberOfThoseWho(size_t t) const;
  bool OwnsTheSubject(size_t k, size_t verb) const;
  std::vector<int> ComitativeSubject(size_t from, size_t* group_start) const;
  std::vector<int> BareComitativeSubject(size_t verb) const;
  size_t ComitativeOpenerEndingAt(size_t m, bool by) const;
  size_t CommaListStart(size_t start) const;
  std::vector<int> ClauseOpeningSubject(size_t cs, size_t before) const;
  std::vector<int> MainSubjectAfter(size_t te) const;
  std::vector<int> AgentOfVerb(size_t verb, size_t* /*target_end*/);

  // --- Objects and targets (objects.cpp).
  std::vector<int> FirstGroupRight(size_t from, size_t window, Predicate p, bool cross_clauses,
                                   size_t* group_end = nullptr, bool direct = false,
                                   bool* plain_object = nullptr) const;
  size_t BareCommaPeople(size_t hi, Predicate p, std::vector<int>* out) const;
  bool CoordinatedVerbAt(size_t t) const;
  bool ModifiesNoun(const Arg& a) const;
  bool ObjectEndsAt(size_t t, Predicate p) const;
  std::vector<int> DoerAfterObject(size_t t) const;
  std::vector<int> AfterPreposition(size_t te, const Trigger& trig, size_t* group_end) const;
  std::vector<int> PartiesOfObject(size_t te, Predicate p, size_t* group_end) const;
  std::vector<int> Complement(size_t te, Predicate p, const std::vector<int>& agents) const;
  std::vector<int> MainVerbObject(size_t from) const;
  void IncludedAgreements(size_t group_end, std::vector<int>* targets, size_t* end) const;
  void IncludedMembers(size_t group_end, std::vector<int>* targets, size_t* end) const;
  void DropCountriesOfPartyPeople(std::vector<int>& parties) const;
  size_t TargetsEnd(size_t te, const std::vector<int>& targets) const;
  bool ObjectClosedAt(size_t t) const;
  size_t MannerPhraseEnd(size_t t) const;

  // --- Nominal triggers (nominals.cpp).
  std::vector<int> Possessor(size_t ts, bool* pair_pronoun) const;
  std::vector<int> Parties(size_t ts, size_t te, Predicate p) const;
  std::vector<int> SignersBetweenAfter(size_t te) const;
  bool ReactionBefore(size_t ts, size_t* verb) const;
  bool LightVerbBefore(size_t ts, size_t* verb) const;
  std::vector<int> IndirectObject(size_t verb, size_t ts) const;
  std::vector<int> RecipientBefore(size_t ts) const;
  size_t PassiveLightVerbBy(size_t te) const;
  size_t PassiveGivenTo(size_t te) const;
  bool PossessivePronounBefore(size_t ts) const;
  bool InOpeningPhrase(size_t ts) const;
  bool CircumstanceBefore(size_t ts) const;

  // --- Clause structure and modality (clauses.cpp).
  bool Irrealis(size_t ts) const;
  bool InUnrealisedInfinitive(size_t ts) const;
  bool CancelledOrPlanned(size_t t) const;
  bool AppealAfter(size_t t) const;
  bool VerdictAfter(size_t t) const;
  bool AccountDemandedAt(size_t t) const;
  bool PurposeGap(size_t object_end, size_t to) const;
  bool AlsoANoun(size_t t) const;
  bool ParticipleModifiesNoun(size_t ts) const;
  bool VerbEndsAt(size_t t) const;
  bool VisitEndsAt(size_t t) const;

  // --- Discourse memory (discourse.cpp).
  template <typename Wanted>
  const Relation* LastRelationBefore(Wanted wanted) const;
  template <typename IsHead>
  size_t PlainNounPhraseEnd(size_t begin, size_t end, IsHead is_head) const;
  std::vector<int> LastSanctioner() const;
  std::vector<int> LastMeetingParties() const;
  std::vector<int> LastSummonedEnvoys(size_t reach) const;
  std::vector<int> LastBodyAgent() const;
  std::vector<int> AdoptingBody() const;
  std::vector<int> ActorOfActTold(size_t te, const std::vector<int>& agents) const;
  std::vector<int> ActorsOfActNamedAt(size_t t) const;
  std::vector<int> ItBefore(size_t ts, size_t te, const std::vector<int>& agents) const;
  std::vector<int> ReportedIt(size_t ts) const;
  bool OpenedByIt(size_t ts) const;
  bool OpenedBySanctions(size_t ts) const;
  bool OpenedByAdoptedText(size_t ts) const;
  size_t AdoptedTextEnd(size_t begin, size_t end) const;
  std::vector<int> CountriesOf(const std::vector<int>& parties) const;

  // --- Places, venues and hosts (places.cpp).
  int PlaceAfter(size_t te) const;
  int OpeningPlace(size_t ts) const;
  int HostOf(int envoy) const;
  std::pair<int, int> RecalledEnvoyBefore(size_t ts) const;
  std::vector<int> DatelineHostFor(const std::vector<int>& visitors) const;
  void VisitingGuest(size_t ts, const Arg& guest);
  void GuestVisits(const std::vector<int>& hosts, const std::vector<int>& guests, size_t guests_end, int place,
                   std::optional<Date> date, double confidence, const std::string& rule);
  void SpokeIn();
  void HostsOfTalks(size_t first_relation);

  struct LastAct {
    Predicate predicate;
    std::vector<int> agents;
    std::vector<int> targets;
    size_t object_end;
    std::optional<Date> date;
    bool passive = false;  // "X was summoned (by Y)": the clause's subject is a target
  };
  std::optional<Date> current_date_;
  bool purpose_linked_ = false;

  const RelationExtractor& rx_;
  const Lexicon& lex_;
  Document& doc_;
  const std::vector<Token>& toks_;
  const TokenClasses<Word>& classes_;
  size_t s_;
  int* carried_;  // the speaker of the quotation running on from earlier sentences
  size_t b_, e_;
  std::vector<char>& quoted_;
  std::optional<LastAct> last_act_;
  std::optional<std::vector<int>> purpose_object_;

  // Tables built once per sentence (see IndexTokens, IndexGroups), by token
  // or arg index; and what the const helpers remember between calls.
  const SentenceIndex& index_;
  const std::unordered_map<int, int>& envoy_hosts_;  // envoy -> the country posted to (roles)
  std::vector<size_t>& clause_start_;
  std::vector<size_t>& next_boundary_;
  std::vector<size_t>& next_comma_;
  std::vector<size_t>& next_non_gap_;
  std::vector<char>& in_time_;
  std::vector<char>& time_starts_;
  size_t first_non_adverb_ = 0;
  std::vector<Occurrence>& occurrences_;
  std::vector<Arg>& args_;
  std::vector<std::pair<size_t, size_t>>& group_;  // GroupAround by arg
  std::vector<size_t>& sides_;                      // args that are "both sides"
  std::vector<size_t>& next_undated_;                 // AssignDates' skip list over occurrences_
  std::array<std::vector<size_t>, 2>& occurrences_by_kind_;  // AssignDates' verb and noun occurrences
  std::vector<size_t>& walk_stop_;                    // WalkLeft's stops by token
  std::vector<size_t>& walk_passed_;                  // WalkLeft's tokens passed, reused
  // This sentence's undated relations, by predicate: the tables' lists,
  // reused from sentence to sentence, where a map allocated them anew.
  std::vector<std::vector<size_t>>& undated_;
  std::vector<size_t>& Undated(Predicate p) { return undated_[static_cast<size_t>(p)]; }
  std::vector<size_t>& readings_;  // the occurrences' readings (see Occurrence)
  // The entity lists of the last sentence's args, kept for the next one's
  // (see SetEntities): each arg's list, tiny, was allocated anew.
  std::vector<std::vector<int>>& spare_entities_;
  // a.entities = `entities`, in a spare list's memory when there is one.
  void SetEntities(Arg& a, std::initializer_list<int> entities) {
    if (!spare_entities_.empty()) {
      a.entities = std::move(spare_entities_.back());
      spare_entities_.pop_back();
    }
    a.entities.assign(entities);
  }
  std::span<const size_t> Readings(const Occurrence& o) const {
    return {readings_.data() + o.readings_begin, o.readings_end - o.readings_begin};
  }
  mutable std::optional<int> own_speaker_;
  mutable size_t meetings_seen_ = kNone;  // relations LastMeetingParties has looked at
  mutable size_t last_meeting_ = kNone;
};

}  // namespace diplograph
