// Reads documents from JSON Lines, one object per line:
//
//   {"id": "kr-2024-0620", "text": "...", "date": "2024-06-20", "url": "https://..."}
//
// Only "text" is required. "id" (a string or an integer) names the document
// and mints its IRI; without it the document is "<name>-<line>". "date"
// (YYYY-MM-DD, or an ISO timestamp whose first ten characters are one) sets
// Document::published, "url" sets Document::url; other members are ignored.
//
// Streams: one line is held at a time, however long the input. A line that
// is not such an object is reported with its line number and reading goes on
// with the next; blank lines are ignored. Not thread-safe.
#pragma once

#include <array>
#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "extractor/document.h"
#include "extractor/document_reader.h"
#include "extractor/status.h"

namespace diplograph {

// One non-blank line of the input.
struct JsonlRecord {
  size_t line = 0;                    // 1-based
  std::optional<Document> document;   // set when the line is usable
  std::string error;                  // why it is not ("corpus.jsonl:7: invalid JSON ...")
  std::vector<std::string> notes;     // repairs made, fields ignored
  size_t bytes = 0;                   // bytes consumed since the previous record, newlines included
};

class JsonlReader {
 public:
  // `name` starts every message ("corpus.jsonl:7: ..."); `id_prefix` names
  // documents without an "id". `in` must outlive the reader.
  JsonlReader(std::istream& in, std::string name, std::string id_prefix, ReaderOptions options);

  // Fills `record` with the next non-blank line and returns true; false at the
  // end of the input, or when reading fails (then status() says why).
  bool Next(JsonlRecord* record);

  // IoError after a failed read; ok otherwise.
  const Status& status() const { return status_; }

 private:
  void Parse(JsonlRecord* record);

  std::istream& in_;
  std::string name_;
  std::string id_prefix_;
  ReaderOptions options_;
  std::string line_;  // reused: its capacity is the longest line so far
  // Where a record's few JSON values go (its strings stay in line_): the
  // parser's default pool took a 64 KB block from the heap for every line.
  alignas(8) std::array<char, 2048> values_{};
  size_t line_number_ = 0;
  Status status_;
};

}  // namespace diplograph
