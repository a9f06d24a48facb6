// Everything the extractor knows about the world and about English, as plain
// data. Loaded once (ontology/lexicon_loader from Turtle), immutable after
// Finalize(), shared by every thread.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extractor/entity_type.h"
#include "extractor/predicate.h"

namespace diplograph {

// A set of word forms with O(1) lookup. Forms are stored as written; lookup
// is exact unless the caller folds case first.
class WordSet {
 public:
  void Add(std::string form) { forms_.insert(std::move(form)); }
  bool Contains(std::string_view form) const { return forms_.count(std::string(form)) != 0; }
  const std::unordered_set<std::string>& forms() const { return forms_; }
  bool empty() const { return forms_.empty(); }

 private:
  std::unordered_set<std::string> forms_;
};

// Words and phrases about the shape of text rather than the world
// (function_words.ttl).
struct TextConventions {
  WordSet abbreviations;    // tokens ending in '.' that do not end a sentence ("Mr.", "U.S.", "Sept.")
  WordSet furniture;        // whole lines that are page furniture ("Show Full Article"), lower-cased
  WordSet caption_markers;  // substrings marking a caption line ("File Photo"), lower-cased
  WordSet negations;        // "not", "never", "no", lower-cased
  WordSet modals;           // "could", "would", "might", lower-cased
  WordSet hypotheticals;    // "if", "unless", "whether", "consider", lower-cased
};

}  // namespace diplograph
