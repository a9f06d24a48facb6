// The one preparation step every exporter runs before writing, so that all
// formats carry exactly the same statements:
//  - IRIs (terms, datatypes, graph names) must be absolute and are
//    percent-escaped with EscapeIri;
//  - literal text is made well-formed UTF-8 without NUL (each malformed
//    sequence and each NUL becomes U+FFFD);
//  - language tags are checked and lower-cased (RDF compares them
//    case-insensitively; tools disagree on case); a language wins over a
//    datatype; an explicit xsd:string datatype is dropped (same literal);
//  - statements are sorted and de-duplicated (subject-major, or graph-major
//    when graphs are kept), which also makes output byte-stable.
// A statement no syntax can express (literal subject, non-IRI predicate,
// relative IRI, bad language tag or blank node label) is InvalidArgument.
#pragma once

#include <functional>
#include <vector>

#include "extractor/status.h"
#include "ontology/rdf.h"

namespace diplograph {

enum class GraphMode {
  kDrop,  // every statement goes to the default graph (Turtle, N-Triples, JSON-LD)
  kKeep,  // graph names are kept (TriG, N-Quads)
};

// `term` as exporters write it (see above).
Result<rdf::Term> NormalizeTerm(const rdf::Term& term);

// The statements of `dataset` prepared as described above.
Result<std::vector<rdf::Quad>> PrepareQuads(const rdf::Dataset& dataset, GraphMode mode);

// Calls `visit` with each statement PrepareQuads would return, in the same
// order. When the dataset is normalized and every statement is already as
// prepared (the usual case), they are visited in place, with no copy.
Status ForEachPreparedQuad(const rdf::Dataset& dataset, GraphMode mode,
                           const std::function<void(const rdf::Quad&)>& visit);

}  // namespace diplograph
