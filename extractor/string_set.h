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

#include "extractor/byte_hash.h"

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

  static uint64_t Hash(std::string_view s) { return ByteHash(s); }

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
