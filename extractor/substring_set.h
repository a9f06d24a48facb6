// Whether a text contains any of a fixed set of substrings, in one pass
// over the text: each position is checked only against the needles that
// start with its two bytes, instead of searching the text once per needle.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace diplograph {

class SubstringSet {
 public:
  SubstringSet() = default;
  template <typename Range>
  explicit SubstringSet(const Range& needles) {
    for (const auto& needle : needles) Add(needle);
  }

  void Add(std::string_view needle);
  // True when some needle occurs in `text` (the empty needle occurs everywhere).
  bool FoundIn(std::string_view text) const;

 private:
  static unsigned Key(unsigned char a, unsigned char b) { return static_cast<unsigned>(a << 8 | b); }

  bool has_empty_ = false;
  std::vector<std::string> short_;                                 // one-byte needles
  std::unordered_map<unsigned, std::vector<std::string>> by_start_;  // first two bytes -> needles
  std::vector<bool> starts_ = std::vector<bool>(1 << 16, false);   // the keys of by_start_
};

}  // namespace diplograph
