// The per-sentence tables the rules read, built when a SentenceRun starts: token tables
// (clauses, commas, times), the args from the sentence's mentions, and the coordinated groups
// they form.

#include "extractor/relations/sentence_run.h"

#include <algorithm>
#include <cstddef>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extractor/word_set.h"

namespace diplograph {

namespace {

// Longer lists ("A, B, C, ... and Z") are not read as one coordinated group:
// no report names that many parties together, and the relations between two
// such groups would grow with the product of their lengths.
constexpr size_t kMaxGroupParties = 32;

}  // namespace

RelationExtractor::SentenceRun::SentenceRun(const RelationExtractor& rx, Document& doc, size_t s,
                                            int* carried_speaker, const SentenceIndex& index,
                                            const std::unordered_map<int, int>& envoy_hosts,
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

// Token tables for the sentence, each one pass: where clauses start and
// end, where the next comma is, which tokens are in a time expression or
// start one, and the first word that is not an adverb.
void RelationExtractor::SentenceRun::IndexTokens() {
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

void RelationExtractor::SentenceRun::CollectArgs() {
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

// "both sides", "the two sides", "the two parties": the parties of the
// meeting just reported.
bool RelationExtractor::SentenceRun::IsSides(const Mention& m) const {
  const Form last = L(m.token_end - 1);
  return last == "sides" || last == "delegations" || last == "parties" || IsPeopleSides(m);
}

// "the two ministers", "the two": the sides as the people who met, who
// sign for themselves ("both sides" sign for their states).
bool RelationExtractor::SentenceRun::IsPeopleSides(const Mention& m) const {
  const Form last = L(m.token_end - 1);
  return last == "leaders" || last == "ministers" || last == "presidents" || last == "heads" ||
         last == "premiers" || last == "two";
}

// The first word of a state organ or official after "our" ("our foreign
// minister", "our government", "our troops").
bool RelationExtractor::SentenceRun::SpeakersStateOrgan(size_t t) const {
  static const WordSet kOrgans = {"government", "country", "administration", "nation", "state", "foreign",
                                  "ministry", "minister", "president", "prime", "embassy", "ambassador",
                                  "leader", "leaders", "leadership", "defence", "defense"};
  return kOrgans.Contains(L(t)) || Has(t, Word::kStateOrganNoun);
}

// "X summoned the ambassadors of A and B. The envoys arrived at the
// ministry ...": "the envoys" with nothing after them saying whose are
// the envoys summoned last, within three sentences.
void RelationExtractor::SentenceRun::SummonedEnvoysArgs() {
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

// GroupAround's answer for every arg at once: runs of joined args, and
// whether a conjunction stands somewhere between the args of a run.
void RelationExtractor::SentenceRun::IndexGroups() {
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

// Args a and b are coordinated: only connectors between them, or a
// connector and the title of b ("Putin and North Korean leader Kim").
bool RelationExtractor::SentenceRun::Joined(const Arg& a, const Arg& b) const {
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
bool RelationExtractor::SentenceRun::Described(const Arg& a) const {
  if (a.tb == 0) return false;
  return (a.type == EntityType::kOrganization && Has(a.tb - 1, Word::kCompanyNoun)) ||
         (a.type == EntityType::kVessel && Has(a.tb - 1, Word::kVesselNoun)) ||
         (a.type == EntityType::kPerson && Has(a.tb - 1, Word::kKinshipNoun));
}

}  // namespace diplograph
