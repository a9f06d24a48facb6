// An interrupted run (SIGINT, SIGTERM) leaves --output as it was, or complete
// and new, never a part of it; removes its temporary; and exits with 128 +
// the signal's number (130, 143).
//
// Each test starts a long run over a generated corpus, waits until the run
// has created its temporary output file (so it is mid-run), sends the
// signal, and checks the directory afterwards.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "tests/test_support.h"

extern char** environ;

namespace diplograph::testing {
namespace {

namespace fs = std::filesystem;

constexpr char kOldContents[] = "<urn:x:old> <urn:x:file> \"untouched\" .\n";

// About 40 MB of articles: far more than a run gets through before the
// signal, even in an optimized build.
fs::path WriteCorpus(const TempDir& tmp) {
  const std::string article = ReadFile(SourcePath("examples/article.txt"));
  // Each copy's paragraphs made distinct ("... (copy 3)"): the cleaner drops
  // a paragraph repeated in one document, and the run must last.
  std::string body;
  for (int copy = 0; copy < 20; ++copy) {
    std::string marked;
    for (char c : article) {
      if (c == '\n') marked += " (copy " + std::to_string(copy) + ")";
      marked += c;
    }
    body += marked + "\n";
  }
  for (int i = 0; i < 800; ++i) {
    tmp.Write("corpus/doc" + std::to_string(1000 + i) + ".txt",
              "Published: May " + std::to_string(1 + i % 28) + ", 2025\n\n" + body);
  }
  return tmp.path() / "corpus";
}

// The temporaries AtomicFileWriter names ".<name>.tmp-XXXXXXXX" in `dir`.
std::vector<std::string> Temporaries(const fs::path& dir, const std::string& name) {
  std::vector<std::string> found;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string file = entry.path().filename().string();
    if (file.starts_with("." + name + ".tmp-")) found.push_back(file);
  }
  return found;
}

// Starts diplograph with `args`, its standard streams on /dev/null.
pid_t Start(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {DIPLOGRAPH_BIN};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<char*> raw;
  for (std::string& a : argv) raw.push_back(a.data());
  raw.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  const int error = posix_spawn(&pid, raw[0], &actions, nullptr, raw.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return error == 0 ? pid : -1;
}

// The exit status as a shell reports it (128 + signal when killed by one).
int Wait(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

struct Case {
  const char* name;
  int signal_number;
  std::vector<std::string> extra;  // more arguments
};

class InterruptTest : public ::testing::TestWithParam<Case> {};

TEST_P(InterruptTest, LeavesTheOldOutputAndNoTemporary) {
  const Case& c = GetParam();
  TempDir tmp;
  const fs::path corpus = WriteCorpus(tmp);
  const fs::path out = tmp.Write("graph.nt", kOldContents);
  std::vector<std::string> args = {"extract", "-f", "ntriples", "-j", "2", "-o", out.string()};
  args.insert(args.end(), c.extra.begin(), c.extra.end());
  args.push_back(corpus.string());
  const pid_t pid = Start(args);
  ASSERT_GT(pid, 0);

  // Mid-run: the temporary exists (the output is opened before any work).
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (Temporaries(tmp.path(), "graph.nt").empty() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ASSERT_FALSE(Temporaries(tmp.path(), "graph.nt").empty()) << "the run never opened its output";
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // let it write some
  kill(pid, c.signal_number);
  const int status = Wait(pid);

  EXPECT_EQ(status, 128 + c.signal_number);
  EXPECT_EQ(ReadFile(out), kOldContents) << "the old output must be left as it was";
  EXPECT_TRUE(Temporaries(tmp.path(), "graph.nt").empty()) << "the temporary must be removed";
}

INSTANTIATE_TEST_SUITE_P(Signals, InterruptTest,
                         ::testing::Values(Case{"SigintWhileExtracting", SIGINT, {}},
                                           Case{"SigtermWhileExtracting", SIGTERM, {}},
                                           Case{"SigintWhileStreaming", SIGINT, {"--stream"}},
                                           Case{"SigtermWhileStreaming", SIGTERM, {"--stream"}}),
                         [](const ::testing::TestParamInfo<Case>& param) { return std::string(param.param.name); });

// Without --output there is no file to protect; the status still tells the
// caller the run was interrupted.
TEST(InterruptTest, ToStandardOutputExitsWith130) {
  TempDir tmp;
  const fs::path corpus = WriteCorpus(tmp);
  const pid_t pid = Start({"extract", "-f", "ntriples", corpus.string()});
  ASSERT_GT(pid, 0);
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  kill(pid, SIGINT);
  EXPECT_EQ(Wait(pid), 130);
}

}  // namespace
}  // namespace diplograph::testing
