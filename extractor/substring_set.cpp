#include "extractor/substring_set.h"

#include <algorithm>

namespace diplograph {

void SubstringSet::Add(std::string_view needle) {
  if (needle.empty()) {
    has_empty_ = true;
  } else if (needle.size() == 1) {
    short_.emplace_back(needle);
  } else if (needle.size() < 4) {
    const unsigned key = Key(static_cast<unsigned char>(needle[0]), static_cast<unsigned char>(needle[1]));
    by_start_[key].emplace_back(needle);
    starts_[key] = true;
  } else {
    const uint32_t quad = Quad(needle.data());
    by_quad_[quad].emplace_back(needle);
    const unsigned bit = QuadBit(quad);
    quad_bits_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
}

bool SubstringSet::FoundIn(std::string_view text) const {
  if (has_empty_) return true;
  for (const std::string& needle : short_) {
    if (text.find(needle) != std::string_view::npos) return true;
  }
  auto any_starts = [](std::string_view rest, const std::vector<std::string>& candidates) {
    return std::any_of(candidates.begin(), candidates.end(),
                       [&](const std::string& needle) { return rest.starts_with(needle); });
  };
  if (!by_start_.empty()) {
    for (size_t i = 0; i + 1 < text.size(); ++i) {
      const unsigned key = Key(static_cast<unsigned char>(text[i]), static_cast<unsigned char>(text[i + 1]));
      if (starts_[key] && any_starts(text.substr(i), by_start_.at(key))) return true;
    }
  }
  if (!by_quad_.empty()) {
    for (size_t i = 0; i + 4 <= text.size(); ++i) {
      const uint32_t quad = Quad(text.data() + i);
      if (!MayStartQuad(quad)) continue;
      const auto it = by_quad_.find(quad);
      if (it != by_quad_.end() && any_starts(text.substr(i), it->second)) return true;
    }
  }
  return false;
}

}  // namespace diplograph
