#include "extractor/relation_inference.h"

#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "extractor/literal.h"
#include "extractor/sentence_index.h"

namespace diplograph {

void Infer(Document& doc) {
  // Envoys and the countries they are posted to: they live there.
  std::set<std::pair<int, int>> postings;
  for (const Relation& r : doc.relations) {
    if (r.predicate == Predicate::kAmbassadorTo) postings.emplace(r.subject, r.object);
  }
  std::vector<Relation> extra;
  for (const Relation& r : doc.relations) {
    const Entity& s = doc.entities[static_cast<size_t>(r.subject)];
    const Entity& o = doc.entities[static_cast<size_t>(r.object)];
    if (r.predicate == Predicate::kSummoned && s.type == EntityType::kPerson &&
        o.type == EntityType::kPerson) {
      Relation m = r;
      m.predicate = Predicate::kMetWith;
      m.confidence = r.confidence * 0.9;
      m.rule = r.rule + "+summons-implies-meeting";
      extra.push_back(m);
    }
    if (r.predicate == Predicate::kMetWith && r.place >= 0 && !r.remote) {
      const Entity& place = doc.entities[static_cast<size_t>(r.place)];
      int place_country = place.type == EntityType::kCountry ? r.place : place.country;
      for (int party : {r.subject, r.object}) {
        const Entity& pe = doc.entities[static_cast<size_t>(party)];
        if (pe.type != EntityType::kPerson || pe.country < 0 || place_country < 0) continue;
        if (pe.country == place_country || postings.contains({party, place_country})) continue;
        Relation v = r;
        v.predicate = Predicate::kVisited;
        v.subject = party;
        v.object = r.place;
        v.place = -1;
        v.confidence = r.confidence * 0.8;
        v.rule = r.rule + "+meeting-abroad-implies-visit";
        extra.push_back(v);
      }
    }
  }
  doc.relations.insert(doc.relations.end(), extra.begin(), extra.end());
}

namespace {

// Whether a sentence tells background rather than the news: "had",
// "earlier", "since", "ago"..., or, when `story_year` is given, another
// year ("signed in 1998", "the 2015 agreement").
bool TellsBackground(const Document& doc, size_t sentence, std::string_view story_year) {
  const Sentence& sent = doc.sentences[sentence];
  for (size_t t = sent.token_begin; t < sent.token_end; ++t) {
    const std::string_view w = doc.tokens[t].lower;
    if (Equals(w, "had") || Equals(w, "earlier") || Equals(w, "previously") || Equals(w, "last") ||
        Equals(w, "since") || Equals(w, "ago") || Equals(w, "former") || Equals(w, "once") || Equals(w, "until")) {
      return true;
    }
    if (!story_year.empty() && w.size() == 4 && w.find_first_not_of("0123456789") == std::string_view::npos &&
        (w.starts_with("19") || w.starts_with("20")) && w != story_year) {
      return true;
    }
  }
  return false;
}

namespace {

// TellsBackground of each sentence asked about, found once: a table by
// sentence (a std::map allocated a node for each).
class BackgroundMemo {
 public:
  BackgroundMemo(const Document& doc, std::string_view story_year)
      : doc_(doc), story_year_(story_year), known_(doc.sentences.size(), kUnknown) {}
  bool operator()(size_t sentence) {
    signed char& known = known_[sentence];
    if (known == kUnknown) known = TellsBackground(doc_, sentence, story_year_) ? 1 : 0;
    return known == 1;
  }

 private:
  static constexpr signed char kUnknown = -1;
  const Document& doc_;
  std::string_view story_year_;
  std::vector<signed char> known_;
};

}  // namespace

}  // namespace

WordSet NounForms(const Lexicon& lexicon, Predicate predicate) {
  WordSet nouns;
  for (const Trigger& t : lexicon.triggers) {
    if (t.predicate != predicate || !t.noun) continue;
    for (const std::string& form : t.words) {
      if (form.find(' ') == std::string::npos) nouns.Add(form);
    }
  }
  return nouns;
}

namespace {

// The end of "in", "held in", "was held in", "took place in", "convened
// in" starting at token t (after a meeting noun and its comma), or 0.
size_t VenuePhraseEnd(const Document& doc, size_t t, size_t end) {
  auto is = [&](size_t k, std::string_view w) { return k < end && doc.tokens[k].lower == w; };
  if (is(t, "in")) return t + 1;  // "the summit in Addis Ababa"
  if (is(t, ",")) ++t;
  if (is(t, "which") || is(t, "that")) ++t;
  if (is(t, "was") || is(t, "were") || is(t, "is") || is(t, "are")) ++t;
  if (is(t, "held") || is(t, "convened")) ++t;
  else if (is(t, "took") && is(t + 1, "place")) t += 2;
  else return 0;
  return is(t, "in") ? t + 1 : 0;
}

// The city (else the country) named within a few words after `from`,
// before any comma: "Tbilisi", "Georgia's capital Tbilisi"; -1 when none.
int VenueAt(const Document& doc, std::span<const size_t> mentions, size_t from, size_t end) {
  static constexpr size_t kReach = 5;
  int country = -1;
  for (size_t mi : mentions) {
    const Mention& m = doc.mentions[mi];
    if (m.token_begin < from || m.entity < 0) continue;
    if (m.token_begin >= std::min(end, from + kReach)) break;
    bool comma = false;
    for (size_t k = from; k < m.token_begin; ++k) comma = comma || Equals(doc.tokens[k].lower, ",");
    if (comma) break;
    if (m.city >= 0) return m.city;  // a capital read as its country
    const EntityType type = doc.entities[static_cast<size_t>(m.entity)].type;
    if (type == EntityType::kCity) return m.entity;
    if (type == EntityType::kCountry && country < 0 && m.token_begin == from) country = m.entity;
  }
  return country;
}

}  // namespace

void VenueOfTalks(Document& doc, const SentenceLayer& mentions, std::span<const size_t> meeting_nouns) {
  int venue = -1;
  size_t next = 0;  // into meeting_nouns
  for (size_t s = 0; s < doc.sentences.size() && next < meeting_nouns.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    for (; next < meeting_nouns.size() && meeting_nouns[next] < sent.token_end; ++next) {
      const size_t t = meeting_nouns[next];
      if (t < sent.token_begin) continue;
      const size_t in = VenuePhraseEnd(doc, t + 1, sent.token_end);
      if (in == 0) continue;
      const int place = VenueAt(doc, mentions[s], in, sent.token_end);
      if (place < 0 || TellsBackground(doc, s, std::string_view())) continue;
      if (venue >= 0 && venue != place) return;  // two venues: which talks were where is not said
      venue = place;
    }
  }
  if (venue < 0) return;
  BackgroundMemo background(doc, std::string_view());
  for (Relation& r : doc.relations) {
    if (r.predicate != Predicate::kMetWith || r.place >= 0 || r.remote) continue;
    if (background(r.sentence)) continue;
    r.place = venue;
    r.rule += "+venue-of-talks";
  }
}

namespace {

// Whom a country mention stands for after a plural title: its leader
// ("leaders of", "heads of state of"), the holder of an office ("the
// foreign ministers of"), or the country itself.
struct HoldersOf {
  bool leaders = false;
  int office = -1;  // Lexicon::OfficeGroup of "foreign minister" in "foreign ministers of"
};

// The plural title before the country mention `m`, walking back over the
// other countries listed and their commas and "and".
HoldersOf TitleBefore(const Document& doc, std::span<const size_t> mentions, const Mention& m,
                      const Lexicon& lexicon) {
  size_t k = m.token_begin;
  auto listed_country_ending_at = [&](size_t end) -> const Mention* {
    for (size_t mi : mentions) {
      const Mention& other = doc.mentions[mi];
      if (other.token_end == end && other.entity >= 0 &&
          doc.entities[static_cast<size_t>(other.entity)].type == EntityType::kCountry) {
        return &other;
      }
    }
    return nullptr;
  };
  const size_t begin = doc.sentences[m.sentence].token_begin;
  while (k > begin) {
    const std::string_view w = doc.tokens[k - 1].lower;
    if (Equals(w, ",") || Equals(w, "and")) {
      --k;
    } else if (const Mention* other = listed_country_ending_at(k)) {
      k = other->token_begin;
    } else {
      break;
    }
  }
  auto word = [&](size_t back) { return k >= begin + back ? doc.tokens[k - back].lower : std::string_view(); };
  if (!Equals(word(1), "of")) return {};
  if (Equals(word(2), "leaders") || Equals(word(2), "presidents") ||
      ((Equals(word(2), "state") || Equals(word(2), "government")) && Equals(word(3), "of") && Equals(word(4), "heads"))) {
    return {.leaders = true};
  }
  if (!Equals(word(2), "ministers") || word(3).empty()) return {};
  const std::string singular = std::string(word(3)) + " minister";  // "foreign ministers" -> "foreign minister"
  for (size_t o = 0; o < lexicon.offices.size(); ++o) {
    if (lexicon.offices[o].form == singular) return {.office = lexicon.OfficeGroup(static_cast<int>(o))};
  }
  return {};
}

}  // namespace

void LeadersForTheirCountries(Document& doc, const SentenceLayer& mentions, const Lexicon& lexicon) {
  // (country, office group or -1 for the leader) -> the one person named so, or -1 when several
  std::map<std::pair<int, int>, int> holder;
  auto add = [&](int country, int office, int person) {
    auto [it, inserted] = holder.emplace(std::pair{country, office}, person);
    if (!inserted && it->second != person) it->second = -1;
  };
  for (const Relation& r : doc.relations) {
    if (r.predicate == Predicate::kLeaderOf) add(r.object, -1, r.subject);
  }
  for (const Mention& m : doc.mentions) {
    if (m.entity < 0 || m.office < 0) continue;
    const int country = doc.entities[static_cast<size_t>(m.entity)].country;
    if (country >= 0) add(country, lexicon.OfficeGroup(m.office), m.entity);
  }
  if (holder.empty()) return;
  for (Relation& r : doc.relations) {
    if (Info(r.predicate).role) continue;
    for (int* party : {&r.subject, &r.object}) {
      // (A visit goes to a country, not to the person who leads it.)
      if (party == &r.object && r.predicate == Predicate::kVisited) continue;
      for (size_t mi : mentions[r.sentence]) {
        const Mention& m = doc.mentions[mi];
        if (m.entity != *party) continue;
        const HoldersOf title = TitleBefore(doc, mentions[r.sentence], m, lexicon);
        if (!title.leaders && title.office < 0) continue;
        auto named = holder.find({*party, title.leaders ? -1 : title.office});
        if (named == holder.end() || named->second < 0) continue;
        if (named->second == r.subject || named->second == r.object) break;  // no one meets themself
        *party = named->second;
        r.rule += title.leaders ? "+leader-of-country" : "+office-holder-of-country";
        break;
      }
    }
  }
}

namespace {

// Where the list of companions starts in [begin, end): after "accompanied
// by", "together with", "alongside", or the "are"/"were" that follows an
// opening "Accompanying"; `end` when there is no such cue.
size_t CompanionListStart(const Document& doc, size_t begin, size_t end) {
  auto is = [&](size_t k, std::string_view w) { return k < end && doc.tokens[k].lower == w; };
  for (size_t t = begin; t < end; ++t) {
    if ((is(t, "accompanied") && is(t + 1, "by")) || (is(t, "together") && is(t + 1, "with")) ||
        (is(t, "along") && is(t + 1, "with"))) {
      return t + 2;
    }
    if (is(t, "alongside")) return t + 1;
    if (t == begin && is(t, "accompanying")) {
      for (size_t k = t + 1; k < end; ++k) {
        if (is(k, "are") || is(k, "were")) return k + 1;
      }
    }
  }
  return end;
}

// The people listed from token `from` in sentence `s`: names (with their
// titles) joined by commas and "and" only.
std::vector<int> ListedPeople(const Document& doc, std::span<const size_t> mentions, size_t from) {
  static constexpr size_t kLead = 2;  // "the", "his" before the first title
  std::vector<int> people;
  size_t expected = from;  // where the next name (or its title) may start
  for (size_t mi : mentions) {
    const Mention& m = doc.mentions[mi];
    if (m.token_end <= from) continue;
    if (m.kind == MentionKind::kPronoun || m.kind == MentionKind::kTitle) continue;
    size_t gap_end = m.title_begin;
    bool joined = gap_end >= expected && gap_end <= expected + (people.empty() ? kLead : 0) + 3;
    for (size_t k = expected; joined && k < gap_end; ++k) {
      const std::string_view w = doc.tokens[k].lower;
      joined = Equals(w, ",") || Equals(w, "and") || Equals(w, "the") || Equals(w, "his") || Equals(w, "her") ||
               (people.empty() && k < from + kLead);
    }
    if (!joined) break;
    if (m.entity < 0 || doc.entities[static_cast<size_t>(m.entity)].type != EntityType::kPerson) break;
    people.push_back(m.entity);
    expected = m.token_end;
  }
  return people;
}

}  // namespace

void CompanionsVisit(Document& doc, const SentenceLayer& mentions) {
  std::vector<Relation> added;
  auto add_companions = [&](const Relation& visit, size_t sentence, size_t start) {
    const Entity& place = doc.entities[static_cast<size_t>(visit.object)];
    const int place_country = place.type == EntityType::kCountry ? visit.object : place.country;
    for (int person : ListedPeople(doc, mentions[sentence], start)) {
      const int own = doc.entities[static_cast<size_t>(person)].country;
      if (person == visit.subject || (own >= 0 && own == place_country)) continue;
      Relation v = visit;
      v.subject = person;
      v.sentence = sentence;
      v.confidence = visit.confidence * 0.8;
      v.rule = visit.rule + "+companion";
      added.push_back(std::move(v));
    }
  };
  std::vector<int> first_visit(doc.sentences.size(), -1);  // relation index, by sentence
  for (size_t r = 0; r < doc.relations.size(); ++r) {
    const Relation& visit = doc.relations[r];
    if (visit.predicate == Predicate::kVisited && first_visit[visit.sentence] < 0) {
      first_visit[visit.sentence] = static_cast<int>(r);
    }
  }
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    const size_t start = CompanionListStart(doc, sent.token_begin, sent.token_end);
    if (start == sent.token_end) continue;
    if (first_visit[s] >= 0) {
      add_companions(doc.relations[static_cast<size_t>(first_visit[s])], s, start);
      continue;
    }
    // "Ruto arrived in Beijing on Tuesday. He is accompanied by A and B":
    // the visit the sentence's subject began in the one before.
    if (s == 0 || first_visit[s - 1] < 0 || mentions[s].empty()) continue;
    const Mention& subject = doc.mentions[mentions[s].front()];
    const Relation& visit = doc.relations[static_cast<size_t>(first_visit[s - 1])];
    if (subject.entity == visit.subject && subject.token_begin == sent.token_begin && subject.token_end + 3 >= start) {
      add_companions(visit, s, start);
    }
  }
  for (Relation& v : added) doc.relations.push_back(std::move(v));
}

// An event that carries on the previous sentence's story ("South Korea
// summoned the ambassador on Tuesday. Chang summoned him to urge ...")
// shares its date, when the text gives it none of its own, its sentence
// tells no background ("had", "earlier") and it involves one of the same
// parties.
void InheritDates(Document& doc) {
  // A person or a national body stands with its country; a place does not.
  auto party = [&](int e) {
    const Entity& ent = doc.entities[static_cast<size_t>(e)];
    bool represents = ent.type == EntityType::kPerson || ent.type == EntityType::kGovernmentBody;
    return std::pair<int, int>{e, represents ? ent.country : -1};
  };
  auto shares = [&](const Relation& a, const Relation& b) {
    for (int x : {a.subject, a.object}) {
      for (int y : {b.subject, b.object}) {
        auto [xe, xc] = party(x);
        auto [ye, yc] = party(y);
        if (xe == ye || (xc >= 0 && xc == ye) || (yc >= 0 && yc == xe) || (xc >= 0 && xc == yc)) return true;
      }
    }
    return false;
  };
  // Sentences told as background, found once each; relations by sentence.
  BackgroundMemo background(doc, std::string_view());
  thread_local SentenceIndex index_storage;  // its memory reused from document to document
  index_storage.Fill(doc);
  const SentenceIndex& index = index_storage;
  for (Relation& r : doc.relations) {
    if (r.date || Info(r.predicate).role || r.sentence == 0) continue;
    if (background(r.sentence)) continue;
    for (size_t pi : index.relations[r.sentence - 1]) {
      const Relation& p = doc.relations[pi];
      if (p.sentence + 1 == r.sentence && p.date && !Info(p.predicate).role && shares(p, r)) {
        r.date = p.date;
        r.rule += "+date-from-previous-sentence";
        break;
      }
    }
  }
}

// The news a story breaks happened on the day its lead gives: "Greek and
// Turkish leaders on Thursday struck an upbeat tone ...", "X conferred with
// leaders ... today". What the story goes on to tell with no date of its
// own, and no word of background ("had", "earlier", another year), is that
// news. The lead is the first two body sentences; its day must fall in the
// week up to publication, so an anniversary lead dates nothing.
void DateFromLead(Document& doc) {
  static constexpr size_t kLeadSentences = 2;
  static constexpr long kLeadReachDays = 7;
  if (!doc.published) return;
  const long published = doc.published->ToDays();
  std::optional<Date> story;
  size_t body_seen = 0;
  for (size_t s = 0; s < doc.sentences.size() && body_seen < kLeadSentences && !story; ++s) {
    if (doc.blocks[doc.sentences[s].block].kind != BlockKind::kBody) continue;
    ++body_seen;
    for (const TimeExpression& t : doc.times) {
      if (t.sentence != s || !t.date) continue;
      const long day = t.date->ToDays();
      if (day <= published && day + kLeadReachDays >= published) story = t.date;
      break;
    }
  }
  if (!story) return;
  const std::string story_year = std::to_string(story->year);
  BackgroundMemo background(doc, story_year);
  for (Relation& r : doc.relations) {
    if (r.date || Info(r.predicate).role) continue;
    if (background(r.sentence)) continue;
    r.date = story;
    r.rule += "+date-of-lead";
  }
}

// An envoy whose host the text does not name was posted, by default, to
// the country the story is filed from (rule "role-envoy-home"). An envoy
// summoned by a government is posted to that government's country, also
// when the story is filed from the envoy's own country and so gave no
// default ("India lodged a protest ... Bangladesh summoned the Indian High
// Commissioner").
void HostBySummons(Document& doc, const Lexicon& lexicon) {
  auto country_of = [&](int e) {
    const Entity& entity = doc.entities[static_cast<size_t>(e)];
    return entity.type == EntityType::kCountry ? e : entity.country;
  };
  std::unordered_map<int, size_t> defaulted;  // envoy -> its "role-envoy-home" relation
  std::unordered_set<int> posted;             // envoys with an ambassadorTo role
  for (size_t i = 0; i < doc.relations.size(); ++i) {
    const Relation& role = doc.relations[i];
    if (role.predicate != Predicate::kAmbassadorTo) continue;
    posted.insert(role.subject);
    if (Equals(role.rule, "role-envoy-home")) defaulted.emplace(role.subject, i);
  }
  std::unordered_set<int> envoys;  // people titled with the office of a mission's head
  for (const Mention& m : doc.mentions) {
    if (m.entity >= 0 && m.office >= 0 && lexicon.offices[static_cast<size_t>(m.office)].heads_mission) {
      envoys.insert(m.entity);
    }
  }
  std::vector<Relation> added;
  for (const Relation& r : doc.relations) {
    if (r.predicate != Predicate::kSummoned) continue;
    const int host = country_of(r.subject);
    const int own = doc.entities[static_cast<size_t>(r.object)].country;
    if (host < 0 || host == own) continue;
    if (auto role = defaulted.find(r.object); role != defaulted.end()) {
      doc.relations[role->second].object = host;
      doc.relations[role->second].rule = "role-envoy-summoned-by-host";
    } else if (own >= 0 && envoys.contains(r.object) && posted.insert(r.object).second) {
      Relation posting;
      posting.predicate = Predicate::kAmbassadorTo;
      posting.subject = r.object;
      posting.object = host;
      posting.sentence = r.sentence;
      posting.confidence = 0.9;
      posting.rule = "role-envoy-summoned-by-host";
      added.push_back(std::move(posting));
    }
  }
  for (Relation& posting : added) doc.relations.push_back(std::move(posting));
}

// Envoy -> the country of its ambassadorTo role, for the relations to come.
std::unordered_map<int, int> EnvoyHosts(const Document& doc) {
  std::unordered_map<int, int> hosts;
  for (const Relation& r : doc.relations) {
    if (r.predicate == Predicate::kAmbassadorTo) hosts.emplace(r.subject, r.object);
  }
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    if (doc.entities[e].posted_to >= 0) hosts.emplace(static_cast<int>(e), doc.entities[e].posted_to);
  }
  return hosts;
}

}  // namespace diplograph
