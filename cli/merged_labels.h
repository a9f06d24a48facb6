// The label MergeLabels keeps for each subject of a merged graph, chosen
// over the whole graph: the smallest of the subject's rdfs:label values, by
// bytes. A slice that holds only some of a subject's statements (TriG and
// N-Quads go out graph by graph) then merges labels as the whole graph
// would. Holds two ids per labelled subject.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "cli/merged_graph.h"
#include "ontology/rdf.h"

namespace diplograph::cli {

class MergedLabels {
 public:
  // `graph` must outlive this.
  explicit MergedLabels(const MergedGraph& graph);

  // The label kept for `subject`, or nullptr when it has none; a view into
  // the graph's terms.
  const std::string* For(const rdf::Term& subject) const;

 private:
  const MergedGraph& graph_;
  std::vector<std::pair<MergedGraph::Id, MergedGraph::Id>> chosen_;  // (subject, label), by subject
};

}  // namespace diplograph::cli
