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
#include <optional>
#include <string_view>
#include <vector>

#include "extractor/status.h"
#include "ontology/document_graph.h"
#include "ontology/rdf.h"

namespace diplograph {

enum class GraphMode {
  kDrop,  // every statement goes to the default graph (Turtle, N-Triples, JSON-LD)
  kKeep,  // graph names are kept (TriG, N-Quads)
};

// `term` as exporters write it (see above).
Result<rdf::Term> NormalizeTerm(const rdf::Term& term);

// True when NormalizeTerm would give `term` back unchanged, found without
// making a term: the usual case. (False for a few such terms too, the
// rare IRIs that EscapeIri keeps only after a closer look.)
bool IsPreparedTerm(const rdf::Term& term);
bool IsPreparedTerm(const TermView& term);
// True when NormalizeTerm would give back the term with these parts
// unchanged, found as IsPreparedTerm finds it (an IRI also needs no
// datatype or language, which NormalizeTerm drops).
bool IsWrittenAsIs(rdf::Term::Kind kind, std::string_view value, std::string_view datatype, std::string_view lang);
// The same for a graph name (an IRI) that the writers keep.
bool IsPreparedGraphName(std::string_view graph);

// The statements of `dataset` prepared as described above.
Result<std::vector<rdf::Quad>> PrepareQuads(const rdf::Dataset& dataset, GraphMode mode);

// The statements PrepareQuads would return, in its order, copying as little
// as it can: nothing when every statement is already as prepared and in
// that order (the usual case), only pointers when just the order differs (a
// normalized dataset with several graphs, graph-major for kKeep), the
// statements themselves only when some term must change. A view: valid
// while the dataset lives.
class PreparedQuads {
 public:
  size_t size() const { return order_ ? order_->size() : quads().size(); }
  const rdf::Quad& operator[](size_t i) const { return order_ ? *(*order_)[i] : quads()[i]; }

 private:
  friend Result<PreparedQuads> ViewPreparedQuads(const rdf::Dataset& dataset, GraphMode mode);
  const std::vector<rdf::Quad>& quads() const { return source_ ? *source_ : owned_; }

  const std::vector<rdf::Quad>* source_ = nullptr;  // the dataset's own; null when owned_ holds a copy
  std::vector<rdf::Quad> owned_;
  std::optional<std::vector<const rdf::Quad*>> order_;  // into *source_, when only the order differs
};

Result<PreparedQuads> ViewPreparedQuads(const rdf::Dataset& dataset, GraphMode mode);

// Calls `visit` with each statement PrepareQuads would return, in the same
// order, through ViewPreparedQuads.
Status ForEachPreparedQuad(const rdf::Dataset& dataset, GraphMode mode,
                           const std::function<void(const rdf::Quad&)>& visit);

}  // namespace diplograph
