// A document written in pieces (exporters/document_writer.h) is, byte for
// byte, the document Exporter::Write gives for the whole dataset, in every
// format that writes in pieces, wherever it is cut between units; and the
// views of prepared statements the writers read (ViewPreparedQuads) are
// what PrepareQuads returns.
#include "exporters/document_writer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "exporters/export_quads.h"
#include "exporters/exporter.h"
#include "ontology/vocabulary.h"
#include "tests/exporter_test_data.h"

namespace diplograph {
namespace {

using rdf::Term;

const char* const kPieceFormats[] = {"ntriples", "turtle", "trig", "nquads", "jsonld"};

std::unique_ptr<Exporter> Make(const std::string& name, const std::string& frame = "") {
  Result<std::unique_ptr<Exporter>> exporter = MakeExporter(name, {frame});
  EXPECT_TRUE(exporter.ok()) << exporter.status().message();
  return exporter.ok() ? std::move(exporter).value() : nullptr;
}

// The tricky dataset as written, with subjects whose JSON-LD "@id" sorts
// apart from their IRI: a blank node, wd:, dip: and an IRI without prefix.
rdf::Dataset Statements() {
  rdf::Dataset data = testing::TrickyDataset(/*as_written=*/true, /*with_odd_lexical_forms=*/true);
  const Term comment = Term::Iri(vocab::Rdfs("comment"));
  const std::string graph = vocab::Dipr("document/d3");
  data.Add(Term::Blank("b1"), comment, Term::LangString("blank", "en-gb"), graph);
  data.Add(Term::Iri(vocab::Join(vocab::kWikidata, "Q7")), comment, Term::Literal("wd"), graph);
  data.Add(Term::Iri(vocab::Dip("Meeting")), comment, Term::Literal("dip"), graph);
  data.Add(Term::Iri("https://example.org/x"), comment, Term::Literal("full"));
  data.Normalize();
  return data;
}

// What the caller hands an exporter: the union unless it keeps graphs.
rdf::Dataset Input(const Exporter& exporter, const rdf::Dataset& data) {
  return exporter.keeps_graphs() ? data : data.Union();
}

// `dataset` (normalized) cut into pieces of `units` whole units each, in
// the order `exporter` writes: subjects, (graph, subject) runs or nodes.
std::vector<rdf::Dataset> Pieces(const Exporter& exporter, const rdf::Dataset& dataset, size_t units) {
  std::vector<rdf::Quad> quads = dataset.quads();
  const PieceOrder order = exporter.piece_order();
  if (order == PieceOrder::kGraphSubjects) {
    std::stable_sort(quads.begin(), quads.end(),
                     [](const rdf::Quad& a, const rdf::Quad& b) { return a.graph < b.graph; });
  } else if (order == PieceOrder::kNodeIds) {
    std::vector<const Term*> subjects;
    for (const rdf::Quad& q : quads) {
      if (subjects.empty() || *subjects.back() != q.subject) subjects.push_back(&q.subject);
    }
    Result<std::vector<uint32_t>> nodes = exporter.NodeOrder(subjects);
    EXPECT_TRUE(nodes.ok()) << nodes.status().message();
    std::map<Term, size_t> rank;
    for (size_t i = 0; i < nodes->size(); ++i) rank[*subjects[(*nodes)[i]]] = i;
    std::stable_sort(quads.begin(), quads.end(),
                     [&rank](const rdf::Quad& a, const rdf::Quad& b) { return rank[a.subject] < rank[b.subject]; });
  }
  std::vector<rdf::Dataset> pieces;
  rdf::Dataset piece;
  size_t in_piece = 0;
  for (size_t i = 0; i < quads.size(); ++i) {
    const bool new_unit = i == 0 || quads[i].subject != quads[i - 1].subject ||
                          (order == PieceOrder::kGraphSubjects && quads[i].graph != quads[i - 1].graph);
    if (new_unit && in_piece == units) {
      piece.Normalize();
      pieces.push_back(std::move(piece));
      piece = rdf::Dataset();
      in_piece = 0;
    }
    in_piece += new_unit ? 1 : 0;
    piece.Add(quads[i]);
  }
  piece.Normalize();
  pieces.push_back(std::move(piece));
  return pieces;
}

std::string WriteInPieces(const Exporter& exporter, const std::vector<rdf::Dataset>& pieces) {
  std::string out;
  Result<std::unique_ptr<DocumentWriter>> document = exporter.BeginDocument(&out);
  EXPECT_TRUE(document.ok()) << document.status().message();
  if (!document.ok()) return out;
  for (const rdf::Dataset& piece : pieces) {
    Status written = (*document)->Write(piece, &out);
    EXPECT_TRUE(written.ok()) << written.message();
  }
  Status finished = (*document)->Finish(&out);
  EXPECT_TRUE(finished.ok()) << finished.message();
  return out;
}

TEST(DocumentWriterTest, PiecesMakeTheWholeDocument) {
  const rdf::Dataset data = Statements();
  for (const char* format : kPieceFormats) {
    SCOPED_TRACE(format);
    const std::unique_ptr<Exporter> exporter = Make(format);
    ASSERT_NE(exporter->piece_order(), PieceOrder::kWhole);
    const rdf::Dataset input = Input(*exporter, data);
    std::string whole;
    ASSERT_TRUE(exporter->Write(input, &whole).ok());
    for (const size_t units : {size_t{1}, size_t{2}, size_t{3}, size_t{1000}}) {
      SCOPED_TRACE(std::to_string(units) + " units a piece");
      const std::vector<rdf::Dataset> pieces = Pieces(*exporter, input, units);
      if (units == 1) {
        EXPECT_GT(pieces.size(), 10u);
      }
      EXPECT_EQ(WriteInPieces(*exporter, pieces), whole);
    }
  }
}

TEST(DocumentWriterTest, EmptyPiecesAndEmptyDocuments) {
  for (const char* format : kPieceFormats) {
    SCOPED_TRACE(format);
    const std::unique_ptr<Exporter> exporter = Make(format);
    std::string empty;
    ASSERT_TRUE(exporter->Write(rdf::Dataset(), &empty).ok());
    EXPECT_EQ(WriteInPieces(*exporter, {}), empty);
    EXPECT_EQ(WriteInPieces(*exporter, {rdf::Dataset(), rdf::Dataset()}), empty);
    const rdf::Dataset input = Input(*exporter, Statements());
    std::string whole;
    ASSERT_TRUE(exporter->Write(input, &whole).ok());
    std::vector<rdf::Dataset> pieces = Pieces(*exporter, input, 2);
    pieces.insert(pieces.begin() + 1, rdf::Dataset());
    pieces.emplace_back();
    EXPECT_EQ(WriteInPieces(*exporter, pieces), whole);
  }
}

TEST(DocumentWriterTest, PicturesAndTheEventsLayoutAreWrittenWholeOnly) {
  for (const auto& [format, frame] : {std::pair{"html", ""}, std::pair{"dot", ""}, std::pair{"jsonld", "events"}}) {
    const std::unique_ptr<Exporter> exporter = Make(format, frame);
    EXPECT_EQ(exporter->piece_order(), PieceOrder::kWhole) << format;
    std::string out;
    EXPECT_FALSE(exporter->BeginDocument(&out).ok()) << format;
    EXPECT_TRUE(out.empty());
  }
}

TEST(DocumentWriterTest, FailedWholeWritesLeaveTheOutputAlone) {
  rdf::Dataset bad;
  bad.Add(Term::Iri("https://example.org/s"), Term::Iri("https://example.org/p"), Term::LangString("x", "not a tag"));
  for (const char* format : kPieceFormats) {
    std::string out = "before";
    EXPECT_FALSE(Make(format)->Write(bad, &out).ok()) << format;
    EXPECT_EQ(out, "before") << format;
  }
}

TEST(DocumentWriterTest, JsonLdOrdersNodesByTheirId) {
  const std::unique_ptr<Exporter> exporter = Make("jsonld");
  const Term blank = Term::Blank("z"), wd = Term::Iri(vocab::Join(vocab::kWikidata, "Q1"));
  const Term dipr = Term::Iri(vocab::Dipr("a")), dip = Term::Iri(vocab::Dip("A"));
  const Term full = Term::Iri("https://example.org/a");
  // In rdf::Term order; "@id"s "dipr:a", "wd:Q1", "https://example.org/a", "dip:A", "_:z".
  const std::vector<const Term*> subjects = {&wd, &full, &dipr, &dip, &blank};
  Result<std::vector<uint32_t>> order = exporter->NodeOrder(subjects);
  ASSERT_TRUE(order.ok());
  EXPECT_EQ(order.value(), (std::vector<uint32_t>{4, 3, 2, 1, 0}));  // _:z dip:A dipr:a https:// wd:Q1
  const Term unwritable = Term::Iri("dip:looks-like-a-curie");
  EXPECT_FALSE(exporter->NodeOrder(std::vector<const Term*>{&unwritable}).ok());
  // Formats in term order leave the order as it is.
  Result<std::vector<uint32_t>> kept = Make("turtle")->NodeOrder(subjects);
  ASSERT_TRUE(kept.ok());
  EXPECT_EQ(kept.value(), (std::vector<uint32_t>{0, 1, 2, 3, 4}));
}

// The view of prepared statements lists what PrepareQuads returns: in
// place, through sorted pointers, or copied.
TEST(PreparedQuadsTest, ViewsAreWhatPrepareQuadsReturns) {
  std::vector<rdf::Quad> reversed = Statements().quads();
  std::reverse(reversed.begin(), reversed.end());
  reversed.push_back(reversed.front());  // a duplicate
  const rdf::Dataset unsorted(std::move(reversed));
  const rdf::Dataset cases[] = {Statements(), Statements().Union(), unsorted, testing::TrickyDataset()};
  for (const rdf::Dataset& data : cases) {
    for (const GraphMode mode : {GraphMode::kDrop, GraphMode::kKeep}) {
      Result<std::vector<rdf::Quad>> copied = PrepareQuads(data, mode);
      Result<PreparedQuads> view = ViewPreparedQuads(data, mode);
      ASSERT_TRUE(copied.ok() && view.ok());
      std::vector<rdf::Quad> viewed;
      for (size_t i = 0; i < view->size(); ++i) viewed.push_back((*view)[i]);
      EXPECT_TRUE(viewed == copied.value()) << "mode " << static_cast<int>(mode);
    }
  }
}

}  // namespace
}  // namespace diplograph
