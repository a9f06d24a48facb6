// The merged graph of a run, built up one document at a time. Terms are
// interned (cli/term_pool.h) and each statement is kept once, as four term
// ids in a hash set, so what documents repeat (entities' types and labels)
// costs a lookup, not a copy, and memory follows the number of distinct
// statements at 16 bytes each plus one copy of each distinct term. The
// statements are sorted only once, at the end, by the terms' ranks, into a
// MergedGraph.
//
// Not thread-safe: the thread that consumes results owns it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "cli/merged_graph.h"
#include "cli/term_pool.h"
#include "ontology/document_graph.h"
#include "ontology/rdf.h"

namespace diplograph::cli {

class GraphAccumulator {
 public:
  // With `keep_graphs` false every statement goes to the default graph:
  // what Dataset::Union() gives, for formats without graph names.
  explicit GraphAccumulator(bool keep_graphs = true);

  // Adds a dataset's quads, in any order, duplicates allowed.
  void Add(const rdf::Dataset& dataset);
  // The same for a document's graph: each of its terms is interned once.
  void Add(const DocumentGraph& graph);
  // The union of everything added, sorted; the accumulator is left empty.
  MergedGraph Finish();
  // The same as one normalized dataset.
  rdf::Dataset Take();

 private:
  using Ids = MergedGraph::Ids;
  static constexpr TermPool::Id kFree = UINT32_MAX;  // subject of a free slot

  static uint64_t Hash(const Ids& q);
  void Insert(const Ids& q) { Insert(q, Hash(q)); }
  void Insert(const Ids& q, uint64_t hash);
  void Grow();

  bool keep_graphs_;
  TermPool terms_;
  std::vector<Ids> slots_;  // open addressing, linear probing
  size_t size_ = 0;
};

}  // namespace diplograph::cli
