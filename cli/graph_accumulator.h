// The merged graph of a run, built up one document at a time. Each
// document's statements arrive normalized (sorted, unique); they are kept as
// sorted runs that are merged pairwise whenever a run is no longer than the
// one before it, as in a merge sort or an LSM tree. Duplicates (entities'
// types and labels, repeated across documents) go at every merge, so memory
// follows the size of the merged graph, and at the end the dataset is
// sorted without one large sort: merges read memory in order, where a sort
// of a large dataset jumps around it.
//
// Not thread-safe: the thread that consumes results owns it.
#pragma once

#include <cstddef>
#include <vector>

#include "ontology/rdf.h"

namespace diplograph::cli {

class GraphAccumulator {
 public:
  // Adds a normalized dataset's quads.
  void Add(const rdf::Dataset& normalized);
  // The union of everything added, normalized; the accumulator is left empty.
  rdf::Dataset Take();

 private:
  void MergeTop();

  std::vector<std::vector<rdf::Quad>> runs_;  // sorted, unique; sizes shrink towards the back
};

}  // namespace diplograph::cli
