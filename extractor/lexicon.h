// Everything the extractor knows about the world and about English, as plain
// data. Loaded once (ontology/lexicon_loader from Turtle), immutable after
// Finalize(), shared by every thread.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extractor/entity_type.h"
#include "extractor/predicate.h"
#include "extractor/word_map.h"
#include "extractor/word_set.h"

namespace diplograph {

// Words and phrases about the shape of text rather than the world
// (function_words.ttl).
struct TextConventions {
  WordSet abbreviations;    // tokens ending in '.' that do not end a sentence ("Mr.", "U.S.", "Sept.")
  WordSet furniture;        // whole lines that are page furniture ("Show Full Article"), lower-cased
  WordSet caption_markers;  // substrings marking a caption line ("File Photo"), lower-cased
  WordSet negations;        // "not", "never", "no", lower-cased
  WordSet modals;           // "could", "would", "might", lower-cased
  WordSet hypotheticals;    // "if", "unless", "whether", "consider", lower-cased
  WordSet directives;       // "urged", "called", "asked": what X is "urged to" do is not done, lower-cased
  WordSet commitments;      // "agreed", "decided": "agreed to hold talks" holds none yet, lower-cased
  WordSet unasserted_gerund_markers;  // "against", "from": "warned X against hosting Y" hosts no one, lower-cased
  WordSet appeal_modals;     // "should", "must": "X must stop," he said urges X, lower-cased
  WordSet cancellations;     // "cancelled", "postponed": "the talks were cancelled" report no talks, lower-cased
  WordSet denials;          // "rejected", "dismissed": "rejected claims that X ..." does not assert X, lower-cased
  WordSet honorifics;       // "mr.", "sheikh", "dr.": before a name, never part of it, lower-cased
};

}  // namespace diplograph

namespace diplograph {

// A known entity (countries.ttl, organizations.ttl, people.ttl).
struct LexEntity {
  std::string iri;
  EntityType type = EntityType::kPerson;
  std::string label;
  std::vector<std::string> alt_labels;     // matched as written, and in all capitals
  std::vector<std::string> abbreviations;  // matched case-sensitively only
  std::vector<std::string> demonyms;       // "South Korean": adjective for a country
  std::string same_as;                     // Wikidata IRI
  std::string country;                     // IRI of the country it belongs to / serves
  std::string capital;                     // for countries: the capital's IRI
  std::vector<std::string> offices;        // for people: "President"
  bool leader = false;                     // head of state or government
};

// An office or title that can stand before a name or in an apposition
// (offices.ttl): "Deputy Foreign Minister", "spokesperson", "ambassador".
struct Office {
  std::string form;                // as written in the lexicon ("deputy foreign minister")
  std::vector<std::string> words;  // its lower-cased tokens
  bool leader = false;             // head of state or government: leaderOf
  bool envoy = false;              // posted abroad, to a host country
  bool heads_mission = false;      // an envoy who heads the mission: ambassadorTo the host
  bool official = true;            // serves a state: affiliatedWith
  bool counterpart = false;        // "his Iranian counterpart": the office of the one it is said of
  bool international = false;      // mostly held in an international body: no country from context
  std::string country;             // IRI of the one country with an office of this name, if so
  int synonyms = -1;               // offices with the same number >= 0 are one office under other names
};

// An office's name that means another office in some countries
// (offices.ttl): "Chancellor" is the foreign minister (canciller) of the
// Spanish- and Portuguese-speaking countries, the head of government
// elsewhere.
struct OfficeSense {
  int office = -1;                     // index into Lexicon::offices: the name as read
  int sense = -1;                      // the office it means in those countries
  std::vector<std::string> countries;  // country IRIs, sorted
};

// A kind of national government body (bodies.ttl): "Foreign Ministry".
struct BodyKind {
  std::string canonical;                  // "Foreign Ministry"
  std::vector<std::vector<std::string>> forms;  // lower-cased token sequences
};

// Countries news names as one actor (country_groups.ttl): "the Baltic
// states" stands for each of its members.
struct CountryGroup {
  std::vector<std::vector<std::string>> forms;  // lower-cased token sequences
  std::vector<std::string> members;             // country IRIs
};

// Where a trigger looks for its target.
enum class TargetSlot {
  kDirect,      // the noun phrase right after the trigger ("summoned X")
  kPreposition, // after one of `prepositions` ("met with X")
  kComplement,  // the first party of a that-clause ("concern that X ...", "demanded that X")
  kLooseComplement,  // the first party of whatever follows ("warned it would be a mistake if X ...")
};

// A word or phrase that signals a relation (triggers.ttl).
// Whether a trigger needs an appeal after its object: "called on X to end
// the violence" urges X, "called on X on Monday" visits X (lex:appeal).
enum class AppealNeed { kAny, kRequired, kRefused };

struct Trigger {
  Predicate predicate = Predicate::kMetWith;
  std::vector<std::string> words;          // its forms, lower-cased ("held talks", "met")
  bool noun = false;                       // a nominal form: needs support (see relation rules)
  bool adjective = false;                  // "deplorable that X": the speaker is the agent
  bool person_target = false;              // only a person can be the target ("conveyed ... to X")
  bool transitive = false;                 // active use needs an object: "accused of" alone is passive
  std::vector<TargetSlot> slots;           // tried in order
  std::vector<std::string> prepositions;   // for kPreposition
  std::string object_preposition;          // after a plain direct object, the target follows it
                                           // ("blamed the shooting on X")
  bool between = false;                    // "X between A and B": A and B are the parties
  bool passive = false;                    // "signed by A": A is the agent
  bool needs_verdict = false;              // counts only with a verdict word after the object (lex:needsVerdict)
  bool closed_object = false;              // counts only when its object ends its phrase (lex:closedObject)
  AppealNeed appeal = AppealNeed::kAny;    // an infinitive or "for" after the object: needed, refused (lex:appeal)
  bool remote = false;                     // by telephone or video: it took place nowhere (lex:remote)
  bool guest_visits = false;               // "X received Y": Y came to X (lex:guestVisits)
  bool mutual = false;                     // "A and B traded accusations": each acts upon the other (lex:mutual)
  bool topic = false;                      // what follows is a topic ("discussed the war in X"):
                                           // only the preposition names a party, nothing a place
  double confidence = 0.8;
  std::string id;                          // rule name for provenance
};

struct Lexicon {
  TextConventions text;
  std::vector<LexEntity> entities;
  std::vector<Office> offices;
  std::vector<OfficeSense> office_senses;
  std::vector<BodyKind> bodies;
  std::vector<CountryGroup> country_groups;
  std::vector<Trigger> triggers;
  WordSet speech_verbs;      // "said", "told", "added": attribution of quotes
  WordSet light_verbs;       // "expressed", "issued", "imposed": support for nominal triggers
  WordSet giving_verbs;      // "handed", "conveyed": "handed X a protest note" protests to X
  WordSet reaction_verbs;    // "drawing", "prompted": "X ..., drawing condemnation from Y"
  WordSet place_heads;       // "Peninsula", "Cosmodrome": capitalized place names
  WordSet person_verbs;      // "met", "visited": an unknown name before or after one is a person
  WordSet naming_verbs;      // "described", "branded": "what X described as Y" goes on to Y
  WordSet adopted_text_nouns;  // "resolution", "statement": a text that acts in its body's name
  WordSet kinship_nouns;     // "wife", "son": "his wife X" describes X, as a title would
  WordSet account_verbs;     // "explain", "clarify": "summoned X to explain" urges X
  WordSet irregular_participles;  // "paid", "held", "undertaken": past participles without "-ed"
  WordSet violation_verbs;   // "violated", "tramples": "X said Y violated ..." condemns Y
  WordSet recall_verbs;      // "recalled", "withdrew": "recalled its envoy to X in protest" protests to X
  WordSet event_nouns;       // "clash", "process": a capital before one says where ("the Washington clash")
  WordSet utterance_nouns;   // "remarks", "statement": "X's remarks accusing Y" are X's act
  WordSet act_nouns;         // "move", "decision": "slammed the move" condemns whoever made it
  WordSet witness_verbs;     // "witnessed", "oversaw": "witnessed the signing of X" has the witnesses' countries sign X
  WordSet state_organ_nouns;  // "military", "regime": "X's military warned Y" is X acting
  WordSet conflict_nouns;    // "crisis", "war": "the parties to the Libyan crisis" stand for Libya
  WordSet departure_verbs;   // "left", "flew": "left X for a visit to Y" is the traveller's visit
  WordSet territory_nouns;   // "territory", "airspace": "near Chilean territory" is a place, no party
  WordSet state_form_nouns;  // "republic", "sultanate": "the Omani Sultanate" is Oman
  WordSet pair_nouns;        // "sides", "governments": "both sides", "the two governments" are a pair
  WordSet vessel_nouns;      // "vessels", "tankers": described groups of vessels ("four vessels")
  WordSet person_group_nouns;  // "individuals", "officials"
  WordSet private_group_nouns;  // "citizens", "media": a demonym before one names no party
  WordSet company_nouns;     // "company", "producer": "oil company X" names an organization
  WordSet company_suffixes;  // "Ltd", "Group": "X Trading Ltd" is an organization
  WordSet org_group_nouns;   // "entities", "companies", "banks"
  WordSet number_words;      // "two", "five", "dozens": open a described group
  WordSet agreement_heads;   // "treaty", "agreement", "pact", "accord"
  WordSet signed_only_heads; // "statement", "documents": an agreement only where signed
  WordSet verdict_words;     // "illegal", "provocation": naming something so condemns it
  WordSet agreement_kinds;
  WordSet agreement_abbreviations;  // "MoU", "FTA": a kind of agreement, matched as written   // "of understanding": completes a head's name ("memorandum of understanding")
  WordSet country_name_generic_words;  // "Republic", "States": no country's short name, as written
  WordSet organization_nominal_heads;  // "bloc", "alliance": "the bloc" is an organization named before
  WordSet office_suffixes;   // "ad interim", "a.i.": may follow an office, lower-cased
  WordSet office_modifiers;  // "first", "deputy", "vice", "top": may precede an office
  WordSet name_stopwords;    // capitalized words that never start or continue a name ("The", "Monday")
  WordSet victim_nouns;      // "killing", "arrest", "attack": "condemned the killing of X" does not target X
  WordSet korean_surnames;   // romanization folding applies to names starting with one

  // Indexes, built by Finalize().
  // IRI -> entity index, the first entity with it. A WordMap hashes inline,
  // eight bytes at a time: Find runs for most mentions.
  WordMap<size_t> by_iri;
  void Finalize();
  const LexEntity* Find(std::string_view iri) const;
  // One office under any of its names ("foreign minister", "foreign
  // secretary"): the same number for offices of one synonym group.
  int OfficeGroup(int office) const;
  // The office `office` names in `country` ("Chancellor" in Venezuela: the
  // foreign minister); `office` itself where no sense says otherwise.
  int OfficeIn(int office, std::string_view country) const;
};

}  // namespace diplograph
