// A memo of values by 32-bit id, for the few distinct ids a loop meets over
// and over (a graph's predicates): open addressing in a fixed table, with
// ids spread by a multiply, so that ids that agree in their low bits do not
// evict each other (as they did in a table indexed by id modulo its size).
// When half the table is used it is emptied whole: it never grows, and a
// lookup stays a multiply and a compare or two.
//
// A reference Get returns is valid until the next Get. Not thread-safe.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace diplograph {

template <typename T, size_t kSlots = 128>
class IdMemo {
  static_assert(kSlots >= 2 && (kSlots & (kSlots - 1)) == 0, "a power of two");

 public:
  // The value remembered for `id`, or make(id) remembered now.
  template <typename Make>
  T& Get(uint32_t id, const Make& make) {
    size_t i = SlotOf(id);
    for (; slots_[i].used; i = (i + 1) & (kSlots - 1)) {
      if (slots_[i].id == id) return slots_[i].value;
    }
    if (used_ + 1 > kSlots / 2) {
      Clear();
      i = SlotOf(id);
    }
    Slot& slot = slots_[i];
    slot.used = true;
    slot.id = id;
    slot.value = make(id);
    ++used_;
    return slot.value;
  }

  size_t size() const { return used_; }

  void Clear() {
    for (Slot& slot : slots_) slot.used = false;
    used_ = 0;
  }

 private:
  struct Slot {
    bool used = false;
    uint32_t id = 0;
    T value{};
  };

  static size_t SlotOf(uint32_t id) {  // Fibonacci hashing: the top bits of id * 2^32/phi
    return static_cast<size_t>((id * 0x9E3779B9u) >> 25) & (kSlots - 1);
  }

  std::array<Slot, kSlots> slots_{};
  size_t used_ = 0;
};

}  // namespace diplograph
