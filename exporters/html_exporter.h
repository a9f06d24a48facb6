// One self-contained HTML page picturing the graph: actors as nodes coloured
// by class, relations as labelled edges, and a timeline of the dated events;
// hovering an edge or event shows its evidence sentences (SVG <title>). The
// page carries its CSS and script inline and loads nothing (its
// Content-Security-Policy forbids it); the graph travels as a JSON data
// island, <script type="application/json" id="diplograph-data">, with every
// '<' written as \u003c so no text can close the element. The script lays
// the graph out deterministically, then sets document.title and the body's
// data-drawn-nodes/-edges/-events to what it drew (tests read them).
// Not RDF: it takes the union graph. Stateless.
#pragma once

#include <string>
#include <string_view>

#include "exporters/exporter.h"

namespace diplograph {

class HtmlExporter final : public Exporter {
 public:
  std::string_view name() const override { return "html"; }
  bool rdf() const override { return false; }
  Status Write(const rdf::Dataset& dataset, std::string* out) const override;
};

// `json` made safe inside a <script> element: each '<' becomes \u003c
// (which JSON.parse reads back as '<'; '<' only occurs inside strings).
std::string EscapeJsonForScript(std::string_view json);

}  // namespace diplograph
