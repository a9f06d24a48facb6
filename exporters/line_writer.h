// N-Triples and N-Quads written directly, a statement per line, without
// Serd: these line formats need no abbreviation state, and writing the
// terms straight into the output (escaping literals on the way) is several
// times cheaper than building Serd nodes for every term. The output is the
// one Serd 0.30 writes for the same statements (checked in the tests).
#pragma once

#include <memory>
#include <string>

#include "exporters/document_writer.h"
#include "exporters/export_quads.h"
#include "extractor/status.h"
#include "ontology/rdf.h"

namespace diplograph {

// Appends the statements of `dataset`, prepared as export_quads.h says, as
// N-Triples (kDrop) or N-Quads (kKeep) lines to `out`.
Status WriteLines(const rdf::Dataset& dataset, GraphMode mode, std::string* out);

// The same a piece at a time (see document_writer.h): a line format has
// neither beginning nor end, and each piece is just its lines.
std::unique_ptr<DocumentWriter> BeginLineDocument(GraphMode mode);

}  // namespace diplograph
