// Streaming mode's output for one document: its graph with labels merged
// (within the document), without the statements that break the ontology,
// in the exporter's format.
#pragma once

#include <string>
#include <vector>

#include "exporters/exporter.h"
#include "extractor/status.h"
#include "ontology/document_graph.h"
#include "ontology/ontology.h"

namespace diplograph::cli {

// Appends the document's output to `out` (nothing on failure), and a
// message for each statement dropped for breaking the ontology to
// `dropped`. The bytes are those of MergeLabels, DropViolations and
// Exporter::Write on the graph as a dataset (its union where the format
// has no graphs); N-Triples and N-Quads are written from the terms
// directly when nothing needs rewriting, as is usual.
Status WriteDocumentGraph(const DocumentGraph& graph, const Exporter& exporter, const Ontology& ontology,
                          std::string* out, std::vector<std::string>* dropped);

}  // namespace diplograph::cli
