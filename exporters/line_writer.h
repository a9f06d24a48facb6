// N-Triples and N-Quads written directly, a statement per line, without
// Serd: these line formats need no abbreviation state, and writing the
// terms straight into the output (escaping literals on the way) is several
// times cheaper than building Serd nodes for every term. The output is the
// one Serd 0.30 writes for the same statements (checked in the tests).
#pragma once

#include <string>

#include "exporters/export_quads.h"
#include "extractor/status.h"
#include "ontology/rdf.h"

namespace diplograph {

// Appends the statements of `dataset`, prepared as export_quads.h says, as
// N-Triples (kDrop) or N-Quads (kKeep) lines to `out`.
Status WriteLines(const rdf::Dataset& dataset, GraphMode mode, std::string* out);

}  // namespace diplograph
