// Turns inputs into Documents: files, directories (recursively, in sorted
// order) and "-" for standard input. Unusable documents are reported, never
// fatal: a binary or empty file is skipped with a reason; invalid UTF-8 is
// repaired (U+FFFD) and a byte-order mark dropped, with a note.
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

#include "extractor/document.h"
#include "extractor/status.h"

namespace diplograph {

struct ReaderOptions {
  size_t max_bytes = 10 * 1024 * 1024;  // larger documents are cut at a line end, with a note
};

// The files the inputs name, in a deterministic order: each input in the
// order given; a directory's regular files (hidden ones excepted) sorted by
// path. "-" stays as is. NotFound naming the first input that does not exist.
Result<std::vector<std::string>> ExpandInputs(const std::vector<std::string>& inputs);

// One document read from `path` ("-" reads `stdin_stream`). On success the
// document has id and text; `notes` collects repairs made. Only the first
// max_bytes (and a few more) are read: the rest would be cut anyway. A document that
// cannot be used gives a non-ok Status whose message names it.
Result<Document> ReadDocument(const std::string& path, std::istream& stdin_stream,
                              const ReaderOptions& options, std::vector<std::string>* notes);

// Builds a document from bytes already in memory (JSON Lines, tests), with
// the same checks and repairs.
Result<Document> MakeDocument(std::string id, std::string bytes, const ReaderOptions& options,
                              std::vector<std::string>* notes);

}  // namespace diplograph
