// Writing one document in pieces, for a caller that never holds the whole
// dataset at once (a merged graph of millions of statements): the bytes are
// those Exporter::Write gives for the union of the pieces, provided each
// piece holds whole units of the format's PieceOrder and the pieces come in
// that order. A header (Turtle's @prefix lines, JSON-LD's @context) is
// written when the document begins, a footer (closing JSON-LD's @graph)
// when it is finished.
#pragma once

#include <string>

#include "extractor/status.h"
#include "ontology/rdf.h"

namespace diplograph {

// The order a format writes a document's statements in, and so the order
// in which a caller must hand them over in pieces.
enum class PieceOrder {
  kWhole,          // cannot be written in pieces (pictures, the JSON-LD events layout)
  kSubjects,       // by subject, in rdf::Term order; a piece holds whole subjects
  kGraphSubjects,  // by graph name, then subject; a piece holds whole (graph, subject) runs
  kNodeIds,        // by Exporter::NodeOrder(); a piece holds whole subjects
};

// A document being written. Made by Exporter::BeginDocument(); after an
// error it is unusable. Not thread-safe.
class DocumentWriter {
 public:
  virtual ~DocumentWriter() = default;

  // Appends the statements of `piece` (normalized, or already in the
  // format's order) to `out`. They are whole units that come after those of
  // every earlier piece; the union of a document's pieces may hold no
  // statement twice.
  virtual Status Write(const rdf::Dataset& piece, std::string* out) = 0;
  // Appends the end of the document to `out`.
  virtual Status Finish(std::string* out) = 0;
};

class Exporter;

// Exporter::Write for a format that writes in pieces: the whole dataset as
// its one piece. Appends to `out` only on success.
Status WriteWholeDocument(const Exporter& exporter, const rdf::Dataset& dataset, std::string* out);

}  // namespace diplograph
