// Document-level passes after the sentence rules of RelationExtractor:
// what follows from the relations found ("a person who summons an envoy
// meets them"), dates carried to the next sentence, and the postings of
// envoys a government summons. Each reads and amends Document::relations.
#pragma once

#include <span>
#include <unordered_map>

#include "extractor/document.h"
#include "extractor/lexicon.h"
#include "extractor/sentence_index.h"
#include "extractor/word_set.h"

namespace diplograph {

// VenueOfTalks, LeadersForTheirCountries and CompanionsVisit take the
// mentions by sentence the relation stage has already built
// (SentenceIndex::mentions): no pass changes the mentions.

// The one-word nouns of a predicate's triggers: for kMetWith "talks",
// "summit", "meeting"; for kSanctioned "sanctions", "embargo", "measures".
WordSet NounForms(const Lexicon& lexicon, Predicate predicate);

// "The talks, held in Georgia's capital Tbilisi, ...", "The summit took
// place in Doha", "on the sidelines of the summit in Addis Ababa": where
// the story's talks were held, when the text names one venue so, and not
// as background. The meetings the story reports with no place of their
// own (none told as background) took place there. Before Infer, so that who
// came from abroad has visited it. `meeting_nouns` are the tokens that are
// one of NounForms(kMetWith), ascending (the caller's word classes know
// them: no token is hashed again here).
void VenueOfTalks(Document& doc, const SentenceLayer& mentions, std::span<const size_t> meeting_nouns);

// "held talks with leaders of South Sudan, Sudan and Djibouti", "the
// foreign ministers of Armenia and Azerbaijan met": the parties are the
// leaders (or holders of that office) the story names for those countries,
// where it names one each, not the countries.
void LeadersForTheirCountries(Document& doc, const SentenceLayer& mentions, const Lexicon& lexicon);

// "Accompanying X on his visit to Y are A and B", "X, accompanied by A,
// visited Y", "X is in Y where, together with A, ...": the people who come
// along on a visit the sentence tells of visit its place too (unless it is
// their own country).
void CompanionsVisit(Document& doc, const SentenceLayer& mentions);

// Inferences every analyst makes: a person who summons an envoy meets them;
// a person who meets abroad has visited the place.
void Infer(Document& doc);

// An undated relation in the sentence after a dated one that shares a party
// (and is no background) takes its date.
void InheritDates(Document& doc);

// The day the lead gives ("... met in Athens today") dates the undated
// events the story goes on to tell, unless their sentence is background.
void DateFromLead(Document& doc);

// An envoy summoned by a government is posted to that government's country.
void HostBySummons(Document& doc, const Lexicon& lexicon);

// Envoy -> the country of its ambassadorTo role, for the sentence rules.
std::unordered_map<int, int> EnvoyHosts(const Document& doc);

}  // namespace diplograph
