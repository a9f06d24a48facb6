// The end of a merged run (cli/merged_output.h) writes exactly what merging
// labels, dropping what breaks the ontology and exporting the whole graph
// at once would, whether it goes out in slices (N-Triples) or whole, and
// drops the same statements with the same messages, in the same order.
#include "cli/merged_output.h"

#include <gtest/gtest.h>

#include <string>

#include "cli/graph_accumulator.h"
#include "ontology/graph_builder.h"
#include "ontology/vocabulary.h"
#include "tests/test_support.h"

namespace diplograph::cli {
namespace {

using rdf::Term;

// Enough documents that the graph spans several slices, with entities
// labelled differently across documents, types, statements that break the
// ontology, blank nodes and typed and language-tagged literals.
std::vector<rdf::Dataset> Documents(const Term& extra_object) {
  const Term type = Term::Iri(vocab::Rdf("type")), label = Term::Iri(vocab::Rdfs("label"));
  const Term alt = Term::Iri(vocab::Skos("altLabel"));
  std::vector<rdf::Dataset> docs;
  for (int d = 0; d < 600; ++d) {
    rdf::Dataset doc;
    const std::string graph = vocab::Dipr("doc/d" + std::to_string(d));
    for (int e = 0; e < 12; ++e) {
      const int n = (d * 12 + e) % 3600;  // each entity in two documents, 300 apart
      const Term country = Term::Iri(vocab::Dipr("country/c" + std::to_string(n)));
      const Term agreement = Term::Iri(vocab::Dipr("agreement/a" + std::to_string(n)));
      doc.Add(country, type, Term::Iri(vocab::Dip("Country")), graph);
      doc.Add(country, label, Term::Literal("Country " + std::to_string(n) + (d < 300 ? "" : " (formal)")), graph);
      doc.Add(country, alt, Term::LangString("Land " + std::to_string(n), "de"), graph);
      doc.Add(agreement, type, Term::Iri(vocab::Dip("Agreement")), graph);
      doc.Add(country, Term::Iri(vocab::Dip("condemned")), agreement, graph);
      doc.Add(agreement, Term::Iri(vocab::Dip("warned")), country, graph);  // an agreement warns nobody
      doc.Add(Term::Blank("e" + std::to_string(n)), Term::Iri(vocab::Dip("confidence")),
              Term::Typed("0." + std::to_string(n), vocab::Xsd("decimal")), graph);
    }
    doc.Add(Term::Iri(graph), Term::Iri(vocab::Dip("bogus")), extra_object, graph);  // undeclared
    docs.push_back(std::move(doc));
  }
  return docs;
}

struct Written {
  std::string bytes;
  std::vector<std::string> dropped;
};

Written Reference(const std::vector<rdf::Dataset>& docs, const Exporter& exporter, const Ontology& ontology) {
  rdf::Dataset all;
  for (const rdf::Dataset& doc : docs) all.Merge(exporter.keeps_graphs() ? doc : doc.Union());
  all.Normalize();
  MergeLabels(all);
  Written out;
  const std::vector<Violation> violations = CheckAgainstOntology(all, ontology);
  for (const Violation& v : violations) {
    out.dropped.push_back("dropped " + v.quad.subject.value + " " + v.quad.predicate.value + " " +
                          v.quad.object.value + ": " + v.reason);
  }
  EXPECT_TRUE(exporter.Write(WithoutViolations(all, violations), &out.bytes).ok());
  return out;
}

Written Merged(const std::vector<rdf::Dataset>& docs, const Exporter& exporter, const Ontology& ontology,
               bool in_slices) {
  GraphAccumulator accumulator(exporter.keeps_graphs());
  for (const rdf::Dataset& doc : docs) accumulator.Add(doc);
  MergedGraph graph = accumulator.Finish();
  EXPECT_GT(graph.size(), kSliceSize) << "several slices";
  EXPECT_EQ(WritesInSlices(graph, exporter), in_slices);
  testing::TempDir dir;
  const std::string path = (dir.path() / "out").string();
  OutputSink sink;
  EXPECT_TRUE(sink.Open(path).ok());
  Written out;
  EXPECT_TRUE(WriteMergedGraph(std::move(graph), exporter, ontology, &sink, &out.dropped).ok());
  EXPECT_TRUE(sink.Finish().ok());
  out.bytes = testing::ReadFile(path);
  return out;
}

class MergedOutputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto loaded = Ontology::Load(Ontology::EmbeddedSources());
    ASSERT_TRUE(loaded.ok());
    ontology_ = std::move(loaded.value());
  }
  void ExpectSame(const std::string& format, const Term& extra_object, bool in_slices = false) {
    auto exporter = MakeExporter(format);
    ASSERT_TRUE(exporter.ok());
    const std::vector<rdf::Dataset> docs = Documents(extra_object);
    const Written expected = Reference(docs, **exporter, ontology_);
    const Written merged = Merged(docs, **exporter, ontology_, in_slices);
    EXPECT_GT(expected.bytes.size(), 1000u);
    EXPECT_EQ(merged.bytes, expected.bytes) << format;
    EXPECT_EQ(merged.dropped, expected.dropped) << format;
    EXPECT_GE(expected.dropped.size(), 400u) << "the documents break the ontology";
  }
  Ontology ontology_;
};

TEST_F(MergedOutputTest, NTriplesInSlicesAreTheWholeGraph) {
  ExpectSame("ntriples", Term::Literal("plain"), /*in_slices=*/true);
}

TEST_F(MergedOutputTest, TermsTheExporterRewritesSendTheGraphOutWhole) {
  // An upper-case language tag is lower-cased and a space in an IRI
  // escaped on export: the order may change, so slices would not do.
  ExpectSame("ntriples", Term::LangString("x", "EN"));
  ExpectSame("ntriples", Term::Iri("https://example.org/a b"));
  // Non-ASCII IRIs are written as they are: slices do.
  ExpectSame("ntriples", Term::Iri("https://example.org/\xc3\xa9t\xc3\xa9"), /*in_slices=*/true);
}

TEST_F(MergedOutputTest, OtherFormatsAreWrittenWhole) {
  for (const char* format : {"nquads", "trig", "turtle", "jsonld"}) ExpectSame(format, Term::Literal("plain"));
}

TEST(MergedGraphTest, SlicesEndBetweenSubjectsAndIndexTheWholeGraph) {
  GraphAccumulator accumulator;
  rdf::Dataset doc;
  const Term type = Term::Iri(vocab::Rdf("type"));
  for (int s = 0; s < 50; ++s) {
    for (int o = 0; o <= s % 4; ++o) {
      doc.Add(Term::Iri("https://example.org/s" + std::to_string(s)), type,
              Term::Iri("https://example.org/C" + std::to_string(o)));
    }
  }
  accumulator.Add(doc);
  const MergedGraph graph = accumulator.Finish();
  doc.Normalize();
  ASSERT_EQ(graph.size(), doc.size());
  rdf::Dataset pieces;
  for (size_t begin = 0; begin < graph.size();) {
    const size_t end = graph.SubjectBoundary(std::min(begin + 3, graph.size()));
    ASSERT_GT(end, begin);
    if (end < graph.size()) {
      EXPECT_NE(doc.quads()[end - 1].subject, doc.quads()[end].subject);
    }
    pieces.Merge(graph.Slice(begin, end));
    begin = end;
  }
  EXPECT_TRUE(pieces.quads() == doc.quads());
  const TypeIndex types = graph.Index(vocab::Rdf("type"));
  EXPECT_EQ(types.ClassesOf("https://example.org/s3").size(), 4u);
  EXPECT_EQ(types.ClassesOf("https://example.org/s4").size(), 1u);
  EXPECT_TRUE(types.ClassesOf("https://example.org/nobody").empty());
}

}  // namespace
}  // namespace diplograph::cli
