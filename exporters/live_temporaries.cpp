#include "exporters/live_temporaries.h"

#include <unistd.h>

#include <array>
#include <atomic>
#include <cstring>

namespace diplograph {

namespace {

// A slot is claimed (kFilling) while its path is copied, and only then
// published (kLive), so a handler never reads a half-copied path.
enum SlotState : int { kFree, kFilling, kLive };

struct Slot {
  std::atomic<int> state{kFree};
  char path[kMaxTemporaryPath];
};

std::array<Slot, kMaxLiveTemporaries> slots;

static_assert(std::atomic<int>::is_always_lock_free, "a signal handler may only read lock-free atomics");

}  // namespace

void RegisterTemporary(const char* path) {
  const size_t length = std::strlen(path);
  if (length >= kMaxTemporaryPath) return;
  for (Slot& slot : slots) {
    int expected = kFree;
    if (!slot.state.compare_exchange_strong(expected, kFilling)) continue;
    std::memcpy(slot.path, path, length + 1);
    slot.state.store(kLive);
    return;
  }
}

void UnregisterTemporary(const char* path) {
  for (Slot& slot : slots) {
    if (slot.state.load() == kLive && std::strcmp(slot.path, path) == 0) {
      slot.state.store(kFree);
      return;
    }
  }
}

void RemoveLiveTemporaries() {
  for (Slot& slot : slots) {
    if (slot.state.load() == kLive) ::unlink(slot.path);
  }
}

}  // namespace diplograph
