// What the fuzz targets share: every exporter, and the check that each one's
// output reads back and that the RDF formats agree.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "exporters/exporter.h"
#include "ontology/rdf.h"

namespace diplograph::fuzz {

// Prints what failed and the input (escaped, shortened), then aborts: the
// crash libFuzzer records.
[[noreturn]] void Die(std::string_view what, std::string_view message, std::string_view input);

// Every format and JSON-LD frame, as (format name, exporter).
std::vector<std::pair<std::string, std::unique_ptr<Exporter>>> AllExporters();

// Writes `graph` (normalized) in every format, as the command line does
// (the union graph for formats without named graphs), and dies unless each
// output reads back and every RDF format carries the same statements. An
// exporter may refuse the graph only when `may_refuse` (arbitrary terms).
void CheckEveryFormat(const std::vector<std::pair<std::string, std::unique_ptr<Exporter>>>& exporters,
                      const rdf::Dataset& graph, std::string_view input, bool may_refuse = false);

}  // namespace diplograph::fuzz
