// Discourse memory: what the story told before ("the move", "these sanctions", "it", "the
// envoys", "both sides") resolved to the relations already found.

#include "extractor/relations/sentence_run.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "extractor/word_set.h"

namespace diplograph {

namespace {

constexpr size_t kStoryReach = 6;  // sentences back LastRelationBefore looks

// Words that may stand between a subject and its verb without changing who
// acts: "It also called on ...", "The resolution has formally urged ...".
const WordSet& SubjectVerbFillers() {
  static const WordSet kWords = {"also", "further", "again", "then", "has", "have", "had", "would", "strongly",
                                 "firmly", "repeatedly", "formally", "later", "earlier"};
  return kWords;
}

}  // namespace

// The latest relation of the sentences before this one, up to
// kStoryReach back, that `wanted` accepts; nullptr when none does.
template <typename Wanted>
const Relation* RelationExtractor::SentenceRun::LastRelationBefore(Wanted wanted) const {
  const size_t first = s_ > kStoryReach ? s_ - kStoryReach : 0;
  // (This stage's relations so far: in sentence order, after the roles.)
  for (size_t r = doc_.relations.size(); r-- > 0 && doc_.relations[r].sentence >= first;) {
    const Relation& rel = doc_.relations[r];
    if (rel.sentence < s_ && wanted(rel)) return &rel;
  }
  return nullptr;
}

// Where a phrase of a determiner, up to three lower-case modifiers and a
// head `is_head` accepts ends, when the tokens from `begin` open with one;
// 0 otherwise. A capitalized modifier ("The EU statement") names who the
// head is of, so it is no plain phrase.
template <typename IsHead>
size_t RelationExtractor::SentenceRun::PlainNounPhraseEnd(size_t begin, size_t end, IsHead is_head) const {
  static constexpr size_t kModifiers = 3;
  static const WordSet kDeterminers = {"the", "these", "those", "such", "its", "their"};
  if (begin >= end || !kDeterminers.Contains(L(begin))) return 0;
  for (size_t k = begin + 1; k < end && k <= begin + 1 + kModifiers; ++k) {
    if (is_head(k)) return k + 1;
    if (toks_[k].IsCapitalized() || (!toks_[k].IsWord() && L(k) != "-")) return 0;
  }
  return 0;
}

// Who imposed the sanctions of the last sanctioned relation within six
// sentences before; empty when there is none.
std::vector<int> RelationExtractor::SentenceRun::LastSanctioner() const {
  const Relation* last = LastRelationBefore([](const Relation& r) { return r.predicate == Predicate::kSanctioned; });
  return last ? std::vector<int>{last->subject} : std::vector<int>{};
}

// The last meeting (or summons) within six sentences. The first call looks
// back through the relations; later ones only at those added since.
std::vector<int> RelationExtractor::SentenceRun::LastMeetingParties() const {
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

// The people the last summons within `reach` sentences called in.
std::vector<int> RelationExtractor::SentenceRun::LastSummonedEnvoys(size_t reach) const {
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

// The agent of the previous sentence's last act when that was a country
// or a body (no person is "it"); empty otherwise.
std::vector<int> RelationExtractor::SentenceRun::LastBodyAgent() const {
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

// The body an adopted text acts for: the agent of the last act by a
// country or body within six sentences before; else the country or body
// named before such a text in the last sentence that speaks of one ("the
// IAEA board passed a resolution").
std::vector<int> RelationExtractor::SentenceRun::AdoptingBody() const {
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

// "China slammed the move", "Tehran condemned the measures": an act the
// story told, named by a plain noun phrase right after the verb ending at
// te, is condemned in the one who did it: whoever imposed the last
// sanctions, or acted in the last relation not the condemner's own. ("X
// accused Y of ..., describing these actions as unlawful": an act the
// condemner told of just before in the sentence is its object's.)
std::vector<int> RelationExtractor::SentenceRun::ActorOfActTold(size_t te, const std::vector<int>& agents) const {
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

// For a direct object at t that is a determiner and the noun of an act
// the story reported ("this [visit]", "the sanctions"): the actors of the
// latest such act in this sentence or the three before; else none.
std::vector<int> RelationExtractor::SentenceRun::ActorsOfActNamedAt(size_t t) const {
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

// "a resolution against the Nicaraguan government, calling on it to
// cease ...": "it" as the object is the country or body named last
// before the verb in the sentence, other than the agents.
std::vector<int> RelationExtractor::SentenceRun::ItBefore(size_t ts, size_t te, const std::vector<int>& agents) const {
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

// "The ministry said in a statement that it asked X ...": "it" as the
// subject of the trigger at ts, in a clause reported by a speech verb,
// is the country or body that speaks (the last one named before the
// verb). Empty when the trigger is not so reported.
std::vector<int> RelationExtractor::SentenceRun::ReportedIt(size_t ts) const {
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

// "It called on ...", "It also urged ...": the sentence opens with "it"
// and at most an adverb or auxiliary before the verb at ts.
bool RelationExtractor::SentenceRun::OpenedByIt(size_t ts) const {
  if (ts == b_ || L(b_) != "it" || ts > b_ + 3) return false;
  for (size_t t = b_ + 1; t < ts; ++t) {
    if (!SubjectVerbFillers().Contains(L(t))) return false;
  }
  return true;
}

// "The (new) sanctions target ...", "These measures include ...": a
// subject of sanctions, a determiner and up to three lower-case words
// before it, opens the sentence, before the trigger at ts.
bool RelationExtractor::SentenceRun::OpenedBySanctions(size_t ts) const {
  return PlainNounPhraseEnd(b_, ts, [&](size_t k) { return rx_.sanction_nouns_.Contains(L(k)); }) != 0;
}

// "The resolution (also) called on ...": an adopted text is the subject
// of the trigger at ts.
bool RelationExtractor::SentenceRun::OpenedByAdoptedText(size_t ts) const {
  const size_t text_end = AdoptedTextEnd(b_, ts);
  if (text_end == 0) return false;
  for (size_t t = text_end; t < ts; ++t) {
    if (!SubjectVerbFillers().Contains(L(t))) return false;
  }
  return true;
}

// Where the adopted text that opens the tokens from `begin` ends ("The
// (non-binding) resolution", "Its statement"); 0 when they open otherwise.
size_t RelationExtractor::SentenceRun::AdoptedTextEnd(size_t begin, size_t end) const {
  return PlainNounPhraseEnd(begin, end, [&](size_t k) { return Has(k, Word::kAdoptedTextNoun); });
}

// Each party's country: itself for a country, the country a person or
// body serves; parties with none are left out.
std::vector<int> RelationExtractor::SentenceRun::CountriesOf(const std::vector<int>& parties) const {
  std::vector<int> out;
  for (int e : parties) {
    const Entity& entity = doc_.entities[static_cast<size_t>(e)];
    const int country = entity.type == EntityType::kCountry ? e : entity.country;
    if (country >= 0) out.push_back(country);
  }
  return out;
}

}  // namespace diplograph
