// The lower-case word forms the stages look tokens up by, numbered. A
// pipeline's tokenizer stamps each token with the number of its lower-case
// form (Token::word), so that each stage maps a token to its word classes
// with one index (see TokenClasses) instead of hashing every token again.
//
// Filled while the stages are built; immutable, and thread-safe to read,
// once the pipeline runs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/word_set.h"

namespace diplograph {

class Vocabulary {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;  // a form no stage asks about

  // Numbers are given in the order forms are first added, and kept.
  void Add(std::string_view form) {
    if (!form.empty() && !forms_.Contains(form)) forms_.Add(std::string(form));
  }
  uint32_t NumberOf(std::string_view form) const {
    const size_t index = forms_.IndexOf(form);
    return index == WordSet::kNotFound ? kNone : static_cast<uint32_t>(index);
  }
  // The forms by number.
  const std::vector<std::string>& forms() const { return forms_.forms(); }

 private:
  WordSet forms_;
};

}  // namespace diplograph
