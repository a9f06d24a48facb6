// The statements of a merged graph in the order an exporter writes them
// (its PieceOrder), as positions into the graph, and where that order may
// be cut into pieces of whole units: subjects, or (graph, subject) runs
// where graphs are kept. The graph is sorted subject-major by term ranks,
// which is already Turtle's and N-Triples' order; for the others an index
// of positions is sorted, never the statements: four bytes a statement.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "cli/merged_graph.h"
#include "exporters/exporter.h"
#include "extractor/status.h"

namespace diplograph::cli {

class WriteOrder {
 public:
  // The order `exporter` writes `graph` in; `graph` must outlive it. Fails
  // when the exporter cannot order the graph's nodes (JSON-LD: an IRI it
  // cannot write), or writes only whole documents.
  static Result<WriteOrder> Of(const MergedGraph& graph, const Exporter& exporter);

  size_t size() const { return graph_->size(); }
  // The end of the piece that starts at `begin` and holds at least `count`
  // statements (fewer only at the end), cut between units.
  size_t PieceEnd(size_t begin, size_t count) const;
  // The positions of [begin, end) of the order, ascending: gathered, they
  // make a normalized dataset.
  std::vector<uint32_t> Positions(size_t begin, size_t end) const;

 private:
  explicit WriteOrder(const MergedGraph& graph, bool by_graph) : graph_(&graph), by_graph_(by_graph) {}
  uint32_t at(size_t i) const { return positions_.empty() ? static_cast<uint32_t>(i) : positions_[i]; }

  const MergedGraph* graph_;
  bool by_graph_;                   // units are (graph, subject) runs, not subjects
  std::vector<uint32_t> positions_;  // empty: the graph's own order
};

}  // namespace diplograph::cli
