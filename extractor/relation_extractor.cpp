// The relation extractor stage: its word classes, built once from the lexicon, and Process(), which
// reads each sentence with a SentenceRun (extractor/relations/) and then runs the document-wide
// passes over the relations found.

#include "extractor/relation_extractor.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extractor/listed_agreements.h"
#include "extractor/relation_inference.h"
#include "extractor/relations/sentence_run.h"
#include "extractor/sentence_index.h"
#include "extractor/utf8.h"
#include "extractor/word_set.h"

namespace diplograph {

namespace {

// Words that open a new clause: an agent is not looked for across them.
const WordSet& ClauseBoundaryWords() {
  static const WordSet kWords = {
      "that", "which", "who", "whom", "whose", "while", "whereas", "after", "before", "amid",
      "because", "since", "if", "unless", "when", "although", "though", "but", "as", "according",
      "whether", "until", "despite", "following", "where"};
  return kWords;
}

const WordSet& Prepositions() {
  static const WordSet kWords = {
      "for", "of", "against", "from", "to", "about", "by", "on", "in", "with", "over", "at",
      "between", "regarding", "into", "toward", "towards", "through", "under", "without"};
  return kWords;
}

// Words that open an apposition or parenthetical after a comma (see StepLeft).
const WordSet& AppositionOpeners() {
  static const WordSet kOpeners = {
      "who", "whose", "which", "the", "a", "an", "in", "on", "at", "formerly", "also", "however",
      "meanwhile", "for", "too", "then", "he", "she", "it"};
  return kOpeners;
}

// Words after which an -ing form is a verb: auxiliaries, conjunctions,
// negation ("is meeting", "and visiting", "not signing").
const WordSet& GerundLeads() {
  static const WordSet kWords = {"is", "are", "was", "were", "be", "been", "being", "am", "and", "or", "but",
                                 "not", "also", "still", "now", "then", "again", "while", "when", "after",
                                 "before", "since", "by", "without", "upon", "on", "in", "of", "for", "from",
                                 "against", "about", "to", "with", "further", "jointly"};
  return kWords;
}

// Determiners and possessives: what follows is a noun.
const WordSet& NounMarkers() {
  static const WordSet kMarkers = {
      "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
      "these", "those", "'s", "'", "another", "any", "every", "each", "first", "last", "next", "such"};
  return kMarkers;
}

}  // namespace

RelationExtractor::RelationExtractor(const Lexicon& lexicon, const Gazetteer::TokenizeFn& tokenize,
                                     Vocabulary* vocabulary)
    : lexicon_(lexicon), sign_verbs_(SignVerbForms(lexicon)),
      meeting_nouns_(NounForms(lexicon, Predicate::kMetWith)),
      sanction_nouns_(NounForms(lexicon, Predicate::kSanctioned)) {
  WordSet trigger_starts;
  for (size_t i = 0; i < lexicon.triggers.size(); ++i) {
    for (const std::string& w : lexicon.triggers[i].words) {
      std::vector<std::string> words;
      for (auto& t : tokenize(w)) words.push_back(AsciiLower(t));
      if (words.empty()) continue;
      trigger_starts.Add(words[0]);
      forms_[words[0]].push_back({i, words});
    }
  }
  for (auto& list : forms_.values()) {
    std::stable_sort(list.begin(), list.end(), [](const TriggerForm& a, const TriggerForm& b) {
      return a.words.size() > b.words.size();
    });
  }
  // A phrase of tokens without spaces can match a form of several words
  // only where its first token is the form's first word.
  WordSet irrealis_phrase_starts;
  for (const WordSet* set : {&lexicon.text.negations, &lexicon.text.modals, &lexicon.text.hypotheticals}) {
    for (const std::string& form : set->forms()) {
      const size_t space = form.find(' ');
      if (space != std::string::npos) irrealis_phrase_starts.Add(form.substr(0, space));
    }
  }
  const std::pair<Word, const WordSet&> classes[] = {
      {Word::kClauseBoundary, ClauseBoundaryWords()},
      {Word::kPreposition, Prepositions()},
      {Word::kSpeechVerb, lexicon.speech_verbs},
      {Word::kDenial, lexicon.text.denials},
      {Word::kUnassertedGerundMarker, lexicon.text.unasserted_gerund_markers},
      {Word::kCommitment, lexicon.text.commitments},
      {Word::kGivingVerb, lexicon.giving_verbs},
      {Word::kAppealModal, lexicon.text.appeal_modals},
      {Word::kVerdict, lexicon.verdict_words},
      {Word::kNegation, lexicon.text.negations},
      {Word::kHypothetical, lexicon.text.hypotheticals},
      {Word::kModal, lexicon.text.modals},
      {Word::kDirective, lexicon.text.directives},
      {Word::kReactionVerb, lexicon.reaction_verbs},
      {Word::kLightVerb, lexicon.light_verbs},
      {Word::kVictimNoun, lexicon.victim_nouns},
      {Word::kCompanyNoun, lexicon.company_nouns},
      {Word::kVesselNoun, lexicon.vessel_nouns},
      {Word::kNamingVerb, lexicon.naming_verbs},
      {Word::kStateOrganNoun, lexicon.state_organ_nouns},
      {Word::kPersonGroupNoun, lexicon.person_group_nouns},
      {Word::kAdoptedTextNoun, lexicon.adopted_text_nouns},
      {Word::kKinshipNoun, lexicon.kinship_nouns},
      {Word::kActNoun, lexicon.act_nouns},
      {Word::kUtteranceNoun, lexicon.utterance_nouns},
      {Word::kAccountVerb, lexicon.account_verbs},
      {Word::kRecallVerb, lexicon.recall_verbs},
      {Word::kWitnessVerb, lexicon.witness_verbs},
      {Word::kViolationVerb, lexicon.violation_verbs},
      {Word::kIrregularParticiple, lexicon.irregular_participles},
      {Word::kPairNoun, lexicon.pair_nouns},
      {Word::kPrivateGroupNoun, lexicon.private_group_nouns},
      {Word::kAppositionOpener, AppositionOpeners()},
      {Word::kNounMarker, NounMarkers()},
      {Word::kGerundLead, GerundLeads()},
      {Word::kTriggerStart, trigger_starts},
      {Word::kIrrealisPhraseStart, irrealis_phrase_starts},
      {Word::kMeetingNoun, meeting_nouns_},
  };
  for (const auto& [word_class, set] : classes) word_classes_.Add(word_class, set);
  if (vocabulary) word_classes_.Bind(*vocabulary);
}

// A country guessed from context for a bare title that the person's own act
// refuted ("Foreign Minister X urged India" in a sentence after "the Indian
// government"): the guess goes, and with it the affiliation.
// A state does not summon, urge, warn, protest to, condemn or sanction its
// own government's bodies ("summoned Ghana's envoy over the demolition of
// the Nigerian embassy" read past the envoy): such a reading went too far.
static void DropActsUponOwnBodies(Document& doc) {
  std::erase_if(doc.relations, [&](const Relation& r) {
    const PredicateInfo& info = Info(r.predicate);
    if (info.role || info.symmetric || r.predicate == Predicate::kSigned || r.predicate == Predicate::kVisited) {
      return false;
    }
    const Entity& object = doc.entities[static_cast<size_t>(r.object)];
    const Entity& subject = doc.entities[static_cast<size_t>(r.subject)];
    if (object.type != EntityType::kGovernmentBody || object.country < 0) return false;
    const int own = subject.type == EntityType::kCountry ? r.subject : subject.country;
    return own == object.country;
  });
}

// A country goes to no place of its own ("the ministers of A, B and C
// attended the meeting in A's capital": A hosted).
static void DropVisitsAtHome(Document& doc) {
  std::erase_if(doc.relations, [&](const Relation& r) {
    if (r.predicate != Predicate::kVisited) return false;
    if (doc.entities[static_cast<size_t>(r.subject)].type != EntityType::kCountry) return false;
    return r.object == r.subject || doc.entities[static_cast<size_t>(r.object)].country == r.subject;
  });
}

static void DropRefutedAffiliations(Document& doc) {
  std::erase_if(doc.relations, [&](const Relation& r) {
    const Entity& person = doc.entities[static_cast<size_t>(r.subject)];
    return r.predicate == Predicate::kAffiliatedWith && person.country_from_context && person.country < 0;
  });
}

// Two people of one office who meet, both given the same country only
// guessed from context ("the meeting of foreign minister A and foreign
// secretary B" after "Argentina's foreign ministry"), are counterparts: the
// guess holds for the first named at most, so the second's goes. (A foreign
// minister meeting a trade minister may well be a compatriot.)
static void RefuteSharedGuesses(Document& doc, const Lexicon& lexicon) {
  std::unordered_map<int, int> office_of;  // person -> the office a mention titles them with
  for (const Mention& m : doc.mentions) {
    if (m.entity >= 0 && m.office >= 0) office_of.emplace(m.entity, m.office);
  }
  auto office = [&](int person) {  // under any of its names; -1 for none
    auto it = office_of.find(person);
    return it == office_of.end() ? -1 : lexicon.OfficeGroup(it->second);
  };
  for (const Relation& r : doc.relations) {
    if (!Info(r.predicate).symmetric) continue;
    const Entity& first = doc.entities[static_cast<size_t>(r.subject)];
    Entity& second = doc.entities[static_cast<size_t>(r.object)];
    if (first.type == EntityType::kPerson && second.type == EntityType::kPerson && first.country_from_context &&
        second.country_from_context && first.country >= 0 && first.country == second.country &&
        office(r.subject) >= 0 && office(r.subject) == office(r.object)) {
      second.country = -1;
    }
  }
}

Status RelationExtractor::Process(Document& doc) const {
  int speaker = -1;
  thread_local SentenceIndex index_storage;  // its memory reused from document to document
  index_storage.Fill(doc);
  const SentenceIndex& index = index_storage;
  const std::unordered_map<int, int> envoy_hosts = EnvoyHosts(doc);
  thread_local std::vector<TokenClasses<Word>::Mask> class_masks;  // reused from document to document
  const TokenClasses<Word> classes(word_classes_, doc.tokens, doc.vocabulary, class_masks);
  // News asserts fewer relations than it has sentences, as a rule: room for
  // them up front spares moving every relation as the vector grows.
  doc.relations.reserve(doc.relations.size() + doc.sentences.size());
  // One set of tables per thread, for every document it reads: their
  // memory is reused, not allocated anew for each document.
  thread_local SentenceRun::TokenTables tables;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    SentenceRun(*this, doc, s, &speaker, index, envoy_hosts, classes, tables).Go();
  }
  RefuteSharedGuesses(doc, lexicon_);
  DropRefutedAffiliations(doc);
  DropActsUponOwnBodies(doc);
  DropVisitsAtHome(doc);
  SignListedAgreements(doc, sign_verbs_, lexicon_);
  HostBySummons(doc, lexicon_);
  LeadersForTheirCountries(doc, index.mentions, lexicon_);
  // The meeting nouns by their class bit: VenueOfTalks hashed every token.
  std::vector<size_t> meeting_nouns;
  for (size_t t = 0; t < doc.tokens.size(); ++t) {
    if (classes.Has(t, Word::kMeetingNoun)) meeting_nouns.push_back(t);
  }
  VenueOfTalks(doc, index.mentions, meeting_nouns);
  Infer(doc);
  CompanionsVisit(doc, index.mentions);
  InheritDates(doc);
  DateFromLead(doc);
  return Status::Ok();
}

}  // namespace diplograph
