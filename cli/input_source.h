// The documents the command line's inputs name, one at a time, in input
// order: each text file is one document; a JSON Lines file (or standard
// input with --input-format jsonl) is one document per line. Only the
// document being read is held in memory, so a corpus of any size streams.
//
// Not thread-safe: one thread reads (standard input cannot be shared).
#pragma once

#include <cstdint>
#include <fstream>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/document.h"
#include "extractor/document_reader.h"
#include "extractor/jsonl_reader.h"
#include "extractor/status.h"

namespace diplograph::cli {

enum class InputFormat {
  kAuto,   // JSON Lines for files ending .jsonl or .ndjson, text otherwise
  kText,   // every input is one document
  kJsonl,  // every input is JSON Lines
};

// "auto", "text" or "jsonl"; InvalidArgument naming the choices otherwise.
Result<InputFormat> ParseInputFormat(std::string_view name);

// One document, or the reason one was skipped.
struct InputItem {
  std::optional<Document> document;
  std::string error;               // set when skipped: names the file (and line)
  std::vector<std::string> notes;  // repairs and ignored fields, for warnings
  uint64_t bytes = 0;              // input bytes this item consumed (for progress)
};

class InputSource {
 public:
  // `paths` as ExpandInputs gives them ("-" is `stdin_stream`).
  InputSource(std::vector<std::string> paths, InputFormat format, ReaderOptions options,
              std::istream& stdin_stream);

  // Fills `item` and returns true, or returns false when every input is
  // read. A file that cannot be read at all is an IoError: the run stops.
  Result<bool> Next(InputItem* item);

  // The size of all inputs in bytes, or nullopt when standard input is one.
  std::optional<uint64_t> total_bytes() const { return total_bytes_; }

 private:
  bool IsJsonl(const std::string& path) const;
  Status OpenJsonl(const std::string& path);

  std::vector<std::string> paths_;
  InputFormat format_;
  ReaderOptions options_;
  std::istream& stdin_;
  size_t next_path_ = 0;
  std::unique_ptr<std::ifstream> file_;  // the JSON Lines file being read
  std::unique_ptr<JsonlReader> jsonl_;   // set while a JSON Lines input is open
  std::optional<uint64_t> total_bytes_;
};

}  // namespace diplograph::cli
