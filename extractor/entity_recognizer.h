// Finds entity mentions in each sentence: known names (gazetteer), people
// recognized from titles and name patterns, government bodies, agreements,
// described groups (sanction targets), places, pronouns and nominals.
// Fills Document::mentions; resolution to entities is the next stage's job.
//
// Built once from the lexicon; Process() is const and thread-safe.
#pragma once

#include <optional>
#include <unordered_map>
#include <string>
#include <vector>

#include "extractor/gazetteer.h"
#include "extractor/lexicon.h"
#include "extractor/list_titles.h"
#include "extractor/stage.h"
#include "extractor/word_classes.h"
#include "extractor/word_map.h"
#include "extractor/word_set.h"

namespace diplograph {

class EntityRecognizer : public Stage {
 public:
  // With a vocabulary, the stage adds the words it asks tokens about to it
  // and looks up the tokens its tokenizer numbered by number (see
  // vocabulary.h).
  EntityRecognizer(const Lexicon& lexicon, const Gazetteer::TokenizeFn& tokenize, Vocabulary* vocabulary = nullptr);
  std::string_view name() const override { return "entities"; }
  Status Process(Document& doc) const override;

  // With `check`, Process also tries the patterns at the tokens the start
  // gate skips (see SentenceScanner::MayStart) and fails if one matches
  // there. For tests; sanitized builds check always.
  void set_check_start_gate(bool check) { check_start_gate_ = check; }

 private:
  // The word classes the patterns ask about tokens' lower-case forms.
  enum class Word {
    kNumber, kVesselNoun, kPersonGroupNoun, kOrgGroupNoun, kCompanyNoun, kAgreementHead,
    kOfficeModifier, kHonorific, kSpeechVerb, kPersonVerb, kKoreanSurname, kPlaceHead,
    kPairNoun, kSignVerb, kSanctionVerb, kDeterminer, kFunctionWord,
    kSignedOnlyHead,           // "statement", "documents": an agreement only when signed
    kOfficeStart, kBodyStart,  // the first word of some office or body form
    kTerritoryNoun,            // "territory", "airspace": "Chilean territory" is a place (see Known)
    kGovernmentNoun,           // "side", "government", "sultanate": "the Russian side" (see Nominal)
    kStartWord,                // the first words of Nominal and Pronoun (see MayStart)
    kNameStart,                // the first word of some known name, lower-cased (see Gaz)
    kPluralStart, kPluralEnd,  // the first and last word of some office plural (office_plurals_)
  };
  // Scans one sentence for mentions (recognizer/sentence_scanner.h).
  class SentenceScanner;
  friend class SentenceScanner;

  // Offices and bodies as token sequences, matched case-insensitively.
  std::optional<std::pair<int, size_t>> MatchOffice(const Document& doc, size_t i, size_t end) const;
  std::optional<std::pair<int, size_t>> MatchBody(const Document& doc, size_t i, size_t end) const;
  std::optional<std::pair<int, size_t>> MatchCountryGroup(const Document& doc, size_t i, size_t end) const;

  // The dateline's place, country and agency into the document's dateline
  // fields (recognizer/dateline.cpp).
  void ReadDateline(Document& doc) const;
  // After the scan: partial names and short country names at tokens no
  // mention covers (recognizer/second_pass.cpp).
  void SecondPass(Document& doc) const;

  // The country of the dateline's place, or "" (see Document::dateline);
  // the place's own IRI in *city when it is a city.
  std::string DatelineCountry(const Document& doc, std::string* city) const;
  // The lexicon entity the whole of `span` names, or nullptr.
  const LexEntity* NamedWhole(const Document& doc, Span span) const;

  const Lexicon& lexicon_;
  Gazetteer::TokenizeFn tokenize_;
  Gazetteer gazetteer_;
  // First word of each office and body form -> the offices, and the (body,
  // form) pairs, that start with it, in lexicon order: Match* compare only
  // those.
  WordMap<std::vector<size_t>> offices_by_first_word_;
  WordMap<std::vector<std::pair<size_t, size_t>>> bodies_by_first_word_;
  WordMap<std::vector<std::pair<size_t, size_t>>> country_groups_by_first_word_;
  // Last word of multi-word demonyms -> the countries it could mean ("Korean").
  WordMap<std::vector<std::string>> demonym_suffixes_;
  // The one-word forms of the signing verbs ("signed", "inked"): what they
  // sign is an agreement, with or without an article ("sign defence pact").
  WordSet sign_verbs_;
  WordSet sanction_verbs_;  // "sanctioned", "blacklisting": their demonym objects are groups
  // Plurals of the leaders', envoys' and ministers' offices ("ambassadors",
  // "charges d'affaires", "foreign ministers") and the office each is of:
  // "the ambassadors of A and B" are A's and B's.
  OfficePlurals office_plurals_;
  // The lexicon's sets above, and the patterns' own word lists, as one table.
  WordClassTable<Word> word_classes_;
#ifdef DIPLOGRAPH_CHECK_START_GATE
  bool check_start_gate_ = true;
#else
  bool check_start_gate_ = false;
#endif
};

}  // namespace diplograph
