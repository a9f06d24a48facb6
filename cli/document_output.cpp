#include "cli/document_output.h"

#include <span>
#include <string_view>

#include "cli/merged_output.h"
#include "exporters/line_writer.h"
#include "ontology/graph_builder.h"
#include "ontology/vocabulary.h"

namespace diplograph::cli {

namespace {

// True when MergeLabels would leave the graph as it is: every subject with
// an rdfs:label has just one, a plain literal, that no skos:altLabel of it
// repeats, and its alternative labels are stated with a plain IRI (see
// AlreadyMerged in ontology/label_merge.cpp). A document's graph is like
// that: each entity has one label there.
bool LabelsMerged(const NormalizedGraph& graph) {
  static const std::string label = vocab::Rdfs("label");
  static const std::string alt = vocab::Skos("altLabel");
  const std::vector<TermView>& terms = graph.terms;
  const std::vector<DocumentGraph::Triple>& triples = graph.triples;
  for (size_t begin = 0, end = 0; begin < triples.size(); begin = end) {
    end = begin + 1;
    while (end < triples.size() && triples[end].s == triples[begin].s) ++end;
    const std::span<const DocumentGraph::Triple> group(triples.data() + begin, end - begin);
    const std::string_view* choice = nullptr;  // the smallest label, as MergeLabels picks it
    for (const DocumentGraph::Triple& t : group) {
      if (terms[t.p].value == label && (!choice || terms[t.o].value < *choice)) choice = &terms[t.o].value;
    }
    if (!choice) continue;
    for (const DocumentGraph::Triple& t : group) {
      const TermView& p = terms[t.p];
      const TermView& o = terms[t.o];
      if (p.value == label && !(o.is_literal() && o.value == *choice && o.datatype.empty())) return false;
      if (p.value == alt && (!p.is_iri() || !p.datatype.empty() || o.value == *choice)) return false;
    }
  }
  return true;
}

// The general way: the graph as a dataset.
Status WriteAsDataset(const DocumentGraph& graph, const Exporter& exporter, const Ontology& ontology,
                      std::string* out, std::vector<std::string>* dropped) {
  rdf::Dataset dataset = graph.ToDataset();
  MergeLabels(dataset);  // normalizes too
  DropViolations(dataset, CheckAgainstOntology(dataset, ontology), dropped);
  // Not one call with a conditional argument: that would copy `dataset`.
  return exporter.keeps_graphs() ? exporter.Write(dataset, out) : exporter.Write(std::move(dataset).Union(), out);
}

}  // namespace

Status WriteDocumentGraph(const DocumentGraph& graph, const Exporter& exporter, const Ontology& ontology,
                          std::string* out, std::vector<std::string>* dropped) {
  if (!exporter.concatenable()) return WriteAsDataset(graph, exporter, ontology, out, dropped);
  // N-Triples or N-Quads. A document's statements are all in its graph, so
  // their union is the same statements in the same order.
  const NormalizedGraph normalized = NormalizedGraph::Of(graph);
  if (!LabelsMerged(normalized) || !CheckAgainstOntology(normalized, ontology).empty()) {
    return WriteAsDataset(graph, exporter, ontology, out, dropped);
  }
  const GraphMode mode = exporter.keeps_graphs() ? GraphMode::kKeep : GraphMode::kDrop;
  if (WriteTermLines(normalized.terms, normalized.triples, normalized.graph, mode, out)) return Status::Ok();
  return WriteAsDataset(graph, exporter, ontology, out, dropped);
}

}  // namespace diplograph::cli
