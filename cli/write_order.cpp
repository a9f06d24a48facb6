#include "cli/write_order.h"

#include <algorithm>
#include <limits>

namespace diplograph::cli {

Result<WriteOrder> WriteOrder::Of(const MergedGraph& graph, const Exporter& exporter) {
  const std::vector<MergedGraph::Ids>& quads = graph.quads();
  if (quads.size() > std::numeric_limits<uint32_t>::max()) {
    return Status::InvalidArgument("too many statements to write in pieces");
  }
  const auto n = static_cast<uint32_t>(quads.size());
  switch (exporter.piece_order()) {
    case PieceOrder::kWhole:
      break;
    case PieceOrder::kSubjects:
      return WriteOrder(graph, /*by_graph=*/false);
    case PieceOrder::kGraphSubjects: {
      // A counting sort by graph: ranks order graph names as their bytes
      // do, and each graph's statements keep the graph's own (subject,
      // predicate, object) order.
      WriteOrder order(graph, /*by_graph=*/true);
      std::vector<uint32_t> next(graph.terms().size() + 1, 0);
      for (const MergedGraph::Ids& q : quads) ++next[q.g + 1];
      for (size_t g = 1; g < next.size(); ++g) next[g] += next[g - 1];
      order.positions_.resize(n);
      for (uint32_t i = 0; i < n; ++i) order.positions_[next[quads[i].g]++] = i;
      return order;
    }
    case PieceOrder::kNodeIds: {
      std::vector<const rdf::Term*> subjects;
      std::vector<uint32_t> runs;  // where each subject's statements begin, and the end
      for (uint32_t i = 0; i < n; ++i) {
        if (i > 0 && quads[i].s == quads[i - 1].s) continue;
        subjects.push_back(&graph.terms()[quads[i].s]);
        runs.push_back(i);
      }
      runs.push_back(n);
      Result<std::vector<uint32_t>> nodes = exporter.NodeOrder(subjects);
      if (!nodes.ok()) return nodes.status();
      std::vector<bool> seen(subjects.size());
      for (const uint32_t k : *nodes) {
        if (k >= seen.size() || seen[k]) return Status::Internal("the node order is not one of the subjects");
        seen[k] = true;
      }
      if (nodes->size() != subjects.size()) return Status::Internal("the node order is not one of the subjects");
      WriteOrder order(graph, /*by_graph=*/false);
      order.positions_.reserve(n);
      for (const uint32_t k : *nodes) {
        for (uint32_t i = runs[k]; i < runs[k + 1]; ++i) order.positions_.push_back(i);
      }
      return order;
    }
  }
  return Status::InvalidArgument("format " + std::string(exporter.name()) + " cannot be written in pieces");
}

size_t WriteOrder::PieceEnd(size_t begin, size_t count) const {
  const std::vector<MergedGraph::Ids>& quads = graph_->quads();
  size_t end = std::min(begin + std::max<size_t>(count, 1), size());
  while (end < size()) {
    const MergedGraph::Ids& last = quads[at(end - 1)];
    const MergedGraph::Ids& next = quads[at(end)];
    if (next.s != last.s || (by_graph_ && next.g != last.g)) break;
    ++end;
  }
  return end;
}

std::vector<uint32_t> WriteOrder::Positions(size_t begin, size_t end) const {
  std::vector<uint32_t> positions;
  positions.reserve(end - begin);
  for (size_t i = begin; i < end; ++i) positions.push_back(at(i));
  // The graph's own order (Turtle, N-Triples) is ascending already.
  if (!positions_.empty()) std::sort(positions.begin(), positions.end());
  return positions;
}

}  // namespace diplograph::cli
