// A document's graph as term ids (ontology/document_graph.h) gives exactly
// what the same statements as a dataset give: normalized, checked against
// the ontology, merged into a run's graph and written in streaming mode,
// including the rare graphs that must take the general way.
#include "ontology/document_graph.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "cli/document_output.h"
#include "cli/graph_accumulator.h"
#include "exporters/exporter.h"
#include "exporters/line_writer.h"
#include "ontology/graph_builder.h"
#include "ontology/ontology.h"
#include "ontology/type_index.h"
#include "ontology/vocabulary.h"

namespace diplograph {
namespace {

using Kind = rdf::Term::Kind;

const std::string kGraph = vocab::Dipr("doc/test-00000000");

// Entities with labels and classes, events with typed literals, repeats
// of terms under other ids and of whole statements.
DocumentGraph SampleGraph(unsigned seed) {
  static const std::string type = vocab::Rdf("type"), label = vocab::Rdfs("label"), agent = vocab::Dip("agent");
  static const std::string country = vocab::Dip("Country"), event = vocab::Dip("Event");
  static const std::string confidence = vocab::Dip("confidence"), decimal = vocab::Xsd("decimal");
  std::mt19937 rng(seed);
  DocumentGraph g(kGraph);
  const DocumentGraph::Id type_id = g.AddFixed(Kind::kIri, type);
  for (int i = 0; i < 12; ++i) {
    const std::string e = vocab::Dipr("country/c" + std::to_string(rng() % 6));
    const DocumentGraph::Id s = g.AddCopy(Kind::kIri, e);
    g.Add(s, type_id, g.AddFixed(Kind::kIri, country));
    g.Add(s, g.AddFixed(Kind::kIri, label), g.AddCopy(Kind::kLiteral, "C" + e.substr(e.size() - 1)));
    const DocumentGraph::Id ev = g.AddCopy(Kind::kIri, vocab::Dipr("event/" + std::to_string(rng() % 9)));
    g.Add(ev, type_id, g.AddFixed(Kind::kIri, event));
    g.Add(ev, g.AddFixed(Kind::kIri, agent), g.AddCopy(Kind::kIri, e));
    g.Add(ev, g.AddFixed(Kind::kIri, confidence), g.AddCopy(Kind::kLiteral, "0.5" + std::to_string(rng() % 3), decimal));
  }
  return g;
}

rdf::Dataset Normalized(rdf::Dataset d) {
  d.Normalize();
  return d;
}

TEST(DocumentGraphTest, NormalizesAsADataset) {
  for (unsigned seed = 0; seed < 20; ++seed) {
    const DocumentGraph g = SampleGraph(seed);
    const NormalizedGraph n = NormalizedGraph::Of(g);
    EXPECT_EQ(n.ToDataset().quads(), Normalized(g.ToDataset()).quads());
    for (size_t i = 1; i < n.terms.size(); ++i) EXPECT_LT(n.terms[i - 1], n.terms[i]);
  }
}

// Terms are sorted on eight bytes past the prefix their kind shares:
// texts that share long prefixes, end within the eight bytes, hold zero
// bytes or bytes above 0x7f must still come out in byte order.
TEST(DocumentGraphTest, NormalizesTextsSharingPrefixesAsADataset) {
  static const char kBytes[] = {'a', 'b', '\0', '\x7f', '\x80', '\xff'};
  for (unsigned seed = 0; seed < 50; ++seed) {
    std::mt19937 rng(seed);
    auto text = [&rng](const std::string& prefix) {
      std::string t = prefix;
      for (auto n = rng() % 14; n > 0; --n) t.push_back(kBytes[rng() % std::size(kBytes)]);
      return t;
    };
    const std::string prefix = seed % 2 ? "https://example.org/id/" : "";
    static const std::string agent = vocab::Dip("agent");  // AddFixed keeps a view of it
    DocumentGraph g(kGraph);
    const DocumentGraph::Id p = g.AddFixed(Kind::kIri, agent);
    for (int i = 0; i < 40; ++i) {
      const Kind kind = rng() % 3 == 0 ? Kind::kLiteral : Kind::kIri;
      g.Add(g.AddCopy(Kind::kIri, text(prefix)), p, g.AddCopy(kind, text(kind == Kind::kIri ? prefix : "")));
    }
    const NormalizedGraph n = NormalizedGraph::Of(g);
    EXPECT_EQ(n.ToDataset().quads(), Normalized(g.ToDataset()).quads()) << "seed " << seed;
    for (size_t i = 1; i < n.terms.size(); ++i) EXPECT_LT(n.terms[i - 1], n.terms[i]) << "seed " << seed;
  }
}

TEST(DocumentGraphTest, TermViewsCompareAsTerms) {
  const std::vector<TermView> views = {{Kind::kIri, "b", ""},      {Kind::kIri, "a\xc3\xa9", ""},
                                       {Kind::kLiteral, "a", ""},  {Kind::kLiteral, "a", "http://x/d"},
                                       {Kind::kBlank, "a", ""},    {Kind::kLiteral, "", ""}};
  for (const TermView& a : views) {
    for (const TermView& b : views) EXPECT_EQ(a < b, a.ToTerm() < b.ToTerm()) << a.value << " " << b.value;
  }
}

TEST(DocumentGraphTest, TermLinesAreTheLinesOfTheQuads) {
  for (const GraphMode mode : {GraphMode::kDrop, GraphMode::kKeep}) {
    const DocumentGraph g = SampleGraph(7);
    const NormalizedGraph n = NormalizedGraph::Of(g);
    std::string lines, expected;
    ASSERT_TRUE(WriteTermLines(n.terms, n.triples, n.graph, mode, &lines));
    ASSERT_TRUE(WriteLines(n.ToDataset(mode == GraphMode::kKeep), mode, &expected).ok());
    EXPECT_EQ(lines, expected);
  }
}

TEST(DocumentGraphTest, TermLinesRefuseTermsThatNeedRewriting) {
  DocumentGraph g(kGraph);
  g.Add(g.AddCopy(Kind::kIri, "https://example.org/a b"), g.AddCopy(Kind::kIri, "https://example.org/p"),
        g.AddCopy(Kind::kLiteral, "x"));
  const NormalizedGraph n = NormalizedGraph::Of(g);
  std::string lines = "kept";
  EXPECT_FALSE(WriteTermLines(n.terms, n.triples, n.graph, GraphMode::kDrop, &lines));
  EXPECT_EQ(lines, "kept");
}

TEST(DocumentGraphTest, OntologyCheckFindsWhatTheDatasetCheckFinds) {
  const auto ontology = Ontology::Load(Ontology::EmbeddedSources());
  ASSERT_TRUE(ontology.ok());
  DocumentGraph g = SampleGraph(3);
  // An undeclared property, and an agent that is a literal.
  g.Add(g.AddCopy(Kind::kIri, vocab::Dipr("event/1")), g.AddCopy(Kind::kIri, vocab::Dip("nonsense")),
        g.AddCopy(Kind::kLiteral, "x"));
  g.Add(g.AddCopy(Kind::kIri, vocab::Dipr("event/2")), g.AddCopy(Kind::kIri, vocab::Dip("agent")),
        g.AddCopy(Kind::kLiteral, "y"));
  const NormalizedGraph n = NormalizedGraph::Of(g);
  const std::vector<Violation> found = CheckAgainstOntology(n, *ontology);
  const std::vector<Violation> expected = CheckAgainstOntology(Normalized(g.ToDataset()), *ontology);
  ASSERT_EQ(found.size(), expected.size());
  EXPECT_GE(found.size(), 2u);
  for (size_t i = 0; i < found.size(); ++i) {
    EXPECT_EQ(found[i].quad, expected[i].quad);
    EXPECT_EQ(found[i].reason, expected[i].reason);
  }
}

TEST(DocumentGraphTest, StatementCheckerFindsWhatTheDatasetCheckFinds) {
  const auto ontology = Ontology::Load(Ontology::EmbeddedSources());
  ASSERT_TRUE(ontology.ok());
  DocumentGraph g = SampleGraph(5);
  g.Add(g.AddCopy(Kind::kIri, vocab::Dipr("event/1")), g.AddCopy(Kind::kIri, vocab::Dip("nonsense")),
        g.AddCopy(Kind::kLiteral, "x"));
  g.Add(g.AddCopy(Kind::kIri, vocab::Dipr("event/2")), g.AddCopy(Kind::kIri, vocab::Dip("agent")),
        g.AddCopy(Kind::kLiteral, "y"));
  const rdf::Dataset d = Normalized(g.ToDataset());
  TypeIndex types;
  for (const rdf::Quad& q : d.quads()) {
    if (q.predicate.value == vocab::Rdf("type")) types.Add(q.subject.value, q.object.value);
  }
  types.Seal();
  const std::vector<Violation> expected = CheckAgainstOntology(d, *ontology, types);
  StatementChecker checker(*ontology, types);
  std::vector<std::string> found;
  for (const rdf::Quad& q : d.quads()) {
    if (auto fault = checker.Fault(q.subject, q.predicate, q.object)) found.push_back(*fault);
  }
  ASSERT_EQ(found.size(), expected.size());
  EXPECT_GE(found.size(), 2u);
  for (size_t i = 0; i < found.size(); ++i) EXPECT_EQ(found[i], expected[i].reason);
}

// The streaming output, whichever way it is made, is MergeLabels,
// DropViolations and Write on the dataset.
void ExpectStreamedAsDataset(const DocumentGraph& g, const std::string& format) {
  const auto ontology = Ontology::Load(Ontology::EmbeddedSources());
  auto exporter = MakeExporter(format);
  ASSERT_TRUE(exporter.ok());
  std::string out;
  std::vector<std::string> dropped;
  ASSERT_TRUE(cli::WriteDocumentGraph(g, **exporter, *ontology, &out, &dropped).ok());
  rdf::Dataset d = g.ToDataset();
  MergeLabels(d);
  std::vector<Violation> violations = CheckAgainstOntology(d, *ontology);
  RemoveViolations(d, violations);
  std::string expected;
  ASSERT_TRUE((*exporter)->Write((*exporter)->keeps_graphs() ? d : d.Union(), &expected).ok());
  EXPECT_EQ(out, expected) << format;
  EXPECT_EQ(dropped.size(), violations.size());
}

TEST(DocumentGraphTest, StreamedOutputIsTheDatasetsOutput) {
  for (const std::string format : {"ntriples", "nquads", "turtle"}) {
    ExpectStreamedAsDataset(SampleGraph(11), format);
    // Two labels for one subject: MergeLabels rewrites them.
    DocumentGraph labels = SampleGraph(12);
    labels.Add(labels.AddCopy(Kind::kIri, vocab::Dipr("country/c1")), labels.AddCopy(Kind::kIri, vocab::Rdfs("label")),
               labels.AddCopy(Kind::kLiteral, "Another"));
    ExpectStreamedAsDataset(labels, format);
    // A statement the ontology refuses.
    DocumentGraph bad = SampleGraph(13);
    bad.Add(bad.AddCopy(Kind::kIri, vocab::Dipr("event/1")), bad.AddCopy(Kind::kIri, vocab::Dip("nonsense")),
            bad.AddCopy(Kind::kLiteral, "x"));
    ExpectStreamedAsDataset(bad, format);
  }
}

TEST(DocumentGraphTest, AccumulatesAsADataset) {
  for (const bool keep : {true, false}) {
    cli::GraphAccumulator by_ids(keep), by_quads(keep);
    for (unsigned seed = 0; seed < 5; ++seed) {
      const DocumentGraph g = SampleGraph(seed);
      by_ids.Add(g);
      by_quads.Add(g.ToDataset());
    }
    EXPECT_EQ(by_ids.Take().quads(), by_quads.Take().quads());
  }
}

// The accumulator knows fixed terms again by where their text is: the same
// text copied, or at that place with another kind or datatype, or a prefix
// of it, is still told apart or found the same as by its text.
TEST(DocumentGraphTest, AccumulatesFixedTermsAsTheirText) {
  static const std::string agent = vocab::Dip("agent"), decimal = vocab::Xsd("decimal");
  const std::string_view prefix = std::string_view(agent).substr(0, agent.size() - 1);
  for (const bool keep : {true, false}) {
    cli::GraphAccumulator by_ids(keep), by_quads(keep);
    for (int round = 0; round < 3; ++round) {
      DocumentGraph g(kGraph);
      const DocumentGraph::Id s = g.AddCopy(Kind::kIri, vocab::Dipr("event/1"));
      const DocumentGraph::Id p = g.AddFixed(Kind::kIri, agent);
      g.Add(s, p, g.AddFixed(Kind::kIri, agent));
      g.Add(s, p, g.AddCopy(Kind::kIri, agent));
      g.Add(s, p, g.AddFixed(Kind::kLiteral, agent));
      g.Add(s, p, g.AddFixed(Kind::kLiteral, agent, decimal));
      g.Add(s, p, g.AddFixed(Kind::kIri, prefix));
      g.Add(s, g.AddFixed(Kind::kIri, prefix), g.AddCopy(Kind::kLiteral, agent, decimal));
      by_ids.Add(g);
      by_quads.Add(g.ToDataset());
    }
    EXPECT_EQ(by_ids.Take().quads(), by_quads.Take().quads());
  }
}

}  // namespace
}  // namespace diplograph
