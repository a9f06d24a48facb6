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
    if (form.empty() || forms_.Contains(form)) return;
    forms_.Add(std::string(form));
    if (const size_t slot = ShortAsciiSlot(form); slot != kNoSlot) short_ascii_[slot] = Last();
  }
  uint32_t NumberOf(std::string_view form) const {
    if (const size_t slot = ShortAsciiSlot(form); slot != kNoSlot) return short_ascii_[slot];
    const size_t index = forms_.IndexOf(form);
    return index == WordSet::kNotFound ? kNone : static_cast<uint32_t>(index);
  }
  // The forms by number.
  const std::vector<std::string>& forms() const { return forms_.forms(); }

 private:
  // Where a form of one or two ASCII bytes is kept in short_ascii_, or
  // kNoSlot for any other form.
  static constexpr size_t kNoSlot = SIZE_MAX;
  static size_t ShortAsciiSlot(std::string_view form) {
    if (form.size() > 2 || form.empty()) return kNoSlot;
    const auto first = static_cast<unsigned char>(form[0]);
    if (form.size() == 1) return first < 0x80 ? first : kNoSlot;
    const auto second = static_cast<unsigned char>(form[1]);
    return (first | second) < 0x80 ? 128 + (size_t{first} << 7 | second) : kNoSlot;
  }
  uint32_t Last() const { return static_cast<uint32_t>(forms_.forms().size() - 1); }

  WordSet forms_;
  // The numbers of the one- and two-byte ASCII forms, kNone for those not
  // added: the tokenizer asks for one at every comma, full stop and short
  // word ("of", "to", "'s"), and a table lookup costs less than hashing.
  std::vector<uint32_t> short_ascii_ = std::vector<uint32_t>(128 + 128 * 128, kNone);
};

}  // namespace diplograph
