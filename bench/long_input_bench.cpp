// How long one sentence of 100,000 words takes, from bytes to N-Triples,
// for each pattern of tests/long_inputs.h. A benchmark, not a test: timings
// depend on the machine. Exits 1 when any pattern takes longer than the
// budget, so that a super-linear step shows up as a failure here.
//
//   long_input_bench [WORDS [BUDGET_MS]]     (defaults: 100000 words, 1000 ms)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "exporters/exporter.h"
#include "extractor/document_reader.h"
#include "extractor/pipeline.h"
#include "ontology/graph_builder.h"
#include "ontology/lexicon_loader.h"
#include "tests/long_inputs.h"

int main(int argc, char** argv) {
  using namespace diplograph;
  const size_t words = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100000;
  const double budget_ms = argc > 2 ? std::strtod(argv[2], nullptr) : 1000.0;
  auto lexicon = LoadLexicon(EmbeddedLexiconSources());
  if (!lexicon.ok()) {
    std::fprintf(stderr, "long_input_bench: %s\n", lexicon.status().message().c_str());
    return 1;
  }
  const Pipeline pipeline(lexicon.value());
  auto exporter = MakeExporter("ntriples");
  if (!exporter.ok()) return 1;

  bool over = false;
  std::printf("%-18s %8s %10s %12s %10s %12s\n", "pattern", "words", "bytes", "pipeline ms", "total ms",
              "output bytes");
  for (const auto& [name, pattern] : testing::LongSentencePatterns()) {
    const std::string text = testing::LongSentence(name, pattern, words);
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::string> notes;
    auto doc = MakeDocument(name, text, ReaderOptions{}, &notes);
    if (!doc.ok()) return 1;
    if (Status st = pipeline.Run(*doc); !st.ok()) {
      std::fprintf(stderr, "long_input_bench: %s\n", st.message().c_str());
      return 1;
    }
    const auto extracted = std::chrono::steady_clock::now();
    rdf::Dataset graph = BuildDocumentGraph(*doc);
    graph.Normalize();
    MergeLabels(graph);
    std::string out;
    if (!(*exporter)->Write(graph.Union(), &out).ok()) return 1;
    const auto done = std::chrono::steady_clock::now();
    const double pipeline_ms = std::chrono::duration<double, std::milli>(extracted - start).count();
    const double total_ms = std::chrono::duration<double, std::milli>(done - start).count();
    std::printf("%-18s %8zu %10zu %12.1f %10.1f %12zu%s\n", name.c_str(), words, text.size(), pipeline_ms,
                total_ms, out.size(), total_ms > budget_ms ? "  OVER BUDGET" : "");
    over = over || total_ms > budget_ms;
  }
  return over ? 1 : 0;
}
