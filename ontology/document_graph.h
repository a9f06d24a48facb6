// One document's graph as the graph builder makes it: terms are numbered
// and each statement is three term numbers, all in the document's named
// graph. Term text is copied once into one buffer of the graph (or not at
// all, for the builder's fixed vocabulary), so building a document's few
// hundred statements costs no allocation per statement, and the consumers
// (the merged graph, streaming output) handle each term once instead of at
// every statement that uses it.
//
// A plain value; not thread-safe.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ontology/rdf.h"

namespace diplograph {

// A term's parts as views; compares as rdf::Term does. The builder makes
// no language-tagged literals, so there is no language.
struct TermView {
  rdf::Term::Kind kind = rdf::Term::Kind::kIri;
  std::string_view value;
  std::string_view datatype;

  bool is_iri() const { return kind == rdf::Term::Kind::kIri; }
  bool is_literal() const { return kind == rdf::Term::Kind::kLiteral; }
  rdf::Term ToTerm() const { return {kind, std::string(value), std::string(datatype), {}}; }
  std::strong_ordering operator<=>(const TermView& other) const {
    if (auto c = kind <=> other.kind; c != 0) return c;
    if (auto c = value <=> other.value; c != 0) return c;
    return datatype <=> other.datatype;
  }
  bool operator==(const TermView& other) const = default;
};

class DocumentGraph {
 public:
  using Id = uint32_t;
  struct Triple {
    Id s, p, o;
    auto operator<=>(const Triple&) const = default;
  };

  DocumentGraph() = default;
  explicit DocumentGraph(std::string graph) : graph_(std::move(graph)) {}

  // The graph's name (an IRI), which every statement is in.
  const std::string& graph() const { return graph_; }

  // A term of the program's fixed vocabulary, whose text (and `datatype`)
  // lives as long as the program: kept as a view, not copied. Consumers may
  // know it again by where its text is.
  Id AddFixed(rdf::Term::Kind kind, std::string_view value, std::string_view datatype = {}) {
    terms_.push_back({kind, false, 0, 0, value, datatype});
    return static_cast<Id>(terms_.size() - 1);
  }
  // A term whose text is copied into the graph. `datatype` must outlive it.
  Id AddCopy(rdf::Term::Kind kind, std::string_view value, std::string_view datatype = {}) {
    const auto begin = static_cast<uint32_t>(text_.size());
    text_.append(value);
    terms_.push_back({kind, true, begin, static_cast<uint32_t>(value.size()), {}, datatype});
    return static_cast<Id>(terms_.size() - 1);
  }
  // One statement; ids must come from this graph.
  void Add(Id s, Id p, Id o) { triples_.push_back({s, p, o}); }
  void Reserve(size_t terms, size_t triples, size_t bytes);

  size_t term_count() const { return terms_.size(); }
  // Valid while the graph lives and is not changed. (These, and the Add
  // functions, are inline: they run for every term and statement of every
  // document, in other files, where a call cost as much as their work.)
  TermView term(Id id) const {
    const Stored& t = terms_[id];
    const std::string_view value = t.copied ? std::string_view(text_).substr(t.begin, t.size) : t.fixed;
    return {t.kind, value, t.datatype};
  }
  // Whether the term was added with AddFixed.
  bool fixed(Id id) const { return !terms_[id].copied; }
  // In the order added; the same term may have several ids.
  const std::vector<Triple>& triples() const { return triples_; }
  bool empty() const { return triples_.empty(); }

  // The statements as quads in graph(), in the order added (not normalized).
  rdf::Dataset ToDataset() const;

 private:
  struct Stored {
    rdf::Term::Kind kind;
    bool copied;               // value is text_[begin, begin + size) rather than `fixed`
    uint32_t begin = 0, size = 0;
    std::string_view fixed;
    std::string_view datatype;
  };

  std::string graph_;
  std::string text_;  // copied term text, one after another
  std::vector<Stored> terms_;
  std::vector<Triple> triples_;
};

// A document graph normalized as rdf::Dataset::Normalize() would: its
// distinct terms in rdf::Term order, and its distinct statements sorted,
// as indexes into them. Views into the document graph, which must outlive
// this and not change.
struct NormalizedGraph {
  std::string_view graph;
  std::vector<TermView> terms;                 // sorted, unique
  std::vector<DocumentGraph::Triple> triples;  // sorted, unique; index terms

  static NormalizedGraph Of(const DocumentGraph& graph);
  static NormalizedGraph Of(DocumentGraph&&) = delete;  // would hold views into a temporary
  // The statements as a normalized dataset, in graph (or the default graph
  // when `graph` is false).
  rdf::Dataset ToDataset(bool with_graph = true) const;
};

}  // namespace diplograph
