// Conformance through independent tools: the tricky dataset written in every
// format must load without error in Raptor's rapper (Turtle, TriG, N-Triples,
// N-Quads), jsonld.js (JSON-LD) and Oxigraph (the four RDF syntaxes), and
// each tool must find exactly the statements we meant. Statement sets are
// compared, not text. A missing tool skips its tests with install advice.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "exporters/exporter.h"
#include "ontology/serd_sord.h"
#include "tests/exporter_test_data.h"
#include "tests/test_support.h"

namespace diplograph {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::HaveTool;
using testing::Lines;
using testing::RunCommand;
using testing::SourcePath;
using testing::TempDir;
using testing::TrickyDataset;

// Both variants: canonical literals, and typed literals with lexical forms
// invalid for their datatype (which Serd 0.30 alone would write bare).
const bool kOddLexicalForms[] = {false, true};

// Writes the tricky dataset in `format` as a caller would (the union for
// formats without graphs) and returns the file.
fs::path WriteDataset(const TempDir& dir, const std::string& format, bool odd_lexical_forms) {
  Result<std::unique_ptr<Exporter>> exporter = MakeExporter(format);
  EXPECT_TRUE(exporter.ok()) << exporter.status().message();
  if (!exporter.ok()) return {};
  const rdf::Dataset dataset = TrickyDataset(false, odd_lexical_forms);
  std::string out;
  const Status status = exporter.value()->Write(
      exporter.value()->keeps_graphs() ? dataset : dataset.Union(), &out);
  EXPECT_TRUE(status.ok()) << status.message();
  return dir.Write(std::string(odd_lexical_forms ? "odd." : "") + "graph." + format, out);
}

// What a tool must have found: graphs kept only by TriG and N-Quads.
std::vector<std::string> Expected(const std::string& format, bool odd_lexical_forms) {
  const rdf::Dataset expected = TrickyDataset(true, odd_lexical_forms);
  const bool keeps_graphs = format == "trig" || format == "nquads";
  return Lines(keeps_graphs ? expected : expected.Union());
}

// The statements of a tool's N-Triples/N-Quads output.
std::vector<std::string> ToolStatements(const CommandResult& result) {
  Result<rdf::Dataset> read = serd_sord::ParseRdf(SERD_NQUADS, result.out, "tool output");
  EXPECT_TRUE(read.ok()) << read.status().message() << "\n" << result.out;
  return read.ok() ? Lines(read.value()) : std::vector<std::string>{};
}

bool HaveNodeModules() {
  std::error_code ec;
  return fs::exists(SourcePath("tests/js/node_modules/jsonld/package.json"), ec) &&
         fs::exists(SourcePath("tests/js/node_modules/oxigraph/package.json"), ec);
}

// Runs tests/js/to_nquads.mjs on `file` read as `format`.
CommandResult RunJsParser(const std::string& format, const fs::path& file) {
  return RunCommand({"node", SourcePath("tests/js/to_nquads.mjs").string(), format, file.string()});
}

#define SKIP_WITHOUT_NODE_MODULES()                                                          \
  do {                                                                                       \
    if (!HaveTool("node")) {                                                                 \
      GTEST_SKIP() << "node not found: install Node.js 18 or later, then run "               \
                      "`npm ci --prefix tests/js`";                                          \
    }                                                                                        \
    if (!HaveNodeModules()) {                                                                \
      GTEST_SKIP() << "jsonld.js and Oxigraph are not installed: run `npm ci --prefix tests/js`"; \
    }                                                                                        \
  } while (false)

class RdfSyntaxConformanceTest : public ::testing::TestWithParam<std::string> {};

TEST_P(RdfSyntaxConformanceTest, RapperReadsTheSameStatements) {
  if (!HaveTool("rapper")) {
    GTEST_SKIP() << "rapper not found: install Raptor's utilities (apt-get install raptor2-utils)";
  }
  const std::string format = GetParam();
  const bool keeps_graphs = format == "trig" || format == "nquads";
  TempDir dir;
  for (bool odd : kOddLexicalForms) {
    SCOPED_TRACE(odd ? "odd lexical forms" : "canonical literals");
    const fs::path file = WriteDataset(dir, format, odd);
    const CommandResult result = RunCommand(
        {"rapper", "-q", "-i", format, "-o", keeps_graphs ? "nquads" : "ntriples", file.string()});
    EXPECT_EQ(result.exit_code, 0) << result.err << "\n" << testing::ReadFile(file);
    EXPECT_EQ(result.err, "") << testing::ReadFile(file);
    EXPECT_EQ(ToolStatements(result), Expected(format, odd)) << testing::ReadFile(file);
  }
}

TEST_P(RdfSyntaxConformanceTest, OxigraphReadsTheSameStatements) {
  SKIP_WITHOUT_NODE_MODULES();
  const std::string format = GetParam();
  TempDir dir;
  for (bool odd : kOddLexicalForms) {
    SCOPED_TRACE(odd ? "odd lexical forms" : "canonical literals");
    const fs::path file = WriteDataset(dir, format, odd);
    const CommandResult result = RunJsParser(format, file);
    EXPECT_EQ(result.exit_code, 0) << result.err << "\n" << testing::ReadFile(file);
    const std::vector<std::string> found = ToolStatements(result);
    const std::vector<std::string> expected = Expected(format, odd);
    if (odd) {
      // Oxigraph canonicalises valid lexical forms ("+5" -> "5", "1" -> "true"):
      // only the count of statements can be compared.
      EXPECT_EQ(found.size(), expected.size()) << testing::ReadFile(file);
    } else {
      EXPECT_EQ(found, expected) << testing::ReadFile(file);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Formats, RdfSyntaxConformanceTest,
                         ::testing::Values("turtle", "trig", "ntriples", "nquads"));

TEST(JsonLdConformanceTest, JsonLdJsReadsTheSameStatements) {
  SKIP_WITHOUT_NODE_MODULES();
  TempDir dir;
  for (bool odd : kOddLexicalForms) {
    SCOPED_TRACE(odd ? "odd lexical forms" : "canonical literals");
    const fs::path file = WriteDataset(dir, "jsonld", odd);
    const CommandResult result = RunJsParser("jsonld", file);
    EXPECT_EQ(result.exit_code, 0) << result.err << "\n" << testing::ReadFile(file);
    EXPECT_EQ(ToolStatements(result), Expected("jsonld", odd)) << testing::ReadFile(file);
  }
}

TEST(JsonLdConformanceTest, ToolsRejectBrokenInput) {
  // Guards the harness itself: a parser that accepted anything would make
  // the tests above pass vacuously.
  SKIP_WITHOUT_NODE_MODULES();
  TempDir dir;
  EXPECT_NE(RunJsParser("turtle", dir.Write("bad.ttl", "<http://x/a> <http://x/b> .\n")).exit_code, 0);
  EXPECT_NE(RunJsParser("jsonld", dir.Write("bad.jsonld", "{\"@id\": \"http://x/a b\", \"http://x/p\": 1}"))
                .exit_code,
            0);
}

}  // namespace
}  // namespace diplograph
