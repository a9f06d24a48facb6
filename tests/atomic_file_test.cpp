// Files are replaced whole or not at all: on success the destination holds
// exactly the new bytes, on any error (or a kill mid-write) it keeps its old
// contents, and no temporary is left behind except after a kill.
#include "exporters/atomic_file.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/test_support.h"

namespace diplograph {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using testing::ReadFile;
using testing::TempDir;

std::vector<std::string> FileNames(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

void ExpectOneLineIoError(const Status& status, const fs::path& path) {
  EXPECT_EQ(status.code(), Status::Code::kIoError);
  EXPECT_THAT(status.message(), HasSubstr(path.string()));
  EXPECT_EQ(status.message().find('\n'), std::string::npos) << status.message();
}

TEST(WriteFileAtomicallyTest, CreatesAndReplacesFilesLeavingNoTemporary) {
  TempDir dir;
  const fs::path path = dir.path() / "graph.ttl";
  ASSERT_TRUE(WriteFileAtomically(path, "first\n").ok());
  EXPECT_EQ(ReadFile(path), "first\n");
  const std::string big(1 << 20, 'x');
  ASSERT_TRUE(WriteFileAtomically(path, big).ok());
  EXPECT_EQ(ReadFile(path), big);
  ASSERT_TRUE(WriteFileAtomically(path, "").ok());
  EXPECT_EQ(ReadFile(path), "");
  EXPECT_EQ(FileNames(dir.path()), std::vector<std::string>{"graph.ttl"});
}

TEST(WriteFileAtomicallyTest, KeepsThePermissionsOfTheFileItReplaces) {
  TempDir dir;
  const fs::path path = dir.path() / "graph.nt";
  ASSERT_TRUE(WriteFileAtomically(path, "old").ok());
  ASSERT_EQ(chmod(path.c_str(), 0640), 0);
  ASSERT_TRUE(WriteFileAtomically(path, "new").ok());
  struct stat info {};
  ASSERT_EQ(stat(path.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0640u);
}

TEST(WriteFileAtomicallyTest, MissingDirectoryIsAnIoErrorNamingThePath) {
  TempDir dir;
  const fs::path path = dir.path() / "no" / "such" / "dir" / "graph.ttl";
  ExpectOneLineIoError(WriteFileAtomically(path, "data"), path);
  EXPECT_FALSE(fs::exists(path));
}

TEST(WriteFileAtomicallyTest, DirectoryAsDestinationIsAnIoError) {
  TempDir dir;
  fs::create_directory(dir.path() / "out");
  ExpectOneLineIoError(WriteFileAtomically(dir.path() / "out", "data"), dir.path() / "out");
  EXPECT_TRUE(fs::is_directory(dir.path() / "out"));
  EXPECT_EQ(FileNames(dir.path()), std::vector<std::string>{"out"});
}

TEST(WriteFileAtomicallyTest, UncreatableTemporaryIsAnIoErrorAndKeepsTheOldFile) {
  TempDir dir;
  // Too long once the temporary's prefix and suffix are added (NAME_MAX 255).
  const fs::path path = dir.path() / std::string(250, 'g');
  ASSERT_TRUE(WriteFileAtomically(dir.path() / "other", "old").ok());
  ExpectOneLineIoError(WriteFileAtomically(path, "new"), path);
  EXPECT_EQ(FileNames(dir.path()), std::vector<std::string>{"other"});
}

TEST(WriteFileAtomicallyTest, ReadOnlyDirectoryIsAnIoErrorAndKeepsTheOldFile) {
  if (geteuid() == 0) GTEST_SKIP() << "root ignores directory permissions";
  TempDir dir;
  const fs::path sub = dir.path() / "ro";
  fs::create_directory(sub);
  const fs::path path = sub / "graph.ttl";
  ASSERT_TRUE(WriteFileAtomically(path, "old").ok());
  ASSERT_EQ(chmod(sub.c_str(), 0555), 0);
  ExpectOneLineIoError(WriteFileAtomically(path, "new"), path);
  chmod(sub.c_str(), 0755);
  EXPECT_EQ(ReadFile(path), "old");
  EXPECT_EQ(FileNames(sub), std::vector<std::string>{"graph.ttl"});
}

TEST(AtomicFileWriterTest, DestinationChangesOnlyAtCommit) {
  TempDir dir;
  const fs::path path = dir.path() / "graph.nq";
  ASSERT_TRUE(WriteFileAtomically(path, "old\n").ok());

  AtomicFileWriter writer;
  ASSERT_TRUE(writer.Open(path).ok());
  EXPECT_TRUE(writer.is_open());
  EXPECT_EQ(writer.temporary_path().parent_path(), dir.path());
  ASSERT_TRUE(writer.Append("line 1\n").ok());
  ASSERT_TRUE(writer.Append("").ok());
  ASSERT_TRUE(writer.Append("line 2\n").ok());
  EXPECT_EQ(ReadFile(path), "old\n");
  EXPECT_EQ(FileNames(dir.path()).size(), 2u);

  ASSERT_TRUE(writer.Commit().ok());
  EXPECT_FALSE(writer.is_open());
  EXPECT_EQ(ReadFile(path), "line 1\nline 2\n");
  EXPECT_EQ(FileNames(dir.path()), std::vector<std::string>{"graph.nq"});
}

TEST(AtomicFileWriterTest, DestructionWithoutCommitRemovesTheTemporary) {
  TempDir dir;
  const fs::path path = dir.path() / "graph.nq";
  ASSERT_TRUE(WriteFileAtomically(path, "old\n").ok());
  {
    AtomicFileWriter writer;
    ASSERT_TRUE(writer.Open(path).ok());
    ASSERT_TRUE(writer.Append("half of it").ok());
  }
  EXPECT_EQ(ReadFile(path), "old\n");
  EXPECT_EQ(FileNames(dir.path()), std::vector<std::string>{"graph.nq"});

  {
    AtomicFileWriter writer;
    ASSERT_TRUE(writer.Open(dir.path() / "new.nq").ok());
    ASSERT_TRUE(writer.Append("half of it").ok());
    writer.Abort();
    EXPECT_FALSE(writer.is_open());
    EXPECT_EQ(writer.Append("more").code(), Status::Code::kIoError);
    EXPECT_EQ(writer.Commit().code(), Status::Code::kIoError);
  }
  EXPECT_FALSE(fs::exists(dir.path() / "new.nq"));
  EXPECT_EQ(FileNames(dir.path()), std::vector<std::string>{"graph.nq"});
}

TEST(AtomicFileWriterTest, CallsBeforeOpenFail) {
  AtomicFileWriter writer;
  EXPECT_EQ(writer.Append("x").code(), Status::Code::kIoError);
  EXPECT_EQ(writer.Commit().code(), Status::Code::kIoError);
}

TEST(AtomicFileWriterTest, MovedWriterOwnsTheTemporary) {
  TempDir dir;
  const fs::path path = dir.path() / "graph.ttl";
  AtomicFileWriter first;
  ASSERT_TRUE(first.Open(path).ok());
  ASSERT_TRUE(first.Append("moved ").ok());
  AtomicFileWriter second(std::move(first));
  EXPECT_FALSE(first.is_open());  // NOLINT(bugprone-use-after-move): documented state
  ASSERT_TRUE(second.Append("along").ok());
  AtomicFileWriter third;
  third = std::move(second);
  ASSERT_TRUE(third.Commit().ok());
  EXPECT_EQ(ReadFile(path), "moved along");
  EXPECT_EQ(FileNames(dir.path()), std::vector<std::string>{"graph.ttl"});
}

TEST(AtomicFileWriterTest, KilledWriterNeverLeavesAHalfWrittenDestination) {
  TempDir dir;
  const fs::path path = dir.path() / "graph.ttl";
  ASSERT_TRUE(WriteFileAtomically(path, "complete old graph\n").ok());
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    AtomicFileWriter writer;
    if (!writer.Open(path).ok() || !writer.Append("half a new gr").ok()) _exit(1);
    raise(SIGKILL);
    _exit(2);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFSIGNALED(status)) << "child exited with " << WEXITSTATUS(status);
  EXPECT_EQ(ReadFile(path), "complete old graph\n");
  // The orphaned temporary is recognisable and never mistaken for the output.
  for (const std::string& name : FileNames(dir.path())) {
    if (name != "graph.ttl") {
      EXPECT_THAT(name, ::testing::StartsWith(".graph.ttl.tmp-"));
    }
  }
}

}  // namespace
}  // namespace diplograph
