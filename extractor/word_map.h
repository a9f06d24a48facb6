// A map from word forms to values, for lookups made at every token ("which
// offices start with this word?"): most words key nothing, and a WordSet
// turns them away on a bit test where std::unordered_map hashed each one.
// Lookup is exact, like WordSet's.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/word_set.h"

namespace diplograph {

template <typename T>
class WordMap {
 public:
  // The value for `form`, value-initialized when the form is new.
  T& operator[](std::string_view form) {
    if (form.empty()) {
      if (!empty_value_) empty_value_.emplace();
      return *empty_value_;
    }
    const size_t index = keys_.IndexOf(form);
    if (index != WordSet::kNotFound) return values_[index];
    keys_.Add(std::string(form));
    values_.emplace_back();
    return values_.back();
  }

  // The value for `form`, or nullptr when it has none.
  const T* Find(std::string_view form) const {
    if (form.empty()) return empty_value_ ? &*empty_value_ : nullptr;
    const size_t index = keys_.IndexOf(form);
    return index == WordSet::kNotFound ? nullptr : &values_[index];
  }

  // Every value of a non-empty form, in the order the forms were added.
  std::vector<T>& values() { return values_; }

 private:
  WordSet keys_;
  std::vector<T> values_;  // by index in keys_.forms()
  std::optional<T> empty_value_;
};

}  // namespace diplograph
