#include "exporters/dot_exporter.h"

#include <vector>

#include "exporters/graph_view.h"

namespace diplograph {

namespace {

constexpr size_t kMaxTooltipSentences = 5;  // keeps tooltips readable

std::string NodeName(size_t index) { return "n" + std::to_string(index); }

std::string Tooltip(const GraphView& view, const GraphView::Edge& edge) {
  std::string text = view.nodes[edge.from].label + " " + edge.predicate + " " + view.nodes[edge.to].label;
  if (!edge.dates.empty()) {
    text += " (";
    for (size_t i = 0; i < edge.dates.size(); ++i) text += (i ? ", " : "") + edge.dates[i];
    text += ")";
  }
  for (size_t i = 0; i < edge.evidence.size() && i < kMaxTooltipSentences; ++i) {
    text += " | " + edge.evidence[i];
  }
  if (edge.evidence.size() > kMaxTooltipSentences) {
    text += " | (" + std::to_string(edge.evidence.size() - kMaxTooltipSentences) + " more)";
  }
  return text;
}

}  // namespace

std::string DotQuote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(c);
    } else if (c == '&') {
      out += "&amp;";  // Graphviz reads "&name;" in a label as an entity
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  out.push_back('"');
  return out;
}

Status DotExporter::Write(const rdf::Dataset& dataset, std::string* out) const {
  Result<GraphView> built = BuildGraphView(dataset);
  if (!built.ok()) return built.status();
  const GraphView& view = built.value();

  std::string text = "digraph diplograph {\n";
  text += "  graph [rankdir=LR, overlap=false, splines=true, fontname=\"Helvetica\"];\n";
  text += "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];\n";
  text += "  edge [fontname=\"Helvetica\", fontsize=9];\n";
  for (size_t i = 0; i < view.nodes.size(); ++i) {
    const GraphView::Node& node = view.nodes[i];
    std::string tooltip = node.type + ": " + node.iri;
    if (!node.same_as.empty()) tooltip += " = " + node.same_as;
    text += "  " + NodeName(i) + " [label=" + DotQuote(node.label) +
            ", fillcolor=" + DotQuote(ClassColour(node.type)) + ", tooltip=" + DotQuote(tooltip) + "];\n";
  }
  for (const GraphView::Edge& edge : view.edges) {
    text += "  " + NodeName(edge.from) + " -> " + NodeName(edge.to) + " [label=" + DotQuote(edge.predicate) +
            ", color=" + DotQuote(PredicateColour(edge.predicate)) +
            ", fontcolor=" + DotQuote(PredicateColour(edge.predicate)) +
            (edge.role ? ", style=dashed" : "") + ", tooltip=" + DotQuote(Tooltip(view, edge)) + "];\n";
  }
  // A legend of the classes present, so the colours mean something.
  std::vector<std::string_view> present;
  for (std::string_view type : KnownClasses()) {
    for (const GraphView::Node& node : view.nodes) {
      if (node.type == type) {
        present.push_back(type);
        break;
      }
    }
  }
  if (present.empty()) {
    text += "}\n";
    out->append(text);
    return Status::Ok();
  }
  text += "  subgraph cluster_legend {\n    label=\"classes\";\n    fontname=\"Helvetica\";\n";
  for (std::string_view type : present) {
    text += "    " + DotQuote("legend " + std::string(type)) + " [label=" + DotQuote(type) +
            ", fillcolor=" + DotQuote(ClassColour(type)) + "];\n";
  }
  text += "  }\n}\n";
  out->append(text);
  return Status::Ok();
}

}  // namespace diplograph
