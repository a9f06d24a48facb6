// Regression tests for what fuzzing (tests/fuzz) found, one per bug, named
// after it. Each input is the fuzzer's, reduced by hand.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "exporters/exporter.h"
#include "extractor/jsonl_reader.h"
#include "ontology/serd_sord.h"
#include "ontology/vocabulary.h"
#include "tests/output_check.h"

namespace diplograph::testing {
namespace {

// export_fuzzer: Serd writes a literal holding a quote as a """long
// string""", and its own reader (0.30) misreads an escape right after a quote
// there: "\b came back as a backslash and a 'b'. The exporters now always
// write the short form.
TEST(FuzzRegressionTest, SerdLongStringMisreadsEscapeAfterQuote) {
  const std::vector<std::string> texts = {"x\"\by", "x\"\\y", "x\"\ry", "x\"\x01y", "\"\f\"", "a\"\nb\"\\"};
  rdf::Dataset d;
  for (size_t i = 0; i < texts.size(); ++i) {
    d.Add(rdf::Term::Iri(vocab::Dipr("s" + std::to_string(i))), rdf::Term::Iri(vocab::Dip("evidence")),
          rdf::Term::Literal(texts[i]), vocab::Dipr("doc/g"));
  }
  d.Normalize();
  for (const char* format : {"turtle", "trig"}) {
    SCOPED_TRACE(format);
    auto exporter = MakeExporter(format);
    ASSERT_TRUE(exporter.ok());
    std::string out;
    ASSERT_TRUE((*exporter)->Write((*exporter)->keeps_graphs() ? d : d.Union(), &out).ok());
    EXPECT_EQ(out.find("\"\"\""), std::string::npos) << out;
    rdf::Dataset parsed;
    ASSERT_EQ(OutputProblem(format, out, &parsed), "") << out;
    EXPECT_EQ(parsed.Union().quads(), d.Union().quads()) << out;
  }
}

// jsonl_fuzzer: {"id": ""} gave a document with an empty id, so messages
// named nothing and schema:name was empty. The line's own name is kept.
TEST(FuzzRegressionTest, JsonlEmptyIdNamedNothing) {
  std::istringstream in("{\"id\": \"\", \"text\": \"Norway met Iran.\"}\n");
  JsonlReader reader(in, "corpus.jsonl", "corpus", ReaderOptions{});
  JsonlRecord record;
  ASSERT_TRUE(reader.Next(&record));
  ASSERT_TRUE(record.document.has_value()) << record.error;
  EXPECT_EQ(record.document->id, "corpus-1");
  ASSERT_EQ(record.notes.size(), 1u);
  EXPECT_NE(record.notes[0].find("corpus.jsonl:1"), std::string::npos) << record.notes[0];
}

}  // namespace
}  // namespace diplograph::testing
