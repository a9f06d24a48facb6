// N-Triples slices of a merged graph written straight from its term ids.
// Most subjects (events) have no labels: their statements need neither
// copying into quads nor label merging, only the ontology check, and go out
// line by line. A subject with labels takes the general way (MergeLabels
// with the label chosen over the whole graph). The bytes and violations are
// those of the general way for the whole slice.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "cli/merged_graph.h"
#include "exporters/byte_buffer.h"
#include "exporters/exporter.h"
#include "extractor/status.h"
#include "ontology/graph_builder.h"
#include "ontology/ontology.h"

namespace diplograph::cli {

// The classes of a merged graph's nodes (its rdf:type statements), by term
// id, as the ontology's class ids (-1: a class it does not name): what the
// checks by text (TypeIndex) find, a node being known by its text whatever
// its kind, but found with no text hashed or compared.
class NodeClasses {
 public:
  // `graph` as WritesInSlices takes it: no literal subjects, IRI
  // predicates, IRIs without datatype or language.
  NodeClasses(const MergedGraph& graph, const Ontology& ontology);
  std::span<const int> Of(MergedGraph::Id node) const {
    const MergedGraph::Id n = same_text_.empty() ? node : same_text_[node];
    return {classes_.data() + begin_[n], begin_[n + 1] - begin_[n]};
  }

 private:
  std::vector<MergedGraph::Id> same_text_;  // by term: the first node with its text; empty: each its own
  std::vector<uint32_t> begin_;  // by term: where its classes start in classes_; and the end
  std::vector<int> classes_;
};

// What every slice of one graph shares. `graph`, `ontology` and `classes`
// (the graph's) must outlive it.
struct LineSliceContext {
  const MergedGraph& graph;
  const Ontology& ontology;
  const NodeClasses& classes;
  const LabelChoice& chosen;
  const Exporter& exporter;  // N-Triples
  std::optional<MergedGraph::Id> label, alt_label;  // rdfs:label and skos:altLabel, when the graph has them
};

// True when a slice of `graph` for `exporter` may be written this way: the
// format is N-Triples (lines, no graphs, by subject) and `graph` is written
// in slices (WritesInSlices), so every term is written as it is.
bool WritesLineSlices(const Exporter& exporter);

// Appends the lines of the statements at `positions` (ascending: whole
// subjects) to `out`, and those that break the ontology to `found`.
Status WriteLineSlice(const LineSliceContext& context, std::span<const uint32_t> positions, ByteBuffer* out,
                      std::vector<Violation>* found);

}  // namespace diplograph::cli
