// Helpers shared by the test programs: running the command line, temporary
// directories, external tools, and the development corpus.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace diplograph::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;  // standard output
  std::string err;  // standard error
};

// Runs `argv` (no shell) with `stdin_data` on standard input.
CommandResult RunCommand(const std::vector<std::string>& argv, const std::string& stdin_data = {});

// Runs the built diplograph program with `args`.
CommandResult RunDiplograph(const std::vector<std::string>& args, const std::string& stdin_data = {});

// True when `program` is on PATH.
bool HaveTool(const std::string& program);

// A fresh directory removed with its contents at destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path Write(const std::string& name, const std::string& contents) const;

 private:
  std::filesystem::path path_;
};

std::string ReadFile(const std::filesystem::path& path);

// The seed articles in ../shared/seeds, sorted; empty where it is absent.
std::vector<std::filesystem::path> SeedArticles();

// The repository's own files (examples/, ontology/).
std::filesystem::path SourcePath(const std::string& relative);

}  // namespace diplograph::testing
