// The real program on real articles, checked by independent tools: for every
// seed article (../shared/seeds) and every example (examples/), each output
// format loads without error in Raptor's rapper (Turtle, TriG, N-Triples,
// N-Quads), in jsonld.js (JSON-LD) and in Oxigraph; the five formats carry
// the same set of triples; output is byte-identical from run to run and
// whatever --jobs says; N-Triples for one document is exactly that
// document's graph, and every event in it derives from that document.
//
// Statement sets are compared after reading, never text. Graph names are
// dropped where a format has none. Tests skip with a message where the seeds
// are absent (a user's clone) or a tool is missing.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "ontology/rdf.h"
#include "ontology/serd_sord.h"
#include "tests/exporter_test_data.h"
#include "tests/test_support.h"

namespace diplograph::testing {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kFormats = {"turtle", "jsonld", "ntriples", "nquads", "trig"};
const std::vector<std::string> kRdfSyntaxes = {"turtle", "trig", "ntriples", "nquads"};

constexpr const char* kNoSeeds =
    "../shared/seeds not found beside the repository: the seed articles are part of the "
    "development corpus, not of the clone (the examples/ cases still run)";

const std::string kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const std::string kDip = "https://w3id.org/diplograph/ontology#";
const std::string kWasDerivedFrom = "http://www.w3.org/ns/prov#wasDerivedFrom";

// Event class -> direct predicate, and whether it is symmetric (CONTRACT.md).
const std::map<std::string, std::pair<std::string, bool>> kEventPredicates = {
    {"Meeting", {"metWith", true}},          {"Visit", {"visited", false}},
    {"Summons", {"summoned", false}},        {"Protest", {"protestedTo", false}},
    {"Appeal", {"urged", false}},            {"Warning", {"warned", false}},
    {"Condemnation", {"condemned", false}},  {"Concern", {"expressedConcernAbout", false}},
    {"Sanction", {"sanctioned", false}},     {"Signing", {"signed", false}},
    {"Agreeing", {"agreedWith", true}},      {"Cooperation", {"cooperatesWith", true}},
};

// --- what the tests run on --------------------------------------------------------

struct Input {
  std::string name;  // a test-name-safe label
  fs::path path;     // a file or a folder; empty: the seeds are absent
};

// Shown by GoogleTest in failure messages instead of the struct's bytes.
void PrintTo(const Input& input, std::ostream* os) { *os << input.name; }

std::string SafeName(const std::string& prefix, const std::string& stem) {
  std::string out = prefix;
  for (char c : stem) out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return out;
}

std::vector<fs::path> ExampleArticles() {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(SourcePath("examples"), ec)) {
    if (e.path().extension() == ".txt") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<Input> Documents() {
  std::vector<Input> out;
  for (const fs::path& p : SeedArticles()) out.push_back({SafeName("seed_", p.stem().string()), p});
  if (out.empty()) out.push_back({"seeds_absent", {}});
  for (const fs::path& p : ExampleArticles()) out.push_back({SafeName("example_", p.stem().string()), p});
  return out;
}

// The seeds folder as it is; for the examples, a folder holding just the
// articles (examples/ also holds scripts and queries), made by the test.
std::vector<Input> Folders() {
  std::vector<fs::path> seeds = SeedArticles();
  return {{"seeds", seeds.empty() ? fs::path() : seeds.front().parent_path()},
          {"examples", SourcePath("examples")}};
}

// The folder to run on: `input`'s, or for the examples a copy in `dir`.
std::string CorpusFolder(const Input& input, const TempDir& dir) {
  if (input.name != "examples") return input.path.string();
  for (const fs::path& p : ExampleArticles()) dir.Write("corpus/" + p.filename().string(), ReadFile(p));
  return (dir.path() / "corpus").string();
}

#define SKIP_IF_ABSENT(input)                         \
  do {                                                \
    if ((input).path.empty()) GTEST_SKIP() << kNoSeeds; \
  } while (false)

// --- running and reading ------------------------------------------------------------

struct Output {
  std::string format;
  fs::path file;
  std::string text;
};

// Runs `diplograph extract --format F args...`, expecting success and a
// silent standard error; the output is also written to a file in `dir`.
Output Extract(const TempDir& dir, const std::string& format, std::vector<std::string> args) {
  std::vector<std::string> argv = {"extract", "--format", format};
  argv.insert(argv.end(), args.begin(), args.end());
  const CommandResult r = RunDiplograph(argv);
  EXPECT_EQ(r.exit_code, 0) << format << ": " << r.err;
  EXPECT_EQ(r.err, "") << format;
  return {format, dir.Write("graph." + format, r.out), r.out};
}

SerdSyntax SyntaxOf(const std::string& format) {
  if (format == "turtle") return SERD_TURTLE;
  if (format == "trig") return SERD_TRIG;
  if (format == "nquads") return SERD_NQUADS;
  return SERD_NTRIPLES;
}

// Reads `text` (in `format`) with Serd; all graphs kept.
rdf::Dataset Read(const std::string& format, const std::string& text) {
  Result<rdf::Dataset> read = serd_sord::ParseRdf(SyntaxOf(format), text, format);
  EXPECT_TRUE(read.ok()) << read.status().message();
  return read.ok() ? std::move(read.value()) : rdf::Dataset();
}

// Triples as comparable lines, graph names dropped. Blank node labels are
// each tool's own, so they are compared as bare "_:" (the outputs have none
// today; this keeps the comparison honest if they appear).
std::vector<std::string> TripleLines(const rdf::Dataset& dataset) {
  const rdf::Dataset all = dataset.Union();
  rdf::Dataset triples;
  for (rdf::Quad q : all.quads()) {
    for (rdf::Term* t : {&q.subject, &q.object}) {
      if (t->kind == rdf::Term::Kind::kBlank) t->value.clear();
    }
    q.graph.clear();
    triples.Add(std::move(q));
  }
  triples.Normalize();
  return Lines(triples);
}

std::set<std::string> GraphNames(const rdf::Dataset& dataset) {
  std::set<std::string> names;
  for (const rdf::Quad& q : dataset.quads()) names.insert(q.graph);
  return names;
}

bool HaveNodeModules() {
  std::error_code ec;
  return HaveTool("node") && fs::exists(SourcePath("tests/js/node_modules/jsonld/package.json"), ec) &&
         fs::exists(SourcePath("tests/js/node_modules/oxigraph/package.json"), ec);
}

constexpr const char* kNoNode =
    "node, jsonld.js or Oxigraph not found: install Node.js 18 or later, then run `npm ci --prefix tests/js` "
    "(tests/run does both)";

// tests/js/to_nquads.mjs: jsonld.js for JSON-LD, Oxigraph for the others.
CommandResult RunJsParser(const Output& output) {
  return RunCommand({"node", SourcePath("tests/js/to_nquads.mjs").string(), output.format, output.file.string()});
}

// --- per document ---------------------------------------------------------------------

class DocumentConformanceTest : public ::testing::TestWithParam<Input> {};

TEST_P(DocumentConformanceTest, RapperLoadsEveryRdfSyntax) {
  SKIP_IF_ABSENT(GetParam());
  if (!HaveTool("rapper")) GTEST_SKIP() << "rapper not found: apt-get install raptor2-utils";
  TempDir dir;
  const std::string doc = GetParam().path.string();
  const std::vector<std::string> reference = TripleLines(Read("ntriples", Extract(dir, "ntriples", {doc}).text));
  ASSERT_FALSE(reference.empty());
  for (const std::string& format : kRdfSyntaxes) {
    SCOPED_TRACE(format);
    const Output out = Extract(dir, format, {doc});
    const CommandResult r = RunCommand({"rapper", "-q", "-i", format, "-o", "nquads", out.file.string()});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(TripleLines(Read("nquads", r.out)), reference) << out.text;
  }
}

TEST_P(DocumentConformanceTest, JsonLdJsLoadsJsonLd) {
  SKIP_IF_ABSENT(GetParam());
  if (!HaveNodeModules()) GTEST_SKIP() << kNoNode;
  TempDir dir;
  const Output out = Extract(dir, "jsonld", {GetParam().path.string()});
  const CommandResult r = RunJsParser(out);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_FALSE(Read("nquads", r.out).empty());
}

TEST_P(DocumentConformanceTest, OxigraphLoadsEveryRdfSyntax) {
  SKIP_IF_ABSENT(GetParam());
  if (!HaveNodeModules()) GTEST_SKIP() << kNoNode;
  TempDir dir;
  const std::string doc = GetParam().path.string();
  const size_t expected = TripleLines(Read("ntriples", Extract(dir, "ntriples", {doc}).text)).size();
  for (const std::string& format : kRdfSyntaxes) {
    SCOPED_TRACE(format);
    const CommandResult r = RunJsParser(Extract(dir, format, {doc}));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    // Oxigraph canonicalises some literals (xsd:nonNegativeInteger is read as
    // xsd:integer), so only the number of triples is compared here; the
    // statement sets are compared with rapper and Serd.
    EXPECT_EQ(TripleLines(Read("nquads", r.out)).size(), expected);
  }
}

TEST_P(DocumentConformanceTest, FiveFormatsCarryTheSameTriples) {
  SKIP_IF_ABSENT(GetParam());
  TempDir dir;
  const std::string doc = GetParam().path.string();
  const std::vector<std::string> reference = TripleLines(Read("ntriples", Extract(dir, "ntriples", {doc}).text));
  ASSERT_FALSE(reference.empty());
  for (const std::string format : {"turtle", "trig", "nquads"}) {
    SCOPED_TRACE(format);
    EXPECT_EQ(TripleLines(Read(format, Extract(dir, format, {doc}).text)), reference);
  }
  // JSON-LD has no reader in C; jsonld.js turns it into N-Quads.
  if (!HaveNodeModules()) GTEST_SKIP() << "JSON-LD not compared: " << kNoNode;
  const CommandResult r = RunJsParser(Extract(dir, "jsonld", {doc}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(TripleLines(Read("nquads", r.out)), reference) << "jsonld";
}

TEST_P(DocumentConformanceTest, OutputIsByteIdenticalAcrossRuns) {
  SKIP_IF_ABSENT(GetParam());
  TempDir dir;
  for (const std::string& format : kFormats) {
    SCOPED_TRACE(format);
    const std::string first = Extract(dir, format, {GetParam().path.string()}).text;
    const std::string second = Extract(dir, format, {GetParam().path.string()}).text;
    EXPECT_FALSE(first.empty());
    EXPECT_TRUE(first == second) << "two runs differ";
  }
}

// N-Triples for one document is that document's graph: the document node is
// the only one, every event derives from it, each event's relation is also
// there as a direct triple, and TriG/N-Quads put exactly these triples into
// one graph named after the document.
TEST_P(DocumentConformanceTest, NTriplesIsTheDocumentsGraph) {
  SKIP_IF_ABSENT(GetParam());
  TempDir dir;
  const std::string doc = GetParam().path.string();
  const rdf::Dataset graph = Read("ntriples", Extract(dir, "ntriples", {doc}).text);

  std::set<std::string> documents, events;
  std::map<std::string, std::vector<std::string>> derived_from, classes;
  std::map<std::string, std::vector<rdf::Term>> agents, targets;
  std::set<std::tuple<std::string, std::string, std::string>> direct;
  for (const rdf::Quad& q : graph.quads()) {
    const std::string& s = q.subject.value;
    const std::string& p = q.predicate.value;
    if (p == kRdfType && q.object.value == kDip + "Document") documents.insert(s);
    if (p == kRdfType && q.object.value == kDip + "Event") events.insert(s);
    if (p == kRdfType && q.object.value.starts_with(kDip)) classes[s].push_back(q.object.value.substr(kDip.size()));
    if (p == kWasDerivedFrom) derived_from[s].push_back(q.object.value);
    if (p == kDip + "agent") agents[s].push_back(q.object);
    if (p == kDip + "target") targets[s].push_back(q.object);
    if (p.starts_with(kDip) && q.object.is_iri()) direct.insert({s, p.substr(kDip.size()), q.object.value});
  }
  ASSERT_EQ(documents.size(), 1u) << "one document, one dip:Document node";
  const std::string document = *documents.begin();
  for (const std::string& event : events) {
    SCOPED_TRACE(event);
    EXPECT_EQ(derived_from[event], std::vector<std::string>{document}) << "prov:wasDerivedFrom";
    for (const std::string& cls : classes[event]) {
      auto known = kEventPredicates.find(cls);
      if (known == kEventPredicates.end()) continue;
      const auto& [predicate, symmetric] = known->second;
      for (const rdf::Term& a : agents[event]) {
        for (const rdf::Term& t : targets[event]) {
          const bool found = direct.count({a.value, predicate, t.value}) > 0 ||
                             (symmetric && direct.count({t.value, predicate, a.value}) > 0);
          EXPECT_TRUE(found) << "no direct triple " << a.value << " dip:" << predicate << " " << t.value;
        }
      }
    }
  }

  for (const std::string format : {"nquads", "trig"}) {
    SCOPED_TRACE(format);
    const rdf::Dataset quads = Read(format, Extract(dir, format, {doc}).text);
    EXPECT_EQ(GraphNames(quads), std::set<std::string>{document}) << "one named graph: the document";
    EXPECT_EQ(TripleLines(quads), TripleLines(graph));
  }
}

INSTANTIATE_TEST_SUITE_P(Documents, DocumentConformanceTest, ::testing::ValuesIn(Documents()),
                         [](const ::testing::TestParamInfo<Input>& p) { return p.param.name; });

// --- per folder -----------------------------------------------------------------------------

class FolderConformanceTest : public ::testing::TestWithParam<Input> {};

TEST_P(FolderConformanceTest, OutputIsByteIdenticalAcrossRunsAndJobs) {
  SKIP_IF_ABSENT(GetParam());
  TempDir dir;
  const std::string folder = CorpusFolder(GetParam(), dir);
  for (const std::string& format : kFormats) {
    SCOPED_TRACE(format);
    const std::string one = Extract(dir, format, {"--jobs", "1", folder}).text;
    EXPECT_FALSE(one.empty());
    for (const std::string jobs : {"2", "2", "0"}) {
      EXPECT_TRUE(Extract(dir, format, {"--jobs", jobs, folder}).text == one) << "--jobs " << jobs << " differs";
    }
  }
}

TEST_P(FolderConformanceTest, FormatsAgreeAndEachDocumentHasItsGraph) {
  SKIP_IF_ABSENT(GetParam());
  TempDir dir;
  const std::string folder = CorpusFolder(GetParam(), dir);
  size_t documents = 0;
  for (const auto& e : fs::recursive_directory_iterator(folder)) {
    if (e.is_regular_file() && !e.path().filename().string().starts_with(".")) ++documents;
  }
  const std::vector<std::string> reference = TripleLines(Read("ntriples", Extract(dir, "ntriples", {folder}).text));
  for (const std::string format : {"turtle", "trig", "nquads"}) {
    SCOPED_TRACE(format);
    const rdf::Dataset read = Read(format, Extract(dir, format, {folder}).text);
    EXPECT_EQ(TripleLines(read), reference);
    if (format != "turtle") {
      EXPECT_EQ(GraphNames(read).size(), documents) << "one named graph per document";
      EXPECT_EQ(GraphNames(read).count(""), 0u) << "nothing in the default graph";
    }
  }
  if (!HaveNodeModules()) GTEST_SKIP() << "JSON-LD not compared: " << kNoNode;
  const CommandResult r = RunJsParser(Extract(dir, "jsonld", {folder}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(TripleLines(Read("nquads", r.out)), reference) << "jsonld";
}

INSTANTIATE_TEST_SUITE_P(Folders, FolderConformanceTest, ::testing::ValuesIn(Folders()),
                         [](const ::testing::TestParamInfo<Input>& p) { return p.param.name; });

}  // namespace
}  // namespace diplograph::testing
