// The end of a merged (non-streaming) run: the merged graph gets its labels
// merged (MergeLabels), loses what breaks the ontology, and is written.
#pragma once

#include <string>
#include <vector>

#include "cli/merged_graph.h"
#include "cli/output_sink.h"
#include "exporters/exporter.h"
#include "extractor/status.h"
#include "ontology/ontology.h"

namespace diplograph::cli {

// Nothing leaves the program that breaks the ontology: removes the
// statements in `violations` from `dataset`, each with a message in `dropped`.
void DropViolations(rdf::Dataset& dataset, const std::vector<Violation>& violations,
                    std::vector<std::string>* dropped);

// Statements made into strings, checked and written at a time where the
// graph can go out in slices: large enough that per-slice costs vanish.
inline constexpr size_t kSliceSize = 1 << 14;

// True when writing `graph` a slice at a time, in the exporter's PieceOrder,
// gives the very bytes writing it whole would. That holds for a format that
// writes in pieces when the exporter keeps every statement as it is, which
// it does when each term (and graph name, where the format keeps them) is
// as NormalizeTerm() would make it: then nothing is re-escaped, re-sorted
// or merged across slices. Otherwise (rare: IRIs to escape, upper-case
// language tags) the graph is written whole.
bool WritesInSlices(const MergedGraph& graph, const Exporter& exporter);

// Writes `graph` to `sink`, and a message for each statement dropped for
// breaking the ontology to `dropped`, in the graph's order. Where it can,
// a slice of about `slice_size` statements (whole subjects, or whole
// (graph, subject) runs) at a time, prepared on `jobs` threads. `graph` is
// taken by value so that, where it must be written whole, its ids are freed
// once it is one dataset. The output does not depend on `jobs`.
Status WriteMergedGraph(MergedGraph graph, const Exporter& exporter, const Ontology& ontology, OutputSink* sink,
                        std::vector<std::string>* dropped, size_t slice_size = kSliceSize, unsigned jobs = 1);

}  // namespace diplograph::cli
