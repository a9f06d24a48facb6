// The lower-case word forms the stages look tokens up by, numbered. A
// pipeline's tokenizer stamps each token with the number of its lower-case
// form (Token::word), so that each stage maps a token to its word classes
// with one index (see TokenClasses) instead of hashing every token again.
//
// Filled while the stages are built; immutable, and thread-safe to read,
// once the pipeline runs.
#pragma once

#include <array>
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
    if (form.empty() || forms_.Contains(form)) return;
    forms_.Add(std::string(form));
    if (IsSingleAscii(form)) single_ascii_[static_cast<unsigned char>(form[0])] = Last();
  }
  uint32_t NumberOf(std::string_view form) const {
    if (IsSingleAscii(form)) return single_ascii_[static_cast<unsigned char>(form[0])];
    const size_t index = forms_.IndexOf(form);
    return index == WordSet::kNotFound ? kNone : static_cast<uint32_t>(index);
  }
  // The forms by number.
  const std::vector<std::string>& forms() const { return forms_.forms(); }

 private:
  static bool IsSingleAscii(std::string_view form) {
    return form.size() == 1 && static_cast<unsigned char>(form[0]) < 0x80;
  }
  uint32_t Last() const { return static_cast<uint32_t>(forms_.forms().size() - 1); }

  WordSet forms_;
  // The numbers of one-byte ASCII forms by their byte, kNone for those not
  // added: the tokenizer asks for one at every comma and full stop, and a
  // table lookup costs less than hashing.
  std::array<uint32_t, 128> single_ascii_ = MakeNoneTable();
  static constexpr std::array<uint32_t, 128> MakeNoneTable() {
    std::array<uint32_t, 128> table{};
    table.fill(kNone);
    return table;
  }
};

}  // namespace diplograph
