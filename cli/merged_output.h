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

// True when writing `graph` a slice at a time gives the very bytes writing
// it whole would. That holds for a line format without graph names (one
// line per statement, in the dataset's order) when the exporter keeps every
// statement as it is, which it does when each term is as NormalizeTerm()
// would make it: then nothing is re-escaped, re-sorted or merged across
// slices. Otherwise (rare: non-ASCII IRIs, upper-case language tags) the
// graph is written whole.
bool WritesInSlices(const MergedGraph& graph, const Exporter& exporter);

// Writes `graph` to `sink`, and a message for each statement dropped for
// breaking the ontology to `dropped`, in the graph's order. `graph` is taken
// by value so that, where it must be written whole, its ids are freed once
// it is one dataset.
Status WriteMergedGraph(MergedGraph graph, const Exporter& exporter, const Ontology& ontology, OutputSink* sink,
                        std::vector<std::string>* dropped);

}  // namespace diplograph::cli
