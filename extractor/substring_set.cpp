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
    constexpr size_t kMaxWindow = 255;  // shifts fit a byte
    const size_t window = std::min(needle.size(), kMaxWindow);
    if (window_ == 0 || window < window_) {
      window_ = window;
      RebuildShifts();
    } else {
      AddShifts(needle);
    }
  }
}

// A pair ending at byte k of the needle's first window_ bytes means a
// needle may start window_ - 1 - k bytes after the window does.
void SubstringSet::AddShifts(std::string_view needle) {
  for (size_t k = 1; k < window_; ++k) {
    uint8_t& shift = pair_shift_[PairAt(needle.data() + k - 1)];
    shift = std::min(shift, static_cast<uint8_t>(window_ - 1 - k));
  }
}

// A pair in no needle's window lets the window move past its first byte.
void SubstringSet::RebuildShifts() {
  pair_shift_.assign(size_t{1} << 16, static_cast<uint8_t>(window_ - 1));
  for (const auto& [quad, needles] : by_quad_) {
    for (const std::string& needle : needles) AddShifts(needle);
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
    // Every needle here is at least window_ (>= 4) bytes long.
    for (size_t i = 0; i + window_ <= text.size();) {
      if (const uint8_t shift = pair_shift_[PairAt(text.data() + i + window_ - 2)]) {
        i += shift;
        continue;
      }
      const uint32_t quad = Quad(text.data() + i);
      if (MayStartQuad(quad)) {
        const auto it = by_quad_.find(quad);
        if (it != by_quad_.end() && any_starts(text.substr(i), it->second)) return true;
      }
      ++i;
    }
  }
  return false;
}

}  // namespace diplograph
