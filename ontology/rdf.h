// The RDF data model the exporters read: terms, quads and a dataset.
//
// A Dataset is a plain value: quads are added in any order and Normalize()
// sorts and de-duplicates them, so every exporter sees the same statements in
// the same order (deterministic output by construction). Not thread-safe;
// build one per thread and Merge().
#pragma once

#include <compare>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace diplograph::rdf {

struct Term {
  enum class Kind : unsigned char { kIri, kBlank, kLiteral };

  Kind kind = Kind::kIri;
  std::string value;     // IRI, blank node label (without "_:"), or lexical form
  std::string datatype;  // literals only; empty means xsd:string (or rdf:langString with lang)
  std::string lang;      // literals only

  static Term Iri(std::string iri) { return {Kind::kIri, std::move(iri), {}, {}}; }
  static Term Blank(std::string label) { return {Kind::kBlank, std::move(label), {}, {}}; }
  static Term Literal(std::string text) { return {Kind::kLiteral, std::move(text), {}, {}}; }
  static Term Typed(std::string text, std::string datatype) {
    return {Kind::kLiteral, std::move(text), std::move(datatype), {}};
  }
  static Term LangString(std::string text, std::string lang) {
    return {Kind::kLiteral, std::move(text), {}, std::move(lang)};
  }

  bool is_iri() const { return kind == Kind::kIri; }
  bool is_literal() const { return kind == Kind::kLiteral; }
  auto operator<=>(const Term&) const = default;
};

// A statement in a named graph; an empty graph IRI means the default graph.
struct Quad {
  Term subject;
  Term predicate;
  Term object;
  std::string graph;

  auto operator<=>(const Quad&) const = default;
};

class Dataset {
 public:
  Dataset() = default;
  // Takes `quads` as they are; call Normalize() unless they are sorted and unique.
  explicit Dataset(std::vector<Quad> quads) : quads_(std::move(quads)) {}

  void Add(Term s, Term p, Term o, std::string graph = {});
  void Add(Quad quad) { quads_.push_back(std::move(quad)); }
  // Builds the quad from its parts (copied or moved as given). Brace
  // initialization, because Quad is an aggregate and Clang before 16 cannot
  // emplace an aggregate from parentheses.
  template <typename S, typename P, typename O, typename G>
  void Emplace(S&& s, P&& p, O&& o, G&& graph) {
    quads_.push_back(Quad{std::forward<S>(s), std::forward<P>(p), std::forward<O>(o), std::forward<G>(graph)});
  }
  void Reserve(size_t n) { quads_.reserve(n); }
  // Appends every quad of `other`.
  void Merge(const Dataset& other);
  // Sorts by (subject, predicate, object, graph) and drops exact duplicates.
  void Normalize();

  // Removes the quads `drop` is true of; the others keep their order, so a
  // normalized dataset stays normalized, and nothing is copied.
  void RemoveIf(const std::function<bool(const Quad&)>& drop);

  const std::vector<Quad>& quads() const { return quads_; }
  // Moves the quads out and leaves the dataset empty: for a caller that
  // rebuilds a large dataset without copying every string.
  std::vector<Quad> Release() {
    std::vector<Quad> out;
    out.swap(quads_);
    return out;
  }
  bool empty() const { return quads_.empty(); }
  size_t size() const { return quads_.size(); }

  // The union of all graphs as default-graph triples, normalized. Turtle,
  // N-Triples and JSON-LD carry this view; TriG and N-Quads carry quads().
  Dataset Union() const&;
  // The same, made from this dataset's own quads instead of copies.
  Dataset Union() &&;

 private:
  // Sorts quads_ (Normalize's order), keeping duplicates.
  void SortQuads();

  std::vector<Quad> quads_;
};

}  // namespace diplograph::rdf
