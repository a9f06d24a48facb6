// `diplograph extract`: inputs -> knowledge graph in one format.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "extractor/document_reader.h"

namespace diplograph::cli {

struct ExtractOptions {
  std::string format = "turtle";
  std::string jsonld_frame;           // ExportOptions::jsonld_frame ("events")
  std::string output;                 // empty: standard output
  std::vector<std::string> lexicons;  // extra lexicon files
  std::string ontology;               // replaces the embedded ontology when set
  std::vector<std::string> inputs;
  unsigned jobs = 0;                  // 0: every core
  size_t max_bytes = ReaderOptions{}.max_bytes;  // longer documents are cut (--max-bytes)
  std::string input_format = "auto";  // auto | text | jsonl (cli/input_source.h)
  // Write each document's graph as soon as it and every earlier one are
  // done (ntriples, nquads only). Memory stays bounded whatever the corpus
  // size; labels are then merged within each document, not across them.
  bool stream = false;
};

// Runs the command; returns the process exit status (0 ok, 1 error, 2 some
// documents skipped). Errors are reported on stderr as one line each.
int RunExtract(const ExtractOptions& options);

// `diplograph ontology`: prints the ontology (embedded, or options.ontology)
// in options.format.
int RunOntology(const ExtractOptions& options);

}  // namespace diplograph::cli
