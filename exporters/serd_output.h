// Writing prepared statements (see export_quads.h) with Serd's writer: the
// code Turtle, TriG, N-Triples and N-Quads share.
//
// Turtle and TriG declare every prefix of vocab::Prefixes() and abbreviate
// (subjects and predicates grouped, CURIEs where the local name is a legal
// PN_LOCAL, full <IRI> otherwise). Serd escapes strings; the statements must
// already be prepared so that IRIs are legal IRIREFs and text is valid UTF-8.
#pragma once

#include <serd/serd.h>

#include <memory>
#include <string>
#include <vector>

#include "exporters/document_writer.h"
#include "extractor/status.h"
#include "ontology/rdf.h"

namespace diplograph {

// Appends `quads` (prepared and sorted) in `syntax` to `out`. Graph names are
// written only by SERD_TRIG and SERD_NQUADS.
Status WriteWithSerd(SerdSyntax syntax, const std::vector<rdf::Quad>& quads, std::string* out);

// A document in `syntax` written in pieces (see document_writer.h) with one
// Serd writer for all of them, so its bytes are those of WriteWithSerd over
// every piece's statements. Pieces are prepared as graph-major (kKeep) for
// TriG and N-Quads, else kDrop. Appends the beginning (Turtle and TriG: the
// prefix declarations) to `out`.
Result<std::unique_ptr<DocumentWriter>> BeginSerdDocument(SerdSyntax syntax, std::string* out);

}  // namespace diplograph
