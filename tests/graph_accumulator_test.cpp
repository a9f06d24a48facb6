// The merged graph built from sorted runs (cli/graph_accumulator.h) is
// exactly the normalized concatenation of everything added, whatever the
// number and sizes of the runs and however much they overlap.
#include "cli/graph_accumulator.h"

#include <gtest/gtest.h>

#include <string>

namespace diplograph::cli {
namespace {

rdf::Dataset SortedRun(int from, int to, int step, const std::string& graph) {
  rdf::Dataset d;
  for (int i = from; i < to; i += step) {
    d.Add(rdf::Term::Iri("https://example.org/s" + std::to_string(i % 37)),
          rdf::Term::Iri("https://example.org/p" + std::to_string(i % 5)), rdf::Term::Literal(std::to_string(i)),
          graph);
  }
  d.Normalize();
  return d;
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

TEST(GraphAccumulatorTest, NothingAddedIsEmpty) {
  GraphAccumulator accumulator;
  EXPECT_TRUE(accumulator.Take().empty());
}

}  // namespace
}  // namespace diplograph::cli
