// A set of word forms, looked up many times per token, so built for fast
// misses: most words asked about are in no set. A form is first checked
// against the first bytes and the lengths the set holds (two bit tests, no
// hashing), and only then hashed.
//
// Forms are stored as written; lookup is exact unless the caller folds case
// first. Immutable sets are thread-safe to read.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_set>

namespace diplograph {

class WordSet {
 public:
  // Hashes a std::string and a std::string_view alike, so that Contains()
  // looks a view up without copying it into a string first.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Forms = std::unordered_set<std::string, Hash, std::equal_to<>>;

  WordSet() = default;
  WordSet(std::initializer_list<std::string_view> forms) {
    for (std::string_view form : forms) Add(std::string(form));
  }

  void Add(std::string form) {
    if (form.empty()) {
      has_empty_ = true;
    } else {
      const auto first = static_cast<unsigned char>(form[0]);
      first_bytes_[first >> 6] |= uint64_t{1} << (first & 63);
      lengths_ |= uint64_t{1} << LengthBit(form.size());
    }
    forms_.insert(std::move(form));
  }

  bool Contains(std::string_view form) const {
    if (form.empty()) return has_empty_;
    const auto first = static_cast<unsigned char>(form[0]);
    if (!((first_bytes_[first >> 6] >> (first & 63)) & 1)) return false;
    if (!((lengths_ >> LengthBit(form.size())) & 1)) return false;
    return forms_.find(form) != forms_.end();
  }

  const Forms& forms() const { return forms_; }
  bool empty() const { return forms_.empty(); }

 private:
  // Lengths of 63 bytes and more share the last bit.
  static unsigned LengthBit(size_t length) { return static_cast<unsigned>(std::min<size_t>(length, 63)); }

  Forms forms_;
  std::array<uint64_t, 4> first_bytes_{};  // which first bytes some form has
  uint64_t lengths_ = 0;                    // which lengths some form has
  bool has_empty_ = false;
};

}  // namespace diplograph
