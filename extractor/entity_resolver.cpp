#include "extractor/entity_resolver.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "extractor/byte_hash.h"
#include "extractor/literal.h"
#include "extractor/name_key.h"
#include "extractor/one_line.h"
#include "extractor/utf8.h"
#include "extractor/word_set.h"

namespace diplograph {

namespace {

bool IsLocativePreposition(std::string_view lower) {
  static const WordSet kPreps = {
      "in", "at", "from", "near", "into", "outside", "via", "inside"};
  return kPreps.Contains(lower);
}

// "to" makes a place only after movement ("travelled to Kyiv"); otherwise
// the capital receives something and is its government ("weapons to Kyiv").
bool IsMotionWord(std::string_view lower) {
  static const WordSet kWords = {
      "visit", "visits", "visited", "visiting", "trip", "trips", "travel", "travels", "travelled",
      "traveled", "travelling", "traveling", "flew", "fly", "flies", "flying", "arrived", "arrive",
      "arrives", "returned", "return", "returns", "went", "go", "goes", "going", "came", "come",
      "headed", "heading", "moved", "journey", "tour", "toured", "touring", "relocated", "back",
      "way", "route", "flight", "flights", "road", "drove", "sailed", "delegation", "mission"};
  return kWords.Contains(lower);
}

// "the Foreign Ministry" -> "Foreign Ministry".
std::string_view WithoutDeterminer(std::string_view s) {
  for (std::string_view det : {"the ", "The ", "a ", "A ", "an ", "An "}) {
    if (s.starts_with(det)) s.remove_prefix(det.size());
  }
  return s;
}

// A document's entities by IRI: a table of entity numbers, each found by
// comparing the IRI its entity has now. (A map from IRI strings allocated
// a node and a copy of the IRI for every entity, and hashed the IRI twice
// for each new one.) Files an entity under the IRI it has when filed;
// whoever changes an entity's IRI unfiles it first.
class IriIndex {
 public:
  explicit IriIndex(const std::vector<Entity>& entities) : entities_(entities) {}

  // The entity filed under `iri`, or -1.
  int Find(std::string_view iri) const {
    if (slots_.empty()) return -1;
    const uint64_t hash = Hash(iri);
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.entity == kFree) return -1;
      if (slot.entity != kErased && slot.hash == hash && entities_[static_cast<size_t>(slot.entity)].iri == iri) {
        return slot.entity;
      }
    }
  }
  bool contains(std::string_view iri) const { return Find(iri) >= 0; }

  // Files `entity`, whose IRI is `iri`, unless some entity is filed under
  // that IRI already (as std::map::emplace would).
  void Insert(std::string_view iri, int entity) {
    if (Find(iri) >= 0) return;
    if (2 * (used_ + 1) > slots_.size()) Grow();
    Place(Hash(iri), entity);
    ++used_;
  }

  // Unfiles the entity filed under `iri`, if any.
  void Erase(std::string_view iri) {
    if (slots_.empty()) return;
    const uint64_t hash = Hash(iri);
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.entity == kFree) return;
      if (slot.entity != kErased && slot.hash == hash && entities_[static_cast<size_t>(slot.entity)].iri == iri) {
        slot.entity = kErased;  // kept as a step for the probes past it; used_ counts it still
        return;
      }
    }
  }

 private:
  static constexpr int kFree = -1, kErased = -2;
  struct Slot {
    uint64_t hash = 0;
    int entity = kFree;
  };

  static uint64_t Hash(std::string_view s) { return ByteHash(s); }

  void Place(uint64_t hash, int entity) {
    const size_t mask = slots_.size() - 1;
    size_t i = hash & mask;
    while (slots_[i].entity != kFree) i = (i + 1) & mask;
    slots_[i] = {hash, entity};
  }

  // Twice the room, without the erased slots.
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 32 : 2 * old.size(), Slot{});
    used_ = 0;
    for (const Slot& slot : old) {
      if (slot.entity < 0) continue;
      Place(slot.hash, slot.entity);
      ++used_;
    }
  }

  const std::vector<Entity>& entities_;
  std::vector<Slot> slots_;  // a power of two, at most half used (erased slots included)
  size_t used_ = 0;
};

}  // namespace

// One document's resolution: entity table, lookups and the passes in order.
class EntityResolver::Run {
 public:
  Run(const EntityResolver& r, Document& doc)
      : r_(r), lex_(r.lexicon_), doc_(doc), doc_slug_(Slugify(doc.id)), by_iri_(doc.entities) {}

  void Go() {
    home_ = HomeCountry();
    positions_of_.resize(doc_.mentions.size());
    // About one of each per mention: room up front spares regrowing them.
    surfaces_.reserve(doc_.mentions.size());
    people_.reserve(doc_.mentions.size());
    for (size_t i = 0; i < doc_.mentions.size(); ++i) ResolveNamed(i);
    pass_one_done_ = true;
    for (size_t i = 0; i < doc_.mentions.size(); ++i) ResolveDependent(i);
    // "MANILA, July 8 (Reuters) -": the city the story is filed from, and
    // the agency that wrote it (under the name the credit gives it too).
    if (!doc_.dateline_city.empty()) doc_.dateline_place = EntityFor(doc_.dateline_city, EntityType::kCity, "");
    if (!doc_.dateline_agency.empty()) {
      // (An agency the lexicon does not know is labelled as credited.)
      doc_.dateline_author =
          EntityFor(doc_.dateline_agency, EntityType::kNewsAgency, OneLine(doc_.View(doc_.dateline_credit)));
      surfaces_.emplace_back(doc_.dateline_author, doc_.dateline_credit);
    }
    // "US Vice President": "US" is a surface form of the country too.
    for (const Mention& m : doc_.mentions) {
      if (!m.country_name.empty() && m.entity >= 0 && !m.country_iri.empty()) {
        surfaces_.emplace_back(CountryEntity(m.country_iri), m.country_name);
      }
    }
    FinishLabels();
    BodiesInBareAppositions();
    DeriveRoles();
  }

 private:
  // --- entity table --------------------------------------------------------
  int EntityFor(std::string_view iri, EntityType type, const std::string& label) {
    if (const int known = by_iri_.Find(iri); known >= 0) return known;
    Entity e;
    e.iri = iri;
    const LexEntity* le = lex_.Find(iri);
    e.type = le ? le->type : type;
    e.label = le ? le->label : label;  // copied once, whichever it is
    if (le) e.same_as = le->same_as;
    doc_.entities.push_back(std::move(e));
    int idx = static_cast<int>(doc_.entities.size() - 1);
    by_iri_.Insert(iri, idx);
    // Cities and national bodies know their country (for "met abroad" inferences).
    if (le && !le->country.empty() && le->type != EntityType::kPerson && le->country != iri) {
      int c = CountryEntity(le->country);
      doc_.entities[static_cast<size_t>(idx)].country = c;
    }
    return idx;
  }

  int CountryEntity(std::string_view iri) {
    const LexEntity* le = lex_.Find(iri);
    if (le) return EntityFor(iri, EntityType::kCountry, le->label);
    return EntityFor(iri, EntityType::kCountry, std::string(iri));
  }

  const std::string& DocSlug() const { return doc_slug_; }

  std::string Demonym(const std::string& country_iri) const {
    const LexEntity* le = lex_.Find(country_iri);
    if (!le) return {};
    return le->demonyms.empty() ? le->label : le->demonyms.front();
  }

  void Assign(size_t i, int entity, bool add_surface = true) {
    Mention& m = doc_.mentions[i];
    m.entity = entity;
    CountMention(entity);
    if (entity >= 0 && add_surface) surfaces_.emplace_back(entity, m.span);
  }

  // The country whose point of view the article takes: the first actor of
  // its opening sentence ("S. Korea urges Russia ...", "South Korean
  // Ambassador Lee ... said"). Titles with no country of their own
  // ("Vice Foreign Minister Kim", "the ministry") belong to it.
  // The country the article reports from: its dateline's, else the first
  // one it names.
  std::string HomeCountry() const {
    if (!doc_.dateline_country.empty()) return doc_.dateline_country;
    // "FG summons US envoy over Trump's remarks. The Federal Government
    // summoned the United States Ambassador to Nigeria": an envoy posted to
    // a country in the opening sentences says where the story is, before a
    // sender's leader named first.
    static constexpr size_t kOpening = 3;
    for (const Mention& m : doc_.mentions) {
      if (m.sentence >= kOpening) break;
      if (m.office >= 0 && lex_.offices[static_cast<size_t>(m.office)].envoy && !m.host_iri.empty()) return m.host_iri;
    }
    for (const Mention& m : doc_.mentions) {
      // An envoy's country is the one that sent them, not where the story
      // is; the country they are posted to is ("summoned the Turkish
      // ambassador to Iraq": Iraq's ministry).
      if (m.office >= 0 && lex_.offices[static_cast<size_t>(m.office)].envoy) {
        if (!m.host_iri.empty()) return m.host_iri;
        continue;
      }
      if (!m.country_iri.empty()) return m.country_iri;
      const LexEntity* le = lex_.Find(m.lexicon_iri);
      if (!le) continue;
      if (le->type == EntityType::kCountry) return le->iri;
      if (m.kind == MentionKind::kCapital) return le->country;
      if (le->type == EntityType::kPerson && !le->country.empty()) return le->country;
    }
    return {};
  }

  // --- pass 1: mentions that name their entity -----------------------------
  void ResolveNamed(size_t i) {
    Mention& m = doc_.mentions[i];
    switch (m.kind) {
      case MentionKind::kName:
        if (m.type == EntityType::kPerson) return ResolvePersonName(i);
        if (m.type == EntityType::kGovernmentBody) return ResolveBody(i);
        if (!m.lexicon_iri.empty()) return Assign(i, EntityFor(m.lexicon_iri, m.type, m.name));
        if (m.type == EntityType::kAgreement) {
          return Assign(i, EntityFor(MintEntityIri(m.type, Slugify(m.name)), m.type, m.name));
        }
        return Assign(i, EntityFor(MintEntityIri(m.type, Slugify(m.name)), m.type, m.name));
      case MentionKind::kCapital:
        return ResolveCapital(i);
      case MentionKind::kDemonym:
        return Assign(i, CountryEntity(m.lexicon_iri), false);
      default:
        return;
    }
  }

  void ResolvePersonName(size_t i) {
    Mention& m = doc_.mentions[i];
    std::string key = PersonKey(m.name, lex_);
    std::string iri(m.lexicon_iri);
    if (iri.empty()) {
      auto it = r_.person_keys_.find(key);
      if (it != r_.person_keys_.end()) iri = lex_.entities[it->second].iri;
    }
    int e = -1;
    const bool minted = iri.empty();
    if (minted) {
      iri = MintEntityIri(EntityType::kPerson, key);
      e = LongerOrShorterName(key, iri, m.name);
    }
    // "the Chinese foreign minister ... Chinese Foreign Minister Wang Yi":
    // the first time the name is met, the unnamed holder of its office.
    if (e < 0 && !m.country_iri.empty() && !by_iri_.contains(iri)) e = NameTheUnnamedHolder(m, iri);
    if (e < 0) {
      e = EntityFor(iri, EntityType::kPerson, m.name);
      if (minted) minted_people_.emplace_back(key, e);
    }
    Assign(i, e);
    TakeCounterpartOffice(i);
    AddPerson(i);
  }

  // "Bilawal Bhutto" in the headline, "Bilawal Bhutto-Zardari" in the body:
  // a name of two words or more that another person's name of this
  // document only goes on from is the same person, under the longer name's
  // IRI (the one other documents would give). -1 when there is none.
  int LongerOrShorterName(const std::string& key, const std::string& iri, const std::string& name) {
    if (key.find('-') == std::string::npos) return -1;
    for (auto& [other_key, entity] : minted_people_) {
      const bool longer = key.size() > other_key.size() && key.starts_with(other_key) && key[other_key.size()] == '-';
      const bool shorter = other_key.size() > key.size() && other_key.starts_with(key) && other_key[key.size()] == '-';
      if (!longer && !shorter) continue;
      if (longer) {
        // The entity takes the longer name's IRI and label.
        by_iri_.Erase(doc_.entities[static_cast<size_t>(entity)].iri);
        doc_.entities[static_cast<size_t>(entity)].iri = iri;
        doc_.entities[static_cast<size_t>(entity)].label = name;
        by_iri_.Insert(iri, entity);
        other_key = key;
      }
      return entity;
    }
    return -1;
  }

  // "Lavrov met his Iranian counterpart X": X holds Lavrov's office, for Iran.
  void TakeCounterpartOffice(size_t i) {
    Mention& m = doc_.mentions[i];
    if (m.office < 0 || !lex_.offices[static_cast<size_t>(m.office)].counterpart) return;
    int owner = -1;
    if (const int office = CounterpartOffice(i, &owner); office >= 0) m.office = office;
  }

  void ResolveBody(size_t i) {
    Mention& m = doc_.mentions[i];
    if (const LexEntity* known = lex_.Find(m.lexicon_iri); known && known->type == EntityType::kGovernmentBody) {
      // "the Kremlin", "the State Department": a national institution of the
      // lexicon, which knows its country.
      return Assign(i, EntityFor(known->iri, EntityType::kGovernmentBody, known->label));
    }
    const LexEntity* country = lex_.Find(m.country_iri);
    if (!country) return;
    std::string label = Demonym(m.country_iri) + " " + m.name;
    int e = EntityFor(MintEntityIri(EntityType::kGovernmentBody, Slugify(country->label + " " + m.name)),
                      EntityType::kGovernmentBody, label);
    doc_.entities[static_cast<size_t>(e)].country = CountryEntity(m.country_iri);
    Assign(i, e);
  }

  // A capital is the city where it is a location ("in Seoul"), the country
  // where it acts or is acted upon ("Seoul said", "warned Moscow").
  void ResolveCapital(size_t i) {
    Mention& m = doc_.mentions[i];
    const LexEntity* city = lex_.Find(m.lexicon_iri);
    bool possessive = m.token_end < doc_.sentences[m.sentence].token_end &&
                      Equals(doc_.tokens[m.token_end].text, "'s");
    size_t sb = doc_.sentences[m.sentence].token_begin;
    bool locative = false;
    if (!possessive && m.token_begin > sb) {
      // ("in the Peruvian capital": past the article.)
      const size_t at =
          m.token_begin - 1 > sb && Equals(doc_.tokens[m.token_begin - 1].lower, "the") ? m.token_begin - 2
                                                                                         : m.token_begin - 1;
      const std::string_view prep = doc_.tokens[at].lower;
      locative = IsLocativePreposition(prep);
      if (Equals(prep, "to") || Equals(prep, "toward") || Equals(prep, "towards")) {
        for (size_t k = at; k > sb && k + 6 > at + 1; --k) {
          locative |= IsMotionWord(doc_.tokens[k - 1].lower);
        }
      }
      // "the Omani capital of Muscat", "the Italian capital, Rome": named as
      // the city it is.
      if ((Equals(prep, "of") || Equals(prep, ",")) && m.token_begin >= sb + 2) {
        const std::string_view noun = doc_.tokens[m.token_begin - 2].lower;
        locative |= Equals(noun, "capital") || Equals(noun, "city");
      }
    }
    // "the Washington clash", "the Minsk agreements": a capital before the
    // noun of an event says where it was.
    if (!possessive && m.token_end < doc_.sentences[m.sentence].token_end &&
        r_.event_nouns_.Contains(doc_.tokens[m.token_end].lower)) {
      locative = true;
    }
    // "the Jordanian capital, Amman", "the U.S. capital": a capital named
    // as a city is the city.
    for (size_t t = m.token_begin; t < m.token_end && !locative; ++t) locative = Equals(doc_.tokens[t].lower, "capital");
    // "MANILA, July 8 -": a dateline names the city the story is filed from.
    locative |= !doc_.dateline.empty() && doc_.dateline.Contains(m.span);
    if (locative || city == nullptr || city->country.empty()) {
      m.type = EntityType::kCity;
      return Assign(i, EntityFor(m.lexicon_iri, EntityType::kCity, m.name));
    }
    m.type = EntityType::kCountry;
    m.city = EntityFor(m.lexicon_iri, EntityType::kCity, m.name);
    Assign(i, CountryEntity(city->country));
  }

  // --- pass 2: mentions that lean on others ----------------------------------
  void ResolveDependent(size_t i) {
    Mention& m = doc_.mentions[i];
    if (m.entity >= 0) return;
    switch (m.kind) {
      case MentionKind::kPartial:
        return ResolvePartial(i);
      case MentionKind::kTitle:
        return ResolveTitle(i);
      case MentionKind::kPronoun:
        return ResolvePronoun(i);
      case MentionKind::kNominal:
        return ResolveNominal(i);
      case MentionKind::kName:
        if (m.type == EntityType::kGovernmentBody) return;  // no country: left unresolved
        return;
      default:
        return;
    }
  }

  // people_.push_back(i), keeping PersonByPart's index of name words: for
  // each word, the positions in people_ of the names holding it; and,
  // unless told not to, the index of office holders a later bare title
  // ("the minister") may mean.
  void AddPerson(size_t i, bool holds_office_for_reference = true) {
    const Mention& m = doc_.mentions[i];
    const size_t position = people_.size();
    people_.push_back(i);
    if (m.entity < 0) return;  // PersonByPart skips those
    positions_of_[i].push_back(position);
    if (holds_office_for_reference) AddOfficeHolder(position);
    auto index = [&](const std::string& part) {
      WordPositions& word = people_by_word_[part];
      if (word.positions.empty() || word.positions.back() != position) {
        if (!word.positions.empty() &&
            doc_.mentions[people_[word.positions.back()]].span.begin > m.span.begin) {
          word.by_text_order = false;
        }
        word.positions.push_back(position);
      }
    };
    for (size_t start = 0;;) {
      const size_t space = m.name.find(' ', start);
      const std::string part = m.name.substr(start, space - start);
      index(part);
      // "al-Rashidi" is also found as "Rashidi" and "Al-Rashidi".
      if (const std::string_view rest = AfterGluedParticle(part); !rest.empty()) {
        index(std::string(rest));
        std::string capitalized = part;
        capitalized[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capitalized[0])));
        if (capitalized != part) index(capitalized);
      }
      if (space == std::string::npos) break;
      start = space + 1;
    }
  }

  // The person, named in full elsewhere in the document, one of whose name
  // words this is; the nearest preceding one wins, else the first following.
  // (Exactly PersonByPartScan's answer: the first name holding the word when
  // it follows `before`, else the last one preceding it, in people_ order;
  // found through the word index rather than a scan of every person.)
  int PersonByPart(const std::string& part, size_t before) const {
    if (part.empty() || part.find(' ') != std::string::npos) return PersonByPartScan(part, before);
    auto it = people_by_word_.find(part);
    if (it == people_by_word_.end()) return -1;
    const std::vector<size_t>& positions = it->second.positions;
    const size_t at = doc_.mentions[before].span.begin;
    auto begin_of = [&](size_t k) { return doc_.mentions[people_[positions[k]]].span.begin; };
    auto entity_of = [&](size_t k) { return doc_.mentions[people_[positions[k]]].entity; };
    if (begin_of(0) >= at) return entity_of(0);
    if (it->second.by_text_order) {  // the last one preceding, by binary search
      size_t lo = 0, hi = positions.size();
      while (hi - lo > 1) {
        const size_t mid = lo + (hi - lo) / 2;
        (begin_of(mid) < at ? lo : hi) = mid;
      }
      return entity_of(lo);
    }
    for (size_t k = positions.size(); k-- > 0;) {
      if (begin_of(k) < at) return entity_of(k);
    }
    return -1;
  }

  // PersonByPart for any part, by a scan of every person.
  int PersonByPartScan(const std::string& part, size_t before) const {
    int best = -1;
    for (size_t p : people_) {
      const Mention& pm = doc_.mentions[p];
      if (pm.entity < 0) continue;
      std::string name = pm.name;
      bool has = false;
      size_t pos = 0;
      while ((pos = name.find(part, pos)) != std::string::npos) {
        bool left = pos == 0 || name[pos - 1] == ' ';
        bool right = pos + part.size() == name.size() || name[pos + part.size()] == ' ';
        if (left && right) has = true;
        pos += part.size();
      }
      if (!has) continue;
      if (pm.span.begin < doc_.mentions[before].span.begin) {
        best = pm.entity;  // keeps the nearest preceding
      } else if (best < 0) {
        return pm.entity;
      }
    }
    return best;
  }

  void ResolvePartial(size_t i) {
    Mention& m = doc_.mentions[i];
    int e = PersonByPart(m.name, i);
    if (e < 0) {
      // A title with a surname only ("Ambassador Lee") and nobody to match.
      std::string key = PersonKey(m.name, lex_);
      const std::string iri = MintEntityIri(EntityType::kPerson, DocSlug() + "-" + key);
      e = NameTheUnnamedHolder(m, iri);
      if (e < 0) e = EntityFor(iri, EntityType::kPerson, m.name);
    }
    Assign(i, e);
    TakeCounterpartOffice(i);
    // Carry the title's facts to the person ("Ambassador Lee").
    if (m.office >= 0) AddPerson(i);
  }

  // "Manila summoned Beijing's ambassador ... summoned Ambassador Huang",
  // "the Chinese foreign minister ... Foreign Minister Wang Yi": a titled
  // name no one else has, after the document's only unnamed holder of that
  // office (for the same country, where the title gives one), names that
  // holder, who takes the name (and the lexicon's facts, for a known one). -1 when there is no such
  // holder, or more than one.
  int NameTheUnnamedHolder(const Mention& m, const std::string& iri) {
    if (m.office < 0) return -1;
    const Office& office = lex_.offices[static_cast<size_t>(m.office)];
    auto same_office = [&](int other) {
      const Office& o = lex_.offices[static_cast<size_t>(other)];
      return other == m.office || (office.synonyms >= 0 && o.synonyms == office.synonyms);
    };
    auto found = unnamed_holders_.end();
    for (auto it = unnamed_holders_.begin(); it != unnamed_holders_.end(); ++it) {
      if (!same_office(it->office) || (!m.country_iri.empty() && it->country_iri != m.country_iri)) continue;
      if (found != unnamed_holders_.end()) return -1;  // which one is not said
      found = it;
    }
    if (found == unnamed_holders_.end()) return -1;
    const int e = found->entity;
    unnamed_holders_.erase(found);
    Entity& holder = doc_.entities[static_cast<size_t>(e)];
    by_iri_.Erase(holder.iri);
    holder.iri = iri;
    holder.label = m.name;
    if (const LexEntity* known = lex_.Find(iri)) {
      holder.label = known->label;
      holder.same_as = known->same_as;
    }
    by_iri_.Insert(iri, e);
    return e;
  }

  // "the Russian ambassador": the named person holding that office for that
  // country in this document, else an office holder of its own.
  void ResolveTitle(size_t i) {
    Mention& m = doc_.mentions[i];
    if (ResolveApposition(i)) return;
    const bool surface_names_office = SpanHoldsOffice(m);  // (before a counterpart's office is read)
    std::string title = AsciiLower(m.name);
    int counterpart_of = -1;  // whose counterpart the title names: never themselves
    if (lex_.offices[static_cast<size_t>(m.office)].counterpart) {
      // "Lavrov met his Iranian counterpart": Lavrov's office, Iran's holder.
      if (const int office = CounterpartOffice(i, &counterpart_of); office >= 0) {
        m.office = office;
        title = AsciiLower(lex_.offices[static_cast<size_t>(office)].form);
      }
    }
    int best = OfficeHolderFor(m);
    if (best >= 0 && best == counterpart_of) best = -1;
    // "the Russian ambassador in Warsaw" after "Russia's ambassador to
    // Estonia": envoys posted to different countries are different people.
    if (best >= 0 && !m.host_iri.empty()) {
      for (size_t p : people_) {
        const Mention& held = doc_.mentions[p];
        if (held.entity == best && !held.host_iri.empty() && held.host_iri != m.host_iri) {
          best = -1;
          break;
        }
      }
    }
    if (best < 0 && m.country_iri.empty()) return;  // "the minister": nobody to point at
    if (best < 0) {
      std::string label = Demonym(m.country_iri) + " " + title;
      if (!m.host_iri.empty()) {
        if (const LexEntity* host = lex_.Find(m.host_iri)) label += " to " + host->label;
      }
      best = EntityFor(MintEntityIri(EntityType::kPerson, DocSlug() + "-" + Slugify(label)),
                       EntityType::kPerson, label);
      unnamed_holders_.push_back({best, m.office, m.country_iri});
    }
    // "the ambassadors of Chile and Bolivia", "his Saudi and Omani
    // counterparts": a title read off a country's name or demonym alone;
    // that word is the country's surface, not the person's.
    Assign(i, best, surface_names_office);
    // (Nor is such a title, one of a list, what a later "the minister" means.)
    AddPerson(i, surface_names_office);
  }

  bool SpanHoldsOffice(const Mention& m) const {
    const std::vector<std::string>& words = lex_.offices[static_cast<size_t>(m.office)].words;
    for (size_t t = m.token_begin; t < m.token_end; ++t) {
      if (std::find(words.begin(), words.end(), doc_.tokens[t].lower) != words.end()) return true;
    }
    return false;
  }

  // The office of the person a counterpart title at mention i is said of:
  // the nearest titled person before it in the sentence, else -1.
  int CounterpartOffice(size_t i, int* owner_out) const {
    const Mention& m = doc_.mentions[i];
    // "X held talks with his Saudi counterpart": the office X holds, however
    // far back X was titled.
    // (Not one of the counterpart's own country: "Welcoming his Peruvian
    // counterpart, Chilean President X noted": "his" looks ahead to X.)
    const auto of_own_country = [&](int person) {
      return !m.country_iri.empty() && std::any_of(people_.begin(), people_.end(), [&](size_t p) {
               return doc_.mentions[p].entity == person && doc_.mentions[p].country_iri == m.country_iri;
             });
    };
    if (i > 0 && doc_.mentions[i - 1].kind == MentionKind::kPronoun && doc_.mentions[i - 1].entity >= 0 &&
        doc_.mentions[i - 1].sentence == m.sentence && doc_.mentions[i - 1].token_end + 4 >= m.token_begin &&
        !of_own_country(doc_.mentions[i - 1].entity)) {
      const int owner = doc_.mentions[i - 1].entity;
      *owner_out = owner;
      for (size_t p : people_) {
        const Mention& pm = doc_.mentions[p];
        if (pm.entity == owner && pm.office >= 0 && !lex_.offices[static_cast<size_t>(pm.office)].counterpart) {
          return pm.office;
        }
      }
    }
    for (size_t k = i; k-- > 0 && doc_.mentions[k].sentence == m.sentence;) {
      const Mention& p = doc_.mentions[k];
      if (p.type != EntityType::kPerson || p.office < 0) continue;
      if (lex_.offices[static_cast<size_t>(p.office)].counterpart) continue;
      if (!p.country_iri.empty() && p.country_iri == m.country_iri) continue;
      if (*owner_out < 0) *owner_out = p.entity;
      return p.office;
    }
    // "Welcoming his Peruvian counterpart, Chilean President X": the titled
    // person the clause goes on with.
    for (size_t k = i + 1; k < doc_.mentions.size() && doc_.mentions[k].sentence == m.sentence; ++k) {
      const Mention& p = doc_.mentions[k];
      if (p.type != EntityType::kPerson || p.office < 0 || p.country_iri.empty() || p.country_iri == m.country_iri) {
        continue;
      }
      if (lex_.offices[static_cast<size_t>(p.office)].counterpart) continue;
      if (*owner_out < 0) *owner_out = p.entity;
      return p.office;
    }
    return -1;
  }

  // The person ResolveTitle gives a title: among the office holders in
  // people_ (same office, or both envoys, or both leaders; the same country
  // or either without one), the first that follows the title, else the
  // last one in people_. Found in the office holders' index instead of a
  // scan of people_ for every title (quadratic in long documents).
  //
  // Why the index gives the scan's answer: when title i is resolved, people_
  // holds the pass-one names in text order, then pass-two entries for
  // mentions before i. So the holders following the title are pass-one
  // names, and appositions (the only later change to a holder's office or
  // country) have so far touched only mentions before i.
  int OfficeHolderFor(const Mention& m) const {
    size_t first_after = kNoPosition, last = kNoPosition;
    for (const HolderKey& key : QueryKeys(m.office, m.country_iri)) {
      const auto it = FindHolders(key);
      if (it == holders_.end()) continue;
      const std::vector<std::pair<size_t, size_t>>& following = it->second.following;
      auto after = std::partition_point(following.begin(), following.end(),
                                        [&](const auto& holder) { return holder.first <= m.span.begin; });
      if (after != following.end()) first_after = std::min(first_after, after->second);
      last = last == kNoPosition ? it->second.last : std::max(last, it->second.last);
    }
    const size_t position = first_after != kNoPosition ? first_after : last;
    return position == kNoPosition ? -1 : doc_.mentions[people_[position]].entity;
  }

  // (office or kEnvoys/kLeaders, country or kAnyCountry), the country as
  // its CountryKey: keys compare and copy as integers.
  using HolderKey = std::pair<int, int>;
  static constexpr int kEnvoys = -2, kLeaders = -3, kMinisters = -4, kSynonymsBase = -5;
  static constexpr std::string_view kAnyCountry = "*";
  static constexpr int kUnfiled = -1;  // the key of a country no holder is filed under
  static constexpr size_t kNoPosition = static_cast<size_t>(-1);

  // A document's few holder keys, kept in place rather than allocated.
  struct HolderKeys {
    std::array<HolderKey, 10> keys;  // up to 4 classes by 2 countries, and 2 leader keys
    size_t size = 0;
    void Add(HolderKey key) { keys[size++] = key; }
    bool Has(HolderKey key) const { return std::find(begin(), end(), key) != end(); }
    const HolderKey* begin() const { return keys.data(); }
    const HolderKey* end() const { return keys.data() + size; }
  };

  // The number of a country (or "" or kAnyCountry) among the document's
  // holder keys, filing it on first sight.
  int CountryKey(std::string_view country) {
    if (const int key = FoundCountryKey(country); key != kUnfiled) return key;
    country_keys_.emplace_back(country);
    return static_cast<int>(country_keys_.size() - 1);
  }
  int FoundCountryKey(std::string_view country) const {
    for (size_t k = 0; k < country_keys_.size(); ++k) {
      if (country_keys_[k] == country) return static_cast<int>(k);
    }
    return kUnfiled;
  }

  // A holder is filed under its office, its office's classes, and under its
  // country and kAnyCountry. A title looks under its office and classes, and
  // under kAnyCountry when it has no country, else under none ("") and its own.
  HolderKeys FilingKeys(int office, const std::string& country) {
    return KeysFor(office, {CountryKey(country), CountryKey(kAnyCountry)}, 2, true);
  }
  HolderKeys QueryKeys(int office, const std::string& country) const {
    // ("the minister" with no country names no foreign minister: the one
    // meant may be someone the story never names.)
    if (country.empty()) return KeysFor(office, {FoundCountryKey(kAnyCountry), kUnfiled}, 1, false);
    return KeysFor(office, {FoundCountryKey(""), FoundCountryKey(country)}, 2, false);
  }
  HolderKeys KeysFor(int office, const std::array<int, 2>& countries, size_t count, bool filing) const {
    const Office& off = lex_.offices[static_cast<size_t>(office)];
    // "Minister of Foreign Affairs X" holds what "the foreign minister" names.
    std::array<int, 4> classes{off.synonyms >= 0 ? kSynonymsBase - off.synonyms : office, 0, 0, 0};
    size_t class_count = 1;
    // ("the Russian diplomat" may be the envoy named before; "the Russian
    // ambassador" is not some diplomat of the mission.)
    if (off.heads_mission || (off.envoy && !filing)) classes[class_count++] = kEnvoys;
    if (off.leader) classes[class_count++] = kLeaders;
    // "the Malaysian minister" names the Malaysian foreign (or any other)
    // minister the story has named; "the foreign minister" names no other.
    const bool generic_minister = off.words.size() == 1 && off.words[0] == "minister";
    const bool country_given = count == 2;
    if (!off.leader && !off.words.empty() && off.words.back() == "minister" &&
        (filing || (generic_minister && country_given))) {
      classes[class_count++] = kMinisters;
    }
    HolderKeys keys;
    for (size_t c = 0; c < class_count; ++c) {
      for (size_t k = 0; k < count; ++k) keys.Add({classes[c], countries[k]});
    }
    return keys;
  }

  // Files people_[position] among the office holders, if it holds one.
  void AddOfficeHolder(size_t position) {
    const Mention& pm = doc_.mentions[people_[position]];
    if (pm.entity < 0) return;
    HolderKeys keys;
    const LexEntity* known = lex_.Find(doc_.entities[static_cast<size_t>(pm.entity)].iri);
    // "Foreign Minister Sergey Lavrov": the text gives no country, the
    // lexicon does; "the Hungarian foreign minister" is someone else.
    const std::string& own_country =
        pm.country_iri.empty() && known && known->type == EntityType::kPerson ? known->country : pm.country_iri;
    if (pm.office >= 0) keys = FilingKeys(pm.office, own_country);
    // A leader the lexicon knows holds a leader's title however the text
    // names them ("his Argentine counterpart Javier Milei"), so "the
    // Argentine leader" finds them.
    if (known && known->type == EntityType::kPerson && known->leader && !known->country.empty()) {
      for (const std::string_view country : {std::string_view(known->country), kAnyCountry}) {
        const HolderKey key{kLeaders, CountryKey(country)};
        if (!keys.Has(key)) keys.Add(key);
      }
    }
    for (const HolderKey& key : keys) {
      auto it = FindHolders(key);
      if (it == holders_.end()) {
        it = holders_.insert(it, {key, Holders{position, {}}});
      } else {
        it->second.last = std::max(it->second.last, position);
      }
      if (!pass_one_done_) it->second.following.emplace_back(pm.span.begin, position);
    }
  }

  // "Andrey Rudenko, the Russian deputy foreign minister": the title
  // describes the person just named; the person takes the title's facts.
  bool ResolveApposition(size_t i) {
    if (i == 0) return false;
    Mention& m = doc_.mentions[i];
    Mention& named = doc_.mentions[i - 1];
    // (A title before the comma is no name: "his Saudi, Omani and Iraqi
    // counterparts" are three people.)
    if (named.type != EntityType::kPerson || named.entity < 0 || named.sentence != m.sentence ||
        (named.kind != MentionKind::kName && named.kind != MentionKind::kPartial)) {
      return false;
    }
    // "X, the Russian deputy foreign minister"; "named X as its new defense
    // minister".
    size_t t = named.token_end;
    if (t >= m.token_begin || (!Equals(doc_.tokens[t].text, ",") && !Equals(doc_.tokens[t].lower, "as"))) return false;
    for (size_t k = t + 1; k < m.token_begin; ++k) {
      const std::string_view w = doc_.tokens[k].lower;
      if (!Equals(w, "the") && !Equals(w, "a") && !Equals(w, "an") && !Equals(w, "its") && !Equals(w, "new")) return false;
    }
    Assign(i, named.entity);
    // ("X, director-general of the Foreign Ministry,": a title that names no
    // country and no article is the person's, but says too little to guess
    // whose office it is.)
    const bool bare = m.token_begin == t + 1 && m.country_iri.empty();
    if (named.office < 0 && !bare) {
      named.office = m.office;
      if (named.country_iri.empty()) named.country_iri = m.country_iri;
      if (named.host_iri.empty()) named.host_iri = m.host_iri;
      named.posted_to_org = named.posted_to_org || m.posted_to_org;
      // The name's earlier entries in people_ now hold the office too.
      for (size_t position : positions_of_[i - 1]) AddOfficeHolder(position);
      AddPerson(i - 1);
    }
    return true;
  }

  void ResolvePronoun(size_t i) {
    Mention& m = doc_.mentions[i];
    if (Equals(m.name, "<pair>")) return ResolvePair(i);
    if (Equals(m.name, "<speaker>")) return;  // the relation stage knows the quote's speaker
    // he/she/his/her: the nearest preceding person in the sentence, else
    // the first person of the last sentence that named one (its subject,
    // most often: "X met Y and Z. In Bender, she met ..." is X), within
    // three sentences.
    LookBackTo(i);
    if (last_person_ < 0) return;
    const Mention& c = doc_.mentions[static_cast<size_t>(last_person_)];
    // "Lam invited him to visit Hanoi": an object pronoun is not the
    // subject of its own clause; it is whom the story spoke of before
    // (another person the sentence began with, else the last sentence's).
    if (c.sentence == m.sentence && IsObjectPronoun(i) && SameClause(c, m)) {
      for (int other : {first_person_, previous_first_person_}) {
        if (other < 0 || other == last_person_) continue;
        const Mention& o = doc_.mentions[static_cast<size_t>(other)];
        if (o.entity != c.entity && o.sentence + 3 >= m.sentence) return Assign(i, o.entity, false);
      }
      return;
    }
    if (c.sentence == m.sentence || first_person_ < 0) {
      Assign(i, c.entity, false);
      return;
    }
    const Mention& first = doc_.mentions[static_cast<size_t>(first_person_)];
    if (first.sentence + 3 >= m.sentence) Assign(i, first.entity, false);
  }

  // "him", or "her" where no noun follows it ("told her that", not "her visit").
  bool IsObjectPronoun(size_t i) const {
    const Mention& m = doc_.mentions[i];
    if (Equals(m.name, "him")) return true;
    if (!Equals(m.name, "her")) return false;
    if (m.token_end >= doc_.tokens.size()) return true;
    const Token& next = doc_.tokens[m.token_end];
    static const WordSet kAfterObject = {"to", "that", "on", "in", "at", "for", "about", "of", "with",
                                         "and", "as", "by", "from", "during", "after", "before", "the", "a"};
    return !next.IsWord() || kAfterObject.Contains(next.lower);
  }

  // Whether person mention c and pronoun m, later in its sentence, stand in
  // one clause: no punctuation, conjunction or clause opener between them
  // ("X met Y and thanked him": "him" may be Y).
  bool SameClause(const Mention& c, const Mention& m) const {
    static const WordSet kClauseBreaks = {"and", "but", "or", "that", "who", "whom", "which", "when", "while",
                                          "after", "before", "because", "as", "if", "where", "said", "says",
                                          "told", "added", "whose", "since", "until"};
    for (size_t t = c.token_end; t < m.token_begin; ++t) {
      const Token& tok = doc_.tokens[t];
      if (!tok.IsWord()) return false;
      if (t + 1 < m.token_begin && kClauseBreaks.Contains(tok.lower)) return false;
    }
    return true;
  }

  // Pass 2 looks back from mention i for the nearest earlier person, pair
  // of parties named together, or body of a kind. The mentions before i are
  // final by then, so those are tracked as pass 2 moves forward: linear in
  // the document, where a scan back from every mention was quadratic.
  void LookBackTo(size_t i) {
    for (; looked_ < i; ++looked_) {
      const Mention& c = doc_.mentions[looked_];
      // A pronoun already resolved counts as its person: "He was received by
      // officials, including X. During his visit ...": "he" opened the
      // sentence, so "his" is he, not X.
      if (c.entity >= 0 && c.type == EntityType::kPerson &&
          doc_.entities[static_cast<size_t>(c.entity)].type == EntityType::kPerson) {
        if (last_person_ < 0 || doc_.mentions[static_cast<size_t>(last_person_)].sentence != c.sentence) {
          previous_first_person_ = first_person_;
          first_person_ = static_cast<int>(looked_);
        }
        last_person_ = static_cast<int>(looked_);
      }
      if (c.entity >= 0 && c.type == EntityType::kGovernmentBody) last_body_[c.name] = c.entity;
      if (looked_ >= 1 && IsPair(doc_.mentions[looked_ - 1], c) && !InLongerList(looked_)) {
        last_pair_ = static_cast<int>(looked_);
        TallyPair(doc_.mentions[looked_ - 1].entity, c.entity);
      }
      // "Britain, France and Germany": a list of three or more parties.
      if (looked_ >= 1 && IsPair(doc_.mentions[looked_ - 1], c)) {
        if (group_end_ + 1 != looked_) group_begin_ = looked_ - 1;
        group_end_ = looked_;
        if (group_end_ - group_begin_ >= 2) {
          last_group_ = {group_begin_, group_end_};
          group_sentence_ = c.sentence;
        }
      }
    }
  }

  // Whether the pair ending at mention k belongs to a list of three or more
  // ("Brazil, Colombia and Argentina"): no "both" refers to part of one.
  bool InLongerList(size_t k) const {
    const auto& ms = doc_.mentions;
    return (k >= 2 && IsPair(ms[k - 2], ms[k - 1])) || (k + 1 < ms.size() && IsPair(ms[k], ms[k + 1]));
  }

  // The pair of countries named together most often so far ("Colombia and
  // Venezuela" in the headline and the lead): whom "both governments" most
  // likely means when no pair was named just before.
  void TallyPair(int a, int b) {
    if (doc_.entities[static_cast<size_t>(a)].type != EntityType::kCountry ||
        doc_.entities[static_cast<size_t>(b)].type != EntityType::kCountry) {
      return;
    }
    const std::pair<int, int> key{std::min(a, b), std::max(a, b)};
    const int count = ++pair_tally_[key];
    if (count > main_pair_count_) {
      main_pair_count_ = count;
      main_pair_ = {a, b};
    }
  }

  bool IsPair(const Mention& a, const Mention& b) const {
    if (a.entity < 0 || b.entity < 0 || a.entity == b.entity || a.sentence != b.sentence) return false;
    // "X, and the two ...": a mention of a pair is not a member of another.
    if (a.partner >= 0 || b.partner >= 0) return false;
    if (!IsActorType(doc_.entities[static_cast<size_t>(a.entity)].type) ||
        !IsActorType(doc_.entities[static_cast<size_t>(b.entity)].type)) {
      return false;
    }
    return Coordinated(a, b);
  }

  // Gives pronoun mention i the two people named first before it in its
  // own sentence, when exactly two are; false otherwise.
  bool SamePeopleBefore(size_t i) {
    Mention& m = doc_.mentions[i];
    int first = -1, second = -1;
    for (size_t k = i; k-- > 0 && doc_.mentions[k].sentence == m.sentence;) {
      const Mention& c = doc_.mentions[k];
      if (c.entity < 0 || c.partner >= 0 || doc_.entities[static_cast<size_t>(c.entity)].type != EntityType::kPerson) {
        continue;
      }
      if (c.entity == first || c.entity == second) continue;
      if (first >= 0 && second >= 0) return false;  // three or more: no pair
      (second < 0 ? second : first) = c.entity;
    }
    if (first < 0 || second < 0) return false;
    m.entity = first;
    m.partner = second;
    CountMention(m.entity);
    return true;
  }

  // "both sides", "their", "the two countries": the last two parties named
  // together ("X and Y", "between X and Y", "X-Y").
  void ResolvePair(size_t i) {
    Mention& m = doc_.mentions[i];
    LookBackTo(i);
    // "After X greeted Y they talked": two people named before "they" in
    // its own sentence are they, before any pair or list named earlier.
    // (Not "their": "X met Y for their summit" may be their countries'.)
    if (m.kind == MentionKind::kPronoun && Equals(doc_.tokens[m.token_begin].lower, "they") && SamePeopleBefore(i)) {
      return;
    }
    // "Britain, France and Germany said ... . They urged Tehran": "they"
    // after a list names its parties, when no pair was named since.
    if (m.kind == MentionKind::kPronoun && last_group_ &&
        (last_pair_ < 0 || static_cast<size_t>(last_pair_) <= last_group_->second) &&
        group_sentence_ + 1 >= m.sentence) {
      return ResolveGroup(i);
    }
    // "Ministers of A, B and C attended ... . The ministers expressed
    // concern": holders of an office in the plural, not counted as two,
    // after a list with no pair named since, are its parties.
    if (m.kind == MentionKind::kNominal && last_group_ &&
        (last_pair_ < 0 || static_cast<size_t>(last_pair_) <= last_group_->second) &&
        group_sentence_ + 2 >= m.sentence && !CountsTwo(m)) {
      return ResolveGroup(i);
    }
    if (last_pair_ < 0 || doc_.mentions[static_cast<size_t>(last_pair_)].sentence + 2 < m.sentence) {
      // "both countries" with no pair named together: the last two
      // countries named, when that is near (not for "they", which is as
      // often the officials).
      if (m.kind == MentionKind::kNominal) RecentPair(i);
      return;
    }
    const Mention& a = doc_.mentions[static_cast<size_t>(last_pair_) - 1];
    const Mention& b = doc_.mentions[static_cast<size_t>(last_pair_)];
    m.entity = a.entity;
    m.partner = b.entity;
    // "talks between A, secretary of Iran's council, and Saudi adviser B.
    // The two countries ...": the states of the pair named.
    static const WordSet kStates = {"countries", "nations", "states", "governments", "capitals",
                                    "neighbours", "neighbors"};
    if (m.token_end > m.token_begin && kStates.Contains(doc_.tokens[m.token_end - 1].lower)) {
      m.entity = CountryOfMention(a);
      m.partner = CountryOfMention(b);
      if (m.entity < 0 || m.partner < 0 || m.entity == m.partner) {
        m.entity = m.partner = -1;
        return RecentPair(i);
      }
    }
    CountMention(m.entity);
  }

  // "the bloc": the international organization named last, in this
  // sentence or the three before.
  void ResolveDescribedOrganization(size_t i) {
    AssignNamedLast(i, true, [&](const Mention& c) {
      return doc_.entities[static_cast<size_t>(c.entity)].type == EntityType::kInternationalOrganization ? c.entity : -1;
    });
  }

  // "the Pacific nation": the country named last in the three sentences
  // before (a person's or a capital's counts), not in its own, which
  // names it no more than "the nation" would.
  void ResolveDescribedCountry(size_t i) {
    AssignNamedLast(i, false, [&](const Mention& c) { return CountryOfMention(c); });
  }

  // Gives mention i the party that `party_of` finds in the nearest resolved
  // mention before it (in its own sentence too, if `own_sentence`), within
  // the three sentences before.
  template <typename PartyOf>
  void AssignNamedLast(size_t i, bool own_sentence, PartyOf party_of) {
    static constexpr size_t kReach = 3;
    const Mention& m = doc_.mentions[i];
    for (size_t k = i; k-- > 0;) {
      const Mention& c = doc_.mentions[k];
      if (c.sentence + kReach < m.sentence) return;
      if ((!own_sentence && c.sentence == m.sentence) || c.entity < 0) continue;
      if (const int party = party_of(c); party >= 0) return Assign(i, party, false);
    }
  }

  // Gives mention i the parties of the last list of three or more named
  // (LookBackTo has run up to i), within the two sentences before it.
  // "the Baltic states": each member, as a list naming them would give
  // (the group's name is no label of theirs).
  void ResolveCountryGroup(size_t i) {
    Mention& m = doc_.mentions[i];
    const auto& members = lex_.country_groups[static_cast<size_t>(m.country_group)].members;
    m.entity = CountryEntity(members[0]);
    m.partner = CountryEntity(members[1]);
    for (size_t k = 2; k < members.size(); ++k) m.members.push_back(CountryEntity(members[k]));
  }

  // Whether a plural nominal counts its parties as two ("both sides",
  // "the two ministers").
  bool CountsTwo(const Mention& m) const {
    for (size_t t = m.token_begin; t < m.token_end; ++t) {
      const std::string_view w = doc_.tokens[t].lower;
      if (Equals(w, "both") || Equals(w, "two")) return true;
    }
    return false;
  }

  void ResolveGroup(size_t i) {
    Mention& m = doc_.mentions[i];
    LookBackTo(i);
    if (!last_group_) return;
    const auto [first, last] = *last_group_;
    if (group_sentence_ + 2 < m.sentence) return;
    // (Each reference keeps the list in mind for the sentences after it.)
    group_sentence_ = m.sentence;
    m.entity = doc_.mentions[first].entity;
    m.partner = doc_.mentions[first + 1].entity;
    for (size_t k = first + 2; k <= last; ++k) m.members.push_back(doc_.mentions[k].entity);
  }

  // The country a mention stands for or serves, as far as its own words
  // or the lexicon say; -1 when neither does.
  int CountryOfMention(const Mention& c) {
    if (c.entity < 0) return -1;
    if (doc_.entities[static_cast<size_t>(c.entity)].type == EntityType::kCountry) return c.entity;
    if (!c.country_iri.empty()) return CountryEntity(c.country_iri);
    const LexEntity* known = lex_.Find(doc_.entities[static_cast<size_t>(c.entity)].iri);
    return known && !known->country.empty() ? CountryEntity(known->country) : -1;
  }

  // Gives mention i the two countries ("both countries") or people ("the
  // two ministers") named last within the two sentences before it (looking
  // at no more than kPairReach mentions).
  void RecentPair(size_t i) {
    static constexpr size_t kPairReach = 40;
    static const WordSet kPeople = {
        "ministers", "leaders", "presidents", "men", "women", "diplomats", "envoys", "officials", "heads",
        "premiers"};
    Mention& m = doc_.mentions[i];
    const std::string_view head = doc_.tokens[m.token_end - 1].lower;
    EntityType type = kPeople.Contains(head) ? EntityType::kPerson : EntityType::kCountry;
    // A bare "the two" means whoever was just named: "X spoke with Y, and
    // the two condemned ..." is X and Y, people.
    if (Equals(head, "two") && NearestActorType(i) == EntityType::kPerson) type = EntityType::kPerson;
    int first = -1, second = -1;
    for (size_t k = i, seen = 0; k-- > 0 && seen < kPairReach; ++seen) {
      const Mention& c = doc_.mentions[k];
      if (c.sentence + 2 < m.sentence) break;
      if (c.entity < 0 || c.partner >= 0) continue;
      int party = c.entity;
      if (doc_.entities[static_cast<size_t>(c.entity)].type != type) {
        // "Japan's Prime Minister X ... Indonesian President Y. The two
        // countries": the countries of titled people count too, and those
        // of people the lexicon knows ("Ramaphosa hosted Ouattara").
        if (type != EntityType::kCountry || c.type != EntityType::kPerson) continue;
        party = CountryOfMention(c);
        if (party < 0) continue;
      }
      if (second < 0) {
        second = party;
      } else if (party != second) {
        first = party;
        break;
      }
    }
    if (first < 0) return;
    // The last two countries named may be a third party and one side ("The
    // United States ... Venezuela's oil company. ... both governments"): the
    // article's main pair wins when its parties were named more often.
    if (type == EntityType::kCountry && main_pair_count_ > 0 &&
        MentionsOf(main_pair_.first) + MentionsOf(main_pair_.second) > MentionsOf(first) + MentionsOf(second)) {
      std::tie(first, second) = main_pair_;
    }
    m.entity = first;
    m.partner = second;
    CountMention(m.entity);
  }

  // The type of the last actor named before mention i in its sentence.
  std::optional<EntityType> NearestActorType(size_t i) const {
    const Mention& m = doc_.mentions[i];
    for (size_t k = i; k-- > 0;) {
      const Mention& c = doc_.mentions[k];
      if (c.sentence != m.sentence) break;
      if (c.entity < 0 || c.partner >= 0) continue;
      const EntityType type = doc_.entities[static_cast<size_t>(c.entity)].type;
      if (IsActorType(type)) return type;
    }
    return std::nullopt;
  }

  int MentionsOf(int entity) const {
    const auto index = static_cast<size_t>(entity);
    return index < mention_count_.size() ? mention_count_[index] : 0;
  }

  // "A and B", "A-B", "A and North Korean leader B" (a title before B).
  bool Coordinated(const Mention& a, const Mention& b) const {
    if (a.token_end >= b.token_begin) return false;
    bool connector = false;
    size_t extra = 0;
    // "Japan and the Philippines": an article before the second is no word between.
    const size_t end = b.token_begin > a.token_end + 1 && Equals(doc_.tokens[b.token_begin - 1].lower, "the")
                           ? b.token_begin - 1
                           : b.token_begin;
    for (size_t t = a.token_end; t < end; ++t) {
      const std::string_view w = doc_.tokens[t].lower;  // compared by length first, inline
      if (Equals(w, "and") || Equals(w, "-") || Equals(w, ",") || Equals(w, "with")) {
        connector = true;
        if (extra > 0) return false;
      } else {
        ++extra;
      }
    }
    return connector && (extra == 0 || (b.type == EntityType::kPerson && b.office >= 0 && extra <= 5));
  }

  void ResolveNominal(size_t i) {
    Mention& m = doc_.mentions[i];
    switch (m.type) {
      case EntityType::kCountry: {
        if (Equals(m.name, "<pair>")) return ResolvePair(i);
        if (Equals(m.name, "<group>")) return ResolveGroup(i);
        if (Equals(m.name, "<described>")) return ResolveDescribedCountry(i);
        if (m.country_group >= 0) return ResolveCountryGroup(i);
        if (Equals(m.name, "North") || Equals(m.name, "South")) return ResolveCompass(i);
        if (!m.country_iri.empty()) return Assign(i, CountryEntity(m.country_iri));
        return;
      }
      case EntityType::kGovernmentBody: {
        // "the ministry": the nearest preceding body of that kind, else the
        // home country's.
        LookBackTo(i);
        if (auto body = last_body_.find(m.name); body != last_body_.end()) return Assign(i, body->second);
        if (home_.empty()) return;
        m.country_iri = home_;
        ResolveBody(i);
        m.kind = MentionKind::kName;
        return;
      }
      case EntityType::kAgreement:
        return ResolveAgreement(i);
      case EntityType::kInternationalOrganization:
        if (Equals(m.name, "<described>")) return ResolveDescribedOrganization(i);
        return;
      case EntityType::kVessel:
      case EntityType::kPerson:
      case EntityType::kOrganization: {
        std::string slug = DocSlug() + "-" + Slugify(m.name);
        return Assign(i, EntityFor(MintEntityIri(m.type, slug), m.type, m.name));
      }
      default:
        return;
    }
  }

  // "the North": the document's country whose name starts with that word.
  // The one most mentioned so far; ties go to the first entity.
  void ResolveCompass(size_t i) {
    Mention& m = doc_.mentions[i];
    for (; compass_scanned_ < doc_.entities.size(); ++compass_scanned_) {
      const Entity& e = doc_.entities[compass_scanned_];
      const bool compass = e.label.rfind("North ", 0) == 0 || e.label.rfind("South ", 0) == 0;
      if (e.type == EntityType::kCountry && compass) {
        compass_countries_.push_back(static_cast<int>(compass_scanned_));
      }
    }
    int best = -1, best_count = 0;
    for (int e : compass_countries_) {
      const size_t index = static_cast<size_t>(e);
      const int n = index < mention_count_.size() ? mention_count_[index] : 0;
      if (n > best_count && doc_.entities[static_cast<size_t>(e)].label.rfind(m.name + " ", 0) == 0) {
        best = e, best_count = n;
      }
    }
    if (best >= 0) Assign(i, best);
  }

  // How many mentions name each entity, for ResolveCompass.
  void CountMention(int entity) {
    if (entity < 0) return;
    const size_t index = static_cast<size_t>(entity);
    if (index >= mention_count_.size()) mention_count_.resize(index + 1);
    ++mention_count_[index];
  }

  // A described agreement with words of its own ("security pact",
  // "mutual defense treaty") is its own entity, unless a named agreement of
  // the document carries those words ("partnership treaty" for the
  // "Comprehensive Strategic Partnership Treaty"). A bare one ("the treaty",
  // "the new agreement") refers back: to the named agreement, else to the
  // last one described.
  void ResolveAgreement(size_t i) {
    Mention& m = doc_.mentions[i];
    std::vector<std::string> words = DescriptionWords(m);
    // "signed a memorandum with X" after the story's treaty: an indefinite
    // bare head introduces another agreement.
    auto is_article = [&](size_t t) { return Equals(doc_.tokens[t].lower, "a") || Equals(doc_.tokens[t].lower, "an"); };
    const bool indefinite =
        words.empty() && (is_article(m.token_begin) || (m.token_begin > 0 && is_article(m.token_begin - 1)));
    const int named = indefinite ? -1 : NamedAgreementCarrying(words);
    if (named >= 0) return Assign(i, named);
    if (words.empty() && !indefinite) {
      if (last_agreement_ >= 0) return Assign(i, last_agreement_);
    }
    std::string head(doc_.tokens[m.token_end - 1].lower);
    // "Kenya, Ethiopia sign defence pact" over a lead that says "signed a
    // defence cooperation agreement": the headline abridges the lead's.
    if (const Mention* lead = LeadAgreement(m)) {
      if (lead->kind == MentionKind::kName && lead->entity >= 0) return Assign(i, lead->entity);
      if (std::vector<std::string> own = DescriptionWords(*lead); !own.empty()) {
        words = std::move(own);
        head = doc_.tokens[lead->token_end - 1].lower;
      }
    }
    // "the trade agreement" and "the free trade agreement": one agreement,
    // under its fullest description.
    if (!words.empty()) std::tie(words, head) = WidestDescription(words, head);
    std::string label = words.empty() ? std::string(WithoutDeterminer(m.name)) : std::string();
    for (const auto& w : words) label += w + " ";
    if (!words.empty()) label += head;
    // "an agreement on visa exemption, a memorandum on nuclear safety": what
    // it is on names it, and tells apart the agreements of one list.
    if (const std::string on = AgreementSubject(m); !on.empty()) {
      m.named_end = subject_end_;
      label.clear();
      for (const auto& w : DescriptionWords(m)) label += w + " ";
      label += Text(m.token_end - 1, m.token_end) + " on " + on;
      if (m.token_end - m.token_begin >= 3 && Equals(doc_.tokens[m.token_end - 1].lower, "understanding")) {
        label = "memorandum of understanding on " + on;
      }
    }
    last_agreement_ = EntityFor(MintEntityIri(EntityType::kAgreement, DocSlug() + "-" + Slugify(label)),
                                EntityType::kAgreement, label);
    Assign(i, last_agreement_);
  }

  // The words after a described agreement's "on" that say what it is on
  // ("agreement on the transfer of sentenced persons"), up to the clause,
  // list or time that follows; "" when there is no "on", it opens a time
  // ("signed an agreement on Monday") or the phrase runs on too long to
  // be a name.
  std::string AgreementSubject(const Mention& m) {
    static constexpr size_t kMaxWords = 16;
    static const WordSet kStops = {
        "and", "or", "with", "between", "among", "that", "which", "who", "whom", "was", "were", "is", "are",
        "has", "have", "had", "will", "would", "could", "by", "during", "at", "as", "after", "before", "while",
        "amid", "following", "on", "since", "until", "signed", "inked", "reached", "said", "says", "to", "in"};
    static const WordSet kDeterminers = {"a", "an", "the", "its", "their", "his", "her", "of", "for"};
    // "on the sidelines of", "on behalf of", "on the occasion of": where or
    // for whom it was signed, not what it is on.
    static const WordSet kCircumstances = {"behalf", "sidelines", "margins", "occasion", "eve", "arrival",
                                           "condition", "paper", "track", "hold", "record", "day"};
    const size_t end = doc_.sentences[m.sentence].token_end;
    const size_t on = m.token_end;
    if (on + 1 >= end || !Equals(doc_.tokens[on].lower, "on") || StartsTime(on) || StartsTime(on + 1)) return {};
    const size_t first = Equals(doc_.tokens[on + 1].lower, "the") && on + 2 < end ? on + 2 : on + 1;
    if (kCircumstances.Contains(doc_.tokens[first].lower)) return {};
    size_t t = on + 1;
    while (t < end && t < on + 1 + kMaxWords) {
      const Token& w = doc_.tokens[t];
      // (A possessive "countries'" too: its apostrophe is a token of its own.)
      const bool glue = Equals(w.text, "-") || Equals(w.text, "\"") || Equals(w.lower, "'s") ||
                        (Equals(w.text, "'") && t > on + 1 && doc_.tokens[t - 1].lower.ends_with("s"));
      if ((!w.IsWord() && !glue) || StartsTime(t)) break;
      // "on trade and investment", "in the field of": a stop word goes on
      // to a lower-case word ("in Lima", "and the" end the name).
      if (kStops.Contains(w.lower)) {
        const bool goes_on = (Equals(w.lower, "and") || Equals(w.lower, "in")) && t + 1 < end &&
                             doc_.tokens[t + 1].IsWord() && !doc_.tokens[t + 1].IsCapitalized() &&
                             !kStops.Contains(doc_.tokens[t + 1].lower) &&
                             (Equals(w.lower, "in") || !kDeterminers.Contains(doc_.tokens[t + 1].lower));
        if (!goes_on) break;
      }
      ++t;
    }
    if (t == on + 1 + kMaxWords) return {};
    // Nothing of it dangles at the end: glue, "and", a determiner.
    while (t > on + 1 && (!doc_.tokens[t - 1].IsWord() || kStops.Contains(doc_.tokens[t - 1].lower) ||
                          kDeterminers.Contains(doc_.tokens[t - 1].lower))) {
      --t;
    }
    if (t == on + 1) return {};
    // A closing quote goes with its opening one.
    if (t < end && Equals(doc_.tokens[t].text, "\"") &&
        std::count_if(doc_.tokens.begin() + static_cast<std::ptrdiff_t>(on + 1),
                      doc_.tokens.begin() + static_cast<std::ptrdiff_t>(t),
                      [](const Token& x) { return Equals(x.text, "\""); }) % 2 == 1) {
      ++t;
    }
    subject_end_ = t;
    return Text(on + 1, t);
  }
  std::string Text(size_t b, size_t e) const {
    return OneLine(doc_.View({doc_.tokens[b].span.begin, doc_.tokens[e - 1].span.end}));
  }
  bool StartsTime(size_t t) const {
    return std::any_of(doc_.times.begin(), doc_.times.end(),
                       [&](const TimeExpression& x) { return x.token_begin == t; });
  }

  // For a described agreement in a headline: the first agreement the body
  // names or describes with words of its own, within its first sentences.
  const Mention* LeadAgreement(const Mention& m) const {
    static constexpr size_t kLeadSentences = 3;
    if (m.kind != MentionKind::kNominal || !InHeadline(m.sentence)) return nullptr;
    for (const Mention& c : doc_.mentions) {
      if (c.sentence <= m.sentence || c.type != EntityType::kAgreement || InHeadline(c.sentence)) continue;
      if (c.sentence > m.sentence + kLeadSentences) return nullptr;
      if (c.kind == MentionKind::kName || !DescriptionWords(c).empty()) return &c;
    }
    return nullptr;
  }
  bool InHeadline(size_t sentence) const {
    return doc_.blocks[doc_.sentences[sentence].block].kind == BlockKind::kHeadline;
  }

  // A described agreement's own words: those before its head, without
  // determiners and words any agreement may carry ("new", "landmark").
  std::vector<std::string> DescriptionWords(const Mention& m) const {
    static const WordSet kEmpty = {
        "new", "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "latest",
        "landmark", "historic", "proposed", "draft", "-"};
    std::vector<std::string> words;
    for (size_t t = m.token_begin; t + 1 < m.token_end; ++t) {
      const std::string_view w = doc_.tokens[t].lower;
      if (!kEmpty.Contains(w)) words.emplace_back(w);
    }
    return words;
  }

  // Of the document's described agreements whose words include all of
  // `words`, the one with the most (the first of those): its words and head.
  std::pair<std::vector<std::string>, std::string> WidestDescription(const std::vector<std::string>& words,
                                                                     const std::string& head) {
    if (!descriptions_) {
      descriptions_.emplace();
      for (const Mention& c : doc_.mentions) {
        if (c.type != EntityType::kAgreement || c.kind != MentionKind::kNominal) continue;
        std::vector<std::string> own = DescriptionWords(c);
        if (!own.empty()) descriptions_->emplace_back(std::move(own), doc_.tokens[c.token_end - 1].lower);
      }
    }
    const std::set<std::string> wanted(words.begin(), words.end());
    std::pair<std::vector<std::string>, std::string> widest{words, head};
    for (const auto& [own, own_head] : *descriptions_) {
      // Only under the same head: a "defence pact" is not the "mutual defence treaty".
      if (own_head != head || own.size() <= widest.first.size()) continue;
      const std::set<std::string> have(own.begin(), own.end());
      if (std::includes(have.begin(), have.end(), wanted.begin(), wanted.end())) widest = {own, own_head};
    }
    return widest;
  }

  // The first named agreement of the document (in text order) whose label
  // carries every one of `words`, or -1. Names are all resolved in pass 1,
  // so their list is built once and answers are kept per set of words.
  int NamedAgreementCarrying(const std::vector<std::string>& words) {
    if (!named_agreements_) {
      named_agreements_.emplace();
      std::set<int> seen;
      for (const Mention& c : doc_.mentions) {
        if (c.type == EntityType::kAgreement && c.kind == MentionKind::kName && c.entity >= 0 &&
            seen.insert(c.entity).second) {
          named_agreements_->emplace_back(
              c.entity, " " + AsciiLower(doc_.entities[static_cast<size_t>(c.entity)].label) + " ");
        }
      }
    }
    auto [cached, inserted] = agreement_carrying_.emplace(words, -1);
    if (!inserted) return cached->second;
    for (const auto& agreement : *named_agreements_) {
      const std::string& label = agreement.second;  // (clang 14 cannot capture a structured binding)
      bool carries = std::all_of(words.begin(), words.end(), [&](const std::string& w) {
        return label.find(" " + w + " ") != std::string::npos;
      });
      if (carries) return cached->second = agreement.first;
    }
    return -1;
  }

  // --- labels ----------------------------------------------------------------
  void FinishLabels() {
    // Each entity given a surface gets its others as alternative labels,
    // sorted and unique (repeated surfaces meet there, not in a set).
    // (The forms are made here, in one buffer: most are the label, and
    // need no string of their own.)
    std::vector<int> touched;
    touched.reserve(surfaces_.size());
    std::string line;
    for (const auto& [e, span] : surfaces_) {
      Entity& ent = doc_.entities[static_cast<size_t>(e)];
      touched.push_back(e);
      line.clear();
      AppendOneLine(doc_.View(span), line);
      const std::string_view form = WithoutDeterminer(line);
      if (form != ent.label && !form.empty()) ent.alt_labels.emplace_back(form);
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    for (const int e : touched) {
      std::vector<std::string>& alt = doc_.entities[static_cast<size_t>(e)].alt_labels;
      std::sort(alt.begin(), alt.end());
      alt.erase(std::unique(alt.begin(), alt.end()), alt.end());
    }
  }

  // "X, director-general of the Asian Affairs Department of the Foreign
  // Ministry,": a title set off after a name that names no country serves
  // the country of the body it names, once that body is resolved.
  void BodiesInBareAppositions() {
    for (size_t i = 1; i < doc_.mentions.size(); ++i) {
      const Mention& title = doc_.mentions[i];
      Mention& named = doc_.mentions[i - 1];
      if (title.kind != MentionKind::kTitle || title.office < 0 || !title.country_iri.empty() ||
          title.entity < 0 || named.entity != title.entity || named.office >= 0 ||
          named.token_end + 1 != title.token_begin || !Equals(doc_.tokens[named.token_end].text, ",")) {
        continue;
      }
      for (size_t k = i + 1; k < doc_.mentions.size() && doc_.mentions[k].sentence == title.sentence; ++k) {
        const Mention& body = doc_.mentions[k];
        bool inside = true;  // no comma closes the apposition before the body
        for (size_t t = title.token_end; t < body.token_begin && inside; ++t) inside = !Equals(doc_.tokens[t].text, ",");
        if (!inside) break;
        if (body.type != EntityType::kGovernmentBody || body.entity < 0) continue;
        const int country = doc_.entities[static_cast<size_t>(body.entity)].country;
        if (country < 0) break;
        // Only a body the text named before, or the dateline's country's:
        // "the Foreign Ministry" read as the first country named is a guess.
        const bool named_before = std::any_of(doc_.mentions.begin(), doc_.mentions.begin() + static_cast<std::ptrdiff_t>(i),
                                              [&](const Mention& c) { return c.entity == body.entity; });
        if (!named_before && doc_.entities[static_cast<size_t>(country)].iri != doc_.dateline_country) break;
        named.office = title.office;
        named.country_iri = doc_.entities[static_cast<size_t>(country)].iri;
        break;
      }
    }
  }

  // --- roles -----------------------------------------------------------------
  // The country a title with no country of its own serves: a government
  // body or government mentioned in the same or an adjacent sentence, else
  // the document's home country.
  // The same sentence wins over the one before; within a sentence the
  // first such mention.
  std::string ContextCountry(size_t i) const {
    if (!government_by_sentence_) {  // mentions are final by now: index them once
      government_by_sentence_.emplace();
      for (const Mention& c : doc_.mentions) {
        bool gov = (c.type == EntityType::kGovernmentBody && !c.country_iri.empty()) ||
                   (c.kind == MentionKind::kNominal && c.type == EntityType::kCountry && !c.country_iri.empty());
        if (gov) government_by_sentence_->emplace(c.sentence, c.country_iri);  // keeps the first
      }
    }
    const size_t s = doc_.mentions[i].sentence;
    for (size_t near : {s, s - 1}) {  // s - 1 wraps for s == 0 and finds nothing
      auto it = government_by_sentence_->find(near);
      if (it != government_by_sentence_->end()) return it->second;
    }
    return home_;
  }

  void AddRole(Predicate p, int person, int country, size_t sentence, std::string rule) {
    if (roles_.empty()) {
      for (const Relation& r : doc_.relations) roles_.emplace(r.predicate, r.subject, r.object);
    }
    if (!roles_.emplace(p, person, country).second) return;
    Relation rel;
    rel.predicate = p;
    rel.subject = person;
    rel.object = country;
    rel.sentence = sentence;
    rel.confidence = 0.9;
    rel.rule = std::move(rule);
    doc_.relations.push_back(std::move(rel));
  }

  // The text calls this person former, late or ex- somewhere. (Found for
  // every entity in one pass over the mentions, which are final by now.)
  bool Former(int entity) const {
    if (!former_) {
      former_.emplace();
      for (const Mention& m : doc_.mentions) {
        if (m.entity < 0 || former_->count(m.entity)) continue;
        size_t sb = doc_.sentences[m.sentence].token_begin;
        for (size_t k = m.token_begin; k > sb && k + 4 > m.token_begin; --k) {
          const std::string_view w = doc_.tokens[k - 1].lower;
          // ("President-elect X": not yet in office, no more than a former one.)
          if (Equals(w, "former") || Equals(w, "ex") || Equals(w, "late") || Equals(w, "elect") ||
              Equals(w, "designate")) {
            former_->insert(m.entity);
          }
        }
      }
    }
    return former_->count(entity) != 0;
  }

  void DeriveRoles() {
    // People whom some mention gives a country of their own: a bare title
    // elsewhere ("Deputy Prime Minister X said") takes none from context.
    // People the text titles with another office and never with a
    // leader's ("NATO Secretary General X" for a former prime minister the
    // lexicon lists): the text's office outranks the lexicon's.
    // (As bits by entity, where four hash sets allocated a node per person.)
    enum Said : uint8_t { kOwnCountry = 1, kLeaderTitled = 2, kOtherTitled = 4, kOrgTitled = 8 };
    std::vector<uint8_t> said(doc_.entities.size(), 0);
    for (size_t i : people_) {
      const Mention& m = doc_.mentions[i];
      if (m.entity < 0) continue;
      uint8_t& bits = said[static_cast<size_t>(m.entity)];
      if (!m.country_iri.empty()) bits |= kOwnCountry;
      if (m.org_title) bits |= kOrgTitled;
      if (m.office >= 0) bits |= lex_.offices[static_cast<size_t>(m.office)].leader ? kLeaderTitled : kOtherTitled;
    }
    auto has = [&](int person, Said what) { return (said[static_cast<size_t>(person)] & what) != 0; };
    auto known_leader = [&](int person, const LexEntity* known) {
      return known && known->type == EntityType::kPerson && known->leader && !known->country.empty() &&
             !Former(person) && (has(person, kLeaderTitled) || !has(person, kOtherTitled));
    };
    for (size_t i : people_) {
      const Mention& m = doc_.mentions[i];
      if (m.entity < 0) continue;
      int person = m.entity;
      const LexEntity* known = lex_.Find(doc_.entities[static_cast<size_t>(person)].iri);
      // "Venezuelan Chancellor X": the office the title names in the
      // person's country.
      const std::string_view said_country = !m.country_iri.empty() ? std::string_view(m.country_iri)
                                            : known                ? std::string_view(known->country)
                                                                   : std::string_view();
      const int office = m.office >= 0 ? lex_.OfficeIn(m.office, said_country) : -1;
      bool leader = known_leader(person, known) ||
                    (office >= 0 && lex_.offices[static_cast<size_t>(office)].leader);
      std::string country = m.country_iri;
      bool from_context = false;
      // Titled for an organization ("NATO Secretary General X"): the
      // lexicon's country is of an office the text does not give them.
      // (A country the text never names is known to serve the story's
      // reasoning, but the lexicon's knowledge of a leader is no statement
      // of the story: no role then.)
      bool unnamed = false;
      if (country.empty() && known && !has(person, kOrgTitled)) {
        country = known->country;
        unnamed = !CountryNamed(country);
      }
      // "Treasury Secretary X" for a person the lexicon knows: an office
      // only one country has.
      if (country.empty() && known && m.office >= 0 && !m.org_title) {
        country = lex_.offices[static_cast<size_t>(m.office)].country;
      }
      // An envoy is posted abroad: the governments around the title and the
      // country the story is filed from are more likely the host than the
      // envoy's own, so an envoy's country must be said.
      // Nor does a title mostly held in an international body ("Commissioner"),
      // nor a counterpart's ("my colleague X"), who is by its sense another's.
      if (country.empty() && m.office >= 0 && !leader && !m.org_title &&
          lex_.offices[static_cast<size_t>(m.office)].official && !lex_.offices[static_cast<size_t>(m.office)].envoy &&
          !lex_.offices[static_cast<size_t>(m.office)].counterpart &&
          !lex_.offices[static_cast<size_t>(m.office)].international && !has(person, kOwnCountry)) {
        country = ContextCountry(i);
        from_context = true;
      }
      if (country.empty()) continue;
      int c = CountryEntity(country);
      doc_.entities[static_cast<size_t>(person)].country = c;
      doc_.entities[static_cast<size_t>(person)].country_from_context = from_context;
      if (unnamed) continue;
      if (leader) {
        AddRole(Predicate::kLeaderOf, person, c, m.sentence, "role-leader-title");
        continue;
      }
      if (m.office < 0 && !known) continue;
      // "former US president X": a state of the past, no role now.
      if (m.office < 0 && Former(person)) continue;
      // "Russian national X": a private person of that country serves none.
      if (m.office >= 0 && !lex_.offices[static_cast<size_t>(m.office)].official && !known) continue;
      AddRole(Predicate::kAffiliatedWith, person, c, m.sentence, "role-office-title");
      if (m.office >= 0 && lex_.offices[static_cast<size_t>(m.office)].envoy) {
        std::string host = m.host_iri;
        const bool by_home = host.empty() && !m.posted_to_org && home_ != country && HomeNamedInBody();
        if (by_home) host = home_;
        if (host.empty()) continue;
        // Staff of a mission is posted to the host without being its ambassador.
        if (!lex_.offices[static_cast<size_t>(m.office)].heads_mission) {
          doc_.entities[static_cast<size_t>(person)].posted_to = CountryEntity(host);
          continue;
        }
        AddRole(Predicate::kAmbassadorTo, person, CountryEntity(host), m.sentence,
                by_home ? "role-envoy-home" : "role-envoy-title");
      }
    }
    // Known leaders named in the text hold their office whatever the
    // wording, unless the text calls them former ("former President X").
    for (const Mention& m : doc_.mentions) {
      if (m.entity < 0 || m.kind != MentionKind::kName) continue;
      const LexEntity* known = lex_.Find(doc_.entities[static_cast<size_t>(m.entity)].iri);
      if (known_leader(m.entity, known) && CountryNamed(known->country)) {
        AddRole(Predicate::kLeaderOf, m.entity, CountryEntity(known->country), m.sentence,
                "role-known-leader");
      }
    }
  }

  // Whether a mention names the country (by name, capital or demonym, or
  // as a title's country).
  bool CountryNamed(std::string_view iri) const {
    if (!doc_.dateline_country.empty() && doc_.dateline_country == iri) return true;
    for (const Mention& m : doc_.mentions) {
      if (m.lexicon_iri == iri || m.country_iri == iri) return true;
      if (m.kind == MentionKind::kCapital && !m.lexicon_iri.empty()) {
        if (const LexEntity* city = lex_.Find(m.lexicon_iri); city && city->country == iri) return true;
      }
    }
    return false;
  }

  // Whether the home country is named outside the dateline: a story filed
  // from a bloc's seat ("ADDIS ABABA") about another country says nothing
  // of the host of the envoys in it.
  bool HomeNamedInBody() const {
    if (home_.empty()) return false;
    if (home_ != doc_.dateline_country) return true;  // it was taken from a mention
    for (const Mention& m : doc_.mentions) {
      if (!doc_.dateline.empty() && doc_.dateline.Contains(m.span)) continue;
      // ("The Chilean government", "Chilean Foreign Minister X" name it too.)
      if (m.country_iri == home_) return true;
      if (m.lexicon_iri.empty()) continue;
      if (m.lexicon_iri == home_) return true;
      const LexEntity* known = lex_.Find(m.lexicon_iri);
      if (known && known->country == home_ && known->type != EntityType::kPerson) return true;
    }
    return false;
  }

  const EntityResolver& r_;
  const Lexicon& lex_;
  Document& doc_;
  const std::string doc_slug_;  // Slugify(doc_.id), which the minted IRIs of this document start with
  IriIndex by_iri_;
  std::vector<std::pair<std::string, int>> minted_people_;  // the document's people no lexicon knows, by name key
  struct UnnamedHolder {
    int entity;
    int office;
    std::string country_iri;
  };
  std::vector<UnnamedHolder> unnamed_holders_;  // office holders minted from a title alone ("the Chinese ambassador")
  std::vector<std::pair<int, Span>> surfaces_;  // (entity, where its surface form is), as met
  std::vector<size_t> people_;  // person mentions, in text order of resolution
  struct WordPositions {
    std::vector<size_t> positions;  // into people_, ascending
    bool by_text_order = true;      // their mentions' spans ascend too
  };
  std::unordered_map<std::string, WordPositions> people_by_word_;
  std::vector<std::vector<size_t>> positions_of_;  // by mention: its positions in people_
  // ResolveTitle's index of office holders in people_, by key: one map
  // entry for both its parts.
  struct Holders {
    size_t last;                                       // the last position filed
    std::vector<std::pair<size_t, size_t>> following;  // pass one's: (span.begin, position), ascending
  };
  // A document's few keys, found by a look down the list: a map allocated
  // a node for each.
  std::vector<std::pair<HolderKey, Holders>> holders_;
  std::vector<std::pair<HolderKey, Holders>>::iterator FindHolders(HolderKey key) {
    return std::find_if(holders_.begin(), holders_.end(), [key](const auto& h) { return h.first == key; });
  }
  std::vector<std::pair<HolderKey, Holders>>::const_iterator FindHolders(HolderKey key) const {
    return std::find_if(holders_.begin(), holders_.end(), [key](const auto& h) { return h.first == key; });
  }
  std::vector<std::string> country_keys_;  // by CountryKey
  bool pass_one_done_ = false;
  // LookBackTo's progress and findings.
  size_t looked_ = 0;
  int last_person_ = -1;                  // mention index
  int first_person_ = -1;                 // mention index: the first person of last_person_'s sentence
  int previous_first_person_ = -1;        // the first person of the sentence that named one before that
  size_t group_begin_ = 0, group_end_ = 0;  // the run of coordinated parties LookBackTo is in
  std::optional<std::pair<size_t, size_t>> last_group_;  // mention indices of the last list of 3+ parties
  size_t group_sentence_ = 0;  // the sentence that last named or referred to last_group_
  int last_pair_ = -1;                    // mention index of the pair's second party
  size_t subject_end_ = 0;  // where AgreementSubject's words ended
  std::map<std::pair<int, int>, int> pair_tally_;  // countries named together -> times
  std::pair<int, int> main_pair_{-1, -1};          // the most often named, first to reach it
  int main_pair_count_ = 0;
  std::map<std::string, int> last_body_;  // body name -> entity
  std::vector<int> mention_count_;        // by entity
  size_t compass_scanned_ = 0;            // entities looked at for ResolveCompass
  std::vector<int> compass_countries_;    // countries named "North ..." or "South ..."
  std::optional<std::vector<std::pair<int, std::string>>> named_agreements_;  // (entity, " label ")
  // Every described agreement's words and head, in text order (WidestDescription).
  std::optional<std::vector<std::pair<std::vector<std::string>, std::string>>> descriptions_;
  std::map<std::vector<std::string>, int> agreement_carrying_;
  mutable std::optional<std::map<size_t, std::string>> government_by_sentence_;
  std::set<std::tuple<Predicate, int, int>> roles_;  // (predicate, person, country) added
  mutable std::optional<std::set<int>> former_;
  int last_agreement_ = -1;
  std::string home_;  // the document's home country IRI
};

EntityResolver::EntityResolver(const Lexicon& lexicon) : lexicon_(lexicon) {
  for (size_t i = 0; i < lexicon.entities.size(); ++i) {
    const LexEntity& e = lexicon.entities[i];
    if (e.type != EntityType::kPerson) continue;
    person_keys_.emplace(PersonKey(e.label, lexicon), i);
    for (const auto& alt : e.alt_labels) person_keys_.emplace(PersonKey(alt, lexicon), i);
  }
  for (const Trigger& t : lexicon.triggers) {
    if (!t.noun) continue;
    for (const std::string& form : t.words) {
      if (form.find(' ') == std::string::npos) event_nouns_.Add(form);
    }
  }
  for (const std::string& w : lexicon.event_nouns.forms()) event_nouns_.Add(w);
}

Status EntityResolver::Process(Document& doc) const {
  doc.entities.clear();
  // Fewer entities than mentions, as a rule: room for them up front spares
  // moving every entity (its strings and labels) as the vector grows.
  doc.entities.reserve(doc.mentions.size());
  Run(*this, doc).Go();
  return Status::Ok();
}

}  // namespace diplograph
