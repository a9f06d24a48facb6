// Whether a text contains any of a fixed set of substrings, in one pass
// over the text: each position is checked only against the needles that
// start with its bytes, instead of searching the text once per needle.
// Needles of four bytes or more are found by their first four bytes, which
// common English letter pairs rarely complete, so most positions cost one
// bit test; and the text is stepped through as in Wu-Manber, by windows as
// long as the shortest of them, each moved on by how far its last two bytes
// say no needle can start, so that most positions are never looked at.
#pragma once

#include <array>
#include <cstdint>
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
  // The Key of the two bytes at `p`.
  static unsigned PairAt(const char* p) {
    return Key(static_cast<unsigned char>(p[0]), static_cast<unsigned char>(p[1]));
  }
  // The four bytes at `p`, as a number (byte order does not matter: the
  // same function makes every key).
  static uint32_t Quad(const char* p) {
    return static_cast<uint32_t>(static_cast<unsigned char>(p[0])) |
           static_cast<uint32_t>(static_cast<unsigned char>(p[1])) << 8 |
           static_cast<uint32_t>(static_cast<unsigned char>(p[2])) << 16 |
           static_cast<uint32_t>(static_cast<unsigned char>(p[3])) << 24;
  }
  static unsigned QuadBit(uint32_t quad) { return (quad * 0x9E3779B1u) >> 16; }
  bool MayStartQuad(uint32_t quad) const {
    const unsigned bit = QuadBit(quad);
    return (quad_bits_[bit >> 6] >> (bit & 63)) & 1;
  }

  // The pair table for needles of four bytes or more, rebuilt when a
  // shorter one than any before shortens the window.
  void AddShifts(std::string_view needle);
  void RebuildShifts();

  bool has_empty_ = false;
  std::vector<std::string> short_;                                 // one-byte needles
  std::unordered_map<unsigned, std::vector<std::string>> by_start_;  // two- and three-byte needles by first two bytes
  std::vector<bool> starts_ = std::vector<bool>(1 << 16, false);   // the keys of by_start_
  std::unordered_map<uint32_t, std::vector<std::string>> by_quad_;   // longer needles by first four bytes
  std::array<uint64_t, 1024> quad_bits_{};                           // QuadBit of the keys of by_quad_
  // Wu-Manber: the window (the shortest length in by_quad_, at most 255),
  // and for each pair of bytes (by Key) that may end a window, how far the
  // window can move with no needle of by_quad_ skipped; 0 where one may
  // start at the window.
  size_t window_ = 0;
  std::vector<uint8_t> pair_shift_;
};

}  // namespace diplograph
