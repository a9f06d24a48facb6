// Finds the relations each sentence asserts. For every trigger (a verb or
// nominal form from the trigger lexicon) it looks for the agent in the
// sentence's structure — the subject (skipping appositions and relative
// clauses), a possessive ("Putin's visit"), "by A" in the passive, "between
// A and B", the subject of a light verb ("issued a warning"), the speaker of
// a quote for "we" — and for the target in the slots the trigger names
// (direct object, after a preposition, or the first party of the following
// clause). Negated, modal and conditional statements yield nothing.
//
// Built once from the lexicon; Process() is const and thread-safe.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "extractor/gazetteer.h"
#include "extractor/lexicon.h"
#include "extractor/stage.h"
#include "extractor/word_classes.h"
#include "extractor/word_map.h"
#include "extractor/word_set.h"

namespace diplograph {

class RelationExtractor : public Stage {
 public:
  // With a vocabulary, the stage adds the words it asks tokens about to it
  // and looks up the tokens its tokenizer numbered by number (see
  // vocabulary.h).
  RelationExtractor(const Lexicon& lexicon, const Gazetteer::TokenizeFn& tokenize, Vocabulary* vocabulary = nullptr);
  std::string_view name() const override { return "relations"; }
  Status Process(Document& doc) const override;

 private:
  class SentenceRun;  // one sentence's reading: extractor/relations/sentence_run.h
  // The word classes the rules ask about tokens' lower-case forms.
  enum class Word {
    kClauseBoundary, kPreposition, kSpeechVerb, kDenial, kUnassertedGerundMarker, kCommitment, kGivingVerb, kAppealModal, kVerdict, kNegation, kHypothetical, kModal,
    kDirective, kReactionVerb, kLightVerb, kVictimNoun, kCompanyNoun, kVesselNoun,
    kAppositionOpener, kNounMarker, kNamingVerb, kStateOrganNoun, kPersonGroupNoun,
    kAdoptedTextNoun,  // "resolution", "statement": acts in the name of its body
    kKinshipNoun,      // "wife", "son": describes the person named after it
    kActNoun,          // "move", "decision": an act told before
    kUtteranceNoun,    // "remarks", "statement": what someone says
    kAccountVerb,      // "explain", "clarify": an account demanded
    kRecallVerb,       // "recalled", "withdrew": an envoy called home
    kWitnessVerb,      // "witnessed", "oversaw": attends a signing
    kViolationVerb,    // "violated", "undermines": said of a party, condemns it
    kIrregularParticiple,  // "paid", "held": past participles without "-ed"
    kPairNoun,         // "countries", "sides", "leaders": the parties of a group
    kPrivateGroupNoun,  // "citizens", "media": a demonym before one names no party
    kGerundLead,    // words after which an -ing form is a verb ("is meeting", "and visiting")
    kTriggerStart,  // the first word of some trigger form
    kIrrealisPhraseStart,  // the first word of a negation, modal or hypothetical of several words
    kMeetingNoun,          // "talks", "summit": for the venue of the talks (VenueOfTalks)
  };
  struct TriggerForm {
    size_t trigger;  // index into Lexicon::triggers
    std::vector<std::string> words;
  };

  const Lexicon& lexicon_;
  WordSet sign_verbs_;  // for lists of signed agreements (SignListedAgreements)
  WordSet meeting_nouns_;  // for the venue of the talks (VenueOfTalks)
  WordSet sanction_nouns_;  // "sanctions", "measures": a subject that goes on with sanctions told before
  // Trigger forms by their first word, longest first.
  WordMap<std::vector<TriggerForm>> forms_;
  // The lexicon's word sets and the rules' own word lists, as one table.
  WordClassTable<Word> word_classes_;
};

}  // namespace diplograph
