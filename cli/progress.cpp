#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace diplograph::cli {

namespace {

constexpr auto kRedrawEvery = std::chrono::milliseconds(250);

// 1234567 -> "1,234,567".
std::string Grouped(size_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

}  // namespace

std::string FormatProgress(size_t documents, uint64_t bytes, std::optional<uint64_t> total_bytes,
                           double seconds) {
  const double mb = static_cast<double>(bytes) / 1e6;
  char buf[128];
  std::snprintf(buf, sizeof buf, "%s documents, %.1f MB", Grouped(documents).c_str(), mb);
  std::string line = buf;
  if (seconds < 0.5 || bytes == 0) return line;
  const double rate = mb / seconds;
  std::snprintf(buf, sizeof buf, ", %.1f MB/s", rate);
  line += buf;
  if (total_bytes && *total_bytes > bytes) {
    const auto left = static_cast<long long>(static_cast<double>(*total_bytes - bytes) / 1e6 / rate);
    if (left >= 3600) {
      std::snprintf(buf, sizeof buf, ", %lld:%02lld:%02lld left", left / 3600, left / 60 % 60, left % 60);
    } else {
      std::snprintf(buf, sizeof buf, ", %lld:%02lld left", left / 60, left % 60);
    }
    line += buf;
  }
  return line;
}

ProgressMeter::ProgressMeter(std::optional<uint64_t> total_bytes)
    : enabled_(::isatty(STDERR_FILENO) == 1),
      total_bytes_(total_bytes),
      started_(std::chrono::steady_clock::now()),
      last_drawn_(started_) {}

void ProgressMeter::Update(size_t documents, uint64_t bytes) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_drawn_ < kRedrawEvery) return;
  last_drawn_ = now;
  const double seconds = std::chrono::duration<double>(now - started_).count();
  // \r and "erase to end of line": the new line overwrites the old in place.
  std::fprintf(stderr, "\r%s\033[K", FormatProgress(documents, bytes, total_bytes_, seconds).c_str());
  std::fflush(stderr);
  shown_ = true;
}

void ProgressMeter::Clear() {
  if (!shown_) return;
  std::fputs("\r\033[K", stderr);
  std::fflush(stderr);
  shown_ = false;
}

}  // namespace diplograph::cli
