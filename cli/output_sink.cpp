#include "cli/output_sink.h"

#include <cstdio>

namespace diplograph::cli {

namespace {
// Large enough that writes are few, small enough that streamed output
// appears soon after each document is done.
constexpr size_t kFlushAt = 64 << 10;
}  // namespace

Status OutputSink::Open(const std::string& path) {
  to_file_ = !path.empty();
  return to_file_ ? file_.Open(path) : Status::Ok();
}

Status OutputSink::Append(std::string_view bytes) {
  if (buffer_.size() + bytes.size() < kFlushAt) {
    buffer_.append(bytes);
    return Status::Ok();
  }
  // Large pieces (a whole merged graph) go out without a copy.
  if (Status status = Flush(); !status.ok()) return status;
  return Write(bytes);
}

Status OutputSink::Flush() {
  Status status = Write(buffer_);
  buffer_.clear();
  return status;
}

Status OutputSink::Write(std::string_view bytes) {
  if (bytes.empty()) return Status::Ok();
  if (to_file_) return file_.Append(bytes);
  if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size()) {
    return Status::IoError("cannot write to standard output");
  }
  return Status::Ok();
}

Status OutputSink::Finish() {
  if (Status status = Flush(); !status.ok()) return status;
  if (to_file_) return file_.Commit();
  if (std::fflush(stdout) != 0) return Status::IoError("cannot write to standard output");
  return Status::Ok();
}

}  // namespace diplograph::cli
