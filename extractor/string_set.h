// A set of strings kept in one buffer, for a set filled and cleared per
// document: std::unordered_set<std::string> allocated a node and a string
// for every member.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace diplograph {

class StringSet {
 public:
  // Adds `s`; false when it was a member already.
  bool Insert(std::string_view s) {
    if (2 * (count_ + 1) > slots_.size()) Grow();
    const uint64_t hash = Hash(s);
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.size == kFree) {
        slot = {hash, text_.size(), s.size()};
        text_.append(s);
        ++count_;
        return true;
      }
      if (slot.hash == hash && std::string_view(text_).substr(slot.begin, slot.size) == s) return false;
    }
  }

  // Empty again, keeping its memory for the next document (unless a long
  // one made it large).
  void Clear() {
    constexpr size_t kKeptSlots = 1024;
    if (slots_.size() > kKeptSlots) {
      slots_ = {};
    } else {
      std::fill(slots_.begin(), slots_.end(), Slot{});
    }
    text_.clear();
    count_ = 0;
  }

 private:
  static constexpr size_t kFree = SIZE_MAX;
  struct Slot {
    uint64_t hash = 0;
    size_t begin = 0;      // in text_
    size_t size = kFree;   // kFree: an empty slot
  };

  // Eight bytes a step, each folded in by a multiply and a rotation: the
  // members are whole lines, for which std::hash's Murmur steps cost
  // several times more. (Only where a member goes depends on it.)
  static uint64_t Hash(std::string_view s) {
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
    return h ^ (h >> 32);  // the low bits place the slot: the high ones reach them too
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : 2 * old.size(), Slot{});
    const size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.size == kFree) continue;
      size_t i = slot.hash & mask;
      while (slots_[i].size != kFree) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::string text_;         // the members, one after another
  std::vector<Slot> slots_;  // open addressing, at most half full
  size_t count_ = 0;
};

}  // namespace diplograph
