// Clause structure and modality: whether a clause asserts the act at a trigger (negation,
// modals, conditions, infinitives yet to happen, cancellations), and how a form reads there.

#include "extractor/relations/sentence_run.h"

#include <algorithm>
#include <span>
#include <string>
#include <vector>

#include "extractor/word_set.h"

namespace diplograph {

namespace {

// How far before "to" a directive verb governs the infinitive ("urged
// Chile and Peru to agree to a ceasefire and to sign").
constexpr size_t kDirectiveReach = 15;

constexpr size_t kInfinitiveObjectReach = 10;  // (InUnrealisedInfinitive)

}  // namespace

// Negation, modality or a condition governs the trigger at [ts, te): a
// word or phrase of those lists within the clause just before it
// ("did not", "has refused to", "could consider", "plans to"), or a
// clause opened by "if", "unless", "whether".
bool RelationExtractor::SentenceRun::Irrealis(size_t ts) const {
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
bool RelationExtractor::SentenceRun::InUnrealisedInfinitive(size_t ts) const {
  const size_t cs = ClauseStart(ts);
  const size_t from = ts > cs + kInfinitiveObjectReach ? ts - kInfinitiveObjectReach : cs;
  for (size_t k = ts; k >= from + 2; --k) {
    if (L(k - 1) == "for" && lex_.text.hypotheticals.Contains(std::string(L(k - 2)) + " for")) return true;
    if (L(k - 2) != "to" || !toks_[k - 1].IsWord() || toks_[k - 1].IsCapitalized()) continue;
    if (Irrealis(k - 1) || (k >= b_ + 3 && Has(k - 3, Word::kCommitment))) return true;
  }
  return false;
}

// "Talks between X and Y were cancelled", "the visit was called off": a
// cancellation, within the clause after the noun, undoes the act it names.
// So does a plan: "talks with X are to be held next week", "the visit
// will be ...".
bool RelationExtractor::SentenceRun::CancelledOrPlanned(size_t t) const {
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

// An appeal after an object, in its clause: "to" or "for" ("called on X
// on Monday to end ...", "called on X for restraint").
bool RelationExtractor::SentenceRun::AppealAfter(size_t t) const {
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

// A verdict word ("illegal", "a provocation") in the clause after t, within
// a dozen tokens: "called the deal illegal".
bool RelationExtractor::SentenceRun::VerdictAfter(size_t t) const {
  for (size_t k = t; k < e_ && k < t + 20; ++k) {
    if (k > t && (ClauseBoundaryAt(k) && L(k) != "as")) return false;
    if (IsBoundaryPunct(L(k))) return false;
    if (Has(k, Word::kVerdict)) return true;
  }
  return false;
}

// "to explain", "on Monday to clarify" from token t: a purpose clause
// that asks for an account.
bool RelationExtractor::SentenceRun::AccountDemandedAt(size_t t) const {
  while (t < e_ && (in_time_[t - b_] || L(t) == ",")) ++t;
  // ("summoned the envoys of A and B that issued a joint statement on
  // Saturday to explain ...": past a relative clause on the object.)
  static constexpr size_t kRelativeReach = 24;
  if (t < e_ && (L(t) == "that" || L(t) == "who" || L(t) == "which")) {
    for (size_t k = t + 1; k + 1 < e_ && k < t + kRelativeReach; ++k) {
      if (IsBoundaryPunct(L(k))) break;
      if (L(k) == "to" && Has(k + 1, Word::kAccountVerb)) return true;
    }
  }
  return t + 1 < e_ && L(t) == "to" && Has(t + 1, Word::kAccountVerb);
}

// Only a date or adverbs stand between a verb's object and "to"
// ("summoned the ambassador on Friday to protest").
bool RelationExtractor::SentenceRun::PurposeGap(size_t object_end, size_t to) const {
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

// Whether the one-word trigger form at t is also a noun trigger's form.
bool RelationExtractor::SentenceRun::AlsoANoun(size_t t) const {
  std::vector<size_t> readings;
  if (MatchTriggers(t, &readings) == 0) return false;
  return std::any_of(readings.begin(), readings.end(), [&](size_t r) {
    const std::vector<std::string>& forms = lex_.triggers[r].words;
    return lex_.triggers[r].noun && std::find(forms.begin(), forms.end(), L(t)) != forms.end();
  });
}

// "a position criticized by X": the word before the passive participle at
// ts (past adverbs) is a noun of no mention, not an auxiliary or a comma.
bool RelationExtractor::SentenceRun::ParticipleModifiesNoun(size_t ts) const {
  static const WordSet kAuxiliaries = {"was", "were", "been", "be", "being", "is", "are", "am", "get", "got"};
  size_t k = ts;
  while (k > b_ && L(k - 1).size() > 2 && L(k - 1).ends_with("ly")) --k;
  if (k == b_ || !toks_[k - 1].IsWord() || kAuxiliaries.Contains(L(k - 1))) return false;
  return ArgEndingAt(k) < 0 && !ClauseBoundaryAt(k - 1) && !toks_[k - 1].IsCapitalized();
}

// A verb just before token t (after at most a determiner): a trigger verb
// occurrence, or a lower-case past-tense word ("praised the EU").
bool RelationExtractor::SentenceRun::VerbEndsAt(size_t t) const {
  if (t > b_ && (L(t - 1) == "the" || L(t - 1) == "a" || IsPossessivePronoun(t - 1))) --t;
  if (t <= b_) return false;
  const size_t v = t - 1;
  if (toks_[v].IsWord() && !toks_[v].IsCapitalized() && L(v).size() > 4 && L(v).ends_with("ed")) return true;
  return std::any_of(occurrences_.begin(), occurrences_.end(),
                     [&](const Occurrence& o) { return !o.noun && o.te == t; });
}

// A visit verb just before token t ("visited", "travelled to").
bool RelationExtractor::SentenceRun::VisitEndsAt(size_t t) const {
  return std::any_of(occurrences_.begin(), occurrences_.end(), [&](const Occurrence& o) {
    const std::span<const size_t> readings = Readings(o);
    return !o.noun && o.te == t && std::any_of(readings.begin(), readings.end(), [&](size_t r) {
             return lex_.triggers[r].predicate == Predicate::kVisited;
           });
  });
}

}  // namespace diplograph
