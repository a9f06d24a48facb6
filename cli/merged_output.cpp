#include "cli/merged_output.h"

#include <algorithm>
#include <utility>

#include "exporters/export_quads.h"
#include "ontology/graph_builder.h"
#include "ontology/vocabulary.h"

namespace diplograph::cli {

bool WritesInSlices(const MergedGraph& graph, const Exporter& exporter) {
  if (!exporter.concatenable() || exporter.keeps_graphs()) return false;
  auto as_written = [](const rdf::Term& t) {
    Result<rdf::Term> normalized = NormalizeTerm(t);
    return normalized.ok() && normalized.value() == t;
  };
  const std::vector<rdf::Term>& terms = graph.terms();
  std::vector<bool> written(terms.size());  // the graph name "" is a term too, never written
  for (const MergedGraph::Ids& q : graph.quads()) {
    if (terms[q.s].is_literal() || !terms[q.p].is_iri() || !terms[q.g].value.empty()) return false;
    written[q.s] = written[q.p] = written[q.o] = true;
  }
  for (size_t id = 0; id < terms.size(); ++id) {
    if (written[id] && !as_written(terms[id])) return false;
  }
  // MergeLabels adds skos:altLabel, and plain literals with a label's text,
  // which are as written when that label is.
  return as_written(rdf::Term::Iri(vocab::Skos("altLabel")));
}

void DropViolations(rdf::Dataset& dataset, const std::vector<Violation>& violations,
                    std::vector<std::string>* dropped) {
  for (const Violation& v : violations) {
    dropped->push_back("dropped " + v.quad.subject.value + " " + v.quad.predicate.value + " " +
                       v.quad.object.value + ": " + v.reason);
  }
  RemoveViolations(dataset, violations);  // in place: a merged graph is not copied
}

Status WriteMergedGraph(MergedGraph graph, const Exporter& exporter, const Ontology& ontology, OutputSink* sink,
                        std::vector<std::string>* dropped) {
  std::string bytes;
  if (!WritesInSlices(graph, exporter)) {
    rdf::Dataset all = graph.Slice(0, graph.size());
    graph = MergedGraph();
    MergeLabels(all);
    DropViolations(all, CheckAgainstOntology(all, ontology), dropped);
    Status written = exporter.Write(all, &bytes);  // the union already, where graphs go
    all = rdf::Dataset();
    if (!written.ok()) return written;
    return sink->Append(bytes);
  }
  // Labels merge within a subject, and a statement's fit to the ontology
  // depends only on it and the classes of its nodes, taken from the whole
  // graph (MergeLabels leaves rdf:type alone): so slices of whole subjects
  // are processed as the whole graph would be.
  const TypeIndex types = graph.Index(vocab::Rdf("type"));
  for (size_t begin = 0; begin < graph.size();) {
    const size_t end = graph.SubjectBoundary(std::min(begin + kSliceSize, graph.size()));
    rdf::Dataset slice = graph.Slice(begin, end);
    MergeLabels(slice);
    DropViolations(slice, CheckAgainstOntology(slice, ontology, types), dropped);
    bytes.clear();
    if (Status written = exporter.Write(slice, &bytes); !written.ok()) return written;
    if (Status appended = sink->Append(bytes); !appended.ok()) return appended;
    begin = end;
  }
  return Status::Ok();
}

}  // namespace diplograph::cli
