#include "tests/test_support.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <system_error>

namespace diplograph::testing {
namespace fs = std::filesystem;


CommandResult RunCommand(const std::vector<std::string>& argv, const std::string& stdin_data) {
  CommandResult result;
  TempDir tmp;
  fs::path in = tmp.Write("stdin", stdin_data);
  fs::path out = tmp.path() / "stdout";
  fs::path err = tmp.path() / "stderr";
  pid_t pid = fork();
  if (pid == 0) {
    int fd_in = open(in.c_str(), O_RDONLY);
    int fd_out = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int fd_err = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(fd_in, 0);
    dup2(fd_out, 1);
    dup2(fd_err, 2);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = ReadFile(out);
  result.err = ReadFile(err);
#if defined(__SANITIZE_ADDRESS__)
  // In the sanitizer build (tests/run-sanitized) a child's report fails the
  // test even where the test expects the child to fail: UBSan's reports,
  // unlike ASan's, reach only standard error.
  if (result.err.find("runtime error: ") != std::string::npos ||
      result.err.find("==ERROR: ") != std::string::npos) {
    ADD_FAILURE() << "sanitizer report from " << argv[0] << ":\n" << result.err;
  }
#endif
  return result;
}

CommandResult RunDiplograph(const std::vector<std::string>& args, const std::string& stdin_data) {
  std::vector<std::string> argv = {DIPLOGRAPH_BIN};
  argv.insert(argv.end(), args.begin(), args.end());
  return RunCommand(argv, stdin_data);
}

bool HaveTool(const std::string& program) {
  const char* path = std::getenv("PATH");
  if (path == nullptr) return false;
  std::stringstream dirs(path);
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    std::error_code ec;
    fs::path candidate = fs::path(dir) / program;
    if (fs::exists(candidate, ec) && access(candidate.c_str(), X_OK) == 0) return true;
  }
  return false;
}

TempDir::TempDir() {
  std::random_device rd;
  for (;;) {
    path_ = fs::temp_directory_path() / ("diplograph-test-" + std::to_string(rd()));
    std::error_code ec;
    if (fs::create_directory(path_, ec)) break;
  }
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

fs::path TempDir::Write(const std::string& name, const std::string& contents) const {
  fs::path p = path_ / name;
  fs::create_directories(p.parent_path());
  std::ofstream f(p, std::ios::binary);
  f << contents;
  return p;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream f(path, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

std::vector<fs::path> SeedArticles() {
  std::vector<fs::path> out;
  fs::path dir = fs::path(DIPLOGRAPH_SHARED_DIR) / "seeds";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".txt") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

fs::path SourcePath(const std::string& relative) { return fs::path(DIPLOGRAPH_SOURCE_DIR) / relative; }

}  // namespace diplograph::testing
