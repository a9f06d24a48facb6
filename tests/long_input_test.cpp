// A sentence of 100,000 words, for each pattern of tests/long_inputs.h, goes
// through the whole pipeline and yields a graph that reads back. No timing
// here (that is bench/long_input_bench's job); a super-linear step shows up
// as this test running into ctest's timeout.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "exporters/exporter.h"
#include "extractor/document_reader.h"
#include "extractor/pipeline.h"
#include "ontology/graph_builder.h"
#include "ontology/lexicon_loader.h"
#include "tests/long_inputs.h"
#include "tests/output_check.h"

namespace diplograph::testing {
namespace {

TEST(LongInputTest, HundredThousandWordSentencesGiveValidGraphs) {
  auto lexicon = LoadLexicon(EmbeddedLexiconSources());
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  const Pipeline pipeline(lexicon.value());
  auto exporter = MakeExporter("ntriples");
  ASSERT_TRUE(exporter.ok());
  for (const auto& [name, pattern] : LongSentencePatterns()) {
    SCOPED_TRACE(name);
    std::vector<std::string> notes;
    auto doc = MakeDocument(name, LongSentence(name, pattern, 100000), ReaderOptions{}, &notes);
    ASSERT_TRUE(doc.ok()) << doc.status().message();
    ASSERT_TRUE(pipeline.Run(*doc).ok());
    rdf::Dataset graph = BuildDocumentGraph(*doc);
    graph.Normalize();
    std::string out;
    ASSERT_TRUE((*exporter)->Write(graph.Union(), &out).ok());
    EXPECT_EQ(OutputProblem("ntriples", out), "");
  }
}

}  // namespace
}  // namespace diplograph::testing
