// Replacing a file without ever exposing a half-written one: bytes go to a
// temporary file in the destination's directory, which is flushed to disk
// (fsync) and renamed over the destination only when complete. Readers see
// the old file or the new one, never a mix, even if the process is killed.
// (A killed process may leave its temporary, named ".<name>.tmp-XXXXXXXX",
// behind; it never leaves a truncated <name>.)
//
// Errors are IoError with a one-line message naming the destination path.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string_view>

#include "extractor/status.h"

namespace diplograph {

// Writes `bytes` to `path` atomically (replacing any existing file, whose
// permission bits the new file keeps). On error the destination is untouched
// and the temporary is removed.
Status WriteFileAtomically(const std::filesystem::path& path, std::string_view bytes);

// The streaming form: Open, Append any number of times, Commit. Destroying
// (or Abort()ing) a writer that was not committed removes the temporary and
// leaves the destination untouched. After any failed call the writer is
// closed and later calls fail. Move-only; not thread-safe.
class AtomicFileWriter {
 public:
  AtomicFileWriter() = default;
  ~AtomicFileWriter() { Abort(); }
  AtomicFileWriter(AtomicFileWriter&& other) noexcept;
  AtomicFileWriter& operator=(AtomicFileWriter&& other) noexcept;
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

  // Creates the temporary next to `path`.
  Status Open(const std::filesystem::path& path);
  Status Append(std::string_view bytes);
  // Flushes, closes and renames the temporary to the destination.
  Status Commit();
  // Removes the temporary (no-op when not open).
  void Abort();

  bool is_open() const { return fd_ >= 0; }
  // The temporary's path while open (empty otherwise).
  const std::filesystem::path& temporary_path() const { return temp_path_; }

 private:
  Status Fail(const std::string& what, int error_number);
  // Starts writing what was appended to disk, without waiting for it.
  void StartWriteback();

  int fd_ = -1;
  off_t written_ = 0;   // bytes appended so far
  off_t flushing_ = 0;  // bytes whose writeback has been started
  std::filesystem::path path_;
  std::filesystem::path temp_path_;
};

}  // namespace diplograph
