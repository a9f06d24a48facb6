// A one-line progress meter on standard error: documents done, megabytes
// read, MB/s and, when the input size is known, the time left. Drawn only
// when standard error is a terminal (a log file gets the summary line
// instead), redrawn at most four times a second, and erased by Clear() so
// that warnings and the final summary start on a clean line.
//
// Not thread-safe: the thread that consumes results drives it.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace diplograph::cli {

// "1,234 documents, 56.7 MB, 8.9 MB/s, 0:42 left" (no time left when
// `total_bytes` is unknown or the rate is not yet measurable).
std::string FormatProgress(size_t documents, uint64_t bytes, std::optional<uint64_t> total_bytes,
                           double seconds);

class ProgressMeter {
 public:
  explicit ProgressMeter(std::optional<uint64_t> total_bytes);
  ~ProgressMeter() { Clear(); }
  ProgressMeter(const ProgressMeter&) = delete;
  ProgressMeter& operator=(const ProgressMeter&) = delete;

  // Records progress; redraws when the last drawing is old enough.
  void Update(size_t documents, uint64_t bytes);
  // Erases the line, if one is shown.
  void Clear();

 private:
  bool enabled_;
  bool shown_ = false;
  std::optional<uint64_t> total_bytes_;
  std::chrono::steady_clock::time_point started_;
  std::chrono::steady_clock::time_point last_drawn_;
};

}  // namespace diplograph::cli
