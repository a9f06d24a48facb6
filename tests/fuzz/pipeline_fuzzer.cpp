// libFuzzer target over the whole path from bytes to every output format, as
// `diplograph extract` takes it: MakeDocument (binary and empty input
// refused, UTF-8 repaired), Pipeline::Run, BuildDocumentGraph, the ontology
// check, then every exporter. Each output is read back with an independent
// parser (tests/output_check.h) and the RDF formats must all carry the same
// statements; any failure aborts, which libFuzzer reports as a crash.
//
// The lexicon, ontology and pipeline are loaded once, in
// LLVMFuzzerInitialize: they are immutable, and loading them per input would
// leave little time for fuzzing.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "exporters/exporter.h"
#include "extractor/document_reader.h"
#include "extractor/pipeline.h"
#include "ontology/graph_builder.h"
#include "ontology/lexicon_loader.h"
#include "ontology/ontology.h"
#include "tests/fuzz/fuzz_support.h"
#include "tests/output_check.h"

namespace {

using namespace diplograph;

struct Fixture {
  Lexicon lexicon;
  Ontology ontology;
  std::unique_ptr<Pipeline> pipeline;
  std::vector<std::pair<std::string, std::unique_ptr<Exporter>>> exporters;  // (format, exporter)
};

Fixture* fixture = nullptr;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  auto lexicon = LoadLexicon(EmbeddedLexiconSources());
  if (!lexicon.ok()) fuzz::Die("lexicon", lexicon.status().message(), {});
  auto ontology = Ontology::Load(Ontology::EmbeddedSources());
  if (!ontology.ok()) fuzz::Die("ontology", ontology.status().message(), {});
  fixture = new Fixture{std::move(lexicon).value(), std::move(ontology).value(), nullptr, {}};
  fixture->pipeline = std::make_unique<Pipeline>(fixture->lexicon);
  fixture->exporters = fuzz::AllExporters();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> notes;
  // A small limit, so that the size cut is exercised too.
  ReaderOptions options;
  options.max_bytes = 3000;
  Result<Document> made = MakeDocument("fuzz <doc> \"name\"", bytes, options, &notes);
  if (!made.ok()) return 0;
  Document doc = std::move(made).value();
  if (Status st = fixture->pipeline->Run(doc); !st.ok()) fuzz::Die("pipeline", st.message(), bytes);

  rdf::Dataset graph = BuildDocumentGraph(doc);
  graph.Normalize();
  MergeLabels(graph);
  const std::vector<Violation> violations = CheckAgainstOntology(graph, fixture->ontology);
  if (!violations.empty()) graph = WithoutViolations(graph, violations);
  fuzz::CheckEveryFormat(fixture->exporters, graph, bytes);
  return 0;
}
