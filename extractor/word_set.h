// A set of word forms, looked up many times per token, so built for fast
// misses: most words asked about are in no set. A form is first checked
// against the first bytes and the lengths the set holds (two bit tests, no
// hashing); only then is it hashed, inline, into an open-addressing table
// whose slots keep each form's hash, so a miss rarely compares any text.
//
// Forms are stored as written; lookup is exact unless the caller folds case
// first. Immutable sets are thread-safe to read.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace diplograph {

class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string_view> forms) {
    for (std::string_view form : forms) Add(std::string(form));
  }

  void Add(std::string form) {
    if (form.empty()) {
      has_empty_ = true;
      return;
    }
    if (Contains(form)) return;
    AddNew(std::move(form));
  }

  // The index of `form` in forms(), added first when it is new (looked up
  // once, where Add and then IndexOf look it up again). The empty form is
  // added as by Add, and has no index: kNotFound.
  size_t IndexOrAdd(std::string_view form) {
    if (form.empty()) {
      has_empty_ = true;
      return kNotFound;
    }
    if (const size_t index = IndexOf(form); index != kNotFound) return index;
    AddNew(std::string(form));
    return forms_.size() - 1;
  }

  // (Always inlined, as IndexOf is: GCC left it to calls.)
  __attribute__((always_inline)) bool Contains(std::string_view form) const {
    if (form.empty()) return has_empty_;
    return IndexOf(form) != kNotFound;
  }

  // Where a non-empty form stands in forms() (so callers can keep data per
  // form beside the set), or kNotFound.
  static constexpr size_t kNotFound = SIZE_MAX;
  // (The two bit tests always inlined where it is asked, the probe left to
  // the compiler: most forms asked about are turned away by the tests, and
  // a call only to fail them cost more than they do.)
  __attribute__((always_inline)) size_t IndexOf(std::string_view form) const {
    if (form.empty()) return kNotFound;
    const auto first = static_cast<unsigned char>(form[0]);
    if (!((first_bytes_[first >> 6] >> (first & 63)) & 1)) return kNotFound;
    if (!((lengths_ >> LengthBit(form.size())) & 1)) return kNotFound;
    return Probe(form);
  }

 private:
  // Where a form that passed IndexOf's bit tests is in forms(), or kNotFound.
  size_t Probe(std::string_view form) const {
    const uint32_t hash = HashOf(form);
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.form == kEmpty) return kNotFound;
      if (slot.hash == hash && Equal(forms_[slot.form], form)) return slot.form;
    }
  }

 public:
  // The non-empty forms, in the order first added.
  const std::vector<std::string>& forms() const { return forms_; }
  bool empty() const { return forms_.empty() && !has_empty_; }

 private:
  struct Slot {
    uint32_t hash = 0;
    uint32_t form = kEmpty;  // index into forms_
  };
  static constexpr uint32_t kEmpty = UINT32_MAX;

  // Lengths of 63 bytes and more share the last bit.
  static unsigned LengthBit(size_t length) { return static_cast<unsigned>(std::min<size_t>(length, 63)); }

  // Inline, eight bytes at a time: memcmp is a library call, dearer than
  // comparing a word. (Tail is one-to-one for a given length.)
  static bool Equal(const std::string& a, std::string_view b) {
    const size_t n = b.size();
    if (a.size() != n) return false;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      uint64_t x, y;
      std::memcpy(&x, a.data() + i, 8);
      std::memcpy(&y, b.data() + i, 8);
      if (x != y) return false;
    }
    return Tail(a.data() + i, n - i) == Tail(b.data() + i, n - i);
  }

  // FNV-1a over eight bytes at a time (words are short), then mixed so the
  // low bits the table indexes by depend on every byte.
  static uint32_t HashOf(std::string_view s) {
    uint64_t h = 0xcbf29ce484222325ULL ^ s.size();
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      uint64_t chunk;
      std::memcpy(&chunk, s.data() + i, 8);
      h = (h ^ chunk) * 0x100000001b3ULL;
    }
    h = (h ^ Tail(s.data() + i, s.size() - i)) * 0x100000001b3ULL;
    h ^= h >> 32;
    h *= 0x9e3779b97f4a7c15ULL;
    return static_cast<uint32_t>(h >> 32);
  }

  // The last n < 8 bytes as one word, every byte in it, without memcpy of a
  // variable length (a library call, dearer than the rest of the hash): two
  // overlapping 4-byte loads, or for 1 to 3 bytes the first, middle and
  // last. Unique for each n, and the hash mixes in the length.
  static uint64_t Tail(const char* p, size_t n) {
    if (n >= 4) {
      uint32_t lo, hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      return lo | (uint64_t{hi} << 32);
    }
    if (n == 0) return 0;
    const auto byte = [p](size_t k) { return uint64_t{static_cast<unsigned char>(p[k])}; };
    return byte(0) | (byte(n / 2) << 8) | (byte(n - 1) << 16);
  }

  // Adds a non-empty form the set does not hold.
  void AddNew(std::string form) {
    const auto first = static_cast<unsigned char>(form[0]);
    first_bytes_[first >> 6] |= uint64_t{1} << (first & 63);
    lengths_ |= uint64_t{1} << LengthBit(form.size());
    forms_.push_back(std::move(form));
    if (2 * forms_.size() > slots_.size()) {
      Rehash(std::max<size_t>(16, 4 * forms_.size()));
    } else {
      Place(static_cast<uint32_t>(forms_.size() - 1));
    }
  }

  void Place(uint32_t form) {
    const uint32_t hash = HashOf(forms_[form]);
    const size_t mask = slots_.size() - 1;
    size_t i = hash & mask;
    while (slots_[i].form != kEmpty) i = (i + 1) & mask;
    slots_[i] = Slot{hash, form};
  }

  void Rehash(size_t min_slots) {
    size_t size = 16;
    while (size < min_slots) size *= 2;
    slots_.assign(size, Slot{});
    for (uint32_t form = 0; form < forms_.size(); ++form) Place(form);
  }

  std::vector<std::string> forms_;
  std::vector<Slot> slots_;                 // a power of two, at most half full
  std::array<uint64_t, 4> first_bytes_{};  // which first bytes some form has
  uint64_t lengths_ = 0;                    // which lengths some form has
  bool has_empty_ = false;
};

}  // namespace diplograph
