#include "cli/merged_lines.h"

#include <iterator>

#include "exporters/line_writer.h"

namespace diplograph::cli {

bool WritesLineSlices(const Exporter& exporter) {
  return exporter.concatenable() && !exporter.keeps_graphs() && exporter.piece_order() == PieceOrder::kSubjects;
}

Status WriteLineSlice(const LineSliceContext& context, std::span<const uint32_t> positions, std::string* out,
                      std::vector<Violation>* found) {
  const MergedGraph& graph = context.graph;
  const std::vector<rdf::Term>& terms = graph.terms();
  const std::vector<MergedGraph::Ids>& quads = graph.quads();
  StatementChecker checker(context.ontology, context.types);
  // Room for lines of the usual length (evidence makes them long), made
  // once: growing by doubling copied the slice's bytes once more. Room
  // never written is never touched, so guessing high costs little.
  constexpr size_t kLineRoom = 256;
  out->reserve(out->size() + positions.size() * kLineRoom);
  // Every predicate is an IRI (WritesInSlices), so a label statement is one
  // whose predicate is the label's IRI term.
  auto labelled = [&](const MergedGraph::Ids& q) { return q.p == context.label || q.p == context.alt_label; };
  for (size_t begin = 0, end = 0; begin < positions.size(); begin = end) {
    const MergedGraph::Id subject = quads[positions[begin]].s;
    bool labels = false;
    for (end = begin; end < positions.size() && quads[positions[end]].s == subject; ++end) {
      labels = labels || labelled(quads[positions[end]]);
    }
    const std::span<const uint32_t> run = positions.subspan(begin, end - begin);
    if (labels) {
      rdf::Dataset statements = graph.Gather(run);
      MergeLabels(statements, context.chosen);
      std::vector<Violation> broken = CheckAgainstOntology(statements, context.ontology, context.types);
      RemoveViolations(statements, broken);
      std::move(broken.begin(), broken.end(), std::back_inserter(*found));
      if (Status written = context.exporter.Write(statements, out); !written.ok()) return written;
      continue;
    }
    for (const uint32_t i : run) {
      const MergedGraph::Ids& q = quads[i];
      if (std::optional<std::string> fault = checker.Fault(terms[q.s], terms[q.p], terms[q.o])) {
        found->push_back({{terms[q.s], terms[q.p], terms[q.o], terms[q.g].value}, std::move(*fault)});
        continue;
      }
      AppendTripleLine(terms[q.s], terms[q.p], terms[q.o], out);
    }
  }
  return Status::Ok();
}

}  // namespace diplograph::cli
