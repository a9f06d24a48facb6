// The temporary files AtomicFileWriter has open in this process, kept where
// a signal handler can reach them: RemoveLiveTemporaries() deletes them and
// is async-signal-safe, so an interrupted run leaves neither a half-written
// destination (AtomicFileWriter never writes one) nor its temporary.
//
// Holds up to kMaxLiveTemporaries paths of up to kMaxTemporaryPath bytes; a
// temporary beyond those is simply not removed on a signal. Thread-safe.
#pragma once

#include <cstddef>

namespace diplograph {

inline constexpr size_t kMaxLiveTemporaries = 16;
inline constexpr size_t kMaxTemporaryPath = 4096;

// Remembers `path` (NUL-terminated) until UnregisterTemporary(path).
void RegisterTemporary(const char* path);
void UnregisterTemporary(const char* path);

// Unlinks every registered temporary. Async-signal-safe: only atomics and
// unlink(2).
void RemoveLiveTemporaries();

}  // namespace diplograph
