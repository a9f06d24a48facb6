// Resolves mentions to the document's entities: known entities by lexicon
// IRI, people by the identity key of their name (variants meet), surnames and
// titles to the person named elsewhere, pronouns and nominals ("the
// ministry", "both sides", "the North") to what they stand for, and a capital
// to its country when it acts, to the city when it is a location.
// Then derives the roles (affiliatedWith, ambassadorTo, leaderOf) the titles state.
//
// Built once from the lexicon; Process() is const and thread-safe.
#pragma once

#include <string>
#include <unordered_map>

#include "extractor/lexicon.h"
#include "extractor/word_set.h"
#include "extractor/stage.h"

namespace diplograph {

class EntityResolver : public Stage {
 public:
  explicit EntityResolver(const Lexicon& lexicon);
  std::string_view name() const override { return "resolve"; }
  Status Process(Document& doc) const override;

 private:
  class Run;
  const Lexicon& lexicon_;
  std::unordered_map<std::string, size_t> person_keys_;  // PersonKey -> Lexicon::entities index
  // One-word nouns of events and agreements ("summit", "talks", "pact"): a
  // capital right before one says where ("the Washington clash").
  WordSet event_nouns_;
};

}  // namespace diplograph
