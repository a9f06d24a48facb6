// HandleTrigger: the rules for one reading of one trigger occurrence, in order: whether the act
// is asserted, who acts, upon whom, where and when, and the relations it yields; and the signing
// of agreements others witness.

#include "extractor/relations/sentence_run.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extractor/word_set.h"

namespace diplograph {

namespace {

// Predicates of one party acting upon another, as opposed to doing
// something together or going somewhere.
bool ActsUpon(Predicate p) {
  return p == Predicate::kUrged || p == Predicate::kWarned || p == Predicate::kCondemned ||
         p == Predicate::kProtestedTo || p == Predicate::kSanctioned || p == Predicate::kExpressedConcernAbout;
}

}  // namespace

// "the two presidents witnessed the signing of A, B and C": the signing
// verb as a noun, after a verb of attending.
bool RelationExtractor::SentenceRun::IsWitnessedSigning(const Trigger& trig, size_t ts, size_t te) const {
  return trig.predicate == Predicate::kSigned && !trig.noun && te == ts + 1 && L(ts) == "signing" &&
         te < e_ && L(te) == "of" && ts >= b_ + 2 && L(ts - 1) == "the" && Has(ts - 2, Word::kWitnessVerb);
}

// The countries of those who witnessed the signing (its subject) sign
// every agreement named after "of" up to the clause's end ("several
// documents, including an agreement on X and a memorandum on Y"); a
// party named on the way ends the list.
void RelationExtractor::SentenceRun::WitnessedSigning(size_t ts, size_t te, double confidence) {
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

void RelationExtractor::SentenceRun::HandleTrigger(size_t ti, size_t ts, size_t te) {
  const Trigger& trig = lex_.triggers[ti];
  // What finding this reading's agent learns of a purpose clause is this
  // reading's: one that ends with nothing leaves none for the next.
  purpose_linked_ = false;
  purpose_object_.reset();
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
            Emit(p, host, caller, current_date_, -1, trig.confidence, trig.id + "/call-from", remote);
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
    } else if (size_t guest_end = 0;
               p == Predicate::kMetWith && te + 1 < e_ && L(te) == "of" &&
               !(agents = FirstGroupRight(te + 1, 8, Predicate::kMetWith, false, &guest_end)).empty()) {
      // "a consultative meeting of X with Y": the one who met, then whom
      // ("of X, Foreign Minister, with Y": past a title set off).
      while (guest_end < e_ && guest_end < te + 14 && L(guest_end) != "with" && !ClauseBoundaryAt(guest_end) &&
             L(guest_end) != "." && ArgStartingAt(guest_end) < 0) {
        ++guest_end;
      }
      if (guest_end + 1 < e_ && L(guest_end) == "with") {
        targets = FirstGroupRight(guest_end + 1, 8, p, false, &target_end);
      }
      if (targets.empty()) agents.clear();
      how = "of-with";
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
    // "X noted the importance of today's state visit to Y": a visit owned by
    // a day is the one the clause's subject is making.
    size_t day = ts;  // the time word owning the visit, if any
    for (size_t q = k; q < ts && day == ts; ++q) {
      if (q > b_ && L(q) == "'s" && in_time_[q - 1 - b_]) day = q - 1;
    }
    if (agents.empty() && day < ts) {
      std::vector<int> subject = ClauseOpeningSubject(ClauseStart(ts), ts);
      if (subject.empty()) subject = SubjectLeftOf(day);
      if (!subject.empty() && std::all_of(subject.begin(), subject.end(), [&](int e) {
            return doc_.entities[static_cast<size_t>(e)].type == EntityType::kPerson;
          })) {
        agents = std::move(subject);
        how = "dated-visit-subject";
      }
    }
    // "X left Harare on Thursday for a working visit to Y": a journey's
    // purpose, the traveller's visit.
    if (agents.empty() && k > b_ + 1 && L(k - 1) == "for") {
      for (size_t v = k - 1; v > b_ && v + 8 > k; --v) {
        if (ClauseBoundaryAt(v - 1) && L(v - 1) != "for") break;
        if (lex_.departure_verbs.Contains(L(v - 1))) {
          agents = SubjectLeftOf(v - 1);
          how = "journey-subject";
          break;
        }
      }
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
  // ("summoned X protesting against ...": a participle protests too.
  // "We summoned him today. We issued a stern protest": the summons may be
  // the sentence before's.)
  const bool participle = !trig.noun && ts > b_ && L(ts).ends_with("ing");
  if (p == Predicate::kProtestedTo && (trig.noun || participle) && !Equals(how, "recall-protest")) {
    std::vector<int> summoners, summoned;
    for (size_t r = doc_.relations.size(); r-- > 0 && doc_.relations[r].sentence + 1 >= s_;) {
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
  // "The government summoned X on Tuesday, demanding ...": a participle
  // with no subject found demands in the summoner's name.
  if (agents.empty() && p == Predicate::kUrged && !trig.noun && last_act_ && !last_act_->passive &&
      last_act_->predicate == Predicate::kSummoned && last_act_->object_end < ts && ts > b_ && L(ts - 1) == ",") {
    agents = last_act_->agents;
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
  // (Not for a meeting: "summoned X to lodge a protest" is a summons.)
  if (targets.empty() && purpose_object_ && !purpose_object_->empty() && p != Predicate::kMetWith) {
    targets = *purpose_object_;
    how += "+purpose-object";
    // "summoned the French ambassador to convey its condemnation": an envoy
    // hears what is said of the state they serve.
    if (p == Predicate::kCondemned || p == Predicate::kExpressedConcernAbout) {
      for (int& t : targets) {
        const Entity& envoy = doc_.entities[static_cast<size_t>(t)];
        if (envoy.type == EntityType::kPerson && envoy.country >= 0) t = envoy.country;
      }
      std::sort(targets.begin(), targets.end());
      targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
    }
  }
  purpose_object_.reset();
  // ("an invitation to visit": a verb that has not happened.)
  if (targets.empty() && p == Predicate::kVisited && trig.noun && ts > b_ && L(ts - 1) != "to") {
    // "PRETORIA - ... at the end of a state visit by Tanzanian President
    // X": a visit going nowhere named went where the story is filed from.
    targets = DatelineHostFor(agents);
    if (!targets.empty()) how += "+dateline";
  }
  // "summoned X on Tuesday, demanding an apology", "summoned X and demanded
  // an explanation": a demand that names no party is made of the one the
  // same subject (or one of its country: "..., the ministry said") just
  // summoned.
  // (Not after another act in between: "summoned X and declared Y persona
  // non grata, demanding an apology" asks it of Y.)
  if (targets.empty() && p == Predicate::kUrged && !trig.noun && last_act_ && !last_act_->passive &&
      last_act_->predicate == Predicate::kSummoned && !last_act_->targets.empty() &&
      (agents == last_act_->agents || CountriesOf(agents) == CountriesOf(last_act_->agents)) &&
      last_act_->object_end < ts) {
    bool between = false;
    for (size_t k = last_act_->object_end; k + 1 < ts && !between; ++k) between = L(k) == "and";
    if (!between) {
      targets = last_act_->targets;
      how += "+of-summoned";
    }
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
      Emit(p, a, t, date, place, confidence, trig.id + "/" + how, trig.remote);
      if (trig.mutual) Emit(p, t, a, date, place, confidence, trig.id + "/" + how + "+mutual");
    }
  }
  if (among_themselves) {
    for (size_t x = 0; x < targets.size(); ++x) {
      for (size_t y = x + 1; y < targets.size(); ++y) {
        if (targets[x] == targets[y]) continue;
        Emit(p, targets[x], targets[y], date, place, confidence, trig.id + "/" + how, trig.remote);
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

}  // namespace diplograph
