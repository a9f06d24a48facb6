// `diplograph extract`: inputs -> knowledge graph in one format.
#pragma once

#include <string>
#include <vector>

namespace diplograph::cli {

struct ExtractOptions {
  std::string format = "turtle";
  std::string output;                 // empty: standard output
  std::vector<std::string> lexicons;  // extra lexicon files
  std::string ontology;               // replaces the embedded ontology when set
  std::vector<std::string> inputs;
  unsigned jobs = 0;                  // 0: every core
};

// Runs the command; returns the process exit status (0 ok, 1 error, 2 some
// documents skipped). Errors are reported on stderr as one line each.
int RunExtract(const ExtractOptions& options);

// `diplograph ontology`: prints the ontology (embedded, or options.ontology)
// in options.format.
int RunOntology(const ExtractOptions& options);

}  // namespace diplograph::cli
