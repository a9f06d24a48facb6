// Who speaks in the sentence (attribution, quotations carried on, reported clauses), and the
// sentence-wide rules that read what a speaker says: appeals by modal, verdicts on a party.

#include "extractor/relations/sentence_run.h"

#include <span>
#include <vector>

namespace diplograph {

// Who the sentence quotes: "X said", "said X", "according to X"; a
// sentence that is all quotation with no attribution of its own continues
// the previous speaker's words.
int RelationExtractor::SentenceRun::FindSpeaker() const {
  int own = OwnSpeaker();
  if (own >= 0) return own;
  bool opens_with_quote = b_ < e_ && Equals(toks_[b_].text, "\"");
  return opens_with_quote && carried_ ? *carried_ : -1;
}

// AttributedSpeaker, worked out once: nothing it reads changes while the
// sentence is processed.
int RelationExtractor::SentenceRun::OwnSpeaker() const {
  if (!own_speaker_) own_speaker_ = AttributedSpeaker();
  return *own_speaker_;
}

int RelationExtractor::SentenceRun::AttributedSpeaker() const {
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

// Who says what token t belongs to: the quotation's speaker inside one;
// else the one reporting the clause at cs, else the sentence's speaker.
int RelationExtractor::SentenceRun::SpeakerOf(size_t t, size_t cs) const {
  if (quoted_[t - b_]) return FindSpeaker();
  if (std::vector<int> reported = SpeakerOfClauseAt(cs); !reported.empty()) return reported[0];
  return OwnSpeaker();
}

// "X said (on Monday) (that) [clause at cs]": X.
std::vector<int> RelationExtractor::SentenceRun::SpeakerOfClauseAt(size_t cs) const {
  size_t speech = cs;
  while (speech > b_ && (L(speech - 1) == "that" || in_time_[speech - 1 - b_])) --speech;
  if (speech == b_ || !Has(speech - 1, Word::kSpeechVerb)) return {};
  return SubjectLeftOf(speech - 1);
}

// The subject of the speech verb whose reported clause runs up to `end`
// ("X said [on Monday] [that] Y would ..."), when that clause holds a
// modal or a perfect ("had", "has"); empty otherwise.
std::vector<int> RelationExtractor::SentenceRun::SpeakerOfReportedClause(size_t end) const {
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

// "Russia should act responsibly," Kim said; X said Israel must stop: a
// party the speaker says should or must act is urged to.
void RelationExtractor::SentenceRun::AppealsByModal() {
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

// "Somalia said the agreement signed by Ethiopia was null and void",
// "\"The sanctions are illegal,\" X said": a party, or what a party did,
// said to be of a verdict word is condemned by the one who says so.
void RelationExtractor::SentenceRun::VerdictsByCopula() {
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
void RelationExtractor::SentenceRun::VerdictsByViolation() {
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
std::vector<int> RelationExtractor::SentenceRun::OwnerOfNounEndingAt(size_t end) const {
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

}  // namespace diplograph
