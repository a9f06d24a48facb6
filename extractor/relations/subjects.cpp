// Subjects and agents: the actor group left of a verb (past appositions and relative clauses),
// companions who act with it, a clause's opening subject, and a verb's agent.

#include "extractor/relations/sentence_run.h"

#include <algorithm>
#include <string>
#include <vector>

namespace diplograph {

// The subject group left of token `from`: the nearest actor group in the
// clause, skipping appositions and relative clauses set off by commas.
std::vector<int> RelationExtractor::SentenceRun::SubjectLeftOf(size_t from, size_t* group_start) const {
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

// Where SubjectLeftOf's walk from `from` stops: b_, or a k with a
// boundary at k - 1 or an actor arg ending at k. The walk from a token
// always goes the same way, so stops are remembered for every token
// passed: linear in the sentence, where walking again for every trigger
// was quadratic.
size_t RelationExtractor::SentenceRun::WalkLeft(size_t k) const {
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
size_t RelationExtractor::SentenceRun::StepLeft(size_t k) const {
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

// "X, director-general of the ministry's Asian department, summoned ...":
// the segment after the comma at k - 1 opens with the title of the
// party just before it, so it describes that party.
bool RelationExtractor::SentenceRun::TitleOfThePartyBefore(size_t k) const {
  const int title = ArgStartingAt(k);
  const int party = ArgEndingAt(k - 1);
  if (title < 0 || party < 0) return false;
  const Arg& a = args_[static_cast<size_t>(title)];
  const Arg& b = args_[static_cast<size_t>(party)];
  return a.type == EntityType::kPerson && !a.entities.empty() && a.entities == b.entities;
}

// For a relative pronoun at t in "X was among the countries that ...",
// "X is one of the nations which ...": the group X was named a member of.
std::vector<int> RelationExtractor::SentenceRun::MemberOfThoseWho(size_t t) const {
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
bool RelationExtractor::SentenceRun::OwnsTheSubject(size_t k, size_t verb) const {
  if (k + 1 >= verb || (L(k) != "'s" && L(k) != "'")) return false;
  for (size_t t = k + 1; t < verb; ++t) {
    if (Has(t, Word::kStateOrganNoun)) return false;
    if (t + 1 < verb && lex_.state_organ_nouns.Contains(std::string(L(t)) + " " + std::string(L(t + 1)))) {
      return false;
    }
  }
  return true;
}

std::vector<int> RelationExtractor::SentenceRun::ComitativeSubject(size_t from, size_t* group_start) const {
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

// "X, alongside his counterpart Y, signed ...", "X, together with Y,
// met Z": the phrase set off by commas names companions who act with the
// subject before it, so both are agents. Empty when `from` follows no
// such phrase or no subject precedes it.
// "X along with Y sanctioned Z", "X together with Y signed": with no
// commas, the companion right before the verb at `verb` and the actor
// before the phrase act together; empty otherwise.
std::vector<int> RelationExtractor::SentenceRun::BareComitativeSubject(size_t verb) const {
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
size_t RelationExtractor::SentenceRun::ComitativeOpenerEndingAt(size_t m, bool by) const {
  if (L(m) == "alongside") return 1;
  if (m <= b_) return 0;
  if (L(m) == "with" && (L(m - 1) == "along" || L(m - 1) == "together")) return 2;
  if (by && L(m) == "by" && (L(m - 1) == "accompanied" || L(m - 1) == "joined" || L(m - 1) == "flanked")) return 2;
  return 0;
}

// Where a list of parties joined by bare commas ("A, President B") that
// ends with the arg starting at `start` begins.
size_t RelationExtractor::SentenceRun::CommaListStart(size_t start) const {
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

// The actor group that opens the clause at cs (after at most two words
// such as "the two", or a capitalized title: "Indian Foreign Minister"),
// ending before `before`; empty when none.
std::vector<int> RelationExtractor::SentenceRun::ClauseOpeningSubject(size_t cs, size_t before) const {
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

// The subject of the main clause after an opening participial phrase.
std::vector<int> RelationExtractor::SentenceRun::MainSubjectAfter(size_t te) const {
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

// The agent of a verb at `verb`: its subject, with purpose and control
// clauses ("summoned X to warn Y": the summoner warns; "urged X to halt
// cooperation": X cooperates).
std::vector<int> RelationExtractor::SentenceRun::AgentOfVerb(size_t verb, size_t* /*target_end*/) {
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
  // "Chile downgraded ties, recalling its envoy and calling on Peru to
  // ...": a participle after "and" shares the subject of the participle
  // it is coordinated with, not that participle's object.
  if (k > b_ + 1 && L(k - 1) == "and" && IsParticiple(verb)) {
    for (size_t t = k - 1; t > b_ + 1 && t + 12 > k; --t) {
      if (ClauseBoundaryAt(t) || IsBoundaryPunct(L(t))) break;
      if (!IsParticiple(t) || L(t - 1) != ",") continue;
      const size_t cs = ClauseStart(t - 1);
      if (std::vector<int> opening = ClauseOpeningSubject(cs, t - 1); !opening.empty()) return opening;
      if (cs > b_ && L(cs - 1) == "that") {
        if (std::vector<int> speaker = SpeakerOfReportedClause(t - 1); !speaker.empty()) return speaker;
      }
      break;
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

}  // namespace diplograph
