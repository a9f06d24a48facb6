#include "extractor/relation_extractor.h"

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <span>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "extractor/listed_agreements.h"
#include "extractor/literal.h"
#include "extractor/relation_inference.h"
#include "extractor/sentence_index.h"
#include "extractor/utf8.h"
#include "extractor/word_set.h"

namespace diplograph {

namespace {

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

// Words that open a new clause: an agent is not looked for across them.
const WordSet& ClauseBoundaryWords() {
  static const WordSet kWords = {
      "that", "which", "who", "whom", "whose", "while", "whereas", "after", "before", "amid",
      "because", "since", "if", "unless", "when", "although", "though", "but", "as", "according",
      "whether", "until", "despite", "following", "where"};
  return kWords;
}

bool IsBoundaryPunct(Form t) { return t == ";" || t == ":"; }

const WordSet& Prepositions() {
  static const WordSet kWords = {
      "for", "of", "against", "from", "to", "about", "by", "on", "in", "with", "over", "at",
      "between", "regarding", "into", "toward", "towards", "through", "under", "without"};
  return kWords;
}

// Words that open an apposition or parenthetical after a comma (see StepLeft).
const WordSet& AppositionOpeners() {
  static const WordSet kOpeners = {
      "who", "whose", "which", "the", "a", "an", "in", "on", "at", "formerly", "also", "however",
      "meanwhile", "for", "too", "then", "he", "she", "it"};
  return kOpeners;
}

// Words after which an -ing form is a verb: auxiliaries, conjunctions,
// negation ("is meeting", "and visiting", "not signing").
const WordSet& GerundLeads() {
  static const WordSet kWords = {"is", "are", "was", "were", "be", "been", "being", "am", "and", "or", "but",
                                 "not", "also", "still", "now", "then", "again", "while", "when", "after",
                                 "before", "since", "by", "without", "upon", "on", "in", "of", "for", "from",
                                 "against", "about", "to", "with", "further", "jointly"};
  return kWords;
}

// Determiners and possessives: what follows is a noun.
const WordSet& NounMarkers() {
  static const WordSet kMarkers = {
      "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
      "these", "those", "'s", "'", "another", "any", "every", "each", "first", "last", "next", "such"};
  return kMarkers;
}

bool IsObjectPronoun(Form w) {
  return w == "them" || w == "him" || w == "her" || w == "it" || w == "us" || w == "me";
}

// Words that may stand between a subject and its verb without changing who
// acts: "It also called on ...", "The resolution has formally urged ...".
const WordSet& SubjectVerbFillers() {
  static const WordSet kWords = {"also", "further", "again", "then", "has", "have", "had", "would", "strongly",
                                 "firmly", "repeatedly", "formally", "later", "earlier"};
  return kWords;
}

bool IsConnector(Form w) { return w == "and" || w == "," || w == "or" || w == "&"; }

// Longer lists ("A, B, C, ... and Z") are not read as one coordinated group:
// no report names that many parties together, and the relations between two
// such groups would grow with the product of their lengths.
constexpr size_t kMaxGroupParties = 32;

constexpr size_t kNone = static_cast<size_t>(-1);


// Targets each predicate accepts.
bool TargetTypeFits(Predicate p, EntityType t) {
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

bool AgentTypeFits(EntityType t) { return IsActorType(t); }

// Predicates of one party acting upon another, as opposed to doing
// something together or going somewhere.
bool ActsUpon(Predicate p) {
  return p == Predicate::kUrged || p == Predicate::kWarned || p == Predicate::kCondemned ||
         p == Predicate::kProtestedTo || p == Predicate::kSanctioned || p == Predicate::kExpressedConcernAbout;
}

}  // namespace

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
              const TokenClasses<Word>& classes, TokenTables& tables)
      : rx_(rx), lex_(rx.lexicon_), doc_(doc), toks_(doc.tokens), classes_(classes), s_(s),
        carried_(carried_speaker),
        b_(doc.sentences[s].token_begin), e_(doc.sentences[s].token_end), quoted_(tables.quoted),
        index_(index), envoy_hosts_(envoy_hosts), clause_start_(tables.clause_start),
        next_boundary_(tables.next_boundary), next_comma_(tables.next_comma), next_non_gap_(tables.next_non_gap),
        in_time_(tables.in_time), time_starts_(tables.time_starts), occurrences_(tables.occurrences),
        args_(tables.args), group_(tables.group), sides_(tables.sides), next_undated_(tables.next_undated),
        occurrences_by_kind_(tables.occurrences_by_kind), walk_stop_(tables.walk_stop),
        walk_passed_(tables.walk_passed), undated_(tables.undated), readings_(tables.readings),
        spare_entities_(tables.spare_entities) {
    quoted_.clear();
    readings_.clear();
    undated_.resize(AllPredicates().size());
    for (std::vector<size_t>& relations : undated_) relations.clear();
    walk_stop_.clear();
    for (Arg& a : args_) {
      if (a.entities.capacity() > 0) spare_entities_.push_back(std::move(a.entities));
    }
    args_.clear();
    sides_.clear();
    occurrences_.clear();
    bool open = false;
    for (size_t i = b_; i < e_; ++i) {
      if (Equals(toks_[i].text, "\"")) open = !open;
      quoted_.push_back(open);
    }
    IndexTokens();
    CollectArgs();
    SummonedEnvoysArgs();
    IndexGroups();
    for (size_t r : Of(index_.relations)) {
      if (!doc_.relations[r].date) Undated(doc_.relations[r].predicate).push_back(r);
    }
  }

  void Go() {
    size_t i = b_;
    while (i < e_) {
      // (The class test first, here: most tokens start no trigger, and
      // the call to find that out cost more than the test.)
      if (!Has(i, Word::kTriggerStart)) {
        ++i;
        continue;
      }
      const size_t first = readings_.size();
      const size_t length = MatchTriggers(i, &readings_);
      if (readings_.size() == first) {
        ++i;
        continue;
      }
      Occurrence occ;
      occ.readings_begin = first;
      occ.readings_end = readings_.size();
      occ.ts = i;
      occ.te = i + length;
      occ.noun = lex_.triggers[readings_[first]].noun;
      occurrences_.push_back(std::move(occ));
      i += length;
    }
    AssignDates();
    if (carried_) {
      int own = OwnSpeaker();
      bool opens_with_quote = b_ < e_ && Equals(toks_[b_].text, "\"");
      if (own >= 0) *carried_ = own;
      else if (!opens_with_quote) *carried_ = -1;
    }
    // A form that is both a verb and a noun ("summoning") gets both
    // readings; each has its own conditions and the graph keeps one event.
    const size_t first_relation = doc_.relations.size();
    for (const Occurrence& o : occurrences_) {
      // "the meeting between A and B tomorrow": an act dated after the
      // story was published has not happened yet.
      if (o.date && doc_.published && o.date->ToDays() > doc_.published->ToDays()) continue;
      current_date_ = o.date;
      for (size_t t : Readings(o)) HandleTrigger(t, o.ts, o.te);
    }
    // "The deputy minister also warned of ... . \"Russia should act
    // responsibly.\"": an unattributed quote next is the one who acted here.
    if (carried_ && *carried_ < 0 && b_ < e_ && !Equals(toks_[b_].text, "\"")) {
      for (size_t r = first_relation; r < doc_.relations.size(); ++r) {
        const int agent = doc_.relations[r].subject;
        if (doc_.entities[static_cast<size_t>(agent)].type == EntityType::kPerson) {
          *carried_ = agent;
          break;
        }
      }
    }
    AppealsByModal();
    VerdictsByCopula();
    VerdictsByViolation();
    HostsOfTalks(first_relation);
    SpokeIn();
  }

 private:
  // "Russia should act responsibly," Kim said; X said Israel must stop: a
  // party the speaker says should or must act is urged to.
  void AppealsByModal() {
    for (size_t t = b_ + 1; t < e_; ++t) {
      if (!Has(t, Word::kAppealModal)) continue;
      const int a = ArgEndingAt(t);
      if (a < 0 || !AgentTypeFits(args_[static_cast<size_t>(a)].type)) continue;
      const Arg& addressee = args_[static_cast<size_t>(a)];
      // The party heads its clause ("that X must", "\"X should"), and no
      // condition or question governs it.
      const size_t cs = ClauseStart(addressee.tb);
      bool heads = addressee.tb == cs || L(addressee.tb - 1) == "\"" || L(addressee.tb - 1) == "," ||
                   (addressee.tb > b_ && L(addressee.tb - 1) == "the" && addressee.tb - 1 == cs);
      if (!heads || (cs > b_ && (L(cs - 1) == "if" || L(cs - 1) == "unless" || L(cs - 1) == "whether"))) continue;
      const int speaker = SpeakerOf(t, cs);
      if (speaker < 0 || !AgentTypeFits(doc_.entities[static_cast<size_t>(speaker)].type)) continue;
      for (int e : addressee.entities) {
        if (e == speaker || doc_.entities[static_cast<size_t>(speaker)].country == e) continue;
        Emit(Predicate::kUrged, speaker, e, current_date_, -1, 0.6, "appeal-modal/speaker");
      }
    }
  }

  // "A and B held talks in Malaysia hosted by its Prime Minister X", "A and
  // B met under the auspices of X": whoever hosts or presides over the
  // talks meets both parties.
  void HostsOfTalks(size_t first_relation) {
    size_t meeting = kNone;
    for (size_t r = first_relation; r < doc_.relations.size(); ++r) {
      if (doc_.relations[r].predicate == Predicate::kMetWith && !doc_.relations[r].remote) {
        meeting = r;
        break;
      }
    }
    if (meeting == kNone) return;
    for (size_t t = b_; t + 2 < e_; ++t) {
      size_t from = 0;
      if ((L(t) == "hosted" || L(t) == "chaired" || L(t) == "mediated") && L(t + 1) == "by") from = t + 2;
      if (t + 3 < e_ && L(t) == "under" && L(t + 1) == "the" && L(t + 2) == "auspices" && L(t + 3) == "of") from = t + 4;
      if (from == 0) continue;
      const Relation talks = doc_.relations[meeting];
      for (int host : FirstGroupRight(from, 6, Predicate::kMetWith, false)) {
        if (doc_.entities[static_cast<size_t>(host)].type == EntityType::kCountry &&
            doc_.entities[static_cast<size_t>(talks.subject)].type == EntityType::kPerson) {
          continue;  // (a country hosting people's talks is their venue's, not a party)
        }
        for (int party : {talks.subject, talks.object}) {
          if (party == host) continue;
          Emit(Predicate::kMetWith, host, party, talks.date, talks.place, talks.confidence * 0.8,
               talks.rule + "+host-of-talks");
        }
      }
      return;
    }
  }

  // "Somalia said the agreement signed by Ethiopia was null and void",
  // "\"The sanctions are illegal,\" X said": a party, or what a party did,
  // said to be of a verdict word is condemned by the one who says so.
  void VerdictsByCopula() {
    static constexpr size_t kGap = 4;      // "was a clear violation", "is totally unacceptable"
    static constexpr size_t kOwned = 3;    // "X's latest decision was": the owned noun's words
    for (size_t t = b_ + 2; t < e_; ++t) {
      if (!Has(t, Word::kVerdict)) continue;
      size_t copula = kNone;
      for (size_t k = t; k-- > b_ && k + kGap >= t;) {
        const Form w = L(k);
        // ("represented a provocation", "constitutes a violation": a verb
        // that equates as "is" does.)
        if (w == "is" || w == "was" || w == "are" || w == "were" || w == "represented" || w == "represents" ||
            w == "constituted" || w == "constitutes" || w == "amounted" || w == "amounts") {
          copula = k;
          break;
        }
        if (!(toks_[k].IsWord() || w == "\"") || Has(k, Word::kNegation) || ClauseBoundaryAt(k) ||
            ArgStartingAt(k) >= 0) {
          break;
        }
      }
      if (copula == kNone || copula == b_ || Irrealis(copula)) continue;
      // The subject: a party right before the copula ("the pact signed by
      // X was"), or one owning its noun ("X's decision was"); not one
      // further inside it ("cooperation that helps X to ... is").
      int subject = ArgEndingAt(copula);
      for (size_t k = copula; subject < 0 && k > b_ + 1 && k + kOwned > copula; --k) {
        if (!toks_[k - 1].IsWord() || toks_[k - 1].IsCapitalized()) {
          if (L(k - 1) == "'s" || L(k - 1) == "'") subject = ArgEndingAt(k - 1);
          break;
        }
      }
      std::vector<int> said_of;
      size_t said_at = copula;
      if (subject >= 0 && Fits(args_[static_cast<size_t>(subject)], Predicate::kCondemned)) {
        said_of = TargetEntities(args_[static_cast<size_t>(subject)], Predicate::kCondemned);
        said_at = args_[static_cast<size_t>(subject)].tb;
      } else if (subject < 0) {
        said_of = OwnerOfNounEndingAt(copula);  // "the Chilean move constitutes"
      }
      if (said_of.empty()) continue;
      const int speaker = SpeakerOf(t, ClauseStart(said_at));
      if (speaker < 0 || !AgentTypeFits(doc_.entities[static_cast<size_t>(speaker)].type)) continue;
      for (int e : said_of) {
        if (e == speaker || doc_.entities[static_cast<size_t>(speaker)].country == e) continue;
        Emit(Predicate::kCondemned, speaker, e, current_date_, -1, 0.6, "verdict-copula/speaker");
      }
    }
  }

  // "Peru said Chile's troops violated its border", "\"Chile has violated
  // our airspace,\" X said": a party, or what a party did, said to break a
  // rule or right is condemned by the one who says so.
  void VerdictsByViolation() {
    static constexpr size_t kGap = 3;  // "had seriously violated", "has already violated"
    for (size_t t = b_ + 1; t < e_; ++t) {
      if (!Has(t, Word::kViolationVerb)) continue;
      size_t k = t;  // where the subject ends
      if (k > b_ + 1 && L(k - 1) == "\"") --k;  // the visit by X "tramples on ..."
      while (k > b_ && k + kGap > t && toks_[k - 1].IsWord() && !toks_[k - 1].IsCapitalized() &&
             ArgEndingAt(k) < 0 && !Has(k - 1, Word::kNegation) &&
             (L(k - 1).ends_with("ly") || L(k - 1) == "has" || L(k - 1) == "have" || L(k - 1) == "had" ||
              L(k - 1) == "already" || L(k - 1) == "also" || L(k - 1) == "again")) {
        --k;
      }
      if (k == b_ || (k > b_ && Has(k - 1, Word::kNegation)) || Irrealis(t)) continue;
      int subject = ArgEndingAt(k);
      std::vector<int> owners;
      if (subject >= 0 && Fits(args_[static_cast<size_t>(subject)], Predicate::kCondemned)) {
        owners = TargetEntities(args_[static_cast<size_t>(subject)], Predicate::kCondemned);
      } else if (subject < 0) {
        owners = OwnerOfNounEndingAt(k);  // "Chile's actions violated"
      }
      if (owners.empty()) continue;
      const int speaker = SpeakerOf(t, ClauseStart(k - 1));
      if (speaker < 0 || !AgentTypeFits(doc_.entities[static_cast<size_t>(speaker)].type)) continue;
      for (int e : owners) {
        if (e == speaker || doc_.entities[static_cast<size_t>(speaker)].country == e) continue;
        Emit(Predicate::kCondemned, speaker, e, current_date_, -1, 0.6, "verdict-violation/speaker");
      }
    }
  }

  // "Peru's decision", "Peruvian President X's remarks", "the Chilean
  // action" ending before token `end`: the party owning (or named by the
  // demonym before) a noun of up to three lower-case words.
  std::vector<int> OwnerOfNounEndingAt(size_t end) const {
    static constexpr size_t kOwned = 3;
    for (size_t k = end; k > b_ + 1 && k + kOwned > end; --k) {
      if (toks_[k - 1].IsWord() && !toks_[k - 1].IsCapitalized()) continue;
      // (An act, a state organ or a ship: "the Chilean action", "Chilean
      // troops"; not "a Peruvian state", which the decision was about.)
      if (const int demonym = ArgEndingAt(k); demonym >= 0 && k < end && args_[static_cast<size_t>(demonym)].demonym &&
          (Has(k, Word::kActNoun) || Has(k, Word::kStateOrganNoun) || Has(k, Word::kVesselNoun))) {
        return args_[static_cast<size_t>(demonym)].entities;
      }
      if (L(k - 1) != "'s" && L(k - 1) != "'") return {};
      const int owner = ArgEndingAt(k - 1);
      if (owner < 0 || !AgentTypeFits(args_[static_cast<size_t>(owner)].type)) return {};
      return args_[static_cast<size_t>(owner)].entities;
    }
    return {};
  }

  // Who says what token t belongs to: the quotation's speaker inside one;
  // else the one reporting the clause at cs, else the sentence's speaker.
  int SpeakerOf(size_t t, size_t cs) const {
    if (quoted_[t - b_]) return FindSpeaker();
    if (std::vector<int> reported = SpeakerOfClauseAt(cs); !reported.empty()) return reported[0];
    return OwnSpeaker();
  }

  // "X said (on Monday) (that) [clause at cs]": X.
  std::vector<int> SpeakerOfClauseAt(size_t cs) const {
    size_t speech = cs;
    while (speech > b_ && (L(speech - 1) == "that" || in_time_[speech - 1 - b_])) --speech;
    if (speech == b_ || !Has(speech - 1, Word::kSpeechVerb)) return {};
    return SubjectLeftOf(speech - 1);
  }

  // --- dates -----------------------------------------------------------------
  // A date belongs to the event it stands next to: each time expression goes
  // to the nearest verb trigger and the nearest nominal one ("the treaty
  // inked at their summit Wednesday": both the summit and the signing).
  //
  // A date right beside a nominal ("their summit Wednesday") is that
  // event's (and its nearest verb's); any other date is the clause's, and
  // goes to every trigger it shares a clause with ("Attending a session on
  // Thursday, Cho said it was deplorable ...").
  //
  // Occurrences are in text order and do not overlap, so the nearest of a
  // kind is one of the two around the date (found by binary search), and
  // the triggers sharing its clause are a contiguous run of them (walked
  // over the undated ones only): linear, where comparing every date with
  // every trigger was quadratic in a long sentence.
  void AssignDates() {
    auto distance = [](const Occurrence& o, const TimeExpression& x) {
      return x.token_begin >= o.te ? x.token_begin - o.te : o.ts - std::min(o.ts, x.token_end);
    };
    auto& by_kind = occurrences_by_kind_;  // verb, noun: indexes into occurrences_
    for (auto& of_kind : by_kind) of_kind.clear();
    for (size_t k = 0; k < occurrences_.size(); ++k) by_kind[occurrences_[k].noun].push_back(k);
    next_undated_.resize(occurrences_.size());
    for (size_t k = 0; k < occurrences_.size(); ++k) next_undated_[k] = k + 1;
    std::optional<Date> opening;  // "On Friday, X travelled to Y, where he met Z"
    for (size_t t : Of(index_.times)) {
      const TimeExpression& x = doc_.times[t];
      if (!x.date) continue;
      if (x.token_begin == b_ && x.token_end < e_ && L(x.token_end) == ",") opening = x.date;
      Occurrence* nearest[2] = {nullptr, nullptr};  // verb, noun
      size_t best[2] = {SIZE_MAX, SIZE_MAX};
      for (size_t noun = 0; noun < 2; ++noun) {
        const std::vector<size_t>& of_kind = by_kind[noun];
        // The first ending after the date's start; the one before it ends
        // nearest on the left (a tie goes to it, as it comes first).
        auto right = std::partition_point(of_kind.begin(), of_kind.end(),
                                          [&](size_t k) { return occurrences_[k].te <= x.token_begin; });
        for (auto it : {right == of_kind.begin() ? of_kind.end() : right - 1, right}) {
          if (it == of_kind.end()) continue;
          size_t d = distance(occurrences_[*it], x);
          if (d < best[noun]) nearest[noun] = &occurrences_[*it], best[noun] = d;
        }
      }
      for (Occurrence* o : nearest) {
        if (o && !o->date) o->date = x.date;
      }
      if (nearest[1] && best[1] <= 1) continue;
      // The clause around the date: [ClauseStart, next boundary).
      const size_t clause_end = next_boundary_[x.token_begin - b_];
      if (clause_end < x.token_end) continue;  // the date spans a boundary: it shares no clause
      const size_t clause_start = ClauseStart(x.token_begin);
      auto first = std::partition_point(occurrences_.begin(), occurrences_.end(),
                                        [&](const Occurrence& o) { return o.ts < clause_start; });
      for (size_t k = NextUndated(static_cast<size_t>(first - occurrences_.begin()));
           k < occurrences_.size() && occurrences_[k].te <= clause_end; k = NextUndated(k + 1)) {
        occurrences_[k].date = x.date;
      }
    }
    // A date that opens the sentence before a comma sets the scene for the
    // whole sentence: every trigger no nearer date claimed takes it.
    if (opening) {
      for (size_t k = NextUndated(0); k < occurrences_.size(); k = NextUndated(k + 1)) {
        occurrences_[k].date = opening;
      }
    }
  }

  // The first occurrence from k on without a date (occurrences_.size() if
  // none); skips dated runs with path compression.
  size_t NextUndated(size_t k) {
    size_t found = k;
    while (found < occurrences_.size() && occurrences_[found].date) found = next_undated_[found];
    while (k < found) k = std::exchange(next_undated_[k], found);
    return found;
  }

  // The entries of a by-sentence index for this sentence.
  std::span<const size_t> Of(const SentenceLayer& by_sentence) const { return by_sentence[s_]; }

  // Token tables for the sentence, each one pass: where clauses start and
  // end, where the next comma is, which tokens are in a time expression or
  // start one, and the first word that is not an adverb.
  void IndexTokens() {
    const size_t n = e_ - b_;
    // Every entry is written below (the tables are reused from sentence to
    // sentence): sized, not filled first; only grown, never shrunk, so that
    // most sentences need no call of resize at all.
    auto room = [n](std::vector<size_t>& table) {
      if (table.size() < n + 1) table.resize(n + 1);
    };
    in_time_.assign(n + 1, false);
    time_starts_.assign(n + 1, false);
    for (size_t t : Of(index_.times)) {
      const TimeExpression& x = doc_.times[t];
      if (x.token_begin >= b_ && x.token_begin <= e_) time_starts_[x.token_begin - b_] = true;
      for (size_t k = std::max(x.token_begin, b_); k < x.token_end && k < e_; ++k) in_time_[k - b_] = true;
    }
    // The next boundary, comma and (PurposeGap's) token neither in a date
    // nor an adverb in -ly, from each token: one pass from the end.
    room(next_boundary_);
    room(next_comma_);
    room(next_non_gap_);
    next_boundary_[n] = next_comma_[n] = next_non_gap_[n] = e_;
    for (size_t i = e_; i-- > b_;) {
      const Form w = L(i);
      const bool boundary = ClauseBoundaryAt(i) || IsBoundaryPunct(w);
      next_boundary_[i - b_] = boundary ? i : next_boundary_[i + 1 - b_];
      next_comma_[i - b_] = w == "," ? i : next_comma_[i + 1 - b_];
      next_non_gap_[i - b_] = in_time_[i - b_] || w.ends_with("ly") ? next_non_gap_[i + 1 - b_] : i;
    }
    // A clause starts after each boundary: where the next one from there
    // is the token itself.
    room(clause_start_);
    clause_start_[0] = b_;
    for (size_t i = b_ + 1; i <= e_; ++i) {
      const bool boundary = next_boundary_[i - 1 - b_] == i - 1;
      clause_start_[i - b_] = boundary ? i : clause_start_[i - 1 - b_];
    }
    first_non_adverb_ = e_;
    for (size_t k = b_; k < e_; ++k) {
      if (toks_[k].IsWord() && !L(k).ends_with("ly")) {
        first_non_adverb_ = k;
        break;
      }
    }
  }

  // --- arguments ---------------------------------------------------------------
  Form L(size_t i) const { return toks_[i].lower; }
  // Whether token i's lower-case form is a word of class c.
  bool Has(size_t i, Word c) const { return classes_.Has(i, c); }
  bool ClauseBoundaryAt(size_t i) const { return Has(i, Word::kClauseBoundary); }
  bool PrepositionAt(size_t i) const { return Has(i, Word::kPreposition); }

  void CollectArgs() {
    int speaker = FindSpeaker();
    for (size_t mi : Of(index_.mentions)) {
      const Mention& m = doc_.mentions[mi];
      Arg a;
      a.tb = m.token_begin;
      a.te = std::max(m.token_end, m.named_end);  // "agreement on X" takes in X
      a.title_tb = std::min(m.title_begin, m.token_begin);
      a.type = m.type;
      if (m.kind == MentionKind::kPronoun && Equals(m.name, "<speaker>")) {
        if (speaker < 0) continue;
        SetEntities(a, {speaker});
        // "our foreign minister summoned X", "our government": a state organ
        // of the speaker's is their country acting, not the speaker.
        if ((L(m.token_begin) == "our" || L(m.token_begin) == "my") && m.token_end < e_ &&
            SpeakersStateOrgan(m.token_end)) {
          const int country = doc_.entities[static_cast<size_t>(speaker)].type == EntityType::kPerson
                                  ? doc_.entities[static_cast<size_t>(speaker)].country
                                  : -1;
          if (country < 0) continue;
          SetEntities(a, {country});
          a.type = EntityType::kCountry;
          size_t end = m.token_end;
          while (end < e_ && toks_[end].IsWord() && !toks_[end].IsCapitalized() && end < m.token_end + 3 &&
                 !Has(end, Word::kTriggerStart)) {
            ++end;
          }
          a.te = end;
        }
      } else if (m.kind == MentionKind::kNominal && Equals(m.name, "<pair>") && IsSides(m)) {
        a.sides = true;
        if (m.entity >= 0 && m.partner >= 0) a.pair = {m.entity, m.partner};
        a.entities = LastMeetingParties();
        if (a.entities.empty()) a.entities = a.pair;
        if (a.entities.empty()) continue;
        a.sides_people = IsPeopleSides(m);
      } else if (m.kind == MentionKind::kPronoun && m.name == "<pair>" && m.entity < 0 && L(m.token_begin) == "they") {
        // "A met B. They signed ...": with no pair named together, "they"
        // are the two who met in the sentence before.
        std::vector<int> met = LastMeetingParties();
        if (met.empty() || doc_.relations[last_meeting_].sentence + 1 < s_) continue;
        a.sides = a.sides_people = true;
        a.entities = std::move(met);
      } else {
        if (m.entity < 0) continue;
        SetEntities(a, {m.entity});
        if (m.partner >= 0) a.entities.push_back(m.partner);
        a.entities.insert(a.entities.end(), m.members.begin(), m.members.end());
      }
      a.type = doc_.entities[static_cast<size_t>(a.entities[0])].type;
      // "her government", "his country": the country of the person the
      // pronoun stands for.
      if (m.kind == MentionKind::kPronoun && a.type == EntityType::kPerson && a.entities.size() == 1 &&
          m.token_end < e_ && (L(m.token_end) == "government" || L(m.token_end) == "country" ||
                               L(m.token_end) == "administration")) {
        const int country = doc_.entities[static_cast<size_t>(a.entities[0])].country;
        if (country < 0) continue;
        a.entities = {country};
        a.type = EntityType::kCountry;
        a.te = m.token_end + 1;
      }
      a.titled = a.type == EntityType::kPerson && m.type == EntityType::kPerson && m.office >= 0;
      a.group = m.kind == MentionKind::kNominal && (m.type == EntityType::kVessel ||
                                                    m.type == EntityType::kOrganization ||
                                                    m.type == EntityType::kPerson);
      if (m.kind == MentionKind::kCapital && a.type == EntityType::kCity) {
        a.country = doc_.entities[static_cast<size_t>(a.entities[0])].country;
      }
      a.city = m.city;
      a.demonym = m.kind == MentionKind::kDemonym;
      // "Peruvian citizens demanding ...", "Chilean media criticized ...":
      // private people, who act for no state.
      if (a.demonym && m.token_end < e_ && Has(m.token_end, Word::kPrivateGroupNoun)) continue;
      if (!args_.empty() && args_.back().te > a.tb) continue;  // overlapping: keep the first
      if (a.sides) sides_.push_back(args_.size());
      args_.push_back(std::move(a));
    }
    // "A and his Turkish counterpart B": the pronoun only determines B's
    // title; as a party of its own it would end the group "A and B".
    for (size_t k = 0; k + 1 < args_.size(); ++k) {
      const Arg& a = args_[k];
      const Arg& b = args_[k + 1];
      if (a.te != a.tb + 1 || !IsPossessivePronoun(a.tb) || !b.titled || b.tb > a.te + kTitleReach) continue;
      bool title_only = true;
      for (size_t t = a.te; t < b.tb && title_only; ++t) {
        title_only = toks_[t].IsWord() && !IsConnector(L(t)) && !PrepositionAt(t) && !Has(t, Word::kTriggerStart);
      }
      if (!title_only) continue;
      args_.erase(args_.begin() + static_cast<std::ptrdiff_t>(k));
      for (size_t& side : sides_) side -= side > k ? 1 : 0;
    }
    // "Presidents A of Kyrgyzstan, B of Tajikistan and C of Uzbekistan": the
    // country after a person's name says whom they serve; the person's
    // phrase takes it in, so that the people make one list.
    for (size_t k = 0; k + 1 < args_.size(); ++k) {
      Arg& person = args_[k];
      const Arg& country = args_[k + 1];
      if (person.type != EntityType::kPerson || country.type != EntityType::kCountry || country.sides ||
          person.te + 1 != country.tb || L(person.te) != "of") {
        continue;
      }
      person.te = country.te;
      args_.erase(args_.begin() + static_cast<std::ptrdiff_t>(k + 1));
      for (size_t& side : sides_) side -= side > k + 1 ? 1 : 0;
    }
    // "Iran's A and Saudi Arabia's B": the second possessor only says whom
    // B serves, like a title; as a party of its own it would split the pair.
    for (size_t k = 1; k + 1 < args_.size(); ++k) {
      Arg& b = args_[k + 1];
      const Arg& owner = args_[k];
      const Arg& a = args_[k - 1];
      if (a.type != EntityType::kPerson || b.type != EntityType::kPerson || owner.type == EntityType::kPerson ||
          owner.te + 1 != b.tb || L(owner.te) != "'s" || a.te + 1 != owner.tb || L(a.te) != "and") {
        continue;
      }
      b.title_tb = std::min(b.title_tb, owner.tb);
      b.titled = true;
      args_.erase(args_.begin() + static_cast<std::ptrdiff_t>(k));
      for (size_t& side : sides_) side -= side > k ? 1 : 0;
    }
    // "Minister of Foreign Affairs of the Republic of Moldova Mihai Popsoi":
    // a party named inside a title only says whom the title serves; as a
    // party of its own it would split the list the titled name is in.
    for (size_t k = 0; k + 1 < args_.size();) {
      const Arg& b = args_[k + 1];
      const bool inside = b.titled && b.title_tb < b.tb && args_[k].tb >= b.title_tb && !args_[k].sides;
      if (!inside) {
        ++k;
        continue;
      }
      args_.erase(args_.begin() + static_cast<std::ptrdiff_t>(k));
      for (size_t& side : sides_) side -= side > k ? 1 : 0;
    }
  }

  // "X summoned the ambassadors of A and B. The envoys arrived at the
  // ministry ...": "the envoys" with nothing after them saying whose are
  // the envoys summoned last, within three sentences.
  void SummonedEnvoysArgs() {
    static constexpr size_t kReach = 3;
    static const WordSet kEnvoys = {"envoys", "ambassadors", "diplomats", "commissioners"};
    std::vector<int> envoys;
    bool looked = false;
    for (size_t t = b_; t + 1 < e_; ++t) {
      if (L(t) != "the" || !kEnvoys.Contains(L(t + 1))) continue;
      if (t + 2 < e_ && (L(t + 2) == "of" || L(t + 2) == "to" || L(t + 2) == "from")) continue;
      const auto at = std::partition_point(args_.begin(), args_.end(), [&](const Arg& a) { return a.te <= t; });
      if (at != args_.end() && at->tb < t + 2) continue;  // a mention covers it
      if (!looked) {
        looked = true;
        envoys = LastSummonedEnvoys(kReach);
      }
      if (envoys.empty()) return;
      Arg a;
      a.tb = a.title_tb = t;
      a.te = t + 2;
      a.entities = envoys;
      a.type = EntityType::kPerson;
      args_.insert(at, std::move(a));
    }
  }

  // The people the last summons within `reach` sentences called in.
  std::vector<int> LastSummonedEnvoys(size_t reach) const {
    std::vector<int> out;
    size_t sentence = kNone;
    for (size_t r = doc_.relations.size(); r-- > 0;) {
      const Relation& rel = doc_.relations[r];
      if (rel.sentence + reach < s_ || (sentence != kNone && rel.sentence != sentence)) break;
      if (rel.predicate != Predicate::kSummoned ||
          doc_.entities[static_cast<size_t>(rel.object)].type != EntityType::kPerson) {
        continue;
      }
      sentence = rel.sentence;
      if (std::find(out.begin(), out.end(), rel.object) == out.end()) out.push_back(rel.object);
    }
    std::reverse(out.begin(), out.end());
    return out;
  }

  // GroupAround's answer for every arg at once: runs of joined args, and
  // whether a conjunction stands somewhere between the args of a run.
  void IndexGroups() {
    const size_t n = args_.size();
    group_.assign(n, {0, 0});
    // Headlines join two parties with a bare comma: "Kenya, Ethiopia sign pact".
    const bool headline = doc_.blocks[doc_.sentences[s_].block].kind == BlockKind::kHeadline;
    for (size_t lo = 0; lo < n;) {
      size_t hi = lo;
      bool conjunction = false;
      for (;; ++hi) {
        if (hi > lo) {
          for (size_t t = args_[hi - 1].te; t < args_[hi].tb; ++t) {
            conjunction |= L(t) == "and" || L(t) == "or" || L(t) == "-" || L(t) == "&" ||
                           (headline && L(t) == "," && hi == lo + 1 && args_[lo].tb == b_);
          }
        }
        if (hi + 1 >= n || !Joined(args_[hi], args_[hi + 1])) break;
      }
      for (size_t k = lo; k <= hi; ++k) {
        group_[k] = conjunction && hi - lo < kMaxGroupParties ? std::pair{lo, hi} : std::pair{k, k};
      }
      lo = hi + 1;
    }
  }

  // "both sides", "the two sides", "the two parties": the parties of the
  // meeting just reported.
  bool IsSides(const Mention& m) const {
    const Form last = L(m.token_end - 1);
    return last == "sides" || last == "delegations" || last == "parties" || IsPeopleSides(m);
  }
  // "the two ministers", "the two": the sides as the people who met, who
  // sign for themselves ("both sides" sign for their states).
  bool IsPeopleSides(const Mention& m) const {
    const Form last = L(m.token_end - 1);
    return last == "leaders" || last == "ministers" || last == "presidents" || last == "heads" ||
           last == "premiers" || last == "two";
  }
  // The last meeting (or summons) within six sentences. The first call looks
  // back through the relations; later ones only at those added since.
  std::vector<int> LastMeetingParties() const {
    auto is_meeting = [](const Relation& r) {
      bool via_pronoun = r.rule.find("pair-pronoun") != std::string::npos;
      return (r.predicate == Predicate::kMetWith || r.predicate == Predicate::kSummoned) && !via_pronoun;
    };
    if (meetings_seen_ == kNone) {
      for (size_t k = doc_.relations.size(); k-- > 0;) {
        const Relation& r = doc_.relations[k];
        if (r.sentence + 6 < s_) break;
        if (is_meeting(r)) {
          last_meeting_ = k;
          break;
        }
      }
    } else {
      for (size_t k = meetings_seen_; k < doc_.relations.size(); ++k) {
        if (is_meeting(doc_.relations[k])) last_meeting_ = k;
      }
    }
    meetings_seen_ = doc_.relations.size();
    if (last_meeting_ == kNone) return {};
    return {doc_.relations[last_meeting_].subject, doc_.relations[last_meeting_].object};
  }

  // Each party's country: itself for a country, the country a person or
  // body serves; parties with none are left out.
  std::vector<int> CountriesOf(const std::vector<int>& parties) const {
    std::vector<int> out;
    for (int e : parties) {
      const Entity& entity = doc_.entities[static_cast<size_t>(e)];
      const int country = entity.type == EntityType::kCountry ? e : entity.country;
      if (country >= 0) out.push_back(country);
    }
    return out;
  }

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

  // Args a and b are coordinated: only connectors between them, or a
  // connector and the title of b ("Putin and North Korean leader Kim").
  bool Joined(const Arg& a, const Arg& b) const {
    if (a.te >= b.tb) return false;
    // "met X, and the two condemned ...": a pair is a party of its own clause.
    if (a.sides || b.sides) return false;
    // "the African Union (AU)": the acronym in brackets is the same party.
    if (b.tb == a.te + 1 && L(a.te) == "(" && b.te < e_ && L(b.te) == ")" && a.entities == b.entities) return true;
    // "his wife B": the possessive and the one it describes are one phrase.
    if (a.te == a.tb + 1 && b.tb == a.te + 1 && (L(a.tb) == "his" || L(a.tb) == "her") && Described(b)) return true;
    bool connector = false;
    size_t extra = 0;
    // A titled name's title is part of it: only what comes before the title
    // joins ("A, Deputy Prime Minister and Minister of X B": the "and" is the
    // title's).
    size_t stop = b.titled && b.title_tb > a.te && b.title_tb < b.tb ? b.title_tb : b.tb;
    // "A, Deputy Prime Minister and Minister of X B": two offices joined by
    // "and" make one title.
    if (stop < b.tb && stop > a.te + 2 && L(stop - 1) == "and") {
      size_t k = stop - 1;
      while (k > a.te + 1 && toks_[k - 1].IsWord() && toks_[k - 1].IsCapitalized()) --k;
      if (k < stop - 1 && L(k - 1) == ",") stop = k;
    }
    for (size_t t = a.te; t < stop; ++t) {
      // "South Korea and the United States", "an agreement, a treaty and a memorandum"
      if ((L(t) == "the" || L(t) == "a" || L(t) == "an") && connector) continue;
      if (t == a.te && L(t) == ")" && a.tb > b_ && L(a.tb - 1) == "(") continue;  // "(AU) and X"
      // "A and South Sudanese President, B": the comma between title and name.
      if (t + 1 == b.tb && L(t) == "," && b.titled && extra > 0) continue;
      if (IsConnector(L(t)) || L(t) == "as" || L(t) == "well") {
        if (extra > 0) return false;
        connector = true;
      } else {
        // "rejected the memorandum and recalled its ambassador": a verb
        // after the conjunction opens a predicate of its own.
        if (connector && toks_[t].IsWord() && !toks_[t].IsCapitalized() && L(t).ends_with("ed")) return false;
        ++extra;
      }
    }
    return connector && (extra == 0 || ((b.titled || Described(b)) && extra <= 5));
  }

  // "the tanker Grace One", "oil producer Rosneft", "his wife X": a name
  // right after the noun that describes it, which, like a title, may follow
  // a conjunction.
  bool Described(const Arg& a) const {
    if (a.tb == 0) return false;
    return (a.type == EntityType::kOrganization && Has(a.tb - 1, Word::kCompanyNoun)) ||
           (a.type == EntityType::kVessel && Has(a.tb - 1, Word::kVesselNoun)) ||
           (a.type == EntityType::kPerson && Has(a.tb - 1, Word::kKinshipNoun));
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

  // --- speaker ---------------------------------------------------------------
  // Who the sentence quotes: "X said", "said X", "according to X"; a
  // sentence that is all quotation with no attribution of its own continues
  // the previous speaker's words.
  int FindSpeaker() const {
    int own = OwnSpeaker();
    if (own >= 0) return own;
    bool opens_with_quote = b_ < e_ && Equals(toks_[b_].text, "\"");
    return opens_with_quote && carried_ ? *carried_ : -1;
  }

  // AttributedSpeaker, worked out once: nothing it reads changes while the
  // sentence is processed.
  int OwnSpeaker() const {
    if (!own_speaker_) own_speaker_ = AttributedSpeaker();
    return *own_speaker_;
  }

  int AttributedSpeaker() const {
    // The sentence's mentions that end at `token`, in document order (as a
    // scan of the mentions would meet them): a sentence has few, so a scan
    // is cheaper than indexing them in maps.
    const std::span<const size_t> sentence_mentions = Of(index_.mentions);
    std::vector<size_t> found_here;
    auto ending_at = [&](size_t token) -> const std::vector<size_t>& {
      found_here.clear();
      for (size_t mi : sentence_mentions) {
        if (doc_.mentions[mi].token_end == token) found_here.push_back(mi);
      }
      return found_here;
    };
    int found = -1;
    for (size_t i = b_; i < e_; ++i) {
      if (quoted_[i - b_]) continue;
      bool speech = Has(i, Word::kSpeechVerb);
      bool according = L(i) == "according" && i + 1 < e_ && L(i + 1) == "to";
      if (!speech && !according) continue;
      // Before: "X said", "X was quoted as saying", "X added".
      if (speech) {
        for (size_t j = i; j > b_ && j + 5 > i; --j) {
          for (size_t mi : ending_at(j)) {
            const Mention& m = doc_.mentions[mi];
            if (m.sentence == s_ && m.token_end == j && m.entity >= 0 &&
                doc_.entities[static_cast<size_t>(m.entity)].type != EntityType::kNewsAgency &&
                IsActorType(doc_.entities[static_cast<size_t>(m.entity)].type)) {
              if (doc_.entities[static_cast<size_t>(m.entity)].type == EntityType::kPerson) return m.entity;
              if (found < 0) found = m.entity;
            }
          }
          if (!(toks_[j - 1].IsWord() && !toks_[j - 1].IsCapitalized()) && j != i) break;
        }
      }
      // After: "said X", "according to X".
      size_t start = according ? i + 2 : i + 1;
      for (size_t mi : sentence_mentions) {  // in document order; the test below picks the near ones
        const Mention& m = doc_.mentions[mi];
        if (m.sentence == s_ && m.token_begin >= start && m.token_begin <= start + 3 && m.entity >= 0 &&
            IsActorType(doc_.entities[static_cast<size_t>(m.entity)].type) &&
            doc_.entities[static_cast<size_t>(m.entity)].type != EntityType::kNewsAgency) {
          if (doc_.entities[static_cast<size_t>(m.entity)].type == EntityType::kPerson) return m.entity;
          if (found < 0) found = m.entity;
        }
      }
    }
    return found;
  }

  // --- triggers --------------------------------------------------------------
  // The triggers whose form is the longest match at token i, appended to
  // `readings` (each once); returns its length.
  size_t MatchTriggers(size_t i, std::vector<size_t>* readings) const {
    const auto start = static_cast<std::ptrdiff_t>(readings->size());
    if (!Has(i, Word::kTriggerStart)) return 0;
    const std::vector<TriggerForm>* forms = rx_.forms_.Find(L(i));
    if (!forms) return 0;
    size_t length = 0;
    // "a telephone call on Sunday": after a noun's modifier, a word that is
    // a noun trigger on its own starts no longer verb form ("call on").
    const auto noun_alone = [&] {
      return std::any_of(forms->begin(), forms->end(), [&](const TriggerForm& f) {
        return f.words.size() == 1 && lex_.triggers[f.trigger].noun;
      });
    };
    const bool noun_context = i > b_ && toks_[i - 1].IsWord() && !toks_[i - 1].IsCapitalized() &&
                              (IsNounMarker(i - 1) || (!Has(i - 1, Word::kGerundLead) && !PrepositionAt(i - 1) &&
                                                       !ClauseBoundaryAt(i - 1) && !L(i - 1).ends_with("ly") &&
                                                       !SubjectPronoun(i - 1) && !Has(i - 1, Word::kModal))) &&
                              noun_alone();
    for (const TriggerForm& f : *forms) {  // longest first
      if (i + f.words.size() > e_ || f.words.size() < length) continue;
      if (noun_context && f.words.size() > 1 && !lex_.triggers[f.trigger].noun) continue;
      bool ok = true;
      for (size_t k = 0; k < f.words.size() && ok; ++k) ok = L(i + k) == f.words[k];
      if (!ok) continue;
      length = f.words.size();
      if (std::find(readings->begin() + start, readings->end(), f.trigger) == readings->end()) {
        readings->push_back(f.trigger);
      }
    }
    return length;
  }

  // The clause start to the left of token i: a boundary word or punctuation.
  size_t ClauseStart(size_t i) const { return clause_start_[i - b_]; }

  // Negation, modality or a condition governs the trigger at [ts, te): a
  // word or phrase of those lists within the clause just before it
  // ("did not", "has refused to", "could consider", "plans to"), or a
  // clause opened by "if", "unless", "whether".
  // How far before "to" a directive verb governs the infinitive ("urged
  // Chile and Peru to agree to a ceasefire and to sign").
  static constexpr size_t kDirectiveReach = 15;
  static constexpr size_t kTitleReach = 8;  // tokens a title may take before a name

  bool Irrealis(size_t ts) const {
    // "warned X against hosting Y", "refrained from meeting Y": a gerund
    // after such a word names an act, it does not report one.
    if (ts > b_ && L(ts).size() > 4 && L(ts).ends_with("ing") && Has(ts - 1, Word::kUnassertedGerundMarker)) {
      return true;
    }
    size_t cs = ClauseStart(ts);
    if (cs > b_ && (L(cs - 1) == "if" || L(cs - 1) == "unless" || L(cs - 1) == "whether")) return true;
    // "the agreements to be signed", "talks to be held next week": yet to happen.
    if (ts >= b_ + 2 && L(ts - 1) == "be" && L(ts - 2) == "to") return true;
    // "denied that X ...", "rejected claims that X ...": the clause is what is denied.
    if (cs > b_ + 1 && L(cs - 1) == "that") {
      for (size_t k = cs - 1; k > b_ && k + 4 > cs - 1; --k) {
        if (Has(k - 1, Word::kDenial) || Has(k - 1, Word::kNegation)) return true;
      }
    }
    // "urged both sides to agree", "asked Japan to sign": an infinitive
    // after a directive verb and its object. ("called in the envoy to lodge
    // a protest" summons: the protest is lodged.)
    if (ts > cs + 1 && L(ts - 1) == "to") {
      for (size_t k = ts - 1 > cs + kDirectiveReach ? ts - 1 - kDirectiveReach : cs; k + 1 < ts; ++k) {
        if (Has(k, Word::kDirective) && L(k + 1) != "in") return true;
      }
    }
    size_t from = ts >= cs + 5 ? ts - 5 : cs;
    // "is due to visit Manila next week for talks with X": talks that are
    // the purpose of a planned act are as planned as it is.
    if (ts > cs && L(ts - 1) == "for") from = cs;
    // "said the attack would not go unanswered and warned X": a past-tense
    // verb after "and" is a predicate of its own; the modal and negation
    // before "and" are the first one's ("did not meet and discuss" shares them).
    for (size_t k = ts; k > from; --k) {
      if (L(k - 1) == "and" && (L(ts).ends_with("ed") || L(ts) == "met")) {
        from = k;
        break;
      }
    }
    // "said the envoy would be summoned, urging X": a participle after a
    // comma is the main clause's act, outside the reported clause's modal.
    if (ts > b_ && L(ts - 1) == "," && L(ts).size() > 4 && L(ts).ends_with("ing")) from = ts;
    for (size_t k = from; k < ts; ++k) {
      // One word, by its classes; "We would like to warn": a performative,
      // said and so done.
      const bool performative = L(k) == "would" && k + 1 < ts && (L(k + 1) == "like" || L(k + 1) == "want");
      if (Has(k, Word::kNegation) || Has(k, Word::kHypothetical) || (Has(k, Word::kModal) && !performative)) {
        return true;
      }
      // Phrases of two and three words, where some such phrase starts (see
      // the constructor; a token with a space, from an abbreviation, may
      // start any).
      if (!Has(k, Word::kIrrealisPhraseStart) && L(k).find(' ') == std::string_view::npos) continue;
      std::string phrase(L(k));
      for (size_t n = 1; n < 3 && k + n < ts; ++n) {
        phrase += ' ';
        phrase += L(k + n);
        if (lex_.text.negations.Contains(phrase) || lex_.text.hypotheticals.Contains(phrase) ||
            lex_.text.modals.Contains(phrase)) {
          return true;
        }
      }
    }
    return false;
  }

  // "called on both sides to stop the fighting and resume their talks",
  // "agreed to hold talks", "called for a ceasefire and a summit with X":
  // a noun in an infinitive that a directive, a plan or a commitment
  // governs, or in what a plan asks for, names an act yet to happen,
  // however far into the object it sits.
  static constexpr size_t kInfinitiveObjectReach = 10;
  bool InUnrealisedInfinitive(size_t ts) const {
    const size_t cs = ClauseStart(ts);
    const size_t from = ts > cs + kInfinitiveObjectReach ? ts - kInfinitiveObjectReach : cs;
    for (size_t k = ts; k >= from + 2; --k) {
      if (L(k - 1) == "for" && lex_.text.hypotheticals.Contains(std::string(L(k - 2)) + " for")) return true;
      if (L(k - 2) != "to" || !toks_[k - 1].IsWord() || toks_[k - 1].IsCapitalized()) continue;
      if (Irrealis(k - 1) || (k >= b_ + 3 && Has(k - 3, Word::kCommitment))) return true;
    }
    return false;
  }

  bool IsAppositionStart(size_t k) const {
    return Has(k, Word::kAppositionOpener);
  }

  // "X, director-general of the ministry's Asian department, summoned ...":
  // the segment after the comma at k - 1 opens with the title of the
  // party just before it, so it describes that party.
  bool TitleOfThePartyBefore(size_t k) const {
    const int title = ArgStartingAt(k);
    const int party = ArgEndingAt(k - 1);
    if (title < 0 || party < 0) return false;
    const Arg& a = args_[static_cast<size_t>(title)];
    const Arg& b = args_[static_cast<size_t>(party)];
    return a.type == EntityType::kPerson && !a.entities.empty() && a.entities == b.entities;
  }

  // Where a list of parties joined by bare commas ("A, President B") that
  // ends with the arg starting at `start` begins.
  size_t CommaListStart(size_t start) const {
    static constexpr size_t kMaxItems = 6;
    if (const int first = ArgStartingAt(start); first >= 0 && args_[static_cast<size_t>(first)].titled) {
      start = std::min(start, args_[static_cast<size_t>(first)].title_tb);
    }
    for (size_t n = 0; n < kMaxItems && start > b_ + 1 && L(start - 1) == ","; ++n) {
      const int a = ArgEndingAt(start - 1);
      if (a < 0 || !AgentTypeFits(args_[static_cast<size_t>(a)].type)) break;
      const Arg& arg = args_[static_cast<size_t>(a)];
      start = arg.titled ? std::min(arg.title_tb, arg.tb) : arg.tb;
    }
    return start;
  }

  // The subject group left of token `from`: the nearest actor group in the
  // clause, skipping appositions and relative clauses set off by commas.
  std::vector<int> SubjectLeftOf(size_t from, size_t* group_start = nullptr) const {
    if (std::vector<int> joint = ComitativeSubject(from, group_start); !joint.empty()) return joint;
    const size_t k = WalkLeft(from);
    if (k > b_) {
      size_t t = k - 1;
      const Form w = L(t);
      if (ClauseBoundaryAt(t) || IsBoundaryPunct(w)) {
        // "X, who warned ...": the relative pronoun's antecedent is the agent.
        if ((w == "who" || w == "which") && t > b_ + 1 && L(t - 1) == ",") {
          int a = ArgEndingAt(t - 1);
          if (a >= 0) {
            auto [lo, hi] = GroupAround(static_cast<size_t>(a));
            if (group_start) *group_start = args_[lo].tb;
            return Entities(lo, hi, true);
          }
        }
        // "X was among the countries that criticised ...": X.
        if (std::vector<int> member = MemberOfThoseWho(t); !member.empty()) return member;
        return {};
      }
      int a = ArgEndingAt(k);
      if (a >= 0 && AgentTypeFits(args_[static_cast<size_t>(a)].type) &&
          args_[static_cast<size_t>(a)].type != EntityType::kNewsAgency) {
        if (OwnsTheSubject(k, from)) return {};
        auto [lo, hi] = GroupAround(static_cast<size_t>(a));
        std::vector<int> out = Entities(lo, hi, true);
        // "A joined B in condemning": A acts too.
        size_t gs = args_[lo].tb;
        size_t before = gs > b_ && L(gs - 1) == "the" ? gs - 1 : gs;
        if (before > b_ && L(before - 1) == "joined") {
          std::vector<int> more = SubjectLeftOf(before - 1);
          out.insert(out.end(), more.begin(), more.end());
        }
        if (group_start) *group_start = gs;
        return out;
      }
    }
    return {};
  }

  // "that" after a group of parties opens a relative clause ("the
  // countries that condemned"); it is no determiner ("at that meeting").
  bool RelativeThat(size_t t) const {
    return L(t) == "that" && t > b_ && (Has(t - 1, Word::kPairNoun) || Has(t - 1, Word::kPersonGroupNoun));
  }

  // For a relative pronoun at t in "X was among the countries that ...",
  // "X is one of the nations which ...": the group X was named a member of.
  std::vector<int> MemberOfThoseWho(size_t t) const {
    const Form w = L(t);
    if ((w != "that" && w != "who" && w != "which") || t < b_ + 5) return {};
    if (!Has(t - 1, Word::kPairNoun) || L(t - 2) != "the") return {};
    size_t k = t - 3;
    if (L(k) == "of" && L(k - 1) == "one") --k;
    else if (L(k) != "among") return {};
    const Form copula = L(k - 1);
    if (copula != "was" && copula != "were" && copula != "is" && copula != "are") return {};
    const int a = ArgEndingAt(k - 1);
    if (a < 0 || !AgentTypeFits(args_[static_cast<size_t>(a)].type)) return {};
    auto [lo, hi] = GroupAround(static_cast<size_t>(a));
    return Entities(lo, hi, true);
  }

  // "Seoul's main opposition party criticized ...": the actor ending at k
  // only owns the subject, whose head before `verb` is no mention. Some
  // heads still act for their owner ("Israel's military warned ...").
  bool OwnsTheSubject(size_t k, size_t verb) const {
    if (k + 1 >= verb || (L(k) != "'s" && L(k) != "'")) return false;
    for (size_t t = k + 1; t < verb; ++t) {
      if (Has(t, Word::kStateOrganNoun)) return false;
      if (t + 1 < verb && lex_.state_organ_nouns.Contains(std::string(L(t)) + " " + std::string(L(t + 1)))) {
        return false;
      }
    }
    return true;
  }

  // "X, alongside his counterpart Y, signed ...", "X, together with Y,
  // met Z": the phrase set off by commas names companions who act with the
  // subject before it, so both are agents. Empty when `from` follows no
  // such phrase or no subject precedes it.
  // "X along with Y sanctioned Z", "X together with Y signed": with no
  // commas, the companion right before the verb at `verb` and the actor
  // before the phrase act together; empty otherwise.
  std::vector<int> BareComitativeSubject(size_t verb) const {
    const int companion = ArgEndingAt(verb);
    if (companion < 0 || !AgentTypeFits(args_[static_cast<size_t>(companion)].type)) return {};
    size_t t = args_[static_cast<size_t>(companion)].tb;
    if (t > b_ && L(t - 1) == "the") --t;
    const size_t words = t > b_ ? ComitativeOpenerEndingAt(t - 1, false) : 0;
    if (words == 0) return {};
    const int actor = ArgEndingAt(t - words);
    if (actor < 0 || !AgentTypeFits(args_[static_cast<size_t>(actor)].type)) return {};
    std::vector<int> joint = args_[static_cast<size_t>(actor)].entities;
    for (int e : args_[static_cast<size_t>(companion)].entities) joint.push_back(e);
    return joint;
  }

  // The words of "alongside", "along with", "together with" (and with
  // `by`, "accompanied by", "joined by", "flanked by") ending at token m: 0
  // when none ends there.
  size_t ComitativeOpenerEndingAt(size_t m, bool by) const {
    if (L(m) == "alongside") return 1;
    if (m <= b_) return 0;
    if (L(m) == "with" && (L(m - 1) == "along" || L(m - 1) == "together")) return 2;
    if (by && L(m) == "by" && (L(m - 1) == "accompanied" || L(m - 1) == "joined" || L(m - 1) == "flanked")) return 2;
    return 0;
  }

  std::vector<int> ComitativeSubject(size_t from, size_t* group_start) const {
    if (from < b_ + 4 || L(from - 1) != ",") return {};
    const size_t close = from - 1;
    for (size_t t = close; t > b_ + 1 && t + 16 > close; --t) {
      const size_t m = t - 1;
      if (IsBoundaryPunct(L(m)) || ClauseBoundaryAt(m)) return {};
      const size_t words = ComitativeOpenerEndingAt(m, true);
      if (words == 0) continue;
      // The comma opening the phrase; a phrase opening the sentence has none.
      if (m < b_ + words + 1) return {};
      const size_t open = m - words;
      if (L(open) != ",") return {};
      std::vector<int> companions;
      for (size_t k = m + 1; k < close; ++k) {
        const int a = ArgStartingAt(k);
        if (a < 0 || !AgentTypeFits(args_[static_cast<size_t>(a)].type) ||
            args_[static_cast<size_t>(a)].type == EntityType::kNewsAgency) {
          continue;
        }
        for (int e : args_[static_cast<size_t>(a)].entities) companions.push_back(e);
      }
      // "President X of Nigeria, alongside ...": the actor opening the
      // stretch before the comma, not the nearest one ("During his visit,
      // President X, alongside ...": the stretch starts after the comma).
      size_t stretch = open;
      while (stretch > b_ && L(stretch - 1) != "," && !IsBoundaryPunct(L(stretch - 1)) &&
             !ClauseBoundaryAt(stretch - 1)) {
        --stretch;
      }
      std::vector<int> subject = ClauseOpeningSubject(stretch, open);
      if (subject.empty()) subject = SubjectLeftOf(open, group_start);
      if (subject.empty() || companions.empty()) return {};
      subject.insert(subject.end(), companions.begin(), companions.end());
      return subject;
    }
    return {};
  }

  // Where SubjectLeftOf's walk from `from` stops: b_, or a k with a
  // boundary at k - 1 or an actor arg ending at k. The walk from a token
  // always goes the same way, so stops are remembered for every token
  // passed: linear in the sentence, where walking again for every trigger
  // was quadratic.
  size_t WalkLeft(size_t k) const {
    if (walk_stop_.empty()) walk_stop_.assign(e_ - b_ + 1, kNone);
    std::vector<size_t>& passed = walk_passed_;
    passed.clear();
    size_t next = k;
    while (k > b_ && walk_stop_[k - b_] == kNone && (next = StepLeft(k)) != k) {
      passed.push_back(k);
      k = next;
    }
    const size_t stop = walk_stop_[k - b_] != kNone ? walk_stop_[k - b_] : k;
    walk_stop_[k - b_] = stop;
    for (size_t p : passed) walk_stop_[p - b_] = stop;
    return stop;
  }

  // One step of the walk left from k > b_: the next k, or k itself where the
  // walk stops.
  size_t StepLeft(size_t k) const {
    size_t t = k - 1;
    const Form w = L(t);
    if (w == ",") {
      // Find the comma that opens this segment; skip the segment if it is parenthetical.
      size_t q = t;
      while (q > b_ && L(q - 1) != "," && !IsBoundaryPunct(L(q - 1))) --q;
      if (q > b_ && L(q - 1) == "," && q < t && (IsAppositionStart(q) || TitleOfThePartyBefore(q))) return q - 1;
      return t;  // a plain comma: coordination or an adverbial; keep looking
    }
    if (ClauseBoundaryAt(t) || IsBoundaryPunct(w)) return k;
    int a = ArgEndingAt(k);
    if (a >= 0 && AgentTypeFits(args_[static_cast<size_t>(a)].type) &&
        args_[static_cast<size_t>(a)].type != EntityType::kNewsAgency) {
      return k;
    }
    if (a >= 0) return args_[static_cast<size_t>(a)].tb;  // step over a non-actor arg
    return k - 1;
  }

  // The first fitting argument group starting within `window` tokens of `from`.
  // "and" before a trigger verb ("concern over the tensions and called on
  // X"): a second predicate starts, whose objects are not the first's.
  bool CoordinatedVerbAt(size_t t) const {
    if (L(t) != "and" || t + 1 >= e_) return false;
    std::vector<size_t> readings;
    if (MatchTriggers(t + 1, &readings) == 0) return false;
    return std::any_of(readings.begin(), readings.end(), [&](size_t r) {
      const Trigger& trig = lex_.triggers[r];
      return !trig.noun && !trig.adjective;
    });
  }

  std::vector<int> FirstGroupRight(size_t from, size_t window, Predicate p, bool cross_clauses,
                                   size_t* group_end = nullptr, bool direct = false,
                                   bool* plain_object = nullptr) const {
    // Words of a direct object that is no mention; not after "warned of",
    // "warned that", "threatened to use ... against X": no direct object
    // comes first there.
    bool object_words = false;
    const bool plain_object_first =
        direct && from < e_ && !PrepositionAt(from) && !ClauseBoundaryAt(from);
    for (size_t t = from; t < e_ && t < from + window; ++t) {
      // "called upon international bodies such as the UN and the AU": the
      // plain object is named by the parties after "such as".
      if (object_words && t + 2 < e_ && L(t) == "such" && L(t + 1) == "as") {
        object_words = false;
        window += 2;
        ++t;
        continue;
      }
      // "We condemn this visit," X said: the quotation's end ends the object.
      if (t > from && quoted_[from - b_] && !quoted_[t - b_]) {
        if (plain_object && plain_object_first && object_words) *plain_object = true;
        return {};
      }
      // "condemned the sanctions imposed on Niger by X", "denounced the
      // buying of the Guyanese leadership by X": whoever did what is
      // condemned.
      if (plain_object_first && object_words &&
          (p == Predicate::kCondemned || p == Predicate::kExpressedConcernAbout) &&
          (IsPastParticiple(t) || std::any_of(toks_.begin() + static_cast<std::ptrdiff_t>(from),
                                              toks_.begin() + static_cast<std::ptrdiff_t>(t),
                                              [](const Token& w) { return Equals(w.lower, "of"); }))) {
        for (size_t u = t + 1; u + 1 < e_ && u < t + 8; ++u) {
          if (ClauseBoundaryAt(u) || IsBoundaryPunct(L(u)) || L(u) == ",") break;
          if (L(u) != "by") continue;
          if (std::vector<int> doer = FirstGroupRight(u + 1, 4, p, false, group_end); !doer.empty()) return doer;
          break;
        }
      }
      // "warned Gulf states against ...", "urged all parties to ...": the
      // object was a plain noun phrase, and an actor in the phrase after it
      // is not the one acted on. ("condemned the attack by X": X is.)
      if (plain_object_first && object_words && ObjectEndsAt(t, p)) {
        // "sanctions on key figures close to X, as well as former President
        // Y": a party coordinated with the plain object is a target.
        for (size_t k = t + 1; k + 3 < e_ && k < t + 12; ++k) {
          if (ClauseBoundaryAt(k) && L(k) != "as") break;
          if (IsBoundaryPunct(L(k))) break;
          if (L(k) == "as" && L(k + 1) == "well" && L(k + 2) == "as") {
            std::vector<int> also = FirstGroupRight(k + 3, 6, p, false, group_end);
            if (!also.empty()) return also;
            break;
          }
        }
        if (plain_object) *plain_object = true;
        return {};
      }
      // "welcomed the agreement, and X thanked ...": after a plain object, a
      // comma and a conjunction open a new clause with its own subject.
      // (Not inside a quotation the object opens: "the \"illegal, illegitimate,
      // and inhumane\" sanctions".)
      if (plain_object_first && object_words && L(t) == "," && t + 1 < e_ &&
          (L(t + 1) == "and" || L(t + 1) == "but" || L(t + 1) == "while") && (quoted_[from - b_] || !quoted_[t - b_])) {
        if (plain_object) *plain_object = true;
        return {};
      }
      if (!cross_clauses && t > from && ((ClauseBoundaryAt(t) && !NamingAs(t)) || IsBoundaryPunct(L(t)) ||
                                         Has(t, Word::kSpeechVerb) || CoordinatedVerbAt(t))) {
        if (plain_object && plain_object_first && object_words) *plain_object = true;
        return {};
      }
      // "called for complying with X": an action, not a party, is the object.
      if (t == from && direct && t > b_ && L(t).size() > 4 && L(t).ends_with("ing") && !toks_[t].IsCapitalized() &&
          PrepositionAt(t - 1)) {
        return {};
      }
      // "condemned the killing of X", "the attack on X": X is the victim
      // (past a closing quotation mark: "the \u201crelease\u201d of X").
      if (Has(t, Word::kVictimNoun)) {
        size_t after = t + 1;
        while (after < e_ && !toks_[after].IsWord() && L(after) != ",") ++after;
        if (after < e_ && (L(after) == "of" || L(after) == "on" || L(after) == "against")) return {};
      }
      // "condemned what it called attacks by X": the free relative's own
      // subject is not the object; what it names may hold it.
      if (direct && L(t) == "what" && t + 1 < e_) {
        if (const int subject = ArgStartingAt(t + 1); subject >= 0) {
          object_words = true;
          t = args_[static_cast<size_t>(subject)].te - 1;
          continue;
        }
      }
      int a = ArgStartingAt(t);
      // A titled name counts from its title: the window is not spent on it.
      if (a < 0) a = ArgTitledFrom(t);
      // "accusing them of aiding X", "met with them on the sidelines of the
      // ASEAN meeting": an object pronoun no mention stands for is the
      // object, and what follows it is not.
      // ("met her Chinese counterpart X": "her" before a noun is possessive.)
      if (a < 0 && t == from && IsObjectPronoun(L(t)) && !PossessiveHer(t)) return {};
      if (a < 0) {
        object_words |= toks_[t].IsWord() && !in_time_[t - b_] && !IsNounMarker(t);
        continue;
      }
      // "met his Saudi counterpart X": a possessive pronoun is no object.
      if (IsPossessivePronoun(t)) continue;
      // "received Turkish Foreign Hakan Fidan", "sanctions on Bosnian Serb
      // leader Milorad Dodik": a demonym before a title and a person
      // describes the person.
      if (args_[static_cast<size_t>(a)].demonym) {
        size_t k = args_[static_cast<size_t>(a)].te;
        while (k < e_ && k < t + 6 && toks_[k].IsWord() && !IsConnector(L(k)) && !PrepositionAt(k) &&
               !IsNounMarker(k) && ArgStartingAt(k) < 0) {
          ++k;
        }
        if (const int person = k < e_ ? ArgStartingAt(k) : -1;
            person >= 0 && args_[static_cast<size_t>(person)].type == EntityType::kPerson) {
          t = k - 1;
          continue;
        }
      }
      // "criticized Russia's agreement": the agreement, when it is an entity.
      size_t after = args_[static_cast<size_t>(a)].te;
      if (after < e_ && (L(after) == "'s" || L(after) == "'")) {
        const int owner = a;
        for (size_t h = after + 1; h < e_ && h < after + 4; ++h) {
          // "Israel's strikes on Lebanon": the head is Israel's, not a party after it.
          if (PrepositionAt(h) || IsConnector(L(h))) break;
          int head = ArgStartingAt(h);
          if (head >= 0 && Fits(args_[static_cast<size_t>(head)], p)) {
            a = head;
            break;
          }
        }
        // "sanctioned X's daughter": the act is on the relative, whom no
        // mention names, not on X.
        if (a == owner && after + 1 < e_ && Has(after + 1, Word::kKinshipNoun)) return {};
        // "welcomed Australia's willingness": one meets no one's willingness.
        if (a == owner && p == Predicate::kMetWith && after + 1 < e_ && toks_[after + 1].IsWord() &&
            !toks_[after + 1].IsCapitalized()) {
          object_words = true;
          t = after;
          continue;
        }
      }
      // "welcomed the EU decision": a name modifying a noun is met by no
      // one, nor warned or urged ("warned of damage to their EU hopes").
      if ((p == Predicate::kMetWith || p == Predicate::kWarned || p == Predicate::kUrged) &&
          ModifiesNoun(args_[static_cast<size_t>(a)])) {
        object_words = true;
        t = args_[static_cast<size_t>(a)].te;
        continue;
      }
      if (!Fits(args_[static_cast<size_t>(a)], p)) {
        object_words = true;  // "warned Gulf states": a mention, but not an actor
        t = args_[static_cast<size_t>(a)].te - 1;
        continue;
      }
      auto [lo, hi] = GroupAround(static_cast<size_t>(a));
      std::vector<int> out;
      for (size_t k = static_cast<size_t>(a); k <= hi; ++k) {
        for (int e : TargetEntities(args_[k], p)) out.push_back(e);
      }
      (void)lo;
      // "five entities from A and B, four vessels and eight individuals":
      // described groups listed together are all targets.
      if (args_[static_cast<size_t>(a)].group) {
        for (size_t k = hi + 1; k < args_.size() && args_[k].tb < t + 30; ++k) {
          bool crossed = false;
          for (size_t x = args_[k - 1].te; x < args_[k].tb; ++x) {
            crossed |= ClauseBoundaryAt(x) || IsBoundaryPunct(L(x));
          }
          if (crossed) break;
          if (args_[k].group) {
            for (int e : args_[k].entities) out.push_back(e);
            hi = k;
          }
        }
      }
      hi = BareCommaPeople(hi, p, &out);
      if (group_end) *group_end = args_[hi].te;
      return out;
    }
    return {};
  }

  // "paid visits to A, President B, held talks with C": titled people
  // listed with bare commas, each a different person, are all parties.
  // (One set off with a comma and no name of its own, "A, the president,",
  // is A again.) Returns the last arg of the list.
  size_t BareCommaPeople(size_t hi, Predicate p, std::vector<int>* out) const {
    static constexpr size_t kMaxItems = 6;
    for (size_t n = 0; n < kMaxItems && hi + 1 < args_.size(); ++n) {
      const Arg& last = args_[hi];
      const Arg& next = args_[hi + 1];
      if (last.type != EntityType::kPerson || next.type != EntityType::kPerson || !next.titled ||
          next.entities.empty() || next.entities == last.entities || !TargetTypeFits(p, next.type)) {
        break;
      }
      if (last.te + 1 != std::min(next.title_tb, next.tb) || L(last.te) != ",") break;
      // The list goes on or ends: a comma or "and" after the item.
      if (next.te >= e_ || !(L(next.te) == "," || L(next.te) == "and")) break;
      for (int e : next.entities) {
        if (std::find(out->begin(), out->end(), e) == out->end()) out->push_back(e);
      }
      ++hi;
    }
    return hi;
  }

  // Whether the arg, no person, is a modifier of the common noun right
  // after it ("the EU decision"), other than one for people acting for it
  // ("the Chinese delegation", "Russian officials").
  bool ModifiesNoun(const Arg& a) const {
    static const WordSet kAdverbs = {"again", "twice", "once", "together", "here", "there", "alone",
                                     "too", "also", "instead", "separately", "briefly"};
    static const WordSet kOpeners = {"the", "a", "an", "their", "its", "his", "her", "our", "of"};
    // People are met by name ("met Kishida several times").
    if (a.type == EntityType::kPerson) return false;
    // A noun phrase opens before it ("the EU decision", "of G20 ministers");
    // "demanded that Beijing withdraw" is a subject and its verb.
    if (a.tb == b_ || !kOpeners.Contains(L(a.tb - 1))) return false;
    if (a.te >= e_ || !toks_[a.te].IsWord() || toks_[a.te].IsCapitalized() || in_time_[a.te - b_]) return false;
    const Form w = L(a.te);
    if (w.size() < 3 || w.ends_with("ly") || w.ends_with("ing") || w.ends_with("ed")) return false;
    if (PrepositionAt(a.te) || IsConnector(w) || ClauseBoundaryAt(a.te) || kAdverbs.Contains(w)) return false;
    if (Has(a.te, Word::kSpeechVerb) || Has(a.te, Word::kModal) || w == "who" || w == "whom") return false;
    return !Has(a.te, Word::kPersonGroupNoun) && !Has(a.te, Word::kStateOrganNoun);
  }

  // "what it described as attacks by X": "as" goes on to what is named.
  bool NamingAs(size_t t) const { return L(t) == "as" && t > b_ && Has(t - 1, Word::kNamingVerb); }

  // A preposition that ends a plain-noun direct object of a predicate
  // whose object is the party acted on. Not one naming the parties of what
  // the object names ("condemned the cooperation between X and Y", "the
  // actions of X", "the attack by X"), nor one opening a date.
  bool ObjectEndsAt(size_t t, Predicate p) const {
    const bool acted_on = p == Predicate::kWarned || p == Predicate::kUrged || p == Predicate::kCondemned ||
                          p == Predicate::kSanctioned;
    const Form w = L(t);
    // "requested an explanation from X": a request is made of X.
    const bool parties = w == "by" || w == "of" || w == "between" || (p == Predicate::kUrged && w == "from");
    if (NamingAs(t)) return false;
    // "attended a ceremony for signing agreements between the two
    // countries": what was attended is no place; "attended the summit in
    // Addis Ababa" was where it was held.
    if (p == Predicate::kVisited) {
      return PrepositionAt(t) && w != "in" && w != "at" && w != "to" && !time_starts_[t - b_] &&
             !time_starts_[t + 1 - b_];
    }
    // "met the delegation in Peru": where a meeting was is no party to it.
    if (p == Predicate::kMetWith) return w == "in" || w == "at" || w == "inside";
    return acted_on && !parties && PrepositionAt(t) && !time_starts_[t - b_] && !time_starts_[t + 1 - b_];
  }

  std::vector<int> AfterPreposition(size_t te, const Trigger& trig, size_t* group_end) const {
    for (size_t t = te; t < e_ && t < te + 8; ++t) {
      if (t > te && (ClauseBoundaryAt(t) || IsBoundaryPunct(L(t)))) {
        if (std::find(trig.prepositions.begin(), trig.prepositions.end(), L(t)) ==
            trig.prepositions.end()) {
          return {};
        }
      }
      if (std::find(trig.prepositions.begin(), trig.prepositions.end(), L(t)) != trig.prepositions.end()) {
        // A date after the preposition ("sanctions on Thursday") is not a target.
        if (time_starts_[t + 1 - b_]) return {};
        // "demanded the (\u201cimmediate\u201d) release of X": X is who the act is for, not
        // who is asked.
        size_t noun = t;
        while (noun > te && !toks_[noun - 1].IsWord()) --noun;
        if (noun > te && Has(noun - 1, Word::kVictimNoun)) return {};
        // "sanctions on key figures close to X": a plain noun phrase is the
        // target, and X, after it, is none (as for a verb's direct object).
        const bool acted_on = trig.predicate == Predicate::kSanctioned || trig.predicate == Predicate::kCondemned;
        // ("with her counterparts from the three friendly countries of A, B
        // and C": the list comes after the counterparts' description.)
        size_t window = 7;
        for (size_t k = t + 1; k < e_ && k < t + 4; ++k) {
          if (L(k) == "counterparts" || L(k) == "colleagues") window = 12;
        }
        // ("against the joint military exercises planned by the United
        // States": the parties behind the act may come after a longer noun.)
        for (size_t k = t + 3; k < e_ && k < t + 1 + window; ++k) {
          if (L(k) == "by" && IsPastParticiple(k - 1)) window = std::max(window, k - t + 5);
        }
        return FirstGroupRight(t + 1, window, trig.predicate, false, group_end, acted_on);
      }
    }
    return {};
  }

  // Whether an argument starts within `reach` tokens from t.
  bool HasArgWithin(size_t t, size_t reach) const {
    const auto it = std::partition_point(args_.begin(), args_.end(), [&](const Arg& a) { return a.tb < t; });
    return it != args_.end() && it->tb < t + reach;
  }

  // "between A and B" after a nominal, or "A-B summit" before it.
  std::vector<int> Parties(size_t ts, size_t te, Predicate p) const {
    if (te + 1 < e_ && L(te) == "between") {
      // "between North Korean leader Kim Jong Un and President Vladimir Putin"
      std::vector<int> out = FirstGroupRight(te + 1, 6, Predicate::kMetWith, false);
      if (out.size() >= 2) return out;
    }
    // "Thursday's meeting in London of foreign minister A and foreign
    // secretary B": a meeting's parties after "of".
    if (p == Predicate::kMetWith && te < e_) {
      for (size_t t = te; t + 1 < e_ && t < te + 6; ++t) {
        if (ClauseBoundaryAt(t) || IsBoundaryPunct(L(t)) || L(t) == ",") break;
        if (L(t) != "of") continue;
        // ("meeting of the foreign ministers of A and B, X and Y": the
        // names come after the title and its countries.)
        const size_t reach = L(t + 1) == "the" && !HasArgWithin(t + 1, 6) ? 16 : 6;
        std::vector<int> out = FirstGroupRight(t + 1, reach, Predicate::kMetWith, false);
        if (out.size() >= 2) return out;
        break;
      }
    }
    // "the Putin-Kim summit", "North Korea-Russia talks"
    int second = ArgEndingAt(ts);
    if (second < 0 && ts > b_) second = ArgEndingAt(ts - 1);
    if (second > 0) {
      const Arg& s2 = args_[static_cast<size_t>(second)];
      const Arg& s1 = args_[static_cast<size_t>(second) - 1];
      if (s1.te + 1 == s2.tb && L(s1.te) == "-" && AgentTypeFits(s1.type) && AgentTypeFits(s2.type)) {
        std::vector<int> out = s1.entities;
        out.insert(out.end(), s2.entities.begin(), s2.entities.end());
        return out;
      }
    }
    return {};
  }

  // The parties after "signed" at te ("signed in Lima in 2015 between A and
  // B"): a time or the place of signing may come first; empty unless two.
  std::vector<int> SignersBetweenAfter(size_t te) const {
    size_t k = MannerPhraseEnd(te);
    if (k + 1 < e_ && (L(k) == "in" || L(k) == "at")) {
      const int place = ArgStartingAt(k + 1);
      if (place >= 0 && TargetTypeFits(Predicate::kVisited, args_[static_cast<size_t>(place)].type)) {
        k = MannerPhraseEnd(args_[static_cast<size_t>(place)].te);
      }
    }
    if (k + 1 >= e_ || L(k) != "between") return {};
    std::vector<int> parties = FirstGroupRight(k + 1, 6, Predicate::kMetWith, false);
    if (parties.size() < 2) parties.clear();
    return parties;
  }

  // "a meeting of the foreign ministers of Armenia and Azerbaijan, A and
  // B": a country whose own official is among the parties is there through
  // them, not as a party beside them.
  void DropCountriesOfPartyPeople(std::vector<int>& parties) const {
    std::vector<int> served;
    for (int e : parties) {
      const Entity& entity = doc_.entities[static_cast<size_t>(e)];
      if (entity.type == EntityType::kPerson && entity.country >= 0) served.push_back(entity.country);
    }
    if (served.empty()) return;
    std::erase_if(parties, [&](int e) { return std::find(served.begin(), served.end(), e) != served.end(); });
  }

  // "signed several documents, including an agreement on visas and a treaty
  // on fishing": the items are signed as well as what holds them.
  void IncludedAgreements(size_t group_end, std::vector<int>* targets, size_t* end) const {
    size_t t = group_end < e_ && L(group_end) == "," ? group_end + 1 : group_end;
    if (t + 1 >= e_ || L(t) != "including") return;
    size_t items_end = t + 1;
    std::vector<int> items = FirstGroupRight(t + 1, 3, Predicate::kSigned, false, &items_end);
    std::erase_if(items, [&](int e) { return doc_.entities[static_cast<size_t>(e)].type != EntityType::kAgreement; });
    if (items.empty()) return;
    targets->insert(targets->end(), items.begin(), items.end());
    *end = items_end;
  }

  // "met Russian officials, including A, B and Foreign Minister C": the
  // people listed are whom the act was with, rather than their country.
  void IncludedMembers(size_t group_end, std::vector<int>* targets, size_t* end) const {
    size_t t = group_end;
    // The demonym's noun: "Russian (senior) officials".
    while (t < e_ && t < group_end + 3 && toks_[t].IsWord() && !toks_[t].IsCapitalized() && L(t) != "including") ++t;
    if (t < e_ && L(t) == ",") ++t;
    if (t + 1 >= e_ || L(t) != "including") return;
    // The people listed: names, each perhaps with its title before it or in
    // apposition after it, joined by commas and "and".
    std::vector<int> members;
    size_t members_end = t + 1;
    auto it = std::partition_point(args_.begin(), args_.end(), [&](const Arg& a) { return a.tb <= t; });
    bool after_apposition = false;  // the last arg was a member's title set off after the name
    for (; it != args_.end(); ++it) {
      const size_t starts = it->titled ? std::min(it->title_tb, it->tb) : it->tb;
      if (starts < members_end || it->type != EntityType::kPerson) break;
      size_t k = members_end;
      // "A, Deputy Prime Minister for Trade, B": the rest of A's title.
      // ("for Industry and Trade" is still the title: up to its comma.)
      if (after_apposition) {
        size_t comma = k;
        while (comma < starts && comma < k + 8 && toks_[comma].IsWord()) ++comma;
        if (comma < starts && L(comma) == ",") k = comma;
      }
      bool separated = true;
      for (; separated && k < starts; ++k) separated = L(k) == "," || L(k) == "and";
      if (!separated) break;
      after_apposition = true;
      for (int e : it->entities) {
        if (std::find(members.begin(), members.end(), e) == members.end()) {
          members.push_back(e);
          after_apposition = false;
        }
      }
      members_end = it->te;
    }
    if (members.empty()) return;
    // Only a group standing for a country gives way: "met Lavrov, including ..." is not a list.
    for (int e : *targets) {
      if (doc_.entities[static_cast<size_t>(e)].type != EntityType::kCountry) return;
    }
    *targets = std::move(members);
    *end = members_end;
  }

  // "Putin's visit", "his meeting", "their talks": the possessor of a nominal.
  std::vector<int> Possessor(size_t ts, bool* pair_pronoun) const {
    for (size_t k = ts; k > b_ && k + 5 > ts; --k) {
      size_t t = k - 1;
      if (L(t) == "'s" || L(t) == "'") {
        int a = ArgEndingAt(t);
        if (a >= 0 && AgentTypeFits(args_[static_cast<size_t>(a)].type)) return args_[static_cast<size_t>(a)].entities;
        // "their leaders' summit": the possessor's own possessor.
        if (t >= b_ + 2 && (L(t - 2) == "their" || L(t - 2) == "both")) {
          int p = ArgEndingAt(t - 1);
          *pair_pronoun = true;
          if (p >= 0) return args_[static_cast<size_t>(p)].entities;
        }
        return {};
      }
      int a = ArgEndingAt(t + 1);
      // "During my visit to Abidjan," the president said: the speaker's.
      // ("Lee expressed our concerns": the light verb's subject speaks for us.)
      const bool first_person = (L(t) == "my" || L(t) == "our") && !(t > b_ && Has(t - 1, Word::kLightVerb));
      if (a >= 0 && (L(t) == "his" || L(t) == "her" || L(t) == "their" || first_person)) {
        *pair_pronoun = L(t) == "their";
        return args_[static_cast<size_t>(a)].entities;
      }
      // "South Africa's Ramaphosa pays a visit": the light verb's subject
      // holds the nominal, not a possessor before it. ("handed her a protest
      // note": past an article, a pronoun is no possessor.)
      if (!toks_[t].IsWord() || ClauseBoundaryAt(t) || Has(t, Word::kLightVerb) || L(t) == "a" || L(t) == "an" ||
          L(t) == "the") {
        return {};
      }
    }
    return {};
  }

  // A reaction verb before the nominal at ts, past at most two adjectives
  // ("drawing swift international condemnation").
  bool ReactionBefore(size_t ts, size_t* verb) const {
    for (size_t k = ts; k > b_ && k + 4 > ts; --k) {
      if (Has(k - 1, Word::kReactionVerb)) {
        *verb = k - 1;
        return true;
      }
      if (!toks_[k - 1].IsWord() || toks_[k - 1].IsCapitalized()) return false;
    }
    return false;
  }

  // "It called on ...", "It also urged ...": the sentence opens with "it"
  // and at most an adverb or auxiliary before the verb at ts.
  bool OpenedByIt(size_t ts) const {
    if (ts == b_ || L(b_) != "it" || ts > b_ + 3) return false;
    for (size_t t = b_ + 1; t < ts; ++t) {
      if (!SubjectVerbFillers().Contains(L(t))) return false;
    }
    return true;
  }

  // Where the adopted text that opens the tokens from `begin` ends ("The
  // (non-binding) resolution", "Its statement"); 0 when they open otherwise.
  size_t AdoptedTextEnd(size_t begin, size_t end) const {
    return PlainNounPhraseEnd(begin, end, [&](size_t k) { return Has(k, Word::kAdoptedTextNoun); });
  }

  // Where a phrase of a determiner, up to three lower-case modifiers and a
  // head `is_head` accepts ends, when the tokens from `begin` open with one;
  // 0 otherwise. A capitalized modifier ("The EU statement") names who the
  // head is of, so it is no plain phrase.
  template <typename IsHead>
  size_t PlainNounPhraseEnd(size_t begin, size_t end, IsHead is_head) const {
    static constexpr size_t kModifiers = 3;
    static const WordSet kDeterminers = {"the", "these", "those", "such", "its", "their"};
    if (begin >= end || !kDeterminers.Contains(L(begin))) return 0;
    for (size_t k = begin + 1; k < end && k <= begin + 1 + kModifiers; ++k) {
      if (is_head(k)) return k + 1;
      if (toks_[k].IsCapitalized() || (!toks_[k].IsWord() && L(k) != "-")) return 0;
    }
    return 0;
  }

  // "The ministry said in a statement that it asked X ...": "it" as the
  // subject of the trigger at ts, in a clause reported by a speech verb,
  // is the country or body that speaks (the last one named before the
  // verb). Empty when the trigger is not so reported.
  std::vector<int> ReportedIt(size_t ts) const {
    static constexpr size_t kReportReach = 5;  // "said in a joint statement that"
    size_t t = ts;
    while (t > b_ && SubjectVerbFillers().Contains(L(t - 1))) --t;
    if (t < b_ + 3 || L(t - 1) != "it" || L(t - 2) != "that") return {};
    size_t verb = t - 2;
    while (verb > b_ && verb + kReportReach > t - 2 && !Has(verb - 1, Word::kSpeechVerb)) --verb;
    if (verb == b_ || !Has(verb - 1, Word::kSpeechVerb)) return {};
    for (size_t a = args_.size(); a-- > 0;) {
      const Arg& arg = args_[a];
      if (arg.te > verb - 1) continue;
      if (arg.type == EntityType::kPerson || !AgentTypeFits(arg.type)) return {};
      return arg.entities;
    }
    return {};
  }

  // "The (new) sanctions target ...", "These measures include ...": a
  // subject of sanctions, a determiner and up to three lower-case words
  // before it, opens the sentence, before the trigger at ts.
  bool OpenedBySanctions(size_t ts) const {
    return PlainNounPhraseEnd(b_, ts, [&](size_t k) { return rx_.sanction_nouns_.Contains(L(k)); }) != 0;
  }

  // Who imposed the sanctions of the last sanctioned relation within six
  // sentences before; empty when there is none.
  std::vector<int> LastSanctioner() const {
    const Relation* last = LastRelationBefore([](const Relation& r) { return r.predicate == Predicate::kSanctioned; });
    return last ? std::vector<int>{last->subject} : std::vector<int>{};
  }

  // The latest relation of the sentences before this one, up to
  // kStoryReach back, that `wanted` accepts; nullptr when none does.
  static constexpr size_t kStoryReach = 6;
  template <typename Wanted>
  const Relation* LastRelationBefore(Wanted wanted) const {
    const size_t first = s_ > kStoryReach ? s_ - kStoryReach : 0;
    // (This stage's relations so far: in sentence order, after the roles.)
    for (size_t r = doc_.relations.size(); r-- > 0 && doc_.relations[r].sentence >= first;) {
      const Relation& rel = doc_.relations[r];
      if (rel.sentence < s_ && wanted(rel)) return &rel;
    }
    return nullptr;
  }

  // "China slammed the move", "Tehran condemned the measures": an act the
  // story told, named by a plain noun phrase right after the verb ending at
  // te, is condemned in the one who did it: whoever imposed the last
  // sanctions, or acted in the last relation not the condemner's own. ("X
  // accused Y of ..., describing these actions as unlawful": an act the
  // condemner told of just before in the sentence is its object's.)
  std::vector<int> ActorOfActTold(size_t te, const std::vector<int>& agents) const {
    static constexpr size_t kActReach = 3;  // sentences back an act noun may refer
    const size_t object = MannerPhraseEnd(te);
    const std::vector<int> agent_countries = CountriesOf(agents);
    const auto own = [&](int e) {
      const std::vector<int> country = CountriesOf({e});
      return std::find(agents.begin(), agents.end(), e) != agents.end() ||
             (!country.empty() && std::find(agent_countries.begin(), agent_countries.end(), country[0]) !=
                                      agent_countries.end());
    };
    std::vector<int> actor;
    if (PlainNounPhraseEnd(object, e_, [&](size_t k) { return rx_.sanction_nouns_.Contains(L(k)); }) != 0) {
      actor = LastSanctioner();
    } else if (PlainNounPhraseEnd(object, e_, [&](size_t k) { return Has(k, Word::kActNoun); }) != 0) {
      const size_t first = s_ > kActReach ? s_ - kActReach : 0;
      for (size_t r = doc_.relations.size(); r-- > 0 && doc_.relations[r].sentence >= first;) {
        const Relation& act = doc_.relations[r];
        if (Info(act.predicate).role) continue;
        if (!own(act.subject)) {
          actor = {act.subject};
        } else if (act.sentence == s_ && !own(act.object) && IsActorType(doc_.entities[static_cast<size_t>(act.object)].type)) {
          actor = {act.object};
        }
        break;
      }
    }
    if (actor.size() == 1 && own(actor[0])) return {};
    return actor;
  }

  // "The resolution (also) called on ...": an adopted text is the subject
  // of the trigger at ts.
  bool OpenedByAdoptedText(size_t ts) const {
    const size_t text_end = AdoptedTextEnd(b_, ts);
    if (text_end == 0) return false;
    for (size_t t = text_end; t < ts; ++t) {
      if (!SubjectVerbFillers().Contains(L(t))) return false;
    }
    return true;
  }

  // The body an adopted text acts for: the agent of the last act by a
  // country or body within six sentences before; else the country or body
  // named before such a text in the last sentence that speaks of one ("the
  // IAEA board passed a resolution").
  std::vector<int> AdoptingBody() const {
    auto acts_for_itself = [&](int e) {
      const EntityType type = doc_.entities[static_cast<size_t>(e)].type;
      return type != EntityType::kPerson && AgentTypeFits(type);
    };
    if (const Relation* act = LastRelationBefore([&](const Relation& r) {
          return !Info(r.predicate).role && acts_for_itself(r.subject);
        })) {
      return {act->subject};
    }
    const size_t first = s_ > kStoryReach ? s_ - kStoryReach : 0;
    for (size_t s = s_; s-- > first;) {
      const Sentence& sent = doc_.sentences[s];
      size_t noun = sent.token_end;
      for (size_t t = sent.token_begin; t < sent.token_end && noun == sent.token_end; ++t) {
        if (Has(t, Word::kAdoptedTextNoun)) noun = t;
      }
      if (noun == sent.token_end) continue;
      for (size_t mi : index_.mentions[s]) {
        const Mention& m = doc_.mentions[mi];
        if (m.token_begin >= noun) break;
        if (m.entity >= 0 && m.kind != MentionKind::kPronoun && acts_for_itself(m.entity)) return {m.entity};
      }
      return {};
    }
    return {};
  }

  // "a resolution against the Nicaraguan government, calling on it to
  // cease ...": "it" as the object is the country or body named last
  // before the verb in the sentence, other than the agents.
  std::vector<int> ItBefore(size_t ts, size_t te, const std::vector<int>& agents) const {
    size_t k = te < e_ && PrepositionAt(te) ? te + 1 : te;
    if (k >= e_ || L(k) != "it") return {};
    for (size_t a = args_.size(); a-- > 0;) {
      const Arg& arg = args_[a];
      if (arg.te > ts) continue;
      if (arg.type == EntityType::kPerson || !AgentTypeFits(arg.type)) continue;
      if (std::any_of(arg.entities.begin(), arg.entities.end(), [&](int e) {
            return std::find(agents.begin(), agents.end(), e) != agents.end();
          })) {
        continue;
      }
      return arg.entities;
    }
    return {};
  }

  // The agent of the previous sentence's last act when that was a country
  // or a body (no person is "it"); empty otherwise.
  std::vector<int> LastBodyAgent() const {
    if (s_ == 0) return {};
    for (size_t r = doc_.relations.size(); r-- > 0;) {
      const Relation& rel = doc_.relations[r];
      if (rel.sentence + 1 < s_) break;
      if (rel.sentence != s_ - 1 || Info(rel.predicate).role) continue;
      const EntityType type = doc_.entities[static_cast<size_t>(rel.subject)].type;
      if (type == EntityType::kPerson || !AgentTypeFits(type)) return {};
      return {rel.subject};
    }
    // No act to go by ("The IAEA board passed a resolution. It called on
    // Iran ..."): the body or country that opened the sentence before; or
    // when an adopted text opened it ("The resolution reflected ... It
    // called on Iran"), the body that adopted it.
    const size_t prev_begin = doc_.sentences[s_ - 1].token_begin;
    if (AdoptedTextEnd(prev_begin, doc_.sentences[s_ - 1].token_end) != 0) return AdoptingBody();
    for (size_t mi : index_.mentions[s_ - 1]) {
      const Mention& m = doc_.mentions[mi];
      if (m.token_begin > prev_begin + 1) break;  // past "The"
      if (m.entity < 0) continue;
      const EntityType type = doc_.entities[static_cast<size_t>(m.entity)].type;
      if (type != EntityType::kPerson && AgentTypeFits(type)) return {m.entity};
    }
    return {};
  }

  // The indirect object of a giving verb ("handed", "delivered") before
  // the noun at ts: the actor group right after the verb, when only its
  // words and a determiner stand between it and the noun.
  std::vector<int> RecipientBefore(size_t ts) const {
    size_t verb = 0;
    if (!LightVerbBefore(ts, &verb)) return {};
    return IndirectObject(verb, ts);
  }

  // The actor group right after the giving verb at `verb`, when only plain
  // words ("a strong") stand between it and the noun at ts; empty otherwise.
  std::vector<int> IndirectObject(size_t verb, size_t ts) const {
    if (!Has(verb, Word::kGivingVerb)) return {};
    // ("conveyed to the Chilean side a firm protest": the recipient first, with its "to".)
    const size_t from = verb + 2 < ts && L(verb + 1) == "to" ? verb + 2 : verb + 1;
    size_t group_end = 0;
    std::vector<int> recipient = FirstGroupRight(from, 3, Predicate::kProtestedTo, false, &group_end);
    if (recipient.empty() || group_end >= ts) return {};
    for (size_t t = group_end; t < ts; ++t) {
      // Commas set off the recipient's name: "the ambassador, X, a note".
      if ((!toks_[t].IsWord() && L(t) != ",") || PrepositionAt(t) || ClauseBoundaryAt(t)) return {};
    }
    return recipient;
  }

  // Where "by" stands in "were imposed by", "have been issued by" right
  // after a nominal trigger ending at te (a light verb in the passive); 0
  // when the nominal goes on otherwise.
  size_t PassiveLightVerbBy(size_t te) const {
    size_t t = te;
    if (t < e_ && (L(t) == "have" || L(t) == "has" || L(t) == "had")) {
      if (++t >= e_ || L(t) != "been") return 0;
    } else if (t >= e_ || (L(t) != "was" && L(t) != "were")) {
      return 0;
    }
    ++t;
    if (t + 1 >= e_ || !Has(t, Word::kLightVerb) || !L(t).ends_with("ed") || L(t + 1) != "by") return 0;
    return t + 1;
  }

  // "a written protest was delivered to the ambassador": the token after
  // the "to" a passive giving verb takes after the noun ending at te (past
  // a closing quotation mark); 0 when there is none.
  size_t PassiveGivenTo(size_t te) const {
    size_t t = te < e_ && L(te) == "\"" ? te + 1 : te;
    if (t >= e_ || (L(t) != "was" && L(t) != "were")) return 0;
    ++t;
    if (t + 2 >= e_ || !(Has(t, Word::kGivingVerb) || L(t) == "lodged") || L(t + 1) != "to") {
      return 0;
    }
    return t + 2;
  }

  bool LightVerbBefore(size_t ts, size_t* verb) const {
    // A giving verb reaches past its indirect object: "handed the
    // ambassador of the Republic of X to Y a strong note of protest".
    static constexpr size_t kReach = 8, kGivingReach = 15;
    size_t cs = ClauseStart(ts);
    for (size_t k = ts; k > cs && k + kGivingReach > ts; --k) {
      if (Has(k - 1, Word::kLightVerb) && (k + kReach > ts || !IndirectObject(k - 1, ts).empty())) {
        *verb = k - 1;
        return true;
      }
    }
    return false;
  }

  // Past the run of args right after te that name `targets` ("met
  // Pakistani Prime Minister X | on the sidelines of ... in New York"); te
  // when the first arg after it names none ("met | in Brussels").
  size_t TargetsEnd(size_t te, const std::vector<int>& targets) const {
    size_t end = te;
    for (const Arg& arg : args_) {
      if (arg.tb < te) continue;
      const bool names_target = std::any_of(arg.entities.begin(), arg.entities.end(), [&](int e) {
        return std::find(targets.begin(), targets.end(), e) != targets.end();
      });
      if (!names_target || arg.tb > end + kTitleReach) break;
      end = arg.te;
    }
    return end;
  }

  int PlaceAfter(size_t te) const {
    for (size_t t = te; t + 1 < e_ && t < te + 10; ++t) {
      if (ClauseBoundaryAt(t) || IsBoundaryPunct(L(t))) return -1;
      // "talked with X about developments in Iraq": a place in the topic.
      if (L(t) == "about" || L(t) == "regarding" || L(t) == "concerning") return -1;
      // "at the White House", "at the Kremlin": the seat of a national
      // institution the lexicon knows is in its country (an embassy, which
      // it does not list, is abroad).
      if (L(t) == "at") {
        const int a = ArgStartingAt(L(t + 1) == "the" ? t + 2 : t + 1);
        if (a < 0) continue;
        const Arg& arg = args_[static_cast<size_t>(a)];
        const Entity& body = doc_.entities[static_cast<size_t>(arg.entities[0])];
        if (arg.type == EntityType::kGovernmentBody && body.country >= 0 && lex_.Find(body.iri)) return body.country;
        continue;
      }
      if (L(t) != "in") continue;
      int a = ArgStartingAt(t + 1);
      if (a < 0) continue;
      const Arg& arg = args_[static_cast<size_t>(a)];
      EntityType ty = arg.type;
      if (ty == EntityType::kCity || ty == EntityType::kCountry || ty == EntityType::kPlace) {
        return arg.entities[0];
      }
    }
    return -1;
  }

  // "In Bender, she met X": a city opening the sentence before the act is
  // where it happened; -1 when the sentence opens otherwise.
  int OpeningPlace(size_t ts) const {
    if (b_ + 2 >= ts || L(b_) != "in") return -1;
    const int a = ArgStartingAt(b_ + 1);
    if (a < 0) return -1;
    const Arg& arg = args_[static_cast<size_t>(a)];
    if (arg.te >= ts || L(arg.te) != ",") return -1;
    if (arg.type == EntityType::kCity) return arg.entities[0];
    return arg.city;  // a capital read as its country: the city itself
  }

  // The country an envoy is posted to (an ambassadorTo role found so far), or -1.
  int HostOf(int envoy) const {
    auto it = envoy_hosts_.find(envoy);
    return it == envoy_hosts_.end() ? -1 : it->second;
  }

  // --- one trigger -----------------------------------------------------------
  // "the two presidents witnessed the signing of A, B and C": the signing
  // verb as a noun, after a verb of attending.
  bool IsWitnessedSigning(const Trigger& trig, size_t ts, size_t te) const {
    return trig.predicate == Predicate::kSigned && !trig.noun && te == ts + 1 && L(ts) == "signing" &&
           te < e_ && L(te) == "of" && ts >= b_ + 2 && L(ts - 1) == "the" && Has(ts - 2, Word::kWitnessVerb);
  }

  // The countries of those who witnessed the signing (its subject) sign
  // every agreement named after "of" up to the clause's end ("several
  // documents, including an agreement on X and a memorandum on Y"); a
  // party named on the way ends the list.
  void WitnessedSigning(size_t ts, size_t te, double confidence) {
    const size_t verb = L(ts - 2) == "over" && ts >= b_ + 3 ? ts - 3 : ts - 2;  // "presided over"
    std::vector<int> signers;
    for (int witness : SubjectLeftOf(verb)) {
      const Entity& e = doc_.entities[static_cast<size_t>(witness)];
      const int country = e.type == EntityType::kPerson ? e.country : witness;
      if (country >= 0 && std::find(signers.begin(), signers.end(), country) == signers.end()) {
        signers.push_back(country);
      }
    }
    if (signers.empty()) return;
    size_t clause_end = te + 1;
    while (clause_end < e_ && L(clause_end) != ";" && !(ClauseBoundaryAt(clause_end) && L(clause_end) != "and")) {
      ++clause_end;
    }
    for (auto it = std::partition_point(args_.begin(), args_.end(), [&](const Arg& a) { return a.tb <= te; });
         it != args_.end() && it->te <= clause_end; ++it) {
      if (it->type != EntityType::kAgreement) break;
      for (int agreement : it->entities) {
        for (int signer : signers) {
          Emit(Predicate::kSigned, signer, agreement, current_date_, -1, confidence * 0.9, "sign-verb/witnessed-signing");
        }
      }
    }
  }

  void HandleTrigger(size_t ti, size_t ts, size_t te) {
    const Trigger& trig = lex_.triggers[ti];
    if (Irrealis(ts)) return;
    if (trig.needs_verdict && !VerdictAfter(te)) return;
    if (trig.noun && CancelledOrPlanned(te)) return;
    // ("to deepen cooperation" speaks of a cooperation that is.)
    if (trig.noun && trig.predicate != Predicate::kCooperatesWith && InUnrealisedInfinitive(ts)) return;
    // "agreed to sign a treaty", "decided to visit": an act still to come
    // (but "agreed to cooperate" is cooperating).
    const bool event = trig.predicate == Predicate::kSigned || trig.predicate == Predicate::kMetWith ||
                       trig.predicate == Predicate::kVisited;
    if (!trig.noun && event && ts >= b_ + 2 && L(ts - 1) == "to" && Has(ts - 2, Word::kCommitment)) return;
    // "Chilean ministers to visit Peru": a headline's infinitive is its future.
    if (!trig.noun && trig.predicate != Predicate::kCooperatesWith && ts > b_ && L(ts - 1) == "to" &&
        doc_.blocks[doc_.sentences[s_].block].kind == BlockKind::kHeadline) {
      return;
    }
    if (IsWitnessedSigning(trig, ts, te)) return WitnessedSigning(ts, te, trig.confidence);
    if (!trig.noun && ts > b_ && IsNounMarker(ts - 1) && !RelativeThat(ts - 1)) return;  // "the meeting" is no verb
    // "the newly-signed pact between A and B": a compound adjective; the
    // pact's parties signed it, not the clause's subject.
    if (!trig.noun && ts >= b_ + 2 && L(ts - 1) == "-" && L(ts - 2).ends_with("ly")) {
      if (const int pact = trig.predicate == Predicate::kSigned ? ArgStartingAt(te) : -1;
          pact >= 0 && args_[static_cast<size_t>(pact)].type == EntityType::kAgreement) {
        const Arg& agreement = args_[static_cast<size_t>(pact)];
        for (int party : Parties(agreement.tb, agreement.te, Predicate::kSigned)) {
          for (int signed_one : agreement.entities) {
            Emit(Predicate::kSigned, party, signed_one, current_date_, -1, trig.confidence * 0.9, trig.id + "/adjective-between");
          }
        }
      }
      return;
    }
    // "in protest", "for talks": after a preposition (save an infinitive's
    // "to"), a form that is no gerund is the noun.
    if (!trig.noun && ts > b_ && PrepositionAt(ts - 1) && L(ts - 1) != "to" && !IsParticiple(ts) &&
        !IsPastParticiple(ts)) {
      return;
    }
    // "the ministers' preparatory meeting", "the latest sanctions": a form
    // that is a noun too, after a plain lower-case word (no auxiliary,
    // conjunction, preposition or adverb), is the noun. ("a statement
    // condemning X" is a participle: "condemning" is no noun.)
    if (!trig.noun && te == ts + 1 && ts > b_ && toks_[ts - 1].IsWord() &&
        !toks_[ts - 1].IsCapitalized() && !Has(ts - 1, Word::kGerundLead) && !PrepositionAt(ts - 1) &&
        !ClauseBoundaryAt(ts - 1) && !L(ts - 1).ends_with("ly") && ArgEndingAt(ts) < 0 && AlsoANoun(ts)) {
      return;
    }
    // "At a Security Council meeting", "the ASEAN meeting": after an
    // article and a name only, the form is the noun the name modifies.
    if (!trig.noun && te == ts + 1 && ts > b_ + 1 && !toks_[ts].IsCapitalized() && toks_[ts - 1].IsCapitalized() &&
        AlsoANoun(ts)) {
      size_t k = ts - 1;
      while (k > b_ && toks_[k - 1].IsCapitalized() && toks_[k - 1].IsWord()) --k;
      if (k > b_ && (L(k - 1) == "a" || L(k - 1) == "an" || L(k - 1) == "the")) return;
    }
    Predicate p = trig.predicate;
    // "held talks with visiting Malaysian Prime Minister X": the participle
    // describes the person after it; the host visits nothing.
    if (p == Predicate::kVisited && !trig.noun && te - ts == 1 && IsParticiple(ts) && te < e_ &&
        toks_[te].IsCapitalized()) {
      // The person's name may follow a title and a demonym ("Malaysian
      // Prime Minister X"); a place first ("visiting Beijing") is a visit.
      for (size_t t = te; t < e_ && t < te + 6 && toks_[t].IsCapitalized(); ++t) {
        const int a = ArgStartingAt(t);
        if (a < 0) continue;
        const EntityType type = args_[static_cast<size_t>(a)].type;
        if (type == EntityType::kPerson) {
          VisitingGuest(ts, args_[static_cast<size_t>(a)]);
          return;
        }
        if (type == EntityType::kCity || type == EntityType::kPlace) break;
      }
    }
    // "both sides signed": the parties named together; "both sides agreed"
    // after a meeting: its parties.
    // A meeting reported in the sentence just before outranks a pair named
    // earlier ("... contact between X and Y. A held talks with B. The two
    // sides signed ...").
    for (size_t k : sides_) {
      Arg& a = args_[k];
      const std::vector<int> met = LastMeetingParties();
      const bool just_met = !met.empty() && doc_.relations[last_meeting_].sentence + 1 >= s_;
      const bool states_act = p == Predicate::kSigned || p == Predicate::kCooperatesWith;
      bool pair_reading = states_act && !a.pair.empty() && !just_met;
      a.entities = pair_reading ? a.pair : met;
      // The two sides that sign are the states the two who met serve.
      if (states_act && just_met && !a.sides_people) {
        std::vector<int> states = CountriesOf(met);
        if (states.size() == 2 && states[0] != states[1]) a.entities = std::move(states);
      }
      if (a.entities.empty()) a.entities = a.pair;
    }
    std::vector<int> agents, targets;
    std::vector<int> subject_group;  // the whole subject, where a pair was split into agent and target
    bool split_pair = false;         // a symmetric act's subject group, to split if it has no object
    std::string how;
    size_t target_end = te;

    // "was greeted in Lima by X", "was summoned on Saturday evening by X": a
    // time or a place may stand before the agent.
    size_t agent_by = te;
    while (trig.passive && agent_by < e_ && in_time_[agent_by - b_]) ++agent_by;
    if (trig.passive && agent_by + 2 < e_ && (L(agent_by) == "in" || L(agent_by) == "at")) {
      if (const int place = ArgStartingAt(agent_by + 1);
          place >= 0 && TargetTypeFits(Predicate::kVisited, args_[static_cast<size_t>(place)].type) &&
          args_[static_cast<size_t>(place)].te < e_ && L(args_[static_cast<size_t>(place)].te) == "by") {
        agent_by = args_[static_cast<size_t>(place)].te;
      }
    }
    bool passive = trig.passive && agent_by < e_ && L(agent_by) == "by";
    // "X's ambassador was summoned to the foreign ministry": no agent named;
    // an envoy is summoned by the government of the country of the posting.
    // A verb that always takes an object, with none after it and an actor
    // before it, is a passive without its auxiliary, as headlines write
    // them ("EU envoys summoned as Beijing retaliates").
    const bool reduced_passive = trig.transitive && !passive && ts > b_ && L(ts).ends_with("ed") &&
                                 (te >= e_ || ClauseBoundaryAt(te) || IsBoundaryPunct(L(te)));
    // "was Saturday summoned": a date may stand between auxiliary and participle.
    size_t aux = ts;
    while (aux > b_ + 1 && in_time_[aux - 1 - b_]) --aux;
    const bool agentless_summons =
        // ("Ambassador X was démarched": a protest delivered the same way.)
        (p == Predicate::kSummoned || (p == Predicate::kProtestedTo && trig.transitive)) && !passive && aux > b_ &&
        (L(aux - 1) == "was" || L(aux - 1) == "were" || L(aux - 1) == "been" ||
         (reduced_passive && ArgEndingAt(ts) >= 0));
    if (reduced_passive && !agentless_summons) return;
    // "an agreement signed on January 1 between A and B": the participle
    // describes the agreement; the parties follow "between".
    const std::vector<int> participle_signers =
        p == Predicate::kSigned && !passive && ts > b_ && ArgEndingAt(ts) >= 0 ? SignersBetweenAfter(te)
                                                                               : std::vector<int>{};
    // "hosting the talks between A and B": a host of a meeting meets no one
    // by hosting it; the meeting itself is read where it is named.
    if (trig.guest_visits) {
      const size_t object = te < e_ && IsNounMarker(te) ? te + 1 : te;
      // "welcomed the decision by X": an act is welcomed, not its doer.
      if (object < e_ && Has(object, Word::kActNoun)) return;
      std::vector<size_t> readings;
      if (const size_t length = object < e_ ? MatchTriggers(object, &readings) : 0;
          length > 0 && std::any_of(readings.begin(), readings.end(), [&](size_t r) {
            return lex_.triggers[r].noun && lex_.triggers[r].predicate == Predicate::kMetWith;
          })) {
        // "received a phone call (on Tuesday) from X": the caller meets the host.
        size_t from = object + length;
        while (from < e_ && (in_time_[from - b_] || (from + 1 < e_ && PrepositionAt(from) && time_starts_[from + 1 - b_]))) {
          ++from;
        }
        if (from + 1 < e_ && L(from) == "from") {
          const std::vector<int> callers = FirstGroupRight(from + 1, 6, p, false);
          const bool remote = std::any_of(readings.begin(), readings.end(), [&](size_t r) { return lex_.triggers[r].remote; });
          for (int host : AgentOfVerb(ts, nullptr)) {
            for (int caller : callers) {
              if (host == caller) continue;
              Emit(p, host, caller, current_date_, -1, trig.confidence, trig.id + "/call-from");
              doc_.relations.back().remote = remote;
            }
          }
        }
        return;
      }
    }
    if (trig.transitive && !passive && !agentless_summons && participle_signers.empty() && te < e_ &&
        PrepositionAt(te) && L(te) != "by" && MannerPhraseEnd(te) == te) {
      // "Ghali was received in Spain": a guest received somewhere came there.
      if (trig.guest_visits && L(te) == "in" && te + 1 < e_ && ts >= b_ + 2 &&
          (L(ts - 1) == "was" || L(ts - 1) == "were")) {
        const int guest = ArgEndingAt(ts - 1);
        const int where = ArgStartingAt(te + 1);
        if (guest >= 0 && where >= 0 && args_[static_cast<size_t>(guest)].type == EntityType::kPerson &&
            TargetTypeFits(Predicate::kVisited, args_[static_cast<size_t>(where)].type)) {
          const int to = TargetEntities(args_[static_cast<size_t>(where)], Predicate::kVisited)[0];
          for (int g : args_[static_cast<size_t>(guest)].entities) {
            if (doc_.entities[static_cast<size_t>(g)].country != to) {
              Emit(Predicate::kVisited, g, to, current_date_, -1, trig.confidence * 0.8, trig.id + "/received-in");
            }
          }
        }
      }
      return;
    }
    if (agentless_summons) {
      const bool auxiliary = L(aux - 1) == "was" || L(aux - 1) == "were" || L(aux - 1) == "been";
      // ("The ambassador, X, was summoned": the apposition's closing comma.)
      const size_t before = auxiliary && aux >= b_ + 3 && L(aux - 2) == "," ? aux - 2 : aux - 1;
      const int a = !auxiliary ? ArgEndingAt(ts) : before >= b_ + 1 ? ArgEndingAt(before) : -1;
      if (a < 0 || !TargetTypeFits(p, args_[static_cast<size_t>(a)].type)) return;
      targets = args_[static_cast<size_t>(a)].entities;
      for (int envoy : targets) {
        if (const int host = HostOf(envoy); host >= 0) agents = {host};
      }
      // "was summoned to the Philippine Foreign Ministry": whose ministry it is summons.
      if (te + 1 < e_ && L(te) == "to") {
        int body = ArgStartingAt(te + 1);
        if (body < 0 && te + 2 < e_ && L(te + 1) == "the") body = ArgStartingAt(te + 2);
        // (Not the envoy's own: "the foreign ministry" with no country may
        // have been read as the wrong one's.)
        if (body >= 0 && args_[static_cast<size_t>(body)].type == EntityType::kGovernmentBody) {
          const std::vector<int>& bodies = args_[static_cast<size_t>(body)].entities;
          const bool envoys_own = std::any_of(bodies.begin(), bodies.end(), [&](int b) {
            return std::any_of(targets.begin(), targets.end(), [&](int envoy) {
              return doc_.entities[static_cast<size_t>(b)].country == doc_.entities[static_cast<size_t>(envoy)].country;
            });
          });
          if (!envoys_own) agents = bodies;
        }
      }
      how = "agentless-passive";
    } else if (passive) {
      agents = FirstGroupRight(agent_by + 1, 8, Predicate::kMetWith, false);
      // What was done: the nearest fitting argument to the left, unless the
      // participle describes a plain noun ("..., a position criticized by X").
      // (An agreement may have a long name: "the MoU on the establishment of
      // a joint working group ... signed by X": anywhere in the clause.)
      const size_t reach = p == Predicate::kSigned ? ts - ClauseStart(ts) + 1 : 8;
      for (size_t k = ParticipleModifiesNoun(ts) && p != Predicate::kSigned ? b_ : ts; k > b_ && k + reach > ts; --k) {
        int a = ArgEndingAt(k);
        if (a >= 0 && TargetTypeFits(p, args_[static_cast<size_t>(a)].type)) {
          targets = args_[static_cast<size_t>(a)].entities;
          break;
        }
      }
      how = "passive";
    } else if (std::vector<int> signers;
               !participle_signers.empty() ||
               (p == Predicate::kSigned && aux > b_ + 1 && (L(aux - 1) == "was" || L(aux - 1) == "were") &&
                (signers = Parties(ts, MannerPhraseEnd(te), p)).size() >= 2)) {
      // "Three memoranda were signed on Saturday between Qatar and
      // Pakistan": the parties sign what the clause's subject names.
      agents = participle_signers.empty() ? signers : participle_signers;
      for (size_t k = aux - 1; k > ClauseStart(ts); --k) {
        if (const int a = ArgEndingAt(k); a >= 0 && TargetTypeFits(p, args_[static_cast<size_t>(a)].type)) {
          targets = args_[static_cast<size_t>(a)].entities;
          break;
        }
      }
      how = "passive-between";
    } else if (trig.adjective) {
      // "said it was deplorable that X ...": the speaker's verdict on X.
      size_t next = te < e_ && L(te) == "\"" ? te + 1 : te;
      if (next >= e_ || L(next) != "that") return;
      if (int sp = FindSpeaker(); sp >= 0) agents = {sp};
      how = "speaker-verdict";
    } else if (trig.noun) {
      std::vector<int> parties = trig.between ? Parties(ts, te, p) : std::vector<int>{};
      DropCountriesOfPartyPeople(parties);
      // "on a visit", "on a three-day official visit": adjectives may stand
      // between the article and the noun.
      size_t article = ts;
      while (article > b_ + 1 && article + 5 > ts && !(L(article - 1) == "a" || L(article - 1) == "an" ||
                                                        L(article - 1) == "his" || L(article - 1) == "her") &&
             (toks_[article - 1].IsWord() || L(article - 1) == "-") && !toks_[article - 1].IsCapitalized() &&
             !PrepositionAt(article - 1)) {
        --article;
      }
      bool on_a = article >= b_ + 2 && L(article - 2) == "on" &&
                  (L(article - 1) == "a" || L(article - 1) == "an" || L(article - 1) == "his" ||
                   L(article - 1) == "her");
      size_t reaction = 0;
      if (parties.size() >= 2) {
        agents = {parties[0]};
        targets.assign(parties.begin() + 1, parties.end());
        how = "between";
      } else if (te + 1 < e_ && L(te) == "from" && ReactionBefore(ts, &reaction)) {
        // "North Korea fired a missile, drawing condemnation from Seoul and
        // Tokyo": the ones it comes from act upon the reaction verb's subject.
        agents = FirstGroupRight(te + 1, 8, Predicate::kMetWith, false);
        if (!agents.empty()) targets = AgentOfVerb(reaction, &target_end);
        // "Peru's decision drew criticism from X": whose act it was.
        if (!agents.empty() && targets.empty()) targets = OwnerOfNounEndingAt(reaction);
        how = "reaction-from";
      } else if (bool pair = false; !(agents = Possessor(ts, &pair)).empty()) {
        how = pair ? "possessive-pair-pronoun" : "possessive";
      } else if (on_a) {
        agents = SubjectLeftOf(ts);  // "X, who was on a state visit to Y"
        // "X flagged a treaty with Australia on a visit to Canberra": the
        // phrase is the clause's; its subject travelled, not the nearest actor.
        if (std::vector<int> opening = ClauseOpeningSubject(ClauseStart(ts), ts);
            !opening.empty() && std::all_of(opening.begin(), opening.end(), [&](int e) {
              return doc_.entities[static_cast<size_t>(e)].type == EntityType::kPerson;
            })) {
          agents = std::move(opening);
        }
        how = "on-a";
      } else if (te + 1 < e_ && L(te) == "by") {
        agents = FirstGroupRight(te + 1, 3, Predicate::kMetWith, false);
        how = "by";
      } else if (size_t by_end = 0; te + 2 < e_ && IsPastParticiple(te) && L(te + 1) == "by" &&
                                    !(agents = FirstGroupRight(te + 2, 4, Predicate::kMetWith, false, &by_end)).empty()) {
        // "the sanctions imposed by the United States against X": the agent
        // after the participle, the target after it.
        for (const std::string& prep : trig.prepositions) {
          if (by_end < e_ && L(by_end) == prep) {
            targets = FirstGroupRight(by_end + 1, 7, p, false, &target_end, true);
            break;
          }
        }
        how = "by-participle";
      } else if (size_t visitor_end = 0;
                 p == Predicate::kVisited && te + 1 < e_ && L(te) == "of" &&
                 !(agents = FirstGroupRight(te + 1, 8, Predicate::kMetWith, false, &visitor_end)).empty()) {
        // "the visit of Iranian President X to Beijing": the visitor, then where.
        if (visitor_end < e_ && (L(visitor_end) == "to" || L(visitor_end) == "in")) {
          targets = FirstGroupRight(visitor_end + 1, 3, p, false, &target_end);
        }
        if (targets.empty()) agents.clear();
        how = "of-visitor";
      } else if (size_t gend = 0; !trig.prepositions.empty() && !AfterPreposition(te, trig, &gend).empty() &&
                                  gend + 1 < e_ && L(gend) == "by") {
        // "a visit to Hanoi by Chinese President Xi": the agent after the target.
        agents = FirstGroupRight(gend + 1, 6, Predicate::kMetWith, false);
        how = "by-after-target";
      } else if (const size_t to = p == Predicate::kProtestedTo ? PassiveGivenTo(te) : 0; to > 0) {
        // "the ministry said a protest was delivered to the US ambassador":
        // handed over by whoever says so.
        if (const int speaker = FindSpeaker(); speaker >= 0) agents = {speaker};
        targets = FirstGroupRight(to, 6, p, false, &target_end);
        how = "passive-given-to";
      } else if (const size_t by = PassiveLightVerbBy(te); by > 0) {
        // "New sanctions were imposed by the EU on Iran": the agent after "by".
        agents = FirstGroupRight(by + 1, 6, Predicate::kMetWith, false);
        how = "passive-light-verb";
      } else if (size_t verb = 0; LightVerbBefore(ts, &verb)) {
        // "called on the EU to impose tougher sanctions": the light verb's
        // own modality or directive governs the act it supports.
        if (verb > b_ && Irrealis(verb)) return;
        agents = AgentOfVerb(verb, &target_end);
        how = "light-verb";
        // "A and B held consultations": with no one named after, each other
        // (not so when "with" names someone no mention stands for).
        split_pair = Info(p).symmetric && agents.size() >= 2 && !trig.topic && !(te < e_ && L(te) == "with");
      } else if (trig.between) {
        agents = AgentOfVerb(ts, &target_end);
        // "X visited Manila for talks with Y": the nearest actor is where
        // the visit went, a place; the clause's subject holds the talks.
        // ("warned Moscow against cooperation with Y": Moscow would cooperate.)
        size_t group_start = 0;
        if (!agents.empty() && agents == SubjectLeftOf(ts, &group_start) && VisitEndsAt(group_start)) {
          agents = ClauseOpeningSubject(ClauseStart(group_start), group_start);
        }
        how = "clause-subject";
        // "the two countries agreed on industrial cooperation": a pair as
        // the clause's subject, with no one named after, together.
        split_pair = p == Predicate::kCooperatesWith && agents.size() == 2 && !trig.topic;
        // Leaders who discuss cooperation speak of their countries'.
        if (split_pair) {
          if (std::vector<int> countries = CountriesOf(agents); countries.size() == 2 && countries[0] != countries[1]) {
            agents = std::move(countries);
          }
        }
        // "A and B discussed the war in Syria during a phone call": the
        // circumstance of the clause's own act, whose subject holds it (not
        // an actor in its object); with no one named after, together.
        if (CircumstanceBefore(ts)) {
          if (std::vector<int> opening = ClauseOpeningSubject(ClauseStart(ts), ts); !opening.empty()) {
            agents = std::move(opening);
          }
          split_pair = Info(p).symmetric && agents.size() >= 2 && !trig.topic;
        }
      }
      // "their meeting": a pair possessor names both parties.
      if (how.rfind("possessive", 0) == 0 && agents.size() >= 2 && Info(p).symmetric) {
        targets.assign(agents.begin() + 1, agents.end());
        agents.resize(1);
      }
    } else {
      agents = AgentOfVerb(ts, &target_end);
      how = "subject";
      // "A and B met", "A and B agreed": the parties of a symmetric act,
      // unless the act has an object of its own ("A and B met C").
      // "A and his counterpart B discussed X": two people discussing talk with
      // each other; two countries may discuss a third.
      const bool two_people = agents.size() == 2 &&
                              doc_.entities[static_cast<size_t>(agents[0])].type == EntityType::kPerson &&
                              doc_.entities[static_cast<size_t>(agents[1])].type == EntityType::kPerson;
      split_pair = (p == Predicate::kAgreedWith || p == Predicate::kCooperatesWith || p == Predicate::kMetWith ||
                    trig.mutual) &&
                   agents.size() >= 2 && (!trig.topic || two_people);
    }
    if (agents.empty() && !trig.noun && OpenedByIt(ts)) {
      // "The EU condemned X. It called on Y ...": the body that acted last.
      agents = LastBodyAgent();
      how = "it";
    }
    if (agents.empty() && !trig.noun) {
      agents = ReportedIt(ts);
      if (!agents.empty()) how = "reported-it";
    }
    if (agents.empty() && !trig.noun && OpenedByAdoptedText(ts)) {
      // "The resolution also called on Tehran ...": the body that adopted it.
      agents = AdoptingBody();
      how = "adopted-text";
    }
    if (agents.empty() && quoted_[ts - b_] && !trig.noun) {
      // Inside a quote with no subject of its own: the speaker speaks.
      if (int sp = FindSpeaker(); sp >= 0) agents = {sp}, how = "speaker";
    }
    if (agents.empty() && !trig.noun &&
        (OpensSentence(ts) || (ts == b_ + 1 && IsParticiple(ts) && ClauseBoundaryAt(b_)))) {
      // "Attending a session in New York, Cho said ...": the main clause's subject.
      agents = MainSubjectAfter(te);
      how = "participle";
    }
    if (agents.empty() && trig.noun && InOpeningPhrase(ts)) {
      // "In a phone call with X, Biden ...": the main clause's subject holds it.
      agents = MainSubjectAfter(te);
      how = "opening-phrase";
      // "In a telephone call on Sunday, Macron urged Netanyahu ...": with no
      // one named in the phrase, the call was with whom the main verb acts on.
      if (p == Predicate::kMetWith && !agents.empty() && AfterPreposition(te, trig, nullptr).empty()) {
        targets = MainVerbObject(next_comma_[te - b_]);
        if (!targets.empty()) how = "opening-phrase+main-object";
      }
    }
    if (agents.empty() && trig.noun && p == Predicate::kVisited) {
      // "X has returned to Abuja following a three-day visit to Y": a visit
      // after a time preposition is the clause subject's.
      size_t k = ts;
      while (k > b_ && k + 6 > ts && !toks_[k - 1].IsCapitalized() && !PrepositionAt(k - 1) &&
             !ClauseBoundaryAt(k - 1) && L(k - 1) != "following" && L(k - 1) != ",") {
        --k;
      }
      if (k > b_ + 1 && (L(k - 1) == "following" || L(k - 1) == "after" || L(k - 1) == "during")) {
        agents = SubjectLeftOf(k - 1);
        how = "time-clause-subject";
      }
    }
    if (agents.empty() && trig.noun && p == Predicate::kSanctioned && OpenedBySanctions(ts)) {
      // "The freshly imposed measures include asset freezes targeting X":
      // the sanctions the story told of, by whoever imposed them.
      agents = LastSanctioner();
      how = "sanctions-told-before";
    }
    // "summoned the Spanish envoy in protest of ...", "summoned X and
    // handed him a protest note": the protest goes to the one summoned.
    // "Algeria withdrew its ambassador to Spain in protest against ...":
    // calling an envoy home in protest protests to the country of the posting.
    if (p == Predicate::kProtestedTo && trig.noun && ts > b_ && L(ts - 1) == "in") {
      if (const auto [own, host] = RecalledEnvoyBefore(ts); host >= 0) {
        agents = {own};
        targets = {host};
        how = "recall-protest";
      }
    }
    if (p == Predicate::kProtestedTo && trig.noun && !Equals(how, "recall-protest")) {
      std::vector<int> summoners, summoned;
      for (size_t r = doc_.relations.size(); r-- > 0 && doc_.relations[r].sentence == s_;) {
        const Relation& rel = doc_.relations[r];
        if (rel.predicate != Predicate::kSummoned) continue;
        if (!summoned.empty() && rel.object != summoned.back()) break;  // the last summons only
        summoners.push_back(rel.subject);
        summoned.push_back(rel.object);
      }
      bool to_someone = false;
      for (const std::string& prep : trig.prepositions) to_someone |= te < e_ && L(te) == prep;
      // (The one summoned, the nearest actor before "and handed", is no agent.)
      const bool same_agent = agents.empty() || std::all_of(agents.begin(), agents.end(), [&](int a) {
        return std::find(summoners.begin(), summoners.end(), a) != summoners.end() ||
               std::find(summoned.begin(), summoned.end(), a) != summoned.end();
      });
      if (!summoned.empty() && !to_someone && same_agent) {
        std::sort(summoners.begin(), summoners.end());
        summoners.erase(std::unique(summoners.begin(), summoners.end()), summoners.end());
        agents = summoners;
        targets = {summoned.back()};
        how = "summons-protest";
      }
    }
    if (agents.empty() && p == Predicate::kSummoned && !trig.noun && !passive) {
      // "The government has summoned the Ghanaian ambassador": with no one
      // resolved to summon, the host of the envoy summoned does.
      const std::vector<int> envoys = FirstGroupRight(te, 8, p, false, nullptr, true);
      const std::vector<int> own = CountriesOf(envoys);
      for (int envoy : envoys) {
        // (A host that is one of the envoys' own countries was guessed wrong.)
        if (const int host = HostOf(envoy); host >= 0 && std::find(own.begin(), own.end(), host) == own.end()) {
          agents = {host};
          how = "envoys-host";
        }
      }
    }
    if (agents.empty()) return;

    if (targets.empty()) {
      for (TargetSlot slot : trig.slots) {
        size_t gend = 0;
        if (slot == TargetSlot::kDirect) {
          // "arrived in X", "was in X": a form ending in a preposition takes
          // what follows it ("was in touch with Canadian partners" visits nothing).
          const size_t reach = PrepositionAt(te - 1) ? 2 : 15;
          // "met in Prague": a preposition the form does not end with opens
          // no direct object; the preposition slot reads "met with X". ("was
          // received by X" names the other party, as a passive does.)
          if (!PrepositionAt(te - 1) && te < e_ && PrepositionAt(te) && L(te) != "by" && MannerPhraseEnd(te) == te) {
            continue;
          }
          // "warned that Chile would ...": a clause follows, no object, for
          // a trigger that reads its complement.
          if (te < e_ && L(te) == "that" &&
              std::any_of(trig.slots.begin(), trig.slots.end(), [](TargetSlot s) {
                return s == TargetSlot::kLooseComplement || s == TargetSlot::kComplement;
              })) {
            continue;
          }
          bool plain_object = false;
          targets = FirstGroupRight(MannerPhraseEnd(te), reach, p, false, &gend, true, &plain_object);
          // "blamed the shooting on X": the party comes after the object.
          if (plain_object && !trig.object_preposition.empty()) {
            for (size_t t = te + 1; t + 1 < e_ && t < te + 10; ++t) {
              if (ClauseBoundaryAt(t) || IsBoundaryPunct(L(t)) || CoordinatedVerbAt(t)) break;
              if (L(t) == trig.object_preposition) {
                targets = FirstGroupRight(t + 1, 4, p, false, &gend);
                break;
              }
            }
          }
          // "called for dialogue between A and B", "asked for restraint
          // from A", "concerned by the tension between A and B": what a form
          // ending in a preposition takes is of the parties named after it.
          if (targets.empty() && PrepositionAt(te - 1)) targets = PartiesOfObject(te, p, &gend);
          if (plain_object) break;  // the object is said, and is no actor: no other slot applies
        }
        if (slot == TargetSlot::kPreposition) targets = AfterPreposition(te, trig, &gend);
        if (slot == TargetSlot::kLooseComplement) targets = Complement(te, p, agents);
        size_t after = te < e_ && L(te) == "\"" ? te + 1 : te;  // "deplorable" that
        if (slot == TargetSlot::kComplement &&
            (L(te - 1) == "that" || (after < e_ && L(after) == "that"))) {
          targets = Complement(te, p, agents);
        }
        if (!targets.empty()) {
          if (p == Predicate::kSigned) IncludedAgreements(gend, &targets, &gend);
          IncludedMembers(gend, &targets, &gend);
          target_end = std::max(target_end, gend);
          break;
        }
      }
    }
    // "called both leaders, urging them to ...": "them", the object of the
    // same agent's next act, are the parties its last act was upon.
    if (targets.empty() && !trig.noun && te < e_ && L(MannerPhraseEnd(te)) == "them" && last_act_ &&
        !last_act_->passive && last_act_->targets.size() >= 2 && last_act_->agents == agents) {
      targets = last_act_->targets;
      how += "+them";
    }
    // "called X on Tuesday" is a call; "called X a liar" says something of X.
    if (trig.closed_object && (targets.empty() || !ObjectClosedAt(target_end))) return;
    // "called on X to end the war" urges X; "called on X on Monday" visits X.
    if (trig.appeal != AppealNeed::kAny && !targets.empty() &&
        AppealAfter(target_end) != (trig.appeal == AppealNeed::kRequired)) {
      return;
    }
    // "called the ambassador into his office": a summons, not a call.
    if (trig.closed_object && trig.remote && target_end < e_ && L(target_end) == "into") {
      for (int a : agents) {
        for (int t : targets) {
          if (a != t) Emit(Predicate::kSummoned, a, t, current_date_, -1, trig.confidence, trig.id + "/called-into");
        }
      }
      return;
    }
    if (targets.empty() && p == Predicate::kCondemned && !trig.noun) targets = ActorOfActTold(te, agents);
    if (targets.empty() && !trig.noun && !trig.topic) targets = ItBefore(ts, te, agents);
    if (targets.empty() && Equals(how, "light-verb") && p == Predicate::kProtestedTo) {
      // "handed the ambassador of X a strong note of protest": the one the
      // note is handed to stands between the verb and the note.
      targets = RecipientBefore(ts);
    }
    // "A and B welcomed the announcement": an object of their own, though
    // no party, means they did not act upon each other.
    static const WordSet kDeterminers = {"the", "a", "an", "its", "their", "his", "her", "this", "these", "those"};
    bool among_themselves = false;  // "A, B and C met": every two of them
    // (What is discussed is the topic, not such an object.)
    if (targets.empty() && split_pair && (trig.topic || !(te < e_ && kDeterminers.Contains(L(te))))) {
      subject_group = agents;  // "A and B met and signed": both sign
      targets.assign(agents.begin() + 1, agents.end());
      agents.resize(1);
      among_themselves = true;
    }
    if (targets.empty() && p == Predicate::kSigned) {
      // "the treaty inked between A and B", "the pact signed in Y": the agreement before.
      for (size_t k = ts; k > b_ && k + 3 > ts; --k) {
        int a = ArgEndingAt(k);
        if (a >= 0 && args_[static_cast<size_t>(a)].type == EntityType::kAgreement) {
          targets = args_[static_cast<size_t>(a)].entities;
          break;
        }
      }
    }
    if (targets.empty()) {
      // "the agreement ..., which both sides had signed", "the treaty that
      // A and B signed": the antecedent.
      size_t cs = ClauseStart(ts);
      if (!trig.noun && cs > b_ && (L(cs - 1) == "which" || (L(cs - 1) == "that" && p == Predicate::kSigned))) {
        for (size_t k = cs - 1; k > b_ && k + 15 > cs; --k) {
          int a = ArgEndingAt(k);
          // The antecedent heads its phrase: only punctuation or a
          // prepositional phrase follows it ("the agreement between A and B,
          // which"), never another noun ("the Ukraine war -- which").
          bool head = k == cs - 1 || !toks_[k].IsWord() || PrepositionAt(k);
          if (a >= 0 && head && Fits(args_[static_cast<size_t>(a)], p)) {
            targets = TargetEntities(args_[static_cast<size_t>(a)], p);
            how += "+antecedent";
            break;
          }
        }
      }
    }
    if (trig.person_target) {
      std::erase_if(targets, [&](int t) {
        return doc_.entities[static_cast<size_t>(t)].type != EntityType::kPerson;
      });
    }
    if (trig.between && p == Predicate::kSigned && !targets.empty()) {
      // "A signed the treaty with B", "the treaty inked between A and B": B signed too.
      std::vector<int> parties = Parties(ts, te, p);
      if (parties.size() >= 2) agents = parties;
      for (size_t t = target_end; t + 1 < e_ && t < target_end + 3; ++t) {
        if (L(t) == "with") {
          std::vector<int> more = FirstGroupRight(t + 1, 3, Predicate::kMetWith, false);
          agents.insert(agents.end(), more.begin(), more.end());
          break;
        }
      }
    }
    if (targets.empty() && !trig.noun && (p == Predicate::kCondemned || p == Predicate::kExpressedConcernAbout)) {
      // "We condemn this visit", "criticized the sanctions": an act the
      // story reported is condemned in whoever did it.
      targets = ActorsOfActNamedAt(te);
      if (!targets.empty()) how += "+act-named";
    }
    if (targets.empty() && purpose_object_ && !purpose_object_->empty()) {
      targets = *purpose_object_;
      how += "+purpose-object";
    }
    purpose_object_.reset();
    // ("an invitation to visit": a verb that has not happened.)
    if (targets.empty() && p == Predicate::kVisited && trig.noun && ts > b_ && L(ts - 1) != "to") {
      // "PRETORIA - ... at the end of a state visit by Tanzanian President
      // X": a visit going nowhere named went where the story is filed from.
      targets = DatelineHostFor(agents);
      if (!targets.empty()) how += "+dateline";
    }
    if (targets.empty()) {
      // "Iran condemned the killing of X and warned Y": a verb with a subject
      // and no party as object still lends the subject to a coordinated verb.
      if (!trig.noun) last_act_ = LastAct{p, agents, {}, std::max(te, target_end), current_date_};
      if (!trig.noun && !subject_group.empty()) last_act_->agents = subject_group;
      return;
    }

    double confidence = trig.confidence;
    if (doc_.blocks[doc_.sentences[s_].block].kind == BlockKind::kHeadline) confidence *= 0.8;
    if (Equals(how, "speaker") || Equals(how, "clause-subject")) confidence *= 0.9;
    // A purpose clause shares its main verb's date ("summoned X on Tuesday to warn Y").
    std::optional<Date> date = current_date_;
    if (purpose_linked_ && last_act_) {
      if (!date) date = last_act_->date;
      // The sentence's undated relations of that predicate (kept by
      // predicate, so each is dated once rather than every relation of the
      // document looked at again).
      std::vector<size_t>& undated = Undated(last_act_->predicate);
      if (date) {
        for (size_t r : undated) {
          if (!doc_.relations[r].date) doc_.relations[r].date = date;
        }
        undated.clear();
      }
    }
    purpose_linked_ = false;
    int place = p == Predicate::kVisited || trig.topic ? -1 : PlaceAfter(TargetsEnd(te, targets));
    if (place < 0 && p == Predicate::kMetWith) place = OpeningPlace(ts);
    for (int a : agents) {
      for (int t : targets) {
        if (a == t || a < 0 || t < 0) continue;
        if (!AgentTypeFits(doc_.entities[static_cast<size_t>(a)].type)) continue;
        Entity& agent = doc_.entities[static_cast<size_t>(a)];
        // A country only guessed for the target's bare title is refuted when
        // that country acts upon them ("the US sanctioned Interior Minister
        // X" after "the US" was the country around the title).
        if (Entity& target = doc_.entities[static_cast<size_t>(t)];
            ActsUpon(p) && target.country_from_context && target.country >= 0 &&
            target.country == (agent.type == EntityType::kCountry ? a : agent.country)) {
          target.country = -1;
        }
        // An official does not act upon the country they serve ("Lee urged Russia" stays,
        // "Lee urged South Korea" for a South Korean is almost always a misreading).
        // Nor, as diplomacy, upon a compatriot ("the minister called for the
        // Brazilian ambassador to Tel Aviv to return"): that is home affairs.
        const bool own_country = agent.country == t && p != Predicate::kVisited;
        const bool compatriot = ActsUpon(p) && agent.country >= 0 &&
                                agent.country == doc_.entities[static_cast<size_t>(t)].country;
        // Nor does a country meet or deal with its own official: "a visit to
        // Jordan to meet King Abdullah" is the visitor's meeting.
        if (Info(p).symmetric && doc_.entities[static_cast<size_t>(t)].country == a &&
            doc_.entities[static_cast<size_t>(a)].type == EntityType::kCountry) {
          continue;
        }
        if (own_country || compatriot) {
          // A country only guessed for a bare title is what the act refutes
          // (DropRefutedAffiliations removes it at the end).
          if (!agent.country_from_context) continue;
          agent.country = -1;
        }
        // Nor does anyone visit their own country: they return to it.
        if (p == Predicate::kVisited && doc_.entities[static_cast<size_t>(a)].country == t &&
            doc_.entities[static_cast<size_t>(t)].type == EntityType::kCountry) {
          // "X met Y as part of her state visit to Peru", Y Peruvian: the
          // possessive is the clause's subject, X, not the nearest person.
          if (trig.noun && PossessivePronounBefore(ts)) {
            for (int subject : ClauseOpeningSubject(b_, ts)) {
              const Entity& v = doc_.entities[static_cast<size_t>(subject)];
              if (subject != a && v.type == EntityType::kPerson && v.country != t) {
                Emit(p, subject, t, date, place, confidence, trig.id + "/" + how + "+subjects-visit");
              }
            }
          }
          continue;
        }
        Emit(p, a, t, date, place, confidence, trig.id + "/" + how);
        doc_.relations.back().remote = trig.remote;
        if (trig.mutual) Emit(p, t, a, date, place, confidence, trig.id + "/" + how + "+mutual");
      }
    }
    if (among_themselves) {
      for (size_t x = 0; x < targets.size(); ++x) {
        for (size_t y = x + 1; y < targets.size(); ++y) {
          if (targets[x] == targets[y]) continue;
          Emit(p, targets[x], targets[y], date, place, confidence, trig.id + "/" + how);
          doc_.relations.back().remote = trig.remote;
          if (trig.mutual) Emit(p, targets[y], targets[x], date, place, confidence, trig.id + "/" + how + "+mutual");
        }
      }
    }
    if (trig.guest_visits) GuestVisits(agents, targets, target_end, place, date, confidence, trig.id + "/" + how);
    // "summoned X to explain ...": the summons demands an account of X.
    if (p == Predicate::kSummoned && !trig.noun && AccountDemandedAt(std::max(te, target_end))) {
      for (int a : agents) {
        for (int t : targets) Emit(Predicate::kUrged, a, t, date, place, confidence * 0.9, trig.id + "/" + how + "+account");
      }
    }
    // Remember a verb's act for a following purpose clause ("summoned X to
    // warn Y") or a coordinated verb ("urged X ... and called for Y").
    if (!trig.noun) {
      last_act_ = LastAct{p, subject_group.empty() ? agents : subject_group, targets, target_end, date,
                          Equals(how, "passive") || Equals(how, "agentless-passive")};
    }
  }

  void Emit(Predicate p, int subject, int object, std::optional<Date> date, int place, double confidence,
            std::string rule) {
    Relation r;
    r.predicate = p;
    r.subject = subject;
    r.object = object;
    r.sentence = s_;
    r.date = date;
    r.place = place;
    r.confidence = confidence;
    r.rule = std::move(rule);
    if (!r.date) Undated(r.predicate).push_back(doc_.relations.size());
    doc_.relations.push_back(std::move(r));
  }

  // "Xi held talks with visiting Vietnamese Prime Minister X ... in
  // Beijing": the visiting person came to where the clause says, else to
  // the host's country (the clause's subject before `ts`).
  void VisitingGuest(size_t ts, const Arg& guest) {
    int to = -1;
    for (size_t t = guest.te; t + 1 < e_ && to < 0; ++t) {
      if (ClauseBoundaryAt(t) || IsBoundaryPunct(L(t))) break;
      if (L(t) != "in") continue;
      if (const int a = ArgStartingAt(t + 1); a >= 0 && TargetTypeFits(Predicate::kVisited, args_[static_cast<size_t>(a)].type)) {
        to = TargetEntities(args_[static_cast<size_t>(a)], Predicate::kVisited)[0];
      }
    }
    if (to < 0) {
      for (int host : SubjectLeftOf(ts)) {
        const Entity& h = doc_.entities[static_cast<size_t>(host)];
        to = h.type == EntityType::kCountry ? host : h.country;
        if (to >= 0) break;
      }
    }
    if (to < 0) return;
    const int destination_country =
        doc_.entities[static_cast<size_t>(to)].type == EntityType::kCountry ? to : doc_.entities[static_cast<size_t>(to)].country;
    for (int g : guest.entities) {
      if (doc_.entities[static_cast<size_t>(g)].country == destination_country) continue;  // at home
      Emit(Predicate::kVisited, g, to, current_date_, -1, 0.7, "visit-verb/visiting-guest");
    }
  }

  // "X received Y", "X welcomed Y to Canberra": the guests came, to where
  // the text says or else to the host's country. (A meeting with a place
  // is a visit there by Infer.)
  void GuestVisits(const std::vector<int>& hosts, const std::vector<int>& guests, size_t guests_end, int place,
                   std::optional<Date> date, double confidence, const std::string& rule) {
    int destination = -1;
    if (guests_end + 1 < e_ && L(guests_end) == "to") {
      if (const int a = ArgStartingAt(guests_end + 1); a >= 0) {
        const Arg& arg = args_[static_cast<size_t>(a)];
        if (TargetTypeFits(Predicate::kVisited, arg.type)) destination = TargetEntities(arg, Predicate::kVisited)[0];
      }
    }
    if (destination < 0 && place >= 0) return;
    auto country_of = [&](int e) {
      const Entity& entity = doc_.entities[static_cast<size_t>(e)];
      return entity.type == EntityType::kCountry ? e : entity.country;
    };
    for (int guest : guests) {
      const Entity& g = doc_.entities[static_cast<size_t>(guest)];
      if (g.type != EntityType::kPerson) continue;
      // An envoy received by the government of the country of their posting
      // lives there; the reception is no visit.
      if (const int posted = HostOf(guest); posted >= 0) {
        bool at_post = false;
        for (int host : hosts) at_post |= country_of(host) == posted;
        if (at_post) continue;
      }
      int to = destination;
      for (int host : hosts) {
        if (to >= 0) break;
        const int home = country_of(host);
        if (home >= 0 && g.country >= 0 && g.country != home) to = home;
      }
      if (to < 0 || country_of(to) == g.country) continue;
      Emit(Predicate::kVisited, guest, to, date, -1, confidence * 0.8, rule + "+guest-visits");
    }
  }

  // "X said in Madrid", "X, speaking in Madrid,": where someone spoke they
  // were, and a foreign city they were in they visited.
  void SpokeIn() {
    for (size_t t = b_; t + 2 < e_; ++t) {
      if (!Has(t, Word::kSpeechVerb) || L(t + 1) != "in") continue;
      const int where = ArgStartingAt(t + 2);
      if (where < 0) continue;
      const Arg& place = args_[static_cast<size_t>(where)];
      const int city = place.type == EntityType::kCity ? place.entities[0] : place.city;
      if (city < 0) continue;
      const int city_country = doc_.entities[static_cast<size_t>(city)].country;
      for (int speaker : SubjectLeftOf(t)) {
        const Entity& person = doc_.entities[static_cast<size_t>(speaker)];
        if (person.type != EntityType::kPerson || person.country < 0 || city_country < 0 ||
            person.country == city_country) {
          continue;
        }
        Emit(Predicate::kVisited, speaker, city, std::nullopt, -1, 0.6, "spoke-in");
      }
    }
  }

  // The agent of a verb at `verb`: its subject, with purpose and control
  // clauses ("summoned X to warn Y": the summoner warns; "urged X to halt
  // cooperation": X cooperates).
  std::vector<int> AgentOfVerb(size_t verb, size_t* /*target_end*/) {
    size_t k = verb;
    while (k > b_ && toks_[k - 1].IsWord() && L(k - 1).size() > 2 && L(k - 1).ends_with("ly")) {
      --k;  // adverbs: "to immediately halt"
    }
    // "went to visit Lima and to ask X": a second infinitive shares the first's doer.
    if (k > b_ + 1 && L(k - 1) == "to" && L(k - 2) == "and" && last_act_ && !last_act_->agents.empty() &&
        !last_act_->passive && last_act_->predicate != Predicate::kUrged) {
      return last_act_->agents;
    }
    if (k > b_ && L(k - 1) == "to" && last_act_ && PurposeGap(last_act_->object_end, k - 1)) {
      purpose_linked_ = true;
      if (last_act_->predicate == Predicate::kUrged) return last_act_->targets;
      purpose_object_ = last_act_->targets;
      return last_act_->agents;
    }
    // "urged X to halt ... and called for Y": a coordinated verb shares the
    // subject ("X was summoned and met Y": the passive's subject, X).
    if (k > b_ && L(k - 1) == "and" && last_act_ && !last_act_->agents.empty() &&
        last_act_->object_end < k) {
      return last_act_->passive ? last_act_->targets : last_act_->agents;
    }
    // "X held talks with Y, a day after meeting Z": a participle opening a
    // time clause shares the main clause's subject.
    if (k > b_ && IsParticiple(verb) && (L(k - 1) == "after" || L(k - 1) == "before" || L(k - 1) == "while" ||
                                         L(k - 1) == "since" || L(k - 1) == "when")) {
      // "X said after hosting Y": the one who spoke.
      for (size_t t = k - 1; t > b_ && t + 6 > k; --t) {
        if (!Has(t - 1, Word::kSpeechVerb)) continue;
        if (std::vector<int> speaker = SubjectLeftOf(t - 1); !speaker.empty()) return speaker;
        break;
      }
      if (last_act_ && !last_act_->agents.empty()) return last_act_->agents;
      if (k - 1 > b_) return ClauseOpeningSubject(b_, k - 1);
      // "After meeting X, Y flew ...": the main clause follows (MainSubjectAfter).
    }
    if (std::vector<int> joint = ComitativeSubject(k, nullptr); !joint.empty()) return joint;
    if (std::vector<int> joint = BareComitativeSubject(k); !joint.empty()) return joint;
    // "X's controversial remarks accusing Y of ...": what X said acts.
    if (k > b_ + 2 && IsParticiple(verb) && Has(k - 1, Word::kUtteranceNoun)) {
      for (size_t t = k - 1; t > b_ && t + 4 > k; --t) {
        if (L(t - 1) != "'s" && L(t - 1) != "'") continue;
        if (const int owner = ArgEndingAt(t - 1); owner >= 0 && AgentTypeFits(args_[static_cast<size_t>(owner)].type)) {
          return args_[static_cast<size_t>(owner)].entities;
        }
        break;
      }
    }
    // "Somalia recalled its envoy, accusing Kenya of ...": a participle after
    // a comma has the clause's subject, not the nearest actor before it.
    if (k > b_ + 1 && L(k - 1) == "," && IsParticiple(verb)) {
      const size_t cs = ClauseStart(k - 1);
      std::vector<int> opening = ClauseOpeningSubject(cs, k - 1);
      if (!opening.empty()) return opening;
      // "X noted that such measures are illegal, urging Y": a reported
      // clause that names no actor; the one who reports it acts.
      if (cs > b_ && L(cs - 1) == "that") {
        if (std::vector<int> speaker = SpeakerOfReportedClause(k - 1); !speaker.empty()) return speaker;
      }
    }
    // "X welcomed the talks but urged Y": "but" joins a second predicate of
    // the same subject, though it ends the walk for everything else.
    if (k > b_ + 1 && L(k - 1) == "but" && toks_[verb].IsWord() && !toks_[verb].IsCapitalized()) {
      std::vector<int> shared = SubjectLeftOf(k - 1);
      if (!shared.empty()) return shared;
    }
    // "X said Moscow would respond and warned Berlin", "X said on Monday
    // that the ship had intruded and warned Manila": a past-tense verb
    // cannot share the reported clause's modal or perfect, so it is said
    // of the one who spoke, not of the reported clause's subject.
    if (k > b_ && L(k - 1) == "and" && L(verb).ends_with("ed")) {
      if (std::vector<int> speaker = SpeakerOfReportedClause(k - 1); !speaker.empty()) return speaker;
    }
    size_t group_start = 0;
    std::vector<int> subject = SubjectLeftOf(verb, &group_start);
    // "The two ministers discussed the war in Sudan and signed ...": the
    // nearest actor sits in a prepositional phrase of the first verb's
    // object; the coordinated verb shares the clause's opening subject.
    // So does a verb after a comma ("EU agrees sanctions on Russia, warns
    // Belarus"), and when no actor opens the clause there is no agent.
    // Likewise when the nearest actor is the first verb's direct object
    // ("would not condemn Pakistan and warned Nepal").
    // ("paid visits to A, President B, held talks with C": the last of a
    // list after the first verb's preposition.)
    if (k > b_ && L(k - 1) == "," && !subject.empty()) group_start = CommaListStart(group_start);
    // ("clashes between the Republic of A and ...": past the article.)
    const size_t phrase_start = group_start > b_ + 1 && L(group_start - 1) == "the" ? group_start - 1 : group_start;
    if (k > b_ && (L(k - 1) == "and" || L(k - 1) == ",") && !subject.empty() && phrase_start > b_ &&
        (PrepositionAt(phrase_start - 1) || VerbEndsAt(group_start))) {
      // "X deplores the violation amid clashes between A and B, calls on
      // ...": a phrase opened by "amid" is no clause with a subject of its own.
      size_t cs = ClauseStart(k - 1);
      std::vector<int> opening = ClauseOpeningSubject(cs, group_start);
      while (opening.empty() && cs > b_ + 1 && (L(cs - 1) == "amid" || L(cs - 1) == "despite")) {
        cs = ClauseStart(cs - 1);
        opening = ClauseOpeningSubject(cs, group_start);
      }
      // ("condemned the aggression against X and called on Y": X, in the
      // first object's phrase, is no subject, named or not.)
      if (!opening.empty() || L(k - 1) == "," || PrepositionAt(group_start - 1)) return opening;
    }
    // "Spain recalled its ambassador on Tuesday to demand an apology from
    // X": a purpose after the subject's own envoy is the subject's.
    if (k > b_ && L(k - 1) == "to" && !subject.empty() && group_start > b_ + 1 &&
        (L(group_start - 1) == "its" || L(group_start - 1) == "their")) {
      std::vector<int> opening = ClauseOpeningSubject(ClauseStart(group_start), group_start - 1);
      if (!opening.empty()) return opening;
    }
    // "X rejected India's allegations and urged Y": the walk stopped at a
    // possessor in the first verb's object; the clause's subject acts.
    if (subject.empty() && k > b_ + 1 && L(k - 1) == "and") return ClauseOpeningSubject(ClauseStart(k - 1), k - 1);
    // "X sent a letter to the Security Council rejecting Y's policies": a
    // participle right after a prepositional object is the clause
    // subject's act, not that object's. ("With Beijing imposing sanctions":
    // after "with", the object is the participle's subject.)
    if (!subject.empty() && k == verb && IsParticiple(verb) && group_start > b_ + 1) {
      size_t before = group_start - 1;
      if (IsNounMarker(before) && before > b_) --before;
      if (PrepositionAt(before) && L(before) != "with" && L(before) != "without" && L(before) != "amid") {
        std::vector<int> opening = ClauseOpeningSubject(ClauseStart(before), before);
        if (!opening.empty()) return opening;
      }
    }
    return subject;
  }

  // The subject of the speech verb whose reported clause runs up to `end`
  // ("X said [on Monday] [that] Y would ..."), when that clause holds a
  // modal or a perfect ("had", "has"); empty otherwise.
  std::vector<int> SpeakerOfReportedClause(size_t end) const {
    static constexpr int kMaxDepth = 3;
    size_t cs = ClauseStart(end);
    // "X said it is regrettable to learn that a brick was thrown, and urged
    // Y": the reported clause may hold clauses of its own; out through them
    // to the one the speech verb opens.
    for (int depth = 1; depth < kMaxDepth && cs > b_ + 1 && L(cs - 1) == "that" && !Has(cs - 2, Word::kSpeechVerb) &&
                        !in_time_[cs - 2 - b_];
         ++depth) {
      cs = ClauseStart(cs - 1);
    }
    bool tensed = false;
    for (size_t t = cs; t < end; ++t) {
      tensed |= Has(t, Word::kModal) || L(t) == "had" || L(t) == "has" || L(t) == "have" || L(t) == "is" ||
                L(t) == "are";
    }
    if (!tensed) return {};
    // Back from the clause over "that" and a time phrase to the speech verb.
    size_t speech = cs;
    while (speech > b_ && (L(speech - 1) == "that" || in_time_[speech - 1 - b_])) --speech;
    if (speech == b_ || !Has(speech - 1, Word::kSpeechVerb)) {
      // A reported clause with no "that" starts at its subject, not at a
      // clause boundary: look for the speech verb just before an actor.
      for (size_t t = cs; t + 1 < end; ++t) {
        if (!Has(t, Word::kSpeechVerb)) continue;
        size_t first = t + 1;
        while (first < end && (L(first) == "that" || in_time_[first - b_])) ++first;
        if (ArgStartingAt(first) >= 0 || (first < end && (L(first) == "the" || L(first) == "it"))) {
          return SubjectLeftOf(t);
        }
      }
      return {};
    }
    return SubjectLeftOf(speech - 1);
  }

  // The actor group that opens the clause at cs (after at most two words
  // such as "the two", or a capitalized title: "Indian Foreign Minister"),
  // ending before `before`; empty when none.
  std::vector<int> ClauseOpeningSubject(size_t cs, size_t before) const {
    // "In response, the ministry ...", "On Sunday, X ...": an opening phrase
    // set off by a comma, with no actor in it, comes before the subject.
    for (size_t t = cs; t < cs + 6 && t + 1 < before; ++t) {
      if (ArgStartingAt(t) >= 0 || !(toks_[t].IsWord() || L(t) == ",")) break;
      if (L(t) == "," && t > cs) {
        cs = t + 1;
        break;
      }
    }
    for (size_t t = cs; t < cs + kTitleReach && t < before; ++t) {
      const int a = ArgStartingAt(t);
      if (a < 0) {
        if (t >= cs + 2 && !toks_[t].IsCapitalized()) return {};
        continue;
      }
      const Arg& arg = args_[static_cast<size_t>(a)];
      if (arg.te >= before || !AgentTypeFits(arg.type)) return {};
      // "Brazil's Lula meets Xi, signs ...": the possessed actor opens it.
      if (arg.te + 1 < before && (L(arg.te) == "'s" || L(arg.te) == "'")) {
        if (const int owned = ArgStartingAt(arg.te + 1);
            owned >= 0 && AgentTypeFits(args_[static_cast<size_t>(owned)].type)) {
          auto [lo, hi] = GroupAround(static_cast<size_t>(owned));
          return Entities(lo, hi, true);
        }
      }
      auto [lo, hi] = GroupAround(static_cast<size_t>(a));
      return Entities(lo, hi, true);
    }
    return {};
  }

  // "condemns in the strongest terms X", "in no uncertain terms": a manner
  // phrase between a verb and its object; where the object starts (t when
  // no such phrase starts at t).
  // Likewise a date set between them ("summoned on Thursday, 21st July,
  // 2022, the Turkish ambassador"), and the commas around it.
  size_t MannerPhraseEnd(size_t t) const {
    if (t < e_ && in_time_[t - b_]) {
      size_t k = t;
      while (k < e_ && (in_time_[k - b_] || L(k) == ",")) ++k;
      return k < e_ && k > t ? k : t;
    }
    if (t >= e_ || L(t) != "in") return t;
    for (size_t k = t + 1; k < e_ && k < t + 6; ++k) {
      if (L(k) == "terms") return k + 1;
      if (!toks_[k].IsWord()) break;
    }
    return t;
  }

  // "during a meeting", "at talks", "in a phone call": the noun at ts is
  // where the clause's act took place, not its object.
  bool CircumstanceBefore(size_t ts) const {
    size_t k = ts;
    if (k > b_ && (L(k - 1) == "a" || L(k - 1) == "an" || L(k - 1) == "the")) --k;
    return k > b_ && (L(k - 1) == "during" || L(k - 1) == "at" || L(k - 1) == "in");
  }

  // "a position criticized by X": the word before the passive participle at
  // ts (past adverbs) is a noun of no mention, not an auxiliary or a comma.
  bool ParticipleModifiesNoun(size_t ts) const {
    static const WordSet kAuxiliaries = {"was", "were", "been", "be", "being", "is", "are", "am", "get", "got"};
    size_t k = ts;
    while (k > b_ && L(k - 1).size() > 2 && L(k - 1).ends_with("ly")) --k;
    if (k == b_ || !toks_[k - 1].IsWord() || kAuxiliaries.Contains(L(k - 1))) return false;
    return ArgEndingAt(k) < 0 && !ClauseBoundaryAt(k - 1) && !toks_[k - 1].IsCapitalized();
  }

  // A verb just before token t (after at most a determiner): a trigger verb
  // occurrence, or a lower-case past-tense word ("praised the EU").
  bool VerbEndsAt(size_t t) const {
    if (t > b_ && (L(t - 1) == "the" || L(t - 1) == "a" || IsPossessivePronoun(t - 1))) --t;
    if (t <= b_) return false;
    const size_t v = t - 1;
    if (toks_[v].IsWord() && !toks_[v].IsCapitalized() && L(v).size() > 4 && L(v).ends_with("ed")) return true;
    return std::any_of(occurrences_.begin(), occurrences_.end(),
                       [&](const Occurrence& o) { return !o.noun && o.te == t; });
  }

  // A visit verb just before token t ("visited", "travelled to").
  bool VisitEndsAt(size_t t) const {
    return std::any_of(occurrences_.begin(), occurrences_.end(), [&](const Occurrence& o) {
      const std::span<const size_t> readings = Readings(o);
      return !o.noun && o.te == t && std::any_of(readings.begin(), readings.end(), [&](size_t r) {
               return lex_.triggers[r].predicate == Predicate::kVisited;
             });
    });
  }

  bool IsParticiple(size_t t) const {
    return toks_[t].IsWord() && !toks_[t].IsCapitalized() && L(t).size() > 4 && L(t).ends_with("ing");
  }

  // For a direct object at t that is a determiner and the noun of an act
  // the story reported ("this [visit]", "the sanctions"): the actors of the
  // latest such act in this sentence or the three before; else none.
  std::vector<int> ActorsOfActNamedAt(size_t t) const {
    size_t k = t;
    while (k < e_ && k < t + 3 && (L(k) == "[" || L(k) == "\"")) ++k;
    if (k >= e_ || !(L(k) == "this" || L(k) == "the" || L(k) == "that" || L(k) == "these")) return {};
    ++k;
    while (k < e_ && (L(k) == "[" || L(k) == "\"")) ++k;
    std::vector<size_t> readings;
    if (k >= e_ || MatchTriggers(k, &readings) == 0) return {};
    std::optional<Predicate> act;
    for (size_t r : readings) {
      const Trigger& named = lex_.triggers[r];
      const Predicate q = named.predicate;
      if (named.noun && (q == Predicate::kVisited || q == Predicate::kSanctioned || q == Predicate::kMetWith)) act = q;
    }
    if (!act) return {};
    for (size_t r = doc_.relations.size(); r-- > 0;) {
      const Relation& rel = doc_.relations[r];
      if (rel.sentence + 3 < s_) break;
      if (rel.predicate != *act) continue;
      std::vector<int> actors = {rel.subject};
      if (Info(*act).symmetric) actors.push_back(rel.object);
      return actors;
    }
    return {};
  }

  // "Talks between X and Y were cancelled", "the visit was called off": a
  // cancellation, within the clause after the noun, undoes the act it names.
  // So does a plan: "talks with X are to be held next week", "the visit
  // will be ...".
  bool CancelledOrPlanned(size_t t) const {
    for (size_t k = t; k < e_ && k < t + 10; ++k) {
      if (ClauseBoundaryAt(k) || IsBoundaryPunct(L(k))) return false;
      if (k > t && L(k) == "be" && (L(k - 1) == "to" || L(k - 1) == "will")) return true;
      if (!(L(k) == "was" || L(k) == "were" || L(k) == "been" || L(k) == "be")) continue;
      size_t v = k + 1;
      while (v < e_ && L(v).size() > 2 && L(v).ends_with("ly")) ++v;  // "was abruptly cancelled"
      if (v >= e_) return false;
      if (lex_.text.cancellations.Contains(L(v))) return true;
      return v + 1 < e_ && lex_.text.cancellations.Contains(std::string(L(v)) + " " + std::string(L(v + 1)));
    }
    return false;
  }

  // A verdict word ("illegal", "a provocation") in the clause after t, within
  // a dozen tokens: "called the deal illegal".
  // For "in protest" at ts: the country and the host of the envoy a verb of
  // recalling before it in the clause calls home ("recalled its ambassador
  // to Spain"); {-1, -1} when there is none.
  std::pair<int, int> RecalledEnvoyBefore(size_t ts) const {
    for (size_t k = ts; k-- > ClauseStart(ts);) {
      if (!Has(k, Word::kRecallVerb)) continue;
      for (size_t t = k + 1; t < ts; ++t) {
        const int a = ArgStartingAt(t) >= 0 ? ArgStartingAt(t) : ArgTitledFrom(t);
        if (a < 0 || args_[static_cast<size_t>(a)].type != EntityType::kPerson) continue;
        for (int envoy : args_[static_cast<size_t>(a)].entities) {
          const int own = doc_.entities[static_cast<size_t>(envoy)].country;
          if (const int host = HostOf(envoy); host >= 0 && own >= 0 && own != host) return {own, host};
        }
        break;
      }
      break;
    }
    return {-1, -1};
  }

  // The dateline's country, as a visit's destination for visitors who all
  // serve another; none when there is no dateline, the lexicon does not
  // place it, or no mention names that country.
  std::vector<int> DatelineHostFor(const std::vector<int>& visitors) const {
    if (doc_.dateline_country.empty()) return {};
    const auto host = std::find_if(doc_.entities.begin(), doc_.entities.end(),
                                   [&](const Entity& e) { return e.iri == doc_.dateline_country; });
    if (host == doc_.entities.end()) return {};
    const int h = static_cast<int>(host - doc_.entities.begin());
    for (int v : visitors) {
      const Entity& visitor = doc_.entities[static_cast<size_t>(v)];
      if (visitor.type != EntityType::kPerson || visitor.country < 0 || visitor.country == h) return {};
    }
    return {h};
  }

  // Whether a direct object ending before t ends its phrase: the sentence,
  // a comma, "and", a time or a preposition follows, not more words.
  bool ObjectClosedAt(size_t t) const {
    if (t >= e_) return true;
    const Form w = L(t);
    return !toks_[t].IsWord() || w == "and" || in_time_[t - b_] || (PrepositionAt(t) && w != "as" && w != "of");
  }

  // The parties of a plain object after a form ending in a preposition,
  // for an appeal or a concern: "called for calm and dialogue between A and
  // B", "concerned by the tension between A and B", and, asked for, "restraint
  // from A", "by A"; none when the clause ends first.
  static constexpr size_t kObjectReach = 8;
  std::vector<int> PartiesOfObject(size_t te, Predicate p, size_t* group_end) const {
    if (p != Predicate::kUrged && p != Predicate::kExpressedConcernAbout) return {};
    for (size_t t = te; t + 1 < e_ && t < te + kObjectReach; ++t) {
      if (ClauseBoundaryAt(t) || IsBoundaryPunct(L(t)) || L(t) == ",") break;
      if (L(t) == "between") {
        std::vector<int> both = FirstGroupRight(t + 1, 6, Predicate::kMetWith, false, group_end);
        return both.size() >= 2 ? both : std::vector<int>{};
      }
      if (p == Predicate::kUrged && L(te - 1) == "for" && (L(t) == "from" || L(t) == "by")) {
        return FirstGroupRight(t + 1, 4, Predicate::kUrged, false, group_end);
      }
    }
    return {};
  }

  // An appeal after an object, in its clause: "to" or "for" ("called on X
  // on Monday to end ...", "called on X for restraint").
  bool AppealAfter(size_t t) const {
    for (size_t k = t; k < e_ && k < t + 12; ++k) {
      if (k > t && ClauseBoundaryAt(k)) return false;
      const Form w = L(k);
      if (IsBoundaryPunct(w)) return false;
      // ("called on X and discussed ways to ...": the "to" is the next verb's.)
      if (CoordinatedVerbAt(k)) return false;
      if (w == "to" || w == "for") return true;
    }
    return false;
  }

  bool VerdictAfter(size_t t) const {
    for (size_t k = t; k < e_ && k < t + 12; ++k) {
      if (k > t && (ClauseBoundaryAt(k) && L(k) != "as")) return false;
      if (IsBoundaryPunct(L(k))) return false;
      if (Has(k, Word::kVerdict)) return true;
    }
    return false;
  }

  // Whether the one-word trigger form at t is also a noun trigger's form.
  bool SubjectPronoun(size_t t) const {
    const Form w = L(t);
    return w == "we" || w == "they" || w == "i" || w == "you";
  }

  bool AlsoANoun(size_t t) const {
    std::vector<size_t> readings;
    if (MatchTriggers(t, &readings) == 0) return false;
    return std::any_of(readings.begin(), readings.end(), [&](size_t r) {
      const std::vector<std::string>& forms = lex_.triggers[r].words;
      return lex_.triggers[r].noun && std::find(forms.begin(), forms.end(), L(t)) != forms.end();
    });
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

  // The first word of a state organ or official after "our" ("our foreign
  // minister", "our government", "our troops").
  bool SpeakersStateOrgan(size_t t) const {
    static const WordSet kOrgans = {"government", "country", "administration", "nation", "state", "foreign",
                                    "ministry", "minister", "president", "prime", "embassy", "ambassador",
                                    "leader", "leaders", "leadership", "defence", "defense"};
    return kOrgans.Contains(L(t)) || Has(t, Word::kStateOrganNoun);
  }

  // "to explain", "on Monday to clarify" from token t: a purpose clause
  // that asks for an account.
  bool AccountDemandedAt(size_t t) const {
    while (t < e_ && (in_time_[t - b_] || L(t) == ",")) ++t;
    return t + 1 < e_ && L(t) == "to" && Has(t + 1, Word::kAccountVerb);
  }

  // "her state visit", "his first official trip": a possessive pronoun
  // before the noun at ts and its lower-case modifiers.
  bool PossessivePronounBefore(size_t ts) const {
    for (size_t k = ts; k > b_ && k + 4 > ts; --k) {
      if (L(k - 1) == "his" || L(k - 1) == "her") return true;
      if (!toks_[k - 1].IsWord() || toks_[k - 1].IsCapitalized()) return false;
    }
    return false;
  }

  // A determiner or possessive: what follows is a noun.
  bool IsNounMarker(size_t t) const {
    return Has(t, Word::kNounMarker);
  }

  // Only adverbs or nothing stand before token ts in the sentence.
  bool OpensSentence(size_t ts) const { return ts <= first_non_adverb_; }

  // A nominal in a prepositional phrase that opens the sentence: "In a
  // phone call with X, ...", "During his talks with X, ...".
  bool InOpeningPhrase(size_t ts) const {
    // "Speaking after talks with X, ...": a participle may open the phrase.
    const size_t open = b_ + 1 < ts && L(b_).ends_with("ing") && OpensPhrase(b_ + 1) ? b_ + 1 : b_;
    if (ts <= open || !OpensPhrase(open)) return false;
    for (size_t k = open + 1; k < ts; ++k) {
      if (!toks_[k].IsWord() || toks_[k].IsCapitalized() || k + 3 < ts) return false;
      // "Speaking to reporters after the talks": the phrase is the first one.
      if (open > b_ && OpensPhrase(k)) return false;
    }
    return true;
  }

  bool OpensPhrase(size_t k) const {
    return PrepositionAt(k) || L(k) == "during" || L(k) == "after" || L(k) == "following";
  }

  // The subject of the main clause after an opening participial phrase.
  std::vector<int> MainSubjectAfter(size_t te) const {
    for (size_t t = next_comma_[te - b_]; t < e_; ++t) {
      if (L(t) != ",") continue;
      int a = -1;
      for (size_t k = t + 1; k < e_ && k < t + 8 && a < 0; ++k) a = ArgStartingAt(k);
      if (a >= 0 && AgentTypeFits(args_[static_cast<size_t>(a)].type)) {
        auto [lo, hi] = GroupAround(static_cast<size_t>(a));
        return Entities(static_cast<size_t>(a), hi, true);
      }
      return {};
    }
    return {};
  }

  // The party the first verb after `from` acts on directly ("..., Macron
  // urged Netanyahu to ..."): the actor group right after it, else none.
  std::vector<int> MainVerbObject(size_t from) const {
    for (const Occurrence& o : occurrences_) {
      if (o.ts <= from || o.noun) continue;
      std::vector<int> object = FirstGroupRight(o.te, 8, Predicate::kMetWith, false, nullptr, true);
      std::erase_if(object, [&](int e) { return doc_.entities[static_cast<size_t>(e)].type != EntityType::kPerson; });
      return object;
    }
    return {};
  }

  // Only a date or adverbs stand between a verb's object and "to"
  // ("summoned the ambassador on Friday to protest").
  bool PurposeGap(size_t object_end, size_t to) const {
    if (object_end > to) return false;
    // "summoned the envoy, Jane Doe, to protest": an apposition, or the
    // comma closing one the object ends with, may stand between.
    if (object_end + 1 == to && L(object_end) == ",") {
      const int a = ArgEndingAt(object_end);
      if (a >= 0 && args_[static_cast<size_t>(a)].tb > b_ && L(args_[static_cast<size_t>(a)].tb - 1) == ",") return true;
    }
    if (object_end + 1 < to && L(object_end) == ",") {
      if (const int a = ArgStartingAt(object_end + 1); a >= 0) {
        const size_t after = args_[static_cast<size_t>(a)].te;
        if (after < to && L(after) == ",") {
          object_end = after + 1;
        } else if (toks_[object_end + 1].IsWord()) {
          // A longer apposition ("X, deputy chief of mission of the Embassy
          // of Peru, to protest"): words up to its closing comma.
          static constexpr size_t kMaxApposition = 16;
          for (size_t t = after; t < to && t < object_end + kMaxApposition; ++t) {
            if (L(t) == ",") {
              object_end = t + 1;
              break;
            }
            if (!toks_[t].IsWord() || ClauseBoundaryAt(t) || Has(t, Word::kTriggerStart)) break;
          }
        }
      }
    }
    // "summoned X in Beijing to protest": where it happened may stand between.
    if (object_end + 2 <= to && L(object_end) == "in") {
      if (const int a = ArgStartingAt(object_end + 1); a >= 0 && args_[static_cast<size_t>(a)].te == to) return true;
    }
    return object_end == to || next_non_gap_[object_end - b_] >= to;
  }

  // The first party of the clause after the trigger, other than the agents.
  // A concern is about everyone its clause names ("concern that Moscow could
  // acquire ammunition from the North").
  std::vector<int> Complement(size_t te, Predicate p, const std::vector<int>& agents) const {
    std::vector<int> found;
    for (size_t t = te; t < e_ && t < te + 20; ++t) {
      if (IsBoundaryPunct(L(t))) break;
      // "warned that it would be a mistake if X ...": the complement and its
      // condition are read, but not a later clause ("warned Gulf states
      // after drills, X calls ..."). Concern lists its objects across "as"
      // and "amid" until it has one.
      const Form w = L(t);
      const bool condition = w == "that" || w == "if" || w == "unless" || w == "when" || w == "whether";
      const bool later_clause = t > te && !condition && ClauseBoundaryAt(t);
      if (later_clause && (!found.empty() || p != Predicate::kExpressedConcernAbout)) break;
      int a = ArgStartingAt(t);
      if (a < 0) continue;
      const Arg& arg = args_[static_cast<size_t>(a)];
      // "warned that failure would damage their EU membership hopes": a
      // name modifying a noun is not the one warned or urged. ("asked that
      // the Indian government support ...": right after "that", it is the
      // clause's subject.)
      const bool clause_subject = arg.tb > b_ && (L(arg.tb - 1) == "that" ||
                                                  (arg.tb > b_ + 1 && L(arg.tb - 1) == "the" && L(arg.tb - 2) == "that"));
      if ((p == Predicate::kWarned || p == Predicate::kUrged) && !clause_subject && ModifiesNoun(arg)) continue;
      std::vector<int> ents = TargetEntities(arg, p);
      if (ents.empty()) continue;
      bool own = false;
      for (int e : ents) {
        for (int ag : agents) {
          if (e == ag || doc_.entities[static_cast<size_t>(ag)].country == e) own = true;
        }
      }
      // "demanded that the claim be withdrawn, spokesperson X told a
      // briefing": the one reporting the demand is not its addressee.
      if (own || (ents.size() == 1 && ents[0] == FindSpeaker())) continue;
      if (p != Predicate::kExpressedConcernAbout) return ents;
      for (int e : ents) {
        if (std::find(found.begin(), found.end(), e) == found.end()) found.push_back(e);
      }
      t = arg.te - 1;
    }
    return found;
  }

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

RelationExtractor::RelationExtractor(const Lexicon& lexicon, const Gazetteer::TokenizeFn& tokenize,
                                     Vocabulary* vocabulary)
    : lexicon_(lexicon), sign_verbs_(SignVerbForms(lexicon)),
      meeting_nouns_(NounForms(lexicon, Predicate::kMetWith)),
      sanction_nouns_(NounForms(lexicon, Predicate::kSanctioned)) {
  WordSet trigger_starts;
  for (size_t i = 0; i < lexicon.triggers.size(); ++i) {
    for (const std::string& w : lexicon.triggers[i].words) {
      std::vector<std::string> words;
      for (auto& t : tokenize(w)) words.push_back(AsciiLower(t));
      if (words.empty()) continue;
      trigger_starts.Add(words[0]);
      forms_[words[0]].push_back({i, words});
    }
  }
  for (auto& list : forms_.values()) {
    std::stable_sort(list.begin(), list.end(), [](const TriggerForm& a, const TriggerForm& b) {
      return a.words.size() > b.words.size();
    });
  }
  // A phrase of tokens without spaces can match a form of several words
  // only where its first token is the form's first word.
  WordSet irrealis_phrase_starts;
  for (const WordSet* set : {&lexicon.text.negations, &lexicon.text.modals, &lexicon.text.hypotheticals}) {
    for (const std::string& form : set->forms()) {
      const size_t space = form.find(' ');
      if (space != std::string::npos) irrealis_phrase_starts.Add(form.substr(0, space));
    }
  }
  const std::pair<Word, const WordSet&> classes[] = {
      {Word::kClauseBoundary, ClauseBoundaryWords()},
      {Word::kPreposition, Prepositions()},
      {Word::kSpeechVerb, lexicon.speech_verbs},
      {Word::kDenial, lexicon.text.denials},
      {Word::kUnassertedGerundMarker, lexicon.text.unasserted_gerund_markers},
      {Word::kCommitment, lexicon.text.commitments},
      {Word::kGivingVerb, lexicon.giving_verbs},
      {Word::kAppealModal, lexicon.text.appeal_modals},
      {Word::kVerdict, lexicon.verdict_words},
      {Word::kNegation, lexicon.text.negations},
      {Word::kHypothetical, lexicon.text.hypotheticals},
      {Word::kModal, lexicon.text.modals},
      {Word::kDirective, lexicon.text.directives},
      {Word::kReactionVerb, lexicon.reaction_verbs},
      {Word::kLightVerb, lexicon.light_verbs},
      {Word::kVictimNoun, lexicon.victim_nouns},
      {Word::kCompanyNoun, lexicon.company_nouns},
      {Word::kVesselNoun, lexicon.vessel_nouns},
      {Word::kNamingVerb, lexicon.naming_verbs},
      {Word::kStateOrganNoun, lexicon.state_organ_nouns},
      {Word::kPersonGroupNoun, lexicon.person_group_nouns},
      {Word::kAdoptedTextNoun, lexicon.adopted_text_nouns},
      {Word::kKinshipNoun, lexicon.kinship_nouns},
      {Word::kActNoun, lexicon.act_nouns},
      {Word::kUtteranceNoun, lexicon.utterance_nouns},
      {Word::kAccountVerb, lexicon.account_verbs},
      {Word::kRecallVerb, lexicon.recall_verbs},
      {Word::kWitnessVerb, lexicon.witness_verbs},
      {Word::kViolationVerb, lexicon.violation_verbs},
      {Word::kIrregularParticiple, lexicon.irregular_participles},
      {Word::kPairNoun, lexicon.pair_nouns},
      {Word::kPrivateGroupNoun, lexicon.private_group_nouns},
      {Word::kAppositionOpener, AppositionOpeners()},
      {Word::kNounMarker, NounMarkers()},
      {Word::kGerundLead, GerundLeads()},
      {Word::kTriggerStart, trigger_starts},
      {Word::kIrrealisPhraseStart, irrealis_phrase_starts},
      {Word::kMeetingNoun, meeting_nouns_},
  };
  for (const auto& [word_class, set] : classes) word_classes_.Add(word_class, set);
  if (vocabulary) word_classes_.Bind(*vocabulary);
}

// A country guessed from context for a bare title that the person's own act
// refuted ("Foreign Minister X urged India" in a sentence after "the Indian
// government"): the guess goes, and with it the affiliation.
// A state does not summon, urge, warn, protest to, condemn or sanction its
// own government's bodies ("summoned Ghana's envoy over the demolition of
// the Nigerian embassy" read past the envoy): such a reading went too far.
static void DropActsUponOwnBodies(Document& doc) {
  std::erase_if(doc.relations, [&](const Relation& r) {
    const PredicateInfo& info = Info(r.predicate);
    if (info.role || info.symmetric || r.predicate == Predicate::kSigned || r.predicate == Predicate::kVisited) {
      return false;
    }
    const Entity& object = doc.entities[static_cast<size_t>(r.object)];
    const Entity& subject = doc.entities[static_cast<size_t>(r.subject)];
    if (object.type != EntityType::kGovernmentBody || object.country < 0) return false;
    const int own = subject.type == EntityType::kCountry ? r.subject : subject.country;
    return own == object.country;
  });
}

static void DropRefutedAffiliations(Document& doc) {
  std::erase_if(doc.relations, [&](const Relation& r) {
    const Entity& person = doc.entities[static_cast<size_t>(r.subject)];
    return r.predicate == Predicate::kAffiliatedWith && person.country_from_context && person.country < 0;
  });
}

// Two people of one office who meet, both given the same country only
// guessed from context ("the meeting of foreign minister A and foreign
// secretary B" after "Argentina's foreign ministry"), are counterparts: the
// guess holds for the first named at most, so the second's goes. (A foreign
// minister meeting a trade minister may well be a compatriot.)
static void RefuteSharedGuesses(Document& doc, const Lexicon& lexicon) {
  std::unordered_map<int, int> office_of;  // person -> the office a mention titles them with
  for (const Mention& m : doc.mentions) {
    if (m.entity >= 0 && m.office >= 0) office_of.emplace(m.entity, m.office);
  }
  auto office = [&](int person) {  // under any of its names; -1 for none
    auto it = office_of.find(person);
    return it == office_of.end() ? -1 : lexicon.OfficeGroup(it->second);
  };
  for (const Relation& r : doc.relations) {
    if (!Info(r.predicate).symmetric) continue;
    const Entity& first = doc.entities[static_cast<size_t>(r.subject)];
    Entity& second = doc.entities[static_cast<size_t>(r.object)];
    if (first.type == EntityType::kPerson && second.type == EntityType::kPerson && first.country_from_context &&
        second.country_from_context && first.country >= 0 && first.country == second.country &&
        office(r.subject) >= 0 && office(r.subject) == office(r.object)) {
      second.country = -1;
    }
  }
}

Status RelationExtractor::Process(Document& doc) const {
  int speaker = -1;
  thread_local SentenceIndex index_storage;  // its memory reused from document to document
  index_storage.Fill(doc);
  const SentenceIndex& index = index_storage;
  const std::unordered_map<int, int> envoy_hosts = EnvoyHosts(doc);
  thread_local std::vector<TokenClasses<Word>::Mask> class_masks;  // reused from document to document
  const TokenClasses<Word> classes(word_classes_, doc.tokens, doc.vocabulary, class_masks);
  // News asserts fewer relations than it has sentences, as a rule: room for
  // them up front spares moving every relation as the vector grows.
  doc.relations.reserve(doc.relations.size() + doc.sentences.size());
  // One set of tables per thread, for every document it reads: their
  // memory is reused, not allocated anew for each document.
  thread_local SentenceRun::TokenTables tables;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    SentenceRun(*this, doc, s, &speaker, index, envoy_hosts, classes, tables).Go();
  }
  RefuteSharedGuesses(doc, lexicon_);
  DropRefutedAffiliations(doc);
  DropActsUponOwnBodies(doc);
  SignListedAgreements(doc, sign_verbs_, lexicon_);
  HostBySummons(doc, lexicon_);
  LeadersForTheirCountries(doc, index.mentions, lexicon_);
  // The meeting nouns by their class bit: VenueOfTalks hashed every token.
  std::vector<size_t> meeting_nouns;
  for (size_t t = 0; t < doc.tokens.size(); ++t) {
    if (classes.Has(t, Word::kMeetingNoun)) meeting_nouns.push_back(t);
  }
  VenueOfTalks(doc, index.mentions, meeting_nouns);
  Infer(doc);
  CompanionsVisit(doc, index.mentions);
  InheritDates(doc);
  DateFromLead(doc);
  return Status::Ok();
}

}  // namespace diplograph
