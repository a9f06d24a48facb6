// The end of a merged run (cli/merged_output.h) writes exactly what merging
// labels, dropping what breaks the ontology and exporting the whole graph
// at once would, whether it goes out in slices or whole, in every format,
// and drops the same statements with the same messages, in the same order.
#include "cli/merged_output.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "cli/graph_accumulator.h"
#include "cli/write_order.h"
#include "ontology/graph_builder.h"
#include "ontology/vocabulary.h"
#include "tests/test_support.h"

namespace diplograph::cli {
namespace {

using rdf::Term;

const char* const kRdfFormats[] = {"ntriples", "turtle", "trig", "nquads", "jsonld"};

// Enough documents that the graph spans several slices, with entities
// labelled differently across documents (so a graph's label is not always
// the one kept), types, statements that break the ontology, blank nodes,
// typed and language-tagged literals, and subjects whose JSON-LD "@id"
// sorts apart from their IRI (wd:, full IRIs and dip: after dipr:).
std::vector<rdf::Dataset> Documents(const Term& extra_object) {
  const Term type = Term::Iri(vocab::Rdf("type")), label = Term::Iri(vocab::Rdfs("label"));
  const Term alt = Term::Iri(vocab::Skos("altLabel")), comment = Term::Iri(vocab::Rdfs("comment"));
  std::vector<rdf::Dataset> docs;
  for (int d = 0; d < 600; ++d) {
    rdf::Dataset doc;
    const std::string graph = vocab::Dipr("doc/d" + std::to_string(d));
    for (int e = 0; e < 12; ++e) {
      const int n = (d * 12 + e) % 3600;  // each entity in two documents, 300 apart
      const std::string id = std::to_string(n);
      const Term country = Term::Iri(vocab::Dipr("country/c" + id));
      const Term agreement = Term::Iri(vocab::Dipr("agreement/a" + id));
      doc.Add(country, type, Term::Iri(vocab::Dip("Country")), graph);
      doc.Add(country, label, Term::Literal("Country " + id + (d < 300 ? "" : " (formal)")), graph);
      doc.Add(country, alt, Term::LangString("Land " + id, "de"), graph);
      // In the later document the kept label only as an alternative one.
      if (d >= 300) doc.Add(agreement, alt, Term::Literal("Agreement " + id), graph);
      doc.Add(agreement, label, Term::LangString("Agreement " + id + (d < 300 ? "" : " of old"), "en"), graph);
      doc.Add(agreement, type, Term::Iri(vocab::Dip("Agreement")), graph);
      doc.Add(country, Term::Iri(vocab::Dip("condemned")), agreement, graph);
      doc.Add(agreement, Term::Iri(vocab::Dip("warned")), country, graph);  // an agreement warns nobody
      doc.Add(Term::Blank("e" + id), Term::Iri(vocab::Dip("confidence")),
              Term::Typed("0." + id, vocab::Xsd("decimal")), graph);
      // Half of those are events, whose confidence keeps to the ontology.
      if (n % 2 == 0) doc.Add(Term::Blank("e" + id), type, Term::Iri(vocab::Dip("Event")), graph);
      if (e % 4 == 0) {
        doc.Add(Term::Iri(vocab::Join(vocab::kWikidata, "Q" + id)), label, Term::LangString("Q " + id, "fr"), graph);
        doc.Add(Term::Iri("https://example.org/thing/" + id), comment, Term::Literal("thing " + id), graph);
        doc.Add(Term::Iri(vocab::Dip("Term" + id)), comment, Term::Literal("term " + id), graph);
        // Labels the same in every document, already as merged (and an
        // untyped person warns nobody); an alternative label repeating the
        // label is merged away.
        const Term person = Term::Iri(vocab::Dipr("person/p" + id));
        doc.Add(person, label, Term::Literal("Person " + id), graph);
        doc.Add(person, alt, Term::Literal("P. " + id), graph);
        doc.Add(person, Term::Iri(vocab::Dip("warned")), country, graph);
        const Term envoy = Term::Iri(vocab::Dipr("person/e" + id));
        doc.Add(envoy, label, Term::Literal("Envoy " + id), graph);
        doc.Add(envoy, alt, Term::Literal("Envoy " + id), graph);
      }
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
               bool in_slices, size_t slice_size, unsigned jobs = 1) {
  GraphAccumulator accumulator(exporter.keeps_graphs());
  for (const rdf::Dataset& doc : docs) accumulator.Add(doc);
  MergedGraph graph = accumulator.Finish();
  EXPECT_GT(graph.size(), 2 * slice_size) << "several slices";
  EXPECT_EQ(WritesInSlices(graph, exporter), in_slices);
  testing::TempDir dir;
  const std::string path = (dir.path() / "out").string();
  OutputSink sink;
  EXPECT_TRUE(sink.Open(path).ok());
  Written out;
  EXPECT_TRUE(WriteMergedGraph(std::move(graph), exporter, ontology, &sink, &out.dropped, slice_size, jobs).ok());
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
  void ExpectSame(const std::string& format, const Term& extra_object, bool in_slices,
                  std::initializer_list<size_t> slice_sizes = {2, 3, kSliceSize}) {
    SCOPED_TRACE(format);
    auto exporter = MakeExporter(format);
    ASSERT_TRUE(exporter.ok());
    const std::vector<rdf::Dataset> docs = Documents(extra_object);
    const Written expected = Reference(docs, **exporter, ontology_);
    EXPECT_GT(expected.bytes.size(), 1000u);
    EXPECT_GE(expected.dropped.size(), 400u) << "the documents break the ontology";
    for (const size_t slice_size : slice_sizes) {
      SCOPED_TRACE("slices of " + std::to_string(slice_size));
      // Slices prepared on several threads go out in the same order.
      for (const unsigned jobs : {1u, 3u}) {
        const Written merged = Merged(docs, **exporter, ontology_, in_slices, slice_size, jobs);
        EXPECT_TRUE(merged.bytes == expected.bytes) << "the output differs with " << jobs << " jobs";
        EXPECT_EQ(merged.dropped, expected.dropped);
      }
    }
  }
  Ontology ontology_;
};

TEST_F(MergedOutputTest, EveryRdfFormatInSlicesIsTheWholeGraph) {
  for (const char* format : kRdfFormats) ExpectSame(format, Term::Literal("plain"), /*in_slices=*/true);
}

TEST_F(MergedOutputTest, TermsTheExporterRewritesSendTheGraphOutWhole) {
  for (const char* format : kRdfFormats) {
    // An upper-case language tag is lower-cased and a space in an IRI
    // escaped on export: the order may change, so slices would not do.
    ExpectSame(format, Term::LangString("x", "EN"), /*in_slices=*/false, {kSliceSize});
    ExpectSame(format, Term::Iri("https://example.org/a b"), /*in_slices=*/false, {kSliceSize});
    // Non-ASCII IRIs are written as they are: slices do.
    ExpectSame(format, Term::Iri("https://example.org/\xc3\xa9t\xc3\xa9"), /*in_slices=*/true, {3});
  }
}

TEST_F(MergedOutputTest, PicturesAndTheEventsLayoutAreWrittenWhole) {
  for (const auto& [format, frame] : {std::pair{"html", ""}, std::pair{"dot", ""}, std::pair{"jsonld", "events"}}) {
    auto exporter = MakeExporter(format, {frame});
    ASSERT_TRUE(exporter.ok());
    GraphAccumulator accumulator;
    for (const rdf::Dataset& doc : Documents(Term::Literal("plain"))) accumulator.Add(doc);
    EXPECT_FALSE(WritesInSlices(accumulator.Finish(), **exporter)) << format << " " << frame;
  }
}

// The statements of `graph` as `format` orders them, and the pieces of
// about three statements that order is cut into.
struct Cut {
  std::vector<MergedGraph::Ids> quads;   // in the format's order
  std::vector<size_t> ends;              // where each piece ends
};

Cut CutFor(const std::string& format, const MergedGraph& graph) {
  auto exporter = MakeExporter(format);
  EXPECT_TRUE(exporter.ok());
  Result<WriteOrder> order = WriteOrder::Of(graph, **exporter);
  EXPECT_TRUE(order.ok()) << order.status().message();
  Cut cut;
  EXPECT_EQ(order->size(), graph.size());
  for (size_t i = 0; i < order->size(); ++i) cut.quads.push_back(graph.quads()[order->Positions(i, i + 1)[0]]);
  for (size_t begin = 0; begin < order->size(); begin = cut.ends.back()) {
    cut.ends.push_back(order->PieceEnd(begin, 3));
    EXPECT_GE(cut.ends.back(), std::min(begin + 3, order->size()));
  }
  return cut;
}

TEST(WriteOrderTest, GraphsThenSubjectsInPiecesOfWholeRuns) {
  GraphAccumulator accumulator(/*keep_graphs=*/true);
  for (const rdf::Dataset& doc : Documents(Term::Literal("plain"))) accumulator.Add(doc);
  const MergedGraph graph = accumulator.Finish();
  for (const char* format : {"trig", "nquads"}) {
    const Cut cut = CutFor(format, graph);
    auto key = [](const MergedGraph::Ids& q) { return std::tuple{q.g, q.s, q.p, q.o}; };
    for (size_t i = 1; i < cut.quads.size(); ++i) EXPECT_LT(key(cut.quads[i - 1]), key(cut.quads[i])) << i;
    for (const size_t end : cut.ends) {
      if (end == cut.quads.size()) continue;
      const MergedGraph::Ids &last = cut.quads[end - 1], &next = cut.quads[end];
      EXPECT_TRUE(last.g != next.g || last.s != next.s) << "a piece ends inside a (graph, subject) run at " << end;
    }
  }
}

TEST(WriteOrderTest, JsonLdNodesByTheirIdInPiecesOfWholeSubjects) {
  GraphAccumulator accumulator(/*keep_graphs=*/false);
  for (const rdf::Dataset& doc : Documents(Term::Literal("plain"))) accumulator.Add(doc);
  const MergedGraph graph = accumulator.Finish();
  const Cut cut = CutFor("jsonld", graph);
  auto id = [&graph](const MergedGraph::Ids& q) {
    const Term& subject = graph.terms()[q.s];
    for (const auto& [prefix, iri] : vocab::Prefixes()) {
      if (subject.value.starts_with(iri)) return prefix + ":" + subject.value.substr(iri.size());
    }
    return subject.is_iri() ? subject.value : "_:" + subject.value;
  };
  bool reordered = false;
  for (size_t i = 1; i < cut.quads.size(); ++i) {
    const MergedGraph::Ids &last = cut.quads[i - 1], &next = cut.quads[i];
    if (last.s == next.s) {
      EXPECT_LT(last, next);
      continue;
    }
    EXPECT_LT(id(last), id(next)) << i;
    reordered = reordered || next.s < last.s;
  }
  EXPECT_TRUE(reordered) << "some subject's \"@id\" sorts apart from its IRI";
  for (const size_t end : cut.ends) {
    if (end < cut.quads.size()) {
      EXPECT_NE(cut.quads[end - 1].s, cut.quads[end].s) << end;
    }
  }
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
  auto exporter = MakeExporter("ntriples");
  ASSERT_TRUE(exporter.ok());
  Result<WriteOrder> order = WriteOrder::Of(graph, **exporter);
  ASSERT_TRUE(order.ok());
  rdf::Dataset pieces;
  for (size_t begin = 0; begin < graph.size();) {
    const size_t end = order->PieceEnd(begin, 3);
    ASSERT_GT(end, begin);
    if (end < graph.size()) {
      EXPECT_NE(doc.quads()[end - 1].subject, doc.quads()[end].subject);
    }
    EXPECT_TRUE(graph.Gather(order->Positions(begin, end)).quads() == graph.Slice(begin, end).quads());
    pieces.Merge(graph.Slice(begin, end));
    begin = end;
  }
  EXPECT_TRUE(pieces.quads() == doc.quads());
  const TypeIndex types = graph.Index(vocab::Rdf("type"));
  EXPECT_EQ(types.ClassesOf("https://example.org/s3").size(), 4u);
  EXPECT_EQ(types.ClassesOf("https://example.org/s4").size(), 1u);
  EXPECT_TRUE(types.ClassesOf("https://example.org/nobody").empty());
  const std::optional<MergedGraph::Id> s3 = graph.Find(Term::Iri("https://example.org/s3"));
  ASSERT_TRUE(s3.has_value());
  EXPECT_EQ(graph.terms()[*s3], Term::Iri("https://example.org/s3"));
  EXPECT_FALSE(graph.Find(Term::Iri("https://example.org/nobody")).has_value());
}

}  // namespace
}  // namespace diplograph::cli
