// Places, venues and hosts: where an act happened, visits implied by guests, hosts and speeches,
// the hosts of talks, and the countries envoys are posted to.

#include "extractor/relations/sentence_run.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace diplograph {

int RelationExtractor::SentenceRun::PlaceAfter(size_t te) const {
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
int RelationExtractor::SentenceRun::OpeningPlace(size_t ts) const {
  if (b_ + 2 >= ts || L(b_) != "in") return -1;
  const int a = ArgStartingAt(b_ + 1);
  if (a < 0) return -1;
  const Arg& arg = args_[static_cast<size_t>(a)];
  if (arg.te >= ts || L(arg.te) != ",") return -1;
  if (arg.type == EntityType::kCity) return arg.entities[0];
  return arg.city;  // a capital read as its country: the city itself
}

// The country an envoy is posted to (an ambassadorTo role found so far), or -1.
int RelationExtractor::SentenceRun::HostOf(int envoy) const {
  auto it = envoy_hosts_.find(envoy);
  return it == envoy_hosts_.end() ? -1 : it->second;
}

// For "in protest" at ts: the country and the host of the envoy a verb of
// recalling before it in the clause calls home ("recalled its ambassador
// to Spain"); {-1, -1} when there is none.
std::pair<int, int> RelationExtractor::SentenceRun::RecalledEnvoyBefore(size_t ts) const {
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
std::vector<int> RelationExtractor::SentenceRun::DatelineHostFor(const std::vector<int>& visitors) const {
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

// "Xi held talks with visiting Vietnamese Prime Minister X ... in
// Beijing": the visiting person came to where the clause says, else to
// the host's country (the clause's subject before `ts`).
void RelationExtractor::SentenceRun::VisitingGuest(size_t ts, const Arg& guest) {
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
void RelationExtractor::SentenceRun::GuestVisits(const std::vector<int>& hosts, const std::vector<int>& guests,
                                                 size_t guests_end, int place, std::optional<Date> date,
                                                 double confidence, const std::string& rule) {
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
void RelationExtractor::SentenceRun::SpokeIn() {
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

// "A and B held talks in Malaysia hosted by its Prime Minister X", "A and
// B met under the auspices of X": whoever hosts or presides over the
// talks meets both parties.
void RelationExtractor::SentenceRun::HostsOfTalks(size_t first_relation) {
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

}  // namespace diplograph
