// The parties of a nominal trigger ("Putin's visit", "talks between A and B", "issued a
// warning", "drew condemnation from X") and where a nominal stands in its clause.

#include "extractor/relations/sentence_run.h"

#include <vector>

namespace diplograph {

// "Putin's visit", "his meeting", "their talks": the possessor of a nominal.
std::vector<int> RelationExtractor::SentenceRun::Possessor(size_t ts, bool* pair_pronoun) const {
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

// "between A and B" after a nominal, or "A-B summit" before it.
std::vector<int> RelationExtractor::SentenceRun::Parties(size_t ts, size_t te, Predicate p) const {
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
std::vector<int> RelationExtractor::SentenceRun::SignersBetweenAfter(size_t te) const {
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

// A reaction verb before the nominal at ts, past at most two adjectives
// ("drawing swift international condemnation").
bool RelationExtractor::SentenceRun::ReactionBefore(size_t ts, size_t* verb) const {
  for (size_t k = ts; k > b_ && k + 4 > ts; --k) {
    if (Has(k - 1, Word::kReactionVerb)) {
      *verb = k - 1;
      return true;
    }
    if (!toks_[k - 1].IsWord() || toks_[k - 1].IsCapitalized()) return false;
  }
  return false;
}

bool RelationExtractor::SentenceRun::LightVerbBefore(size_t ts, size_t* verb) const {
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

// The actor group right after the giving verb at `verb`, when only plain
// words ("a strong") stand between it and the noun at ts; empty otherwise.
std::vector<int> RelationExtractor::SentenceRun::IndirectObject(size_t verb, size_t ts) const {
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

// The indirect object of a giving verb ("handed", "delivered") before
// the noun at ts: the actor group right after the verb, when only its
// words and a determiner stand between it and the noun.
std::vector<int> RelationExtractor::SentenceRun::RecipientBefore(size_t ts) const {
  size_t verb = 0;
  if (!LightVerbBefore(ts, &verb)) return {};
  return IndirectObject(verb, ts);
}

// Where "by" stands in "were imposed by", "have been issued by" right
// after a nominal trigger ending at te (a light verb in the passive); 0
// when the nominal goes on otherwise.
size_t RelationExtractor::SentenceRun::PassiveLightVerbBy(size_t te) const {
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
size_t RelationExtractor::SentenceRun::PassiveGivenTo(size_t te) const {
  size_t t = te < e_ && L(te) == "\"" ? te + 1 : te;
  if (t >= e_ || (L(t) != "was" && L(t) != "were")) return 0;
  ++t;
  if (t + 2 >= e_ || !(Has(t, Word::kGivingVerb) || L(t) == "lodged") || L(t + 1) != "to") {
    return 0;
  }
  return t + 2;
}

// "her state visit", "his first official trip": a possessive pronoun
// before the noun at ts and its lower-case modifiers.
bool RelationExtractor::SentenceRun::PossessivePronounBefore(size_t ts) const {
  for (size_t k = ts; k > b_ && k + 4 > ts; --k) {
    if (L(k - 1) == "his" || L(k - 1) == "her") return true;
    if (!toks_[k - 1].IsWord() || toks_[k - 1].IsCapitalized()) return false;
  }
  return false;
}

// A nominal in a prepositional phrase that opens the sentence: "In a
// phone call with X, ...", "During his talks with X, ...".
bool RelationExtractor::SentenceRun::InOpeningPhrase(size_t ts) const {
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

// "during a meeting", "at talks", "in a phone call": the noun at ts is
// where the clause's act took place, not its object.
bool RelationExtractor::SentenceRun::CircumstanceBefore(size_t ts) const {
  size_t k = ts;
  if (k > b_ && (L(k - 1) == "a" || L(k - 1) == "an" || L(k - 1) == "the")) --k;
  return k > b_ && (L(k - 1) == "during" || L(k - 1) == "at" || L(k - 1) == "in");
}

}  // namespace diplograph
