// N-Triples slices of a merged graph written straight from its term ids.
// Most subjects (events) have no labels: their statements need neither
// copying into quads nor label merging, only the ontology check, and go out
// line by line. A subject with labels takes the general way (MergeLabels
// with the label chosen over the whole graph). The bytes and violations are
// those of the general way for the whole slice.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "cli/merged_graph.h"
#include "exporters/exporter.h"
#include "extractor/status.h"
#include "ontology/graph_builder.h"
#include "ontology/ontology.h"

namespace diplograph::cli {

// What every slice of one graph shares. `graph`, `ontology` and `types`
// (the graph's rdf:type index) must outlive it.
struct LineSliceContext {
  const MergedGraph& graph;
  const Ontology& ontology;
  const TypeIndex& types;
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
Status WriteLineSlice(const LineSliceContext& context, std::span<const uint32_t> positions, std::string* out,
                      std::vector<Violation>* found);

}  // namespace diplograph::cli
