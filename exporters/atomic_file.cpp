#include "exporters/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <utility>

#include "exporters/live_temporaries.h"

namespace diplograph {

namespace fs = std::filesystem;

namespace {

std::string RandomSuffix() {
  static constexpr char kChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::random_device device;
  std::uniform_int_distribution<size_t> pick(0, sizeof(kChars) - 2);
  std::string suffix;
  for (int i = 0; i < 8; ++i) suffix.push_back(kChars[pick(device)]);
  return suffix;
}

// The directory holding `path`, "." for a bare file name.
fs::path DirectoryOf(const fs::path& path) {
  fs::path dir = path.parent_path();
  return dir.empty() ? fs::path(".") : dir;
}

// Dirty bytes after which their writeback is started, so that Commit's
// fsync waits for the last few megabytes, not for the whole output (about
// 0.1 s for 100 MB, in which the run did nothing else).
constexpr off_t kWritebackChunk = off_t{8} << 20;

// Makes the rename durable; failure here is not worth reporting because the
// data itself is already safely on disk.
void SyncDirectory(const fs::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

AtomicFileWriter::AtomicFileWriter(AtomicFileWriter&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)),
      written_(std::exchange(other.written_, 0)),
      flushing_(std::exchange(other.flushing_, 0)),
      path_(std::move(other.path_)),
      temp_path_(std::exchange(other.temp_path_, {})) {}

AtomicFileWriter& AtomicFileWriter::operator=(AtomicFileWriter&& other) noexcept {
  if (this != &other) {
    Abort();
    fd_ = std::exchange(other.fd_, -1);
    written_ = std::exchange(other.written_, 0);
    flushing_ = std::exchange(other.flushing_, 0);
    path_ = std::move(other.path_);
    temp_path_ = std::exchange(other.temp_path_, {});
  }
  return *this;
}

Status AtomicFileWriter::Fail(const std::string& what, int error_number) {
  Abort();
  return Status::IoError("cannot write " + path_.string() + ": " + what +
                         (error_number != 0 ? std::string(": ") + std::strerror(error_number) : ""));
}

Status AtomicFileWriter::Open(const fs::path& path) {
  Abort();
  path_ = path;
  written_ = flushing_ = 0;
  if (path.empty() || !path.has_filename()) return Fail("not a file name", 0);
  struct stat existing {};
  const bool replacing = ::stat(path.c_str(), &existing) == 0;
  if (replacing && S_ISDIR(existing.st_mode)) return Fail("is a directory", 0);

  const fs::path dir = DirectoryOf(path);
  for (int attempt = 0; attempt < 100; ++attempt) {
    fs::path candidate = dir / ("." + path.filename().string() + ".tmp-" + RandomSuffix());
    // 0666 lets the umask decide, as for any newly created file.
    const int fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) {
      fd_ = fd;
      temp_path_ = std::move(candidate);
      RegisterTemporary(temp_path_.c_str());  // removed by a signal handler if interrupted
      break;
    }
    if (errno != EEXIST) return Fail("cannot create a temporary file in " + dir.string(), errno);
  }
  if (fd_ < 0) return Fail("cannot find a free temporary file name", 0);
  if (replacing && ::fchmod(fd_, existing.st_mode & 07777) != 0) {
    return Fail("cannot set permissions", errno);
  }
  return Status::Ok();
}

Status AtomicFileWriter::Append(std::string_view bytes) {
  if (fd_ < 0) return Status::IoError("cannot write " + path_.string() + ": file is not open");
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return Fail("write failed", errno);
    }
    bytes.remove_prefix(static_cast<size_t>(n));
    written_ += n;
  }
  StartWriteback();
  return Status::Ok();
}

void AtomicFileWriter::StartWriteback() {
#ifdef __linux__
  if (written_ - flushing_ < kWritebackChunk) return;
  // A hint: a failure shows again, and is reported, at Commit's fsync.
  ::sync_file_range(fd_, flushing_, written_ - flushing_, SYNC_FILE_RANGE_WRITE);
  flushing_ = written_;
#endif
}

Status AtomicFileWriter::Commit() {
  if (fd_ < 0) return Status::IoError("cannot write " + path_.string() + ": file is not open");
  if (::fsync(fd_) != 0) return Fail("fsync failed", errno);
  // Fail() removes the temporary; errno is read before it runs.
  if (::close(std::exchange(fd_, -1)) != 0) return Fail("close failed", errno);
  if (::rename(temp_path_.c_str(), path_.c_str()) != 0) return Fail("rename failed", errno);
  // Only now: a signal before the rename must still find the temporary.
  UnregisterTemporary(temp_path_.c_str());
  temp_path_.clear();
  SyncDirectory(DirectoryOf(path_));
  return Status::Ok();
}

void AtomicFileWriter::Abort() {
  if (fd_ >= 0) ::close(std::exchange(fd_, -1));
  if (!temp_path_.empty()) {
    ::unlink(temp_path_.c_str());
    UnregisterTemporary(temp_path_.c_str());
    temp_path_.clear();
  }
}

Status WriteFileAtomically(const fs::path& path, std::string_view bytes) {
  AtomicFileWriter writer;
  if (Status status = writer.Open(path); !status.ok()) return status;
  if (Status status = writer.Append(bytes); !status.ok()) return status;
  return writer.Commit();
}

}  // namespace diplograph
