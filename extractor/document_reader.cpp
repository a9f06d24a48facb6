#include "extractor/document_reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <cstdint>
#include <istream>
#include <system_error>

#include "extractor/utf8.h"

namespace diplograph {

namespace fs = std::filesystem;

Result<std::vector<std::string>> ExpandInputs(const std::vector<std::string>& inputs) {
  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    if (input == "-") {
      files.push_back(input);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(input, ec);
    if (ec || !fs::exists(st)) return Status::NotFound("no such file or directory: " + input);
    if (!fs::is_directory(st)) {
      files.push_back(input);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec);
    if (ec) return Status::IoError("cannot read directory " + input + ": " + ec.message());
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) return Status::IoError("cannot read directory " + input + ": " + ec.message());
      std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

Result<Document> MakeDocument(std::string id, std::string bytes, const ReaderOptions& options,
                              std::vector<std::string>* notes) {
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) bytes.erase(0, 3);
  if (LooksBinary(bytes)) return Status::InvalidArgument(id + ": binary data, not text");
  if (bytes.size() > options.max_bytes) {
    size_t cut = bytes.rfind('\n', options.max_bytes);
    bytes.resize(cut == std::string::npos || cut == 0 ? options.max_bytes : cut);
    notes->push_back(id + ": longer than " + std::to_string(options.max_bytes) + " bytes; cut");
  }
  if (!IsValidUtf8(bytes)) {
    bytes = RepairUtf8(bytes);
    notes->push_back(id + ": invalid UTF-8 replaced with U+FFFD");
  }
  bool blank = std::all_of(bytes.begin(), bytes.end(),
                           [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
  if (blank) return Status::InvalidArgument(id + ": empty document");
  Document doc;
  doc.id = std::move(id);
  doc.text = std::move(bytes);
  return doc;
}

namespace {

// The first bytes of `in`, enough for MakeDocument to see whether the
// document is over max_bytes (after a byte-order mark) and cut it: a huge
// file then costs no more memory than the limit.
std::string ReadUpToLimit(std::istream& in, size_t max_bytes) {
  const size_t limit = max_bytes > SIZE_MAX - 4 ? SIZE_MAX : max_bytes + 4;
  std::string bytes;
  char buffer[1 << 16];
  while (bytes.size() < limit) {
    in.read(buffer, static_cast<std::streamsize>(std::min(sizeof buffer, limit - bytes.size())));
    if (in.gcount() <= 0) break;
    bytes.append(buffer, static_cast<size_t>(in.gcount()));
  }
  return bytes;
}

}  // namespace

Result<Document> ReadDocument(const std::string& path, std::istream& stdin_stream,
                              const ReaderOptions& options, std::vector<std::string>* notes) {
  if (path == "-") {
    std::string bytes = ReadUpToLimit(stdin_stream, options.max_bytes);
    if (stdin_stream.bad()) return Status::IoError("cannot read standard input");
    return MakeDocument("stdin", std::move(bytes), options, notes);
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) return Status::InvalidArgument(path + ": is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot read " + path);
  std::string bytes = ReadUpToLimit(in, options.max_bytes);
  if (in.bad()) return Status::IoError("cannot read " + path);
  return MakeDocument(fs::path(path).stem().string(), std::move(bytes), options, notes);
}

}  // namespace diplograph
