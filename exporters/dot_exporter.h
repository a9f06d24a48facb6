// Graphviz DOT: a picture of the graph for `dot -Tsvg`. Actors are nodes
// labelled with their rdfs:label and filled by class; relations are directed
// edges labelled with the predicate ("metWith"), coloured by its tone, roles
// dashed; an edge's tooltip (shown by SVG viewers) holds the dates and the
// evidence sentences of its events. Node names are "n0", "n1", ... in IRI
// order and every string is quoted and escaped, so any text is valid DOT.
// Not RDF: it takes the union graph. Stateless.
#pragma once

#include <string>
#include <string_view>

#include "exporters/exporter.h"

namespace diplograph {

class DotExporter final : public Exporter {
 public:
  std::string_view name() const override { return "dot"; }
  bool rdf() const override { return false; }
  Status Write(const rdf::Dataset& dataset, std::string* out) const override;
};

// `text` as a DOT double-quoted string: '"' and '\' escaped (so Graphviz's
// escString sequences such as \N stay literal), '&' as "&amp;" (Graphviz
// decodes entities in labels), line breaks and other control characters
// turned into spaces.
std::string DotQuote(std::string_view text);

}  // namespace diplograph
