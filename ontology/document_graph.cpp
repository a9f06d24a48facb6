#include "ontology/document_graph.h"

#include <algorithm>
#include <numeric>

namespace diplograph {

DocumentGraph::Id DocumentGraph::AddFixed(rdf::Term::Kind kind, std::string_view value, std::string_view datatype) {
  terms_.push_back({kind, false, 0, 0, value, datatype});
  return static_cast<Id>(terms_.size() - 1);
}

DocumentGraph::Id DocumentGraph::AddCopy(rdf::Term::Kind kind, std::string_view value, std::string_view datatype) {
  const auto begin = static_cast<uint32_t>(text_.size());
  text_.append(value);
  terms_.push_back({kind, true, begin, static_cast<uint32_t>(value.size()), {}, datatype});
  return static_cast<Id>(terms_.size() - 1);
}

void DocumentGraph::Reserve(size_t terms, size_t triples, size_t bytes) {
  terms_.reserve(terms);
  triples_.reserve(triples);
  text_.reserve(bytes);
}

TermView DocumentGraph::term(Id id) const {
  const Stored& t = terms_[id];
  const std::string_view value = t.copied ? std::string_view(text_).substr(t.begin, t.size) : t.fixed;
  return {t.kind, value, t.datatype};
}

rdf::Dataset DocumentGraph::ToDataset() const {
  std::vector<rdf::Quad> quads;
  quads.reserve(triples_.size());
  for (const Triple& t : triples_) {
    quads.push_back({term(t.s).ToTerm(), term(t.p).ToTerm(), term(t.o).ToTerm(), graph_});
  }
  return rdf::Dataset(std::move(quads));
}

NormalizedGraph NormalizedGraph::Of(const DocumentGraph& graph) {
  // Terms are ranked once (a document has a few hundred), and statements
  // are then sorted as integers: no string is compared per statement.
  const size_t n = graph.term_count();
  std::vector<TermView> views(n);
  for (size_t id = 0; id < n; ++id) views[id] = graph.term(static_cast<DocumentGraph::Id>(id));
  std::vector<DocumentGraph::Id> order(n);
  std::iota(order.begin(), order.end(), DocumentGraph::Id{0});
  std::sort(order.begin(), order.end(), [&views](DocumentGraph::Id a, DocumentGraph::Id b) { return views[a] < views[b]; });
  NormalizedGraph out;
  out.graph = graph.graph();
  std::vector<DocumentGraph::Id> rank(n);
  out.terms.reserve(n);
  for (const DocumentGraph::Id id : order) {
    if (out.terms.empty() || out.terms.back() != views[id]) out.terms.push_back(views[id]);
    rank[id] = static_cast<DocumentGraph::Id>(out.terms.size() - 1);
  }
  out.triples.reserve(graph.triples().size());
  for (const DocumentGraph::Triple& t : graph.triples()) out.triples.push_back({rank[t.s], rank[t.p], rank[t.o]});
  std::sort(out.triples.begin(), out.triples.end());
  out.triples.erase(std::unique(out.triples.begin(), out.triples.end()), out.triples.end());
  // Terms no statement uses stay: they cost nothing and change no order.
  return out;
}

rdf::Dataset NormalizedGraph::ToDataset(bool with_graph) const {
  std::vector<rdf::Quad> quads;
  quads.reserve(triples.size());
  const std::string g = with_graph ? std::string(graph) : std::string();
  for (const DocumentGraph::Triple& t : triples) {
    quads.push_back({terms[t.s].ToTerm(), terms[t.p].ToTerm(), terms[t.o].ToTerm(), g});
  }
  return rdf::Dataset(std::move(quads));
}

}  // namespace diplograph
