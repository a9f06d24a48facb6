// Where the command's output goes: standard output, or a file replaced
// atomically (exporters/atomic_file.h) so that a failed or interrupted run
// never leaves a partial file. Bytes are buffered and written in large
// pieces, so a streaming run can append one small document at a time.
//
// Not thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "exporters/atomic_file.h"
#include "extractor/status.h"

namespace diplograph::cli {

class OutputSink {
 public:
  // `path` empty means standard output. Opening a file creates its
  // temporary now, so an unusable path fails before any work is done.
  Status Open(const std::string& path);
  Status Append(std::string_view bytes);
  // Writes what is buffered; a file is then renamed into place. Destroying
  // a sink that was not finished leaves an existing file untouched.
  Status Finish();

 private:
  Status Flush();
  Status Write(std::string_view bytes);

  bool to_file_ = false;
  AtomicFileWriter file_;
  std::string buffer_;
};

}  // namespace diplograph::cli
