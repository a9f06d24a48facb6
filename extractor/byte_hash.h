// A hash of a string's bytes for the open-addressing tables built per
// document (StringSet, the resolver's IRI index): the members are whole
// lines and IRIs, for which std::hash's Murmur steps cost several times more.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace diplograph {

// Eight bytes a step, each folded in by a multiply and a rotation; the last
// fold brings the high bits down to the low ones, which place a slot.
inline uint64_t ByteHash(std::string_view s) {
  constexpr uint64_t kOdd = 0x9e3779b97f4a7c15ULL;
  auto fold = [](uint64_t h, uint64_t word) { return std::rotl((h ^ word) * kOdd, 29); };
  uint64_t h = s.size() * kOdd;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    h = fold(h, word);
  }
  uint64_t tail = 0;
  std::memcpy(&tail, s.data() + i, s.size() - i);
  h = fold(h, tail);
  return h ^ (h >> 32);
}

}  // namespace diplograph
