// The sentence's pass: Go() finds the trigger occurrences, dates them and reads each
// (HandleTrigger), then runs the sentence-wide rules; Emit records a relation.

#include "extractor/relations/sentence_run.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace diplograph {

void RelationExtractor::SentenceRun::Go() {
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

// The triggers whose form is the longest match at token i, appended to
// `readings` (each once); returns its length.
size_t RelationExtractor::SentenceRun::MatchTriggers(size_t i, std::vector<size_t>* readings) const {
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
  // "Press TV reported": a capitalized word inside a body sentence is part
  // of a name, and no verb (a headline capitalizes its verbs).
  // (A word that is also a noun trigger keeps its readings: "co-chaired the
  // Ministerial Meeting" names the meeting.)
  const bool clause_opens = i == b_ || L(i - 1) == "\"" || L(i - 1) == ":" || L(i - 1) == "(" ||
                           L(i - 1) == "\u201c" || L(i - 1) == "'";
  const bool in_name = !clause_opens && toks_[i].IsCapitalized() &&
                       doc_.blocks[doc_.sentences[s_].block].kind != BlockKind::kHeadline && !noun_alone();
  for (const TriggerForm& f : *forms) {  // longest first
    if (i + f.words.size() > e_ || f.words.size() < length) continue;
    if (noun_context && f.words.size() > 1 && !lex_.triggers[f.trigger].noun) continue;
    if (in_name && !lex_.triggers[f.trigger].noun && !lex_.triggers[f.trigger].adjective) continue;
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
void RelationExtractor::SentenceRun::AssignDates() {
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
size_t RelationExtractor::SentenceRun::NextUndated(size_t k) {
  size_t found = k;
  while (found < occurrences_.size() && occurrences_[found].date) found = next_undated_[found];
  while (k < found) k = std::exchange(next_undated_[k], found);
  return found;
}

void RelationExtractor::SentenceRun::Emit(Predicate p, int subject, int object, std::optional<Date> date, int place,
                                          double confidence, std::string rule, bool remote) {
  Relation r;
  r.predicate = p;
  r.subject = subject;
  r.object = object;
  r.sentence = s_;
  r.date = date;
  r.place = place;
  r.confidence = confidence;
  r.rule = std::move(rule);
  r.remote = remote;
  if (!r.date) Undated(r.predicate).push_back(doc_.relations.size());
  doc_.relations.push_back(std::move(r));
}

}  // namespace diplograph
