// Objects and targets: the first fitting group right of a verb or preposition, where a direct
// object ends, a clause's complement, and the items a list "including ..." adds.

#include "extractor/relations/sentence_run.h"

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

#include "extractor/word_set.h"

namespace diplograph {

namespace {

constexpr size_t kObjectReach = 8;  // (PartiesOfObject)

bool IsObjectPronoun(Form w) {
  return w == "them" || w == "him" || w == "her" || w == "it" || w == "us" || w == "me";
}

}  // namespace

// "condemned an air strike on Syria that was attributed to Israel", "the
// attack on X carried out by Y": after an act's object from t on, in its
// clause, whoever did it (for condemnation and concern only).
std::vector<int> RelationExtractor::SentenceRun::DoerAfterObject(size_t t) const {
  for (size_t u = t + 1; u + 1 < e_ && u < t + 12; ++u) {
    if (IsBoundaryPunct(L(u)) || L(u) == ",") break;
    const bool by = L(u) == "by" && (IsPastParticiple(u - 1) || (L(u - 1) == "out" && IsPastParticiple(u - 2)));
    const bool doer_follows = by || (L(u) == "to" && (L(u - 1) == "attributed" || L(u - 1) == "ascribed"));
    if (doer_follows) return FirstGroupRight(u + 1, 4, Predicate::kCondemned, false);
  }
  return {};
}

// The first fitting argument group starting within `window` tokens of `from`.
std::vector<int> RelationExtractor::SentenceRun::FirstGroupRight(size_t from, size_t window, Predicate p,
                                                                 bool cross_clauses, size_t* group_end, bool direct,
                                                                 bool* plain_object) const {
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
      if (std::vector<int> doer = DoerAfterObject(t); !doer.empty()) return doer;
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
    // (Inside a plain direct object, right after one of its words, a speech
    // verb's form is a noun: "condemned the unfounded claims made by X".)
    if (!cross_clauses && t > from && ((ClauseBoundaryAt(t) && !NamingAs(t)) || IsBoundaryPunct(L(t)) ||
                                       (Has(t, Word::kSpeechVerb) &&
                                        !(plain_object_first && toks_[t - 1].IsWord() &&
                                          (object_words || IsNounMarker(t - 1)))) ||
                                       CoordinatedVerbAt(t))) {
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
      if (after < e_ && (L(after) == "of" || L(after) == "on" || L(after) == "against")) {
        if (direct && (p == Predicate::kCondemned || p == Predicate::kExpressedConcernAbout)) {
          if (std::vector<int> doer = DoerAfterObject(after); !doer.empty()) return doer;
        }
        return {};
      }
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
size_t RelationExtractor::SentenceRun::BareCommaPeople(size_t hi, Predicate p, std::vector<int>* out) const {
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

// "and" before a trigger verb ("concern over the tensions and called on
// X"): a second predicate starts, whose objects are not the first's.
bool RelationExtractor::SentenceRun::CoordinatedVerbAt(size_t t) const {
  if (L(t) != "and" || t + 1 >= e_) return false;
  std::vector<size_t> readings;
  if (MatchTriggers(t + 1, &readings) == 0) return false;
  return std::any_of(readings.begin(), readings.end(), [&](size_t r) {
    const Trigger& trig = lex_.triggers[r];
    return !trig.noun && !trig.adjective;
  });
}

// Whether the arg, no person, is a modifier of the common noun right
// after it ("the EU decision"), other than one for people acting for it
// ("the Chinese delegation", "Russian officials").
bool RelationExtractor::SentenceRun::ModifiesNoun(const Arg& a) const {
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

// A preposition that ends a plain-noun direct object of a predicate
// whose object is the party acted on. Not one naming the parties of what
// the object names ("condemned the cooperation between X and Y", "the
// actions of X", "the attack by X"), nor one opening a date.
bool RelationExtractor::SentenceRun::ObjectEndsAt(size_t t, Predicate p) const {
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

std::vector<int> RelationExtractor::SentenceRun::AfterPreposition(size_t te, const Trigger& trig,
                                                                  size_t* group_end) const {
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
      size_t end = 0;
      std::vector<int> found = FirstGroupRight(t + 1, window, trig.predicate, false, &end, acted_on);
      // "agreed to bolster their alliance with China's growing assertiveness
      // in mind": what the possessor owns, no party, is the object; one
      // does not meet or agree with it. ("met with Peru's delegation" is
      // Peru, and "condemnation of X's aggression" condemns X.)
      const bool mutual = trig.predicate == Predicate::kMetWith || trig.predicate == Predicate::kAgreedWith ||
                          trig.predicate == Predicate::kCooperatesWith;
      if (mutual && !found.empty() && end + 1 < e_ && (L(end) == "'s" || L(end) == "'") &&
          ArgStartingAt(end + 1) < 0 && !SpeakersStateOrgan(end + 1)) {
        return {};
      }
      if (group_end) *group_end = end;
      return found;
    }
  }
  return {};
}

// The parties of a plain object after a form ending in a preposition,
// for an appeal or a concern: "called for calm and dialogue between A and
// B", "concerned by the tension between A and B", and, asked for, "restraint
// from A", "by A"; none when the clause ends first.
std::vector<int> RelationExtractor::SentenceRun::PartiesOfObject(size_t te, Predicate p, size_t* group_end) const {
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

// The first party of the clause after the trigger, other than the agents.
// A concern is about everyone its clause names ("concern that Moscow could
// acquire ammunition from the North").
std::vector<int> RelationExtractor::SentenceRun::Complement(size_t te, Predicate p,
                                                            const std::vector<int>& agents) const {
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

// The party the first verb after `from` acts on directly ("..., Macron
// urged Netanyahu to ..."): the actor group right after it, else none.
std::vector<int> RelationExtractor::SentenceRun::MainVerbObject(size_t from) const {
  for (const Occurrence& o : occurrences_) {
    if (o.ts <= from || o.noun) continue;
    std::vector<int> object = FirstGroupRight(o.te, 8, Predicate::kMetWith, false, nullptr, true);
    std::erase_if(object, [&](int e) { return doc_.entities[static_cast<size_t>(e)].type != EntityType::kPerson; });
    return object;
  }
  return {};
}

// "signed several documents, including an agreement on visas and a treaty
// on fishing": the items are signed as well as what holds them.
void RelationExtractor::SentenceRun::IncludedAgreements(size_t group_end, std::vector<int>* targets,
                                                        size_t* end) const {
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
void RelationExtractor::SentenceRun::IncludedMembers(size_t group_end, std::vector<int>* targets, size_t* end) const {
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

// "a meeting of the foreign ministers of Armenia and Azerbaijan, A and
// B": a country whose own official is among the parties is there through
// them, not as a party beside them.
void RelationExtractor::SentenceRun::DropCountriesOfPartyPeople(std::vector<int>& parties) const {
  std::vector<int> served;
  for (int e : parties) {
    const Entity& entity = doc_.entities[static_cast<size_t>(e)];
    if (entity.type == EntityType::kPerson && entity.country >= 0) served.push_back(entity.country);
  }
  if (served.empty()) return;
  std::erase_if(parties, [&](int e) { return std::find(served.begin(), served.end(), e) != served.end(); });
}

// Past the run of args right after te that name `targets` ("met
// Pakistani Prime Minister X | on the sidelines of ... in New York"); te
// when the first arg after it names none ("met | in Brussels").
size_t RelationExtractor::SentenceRun::TargetsEnd(size_t te, const std::vector<int>& targets) const {
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

// Whether a direct object ending before t ends its phrase: the sentence,
// a comma, "and", a time or a preposition follows, not more words.
bool RelationExtractor::SentenceRun::ObjectClosedAt(size_t t) const {
  if (t >= e_) return true;
  const Form w = L(t);
  return !toks_[t].IsWord() || w == "and" || in_time_[t - b_] || (PrepositionAt(t) && w != "as" && w != "of");
}

// "condemns in the strongest terms X", "in no uncertain terms": a manner
// phrase between a verb and its object; where the object starts (t when
// no such phrase starts at t).
// Likewise a date set between them ("summoned on Thursday, 21st July,
// 2022, the Turkish ambassador"), and the commas around it.
size_t RelationExtractor::SentenceRun::MannerPhraseEnd(size_t t) const {
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

}  // namespace diplograph
