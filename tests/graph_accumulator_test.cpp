// The merged graph (cli/graph_accumulator.h) is exactly what normalizing the
// concatenation of everything added gives (or its Union() where graph names
// go), whatever the order, overlap and kinds of terms, and the term pool
// under it gives one id per distinct term and ranks in rdf::Term order.
#include "cli/graph_accumulator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>

#include "cli/term_pool.h"
#include "exporters/export_quads.h"
#include "ontology/vocabulary.h"

namespace diplograph::cli {
namespace {

using rdf::Term;

rdf::Dataset SortedRun(int from, int to, int step, const std::string& graph) {
  rdf::Dataset d;
  for (int i = from; i < to; i += step) {
    d.Add(Term::Iri("https://example.org/s" + std::to_string(i % 37)),
          Term::Iri("https://example.org/p" + std::to_string(i % 5)), Term::Literal(std::to_string(i)), graph);
  }
  d.Normalize();
  return d;
}

// Terms that differ only in kind, datatype, language or a byte above 0x7f,
// so that any order but rdf::Term's shows.
Term AnyTerm(std::mt19937& rng) {
  static const std::string values[] = {"https://example.org/a", "https://example.org/b", "https://example.org/\xc3\xa9",
                                       "a", "b", "", "https://example.org/a/b"};
  const std::string& v = values[rng() % std::size(values)];
  switch (rng() % 6) {
    case 0: return Term::Iri(v);
    case 1: return Term::Blank(v.empty() ? "b0" : "b" + std::to_string(v.size()));
    case 2: return Term::Literal(v);
    case 3: return Term::Typed(v, "http://www.w3.org/2001/XMLSchema#integer");
    case 4: return Term::Typed(v, "http://www.w3.org/2001/XMLSchema#date");
    default: return Term::LangString(v, rng() % 2 ? "en" : "fr");
  }
}

// Documents in no order, with repeats inside and across them.
std::vector<rdf::Dataset> RandomDocuments(unsigned seed) {
  std::mt19937 rng(seed);
  static const std::string graphs[] = {"", "https://example.org/g1", "https://example.org/g2", "https://example.org/G"};
  std::vector<rdf::Dataset> docs(40);
  for (rdf::Dataset& doc : docs) {
    const int n = static_cast<int>(rng() % 30);
    for (int i = 0; i < n; ++i) {
      Term s = AnyTerm(rng);
      if (s.is_literal()) s = Term::Iri(s.value);
      Term p = Term::Iri("https://example.org/p" + std::to_string(rng() % 3));
      doc.Add(s, p, AnyTerm(rng), graphs[rng() % std::size(graphs)]);
      if (rng() % 4 == 0) doc.Add(doc.quads().back());
    }
  }
  return docs;
}

TEST(GraphAccumulatorTest, EqualsTheNormalizedConcatenation) {
  GraphAccumulator accumulator;
  rdf::Dataset expected;
  for (int r = 0; r < 300; ++r) {
    // Runs of varied sizes that overlap each other and repeat.
    rdf::Dataset run = SortedRun(r * 7 % 101, r * 7 % 101 + 1 + r % 23, 1 + r % 3, r % 4 == 0 ? "" : "https://example.org/g");
    accumulator.Add(run);
    expected.Merge(run);
  }
  accumulator.Add(rdf::Dataset());
  expected.Normalize();
  const rdf::Dataset merged = accumulator.Take();
  EXPECT_TRUE(merged.quads() == expected.quads());
  EXPECT_TRUE(accumulator.Take().empty()) << "taking empties it";
}

TEST(GraphAccumulatorTest, UnsortedDocumentsOfEveryKindOfTermComeOutInNormalizeOrder) {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    GraphAccumulator accumulator;
    rdf::Dataset expected;
    for (const rdf::Dataset& doc : RandomDocuments(seed)) {
      accumulator.Add(doc);
      expected.Merge(doc);
    }
    expected.Normalize();
    const rdf::Dataset merged = accumulator.Take();
    ASSERT_EQ(merged.size(), expected.size()) << "seed " << seed;
    EXPECT_TRUE(merged.quads() == expected.quads()) << "seed " << seed;
  }
}

TEST(GraphAccumulatorTest, WithoutGraphsItIsTheUnion) {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    GraphAccumulator accumulator(/*keep_graphs=*/false);
    rdf::Dataset all;
    for (const rdf::Dataset& doc : RandomDocuments(seed)) {
      accumulator.Add(doc);
      all.Merge(doc);
    }
    const rdf::Dataset merged = accumulator.Take();
    EXPECT_TRUE(merged.quads() == all.Union().quads()) << "seed " << seed;
    for (const rdf::Quad& q : merged.quads()) EXPECT_EQ(q.graph, "");
  }
}

TEST(GraphAccumulatorTest, AStatementRepeatedAcrossDocumentsIsKeptOncePerGraph) {
  const Term s = Term::Iri("https://example.org/s"), p = Term::Iri("https://example.org/p");
  const Term label = Term::LangString("Seoul", "ko");
  GraphAccumulator with_graphs, without(/*keep_graphs=*/false);
  for (const char* graph : {"https://example.org/d2", "https://example.org/d1", "https://example.org/d2", ""}) {
    rdf::Dataset doc;
    doc.Add(s, p, label, graph);
    doc.Add(s, p, label, graph);
    with_graphs.Add(doc);
    without.Add(doc);
  }
  const rdf::Dataset kept = with_graphs.Take();
  ASSERT_EQ(kept.size(), 3u);
  EXPECT_EQ(kept.quads()[0].graph, "");
  EXPECT_EQ(kept.quads()[1].graph, "https://example.org/d1");
  EXPECT_EQ(kept.quads()[2].graph, "https://example.org/d2");
  EXPECT_EQ(kept.quads()[2].object, label) << "language kept";
  const rdf::Dataset dropped = without.Take();
  ASSERT_EQ(dropped.size(), 1u);
  EXPECT_EQ(dropped.quads()[0], (rdf::Quad{s, p, label, ""}));
}

TEST(GraphAccumulatorTest, DeDuplicatingOnTheWayChangesNothing) {
  for (bool keep_graphs : {true, false}) {
    for (unsigned seed = 1; seed <= 10; ++seed) {
      GraphAccumulator once(keep_graphs), often(keep_graphs, /*first_compaction=*/3);
      for (const rdf::Dataset& doc : RandomDocuments(seed)) {
        once.Add(doc);
        often.Add(doc);
      }
      EXPECT_TRUE(often.Take().quads() == once.Take().quads()) << "seed " << seed;
    }
  }
}

TEST(GraphAccumulatorTest, NothingAddedIsEmpty) {
  GraphAccumulator accumulator;
  EXPECT_TRUE(accumulator.Take().empty());
}

// Which terms are written as they are is found as they are pooled, and
// follows each term to its place in the merged graph.
TEST(GraphAccumulatorTest, KnowsWhichTermsAreWrittenAsTheyAre) {
  const Term p = Term::Iri("https://example.org/p");
  const std::vector<Term> objects = {
      Term::Iri("https://example.org/a"),      Term::Iri("https://example.org/a b"),  // a space to escape
      Term::Iri("relative"),                   Term::Literal("plain"),
      Term::Literal(std::string("nul\0", 4)),  Term::Typed("x", vocab::Xsd("string")),  // dropped
      Term::Typed("1", vocab::Xsd("integer")), Term::LangString("x", "EN"),             // lower-cased
      Term::LangString("x", "en"),             Term::Blank("b1"),
      {Term::Kind::kIri, "https://example.org/t", vocab::Xsd("integer"), {}},  // an IRI with a datatype
  };
  GraphAccumulator accumulator;
  rdf::Dataset doc;
  for (const Term& o : objects) doc.Add(Term::Iri("https://example.org/s"), p, o);
  accumulator.Add(doc);
  const MergedGraph graph = accumulator.Finish();
  size_t written_as_is = 0;
  for (MergedGraph::Id id = 0; id < graph.terms().size(); ++id) {
    const Term& t = graph.terms()[id];
    EXPECT_EQ(graph.written_as_is(id), IsWrittenAsIs(t.kind, t.value, t.datatype, t.lang)) << t.value;
    if (!graph.written_as_is(id)) continue;
    ++written_as_is;
    Result<Term> normalized = NormalizeTerm(t);
    EXPECT_TRUE(normalized.ok() && normalized.value() == t) << t.value;
  }
  EXPECT_EQ(written_as_is, 7u) << "s, p, a, plain, the integer, the English string and b1";
}

TEST(TermPoolTest, OneIdPerDistinctTerm) {
  TermPool pool;
  const TermPool::Id iri = pool.Intern(Term::Iri("x"));
  EXPECT_EQ(pool.Intern(Term::Iri("x")), iri);
  EXPECT_EQ(pool.Intern(Term::Kind::kIri, "x"), iri);
  EXPECT_NE(pool.Intern(Term::Blank("x")), iri);
  EXPECT_NE(pool.Intern(Term::Literal("x")), iri);
  EXPECT_NE(pool.Intern(Term::Typed("x", "https://example.org/t")), pool.Intern(Term::Literal("x")));
  EXPECT_NE(pool.Intern(Term::LangString("x", "en")), pool.Intern(Term::LangString("x", "de")));
  EXPECT_EQ(pool.size(), 6u);
  EXPECT_EQ(pool.term(iri), Term::Iri("x"));
}

TEST(TermPoolTest, ManyTermsSurviveGrowingAndRankInTermOrder) {
  TermPool pool;
  std::mt19937 rng(7);
  std::vector<Term> terms;
  for (int i = 0; i < 5000; ++i) {
    terms.push_back(AnyTerm(rng));
    terms.back().value += std::to_string(rng() % 3000);
  }
  std::vector<TermPool::Id> ids;
  for (const Term& t : terms) ids.push_back(pool.Intern(t));
  for (size_t i = 0; i < terms.size(); ++i) ASSERT_EQ(pool.term(ids[i]), terms[i]);
  const std::vector<TermPool::Id> rank = pool.Ranks();
  for (size_t i = 1; i < terms.size(); ++i) {
    EXPECT_EQ(rank[ids[i - 1]] < rank[ids[i]], terms[i - 1] < terms[i]);
    EXPECT_EQ(rank[ids[i - 1]] == rank[ids[i]], terms[i - 1] == terms[i]);
  }
}

// Texts that share long prefixes, end at and around eight-byte steps, and
// hold NUL bytes (a shorter text padded with NULs must still come first).
TEST(TermPoolTest, RanksTextsSharingLongPrefixesInTermOrder) {
  TermPool pool;
  std::mt19937 rng(11);
  const std::string prefix = "https://w3id.org/diplograph/resource/";
  std::vector<Term> terms;
  for (int i = 0; i < 4000; ++i) {
    std::string value = prefix.substr(0, rng() % (prefix.size() + 1));
    const size_t extra = rng() % 20;
    for (size_t k = 0; k < extra; ++k) value += "ab\0c"[rng() % 4];
    switch (rng() % 4) {
      case 0: terms.push_back(Term::Iri(value)); break;
      case 1: terms.push_back(Term::Literal(value)); break;
      case 2: terms.push_back(Term::LangString(value, rng() % 2 ? "en" : "de")); break;
      default: terms.push_back(Term::Blank(value)); break;
    }
  }
  terms.push_back(Term::Iri(std::string(2000, 'x') + "b"));  // past the depth compared in steps
  terms.push_back(Term::Iri(std::string(2000, 'x') + "a"));
  for (const Term& t : terms) pool.Intern(t);
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  ASSERT_EQ(pool.size(), terms.size());
  const std::vector<TermPool::Id> rank = pool.Ranks();
  for (size_t i = 0; i < terms.size(); ++i) EXPECT_EQ(rank[pool.Intern(terms[i])], i) << i;
}

}  // namespace
}  // namespace diplograph::cli
