#include "ontology/document_graph.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <numeric>
#include <optional>

namespace diplograph {

void DocumentGraph::Reserve(size_t terms, size_t triples, size_t bytes) {
  terms_.reserve(terms);
  triples_.reserve(triples);
  text_.reserve(bytes);
}

rdf::Dataset DocumentGraph::ToDataset() const {
  std::vector<rdf::Quad> quads;
  quads.reserve(triples_.size());
  for (const Triple& t : triples_) {
    quads.push_back({term(t.s).ToTerm(), term(t.p).ToTerm(), term(t.o).ToTerm(), graph_});
  }
  return rdf::Dataset(std::move(quads));
}

namespace {

// For each term, eight bytes of its text as a big-endian integer (zero-
// padded past its end), taken after the prefix every text of its kind
// shares: a document's IRIs all start "https://w3id.org/diplograph/id/",
// which comparing strings read again at every comparison. Terms of one
// kind whose keys differ are ordered as their keys are.
std::vector<uint64_t> SortKeys(const std::vector<TermView>& views) {
  constexpr size_t kKinds = 3;
  static_assert(static_cast<size_t>(rdf::Term::Kind::kLiteral) + 1 == kKinds, "one prefix per rdf::Term::Kind");
  std::array<std::optional<std::string_view>, kKinds> first;
  std::array<size_t, kKinds> shared{};  // the prefix length common to every text of a kind
  for (const TermView& v : views) {
    const auto kind = static_cast<size_t>(v.kind);
    if (!first[kind]) {
      first[kind] = v.value;
      shared[kind] = v.value.size();
    }
    const std::string_view a = *first[kind];
    const size_t limit = std::min(shared[kind], v.value.size());
    shared[kind] = static_cast<size_t>(std::mismatch(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(limit),
                                                     v.value.begin()).first - a.begin());
  }
  std::vector<uint64_t> keys(views.size());
  for (size_t i = 0; i < views.size(); ++i) {
    const std::string_view text = views[i].value;
    const size_t from = shared[static_cast<size_t>(views[i].kind)];
    uint64_t key = 0;
    for (size_t k = 0; k < 8; ++k) {
      key = key << 8 | (from + k < text.size() ? static_cast<unsigned char>(text[from + k]) : 0u);
    }
    keys[i] = key;
  }
  return keys;
}

}  // namespace

NormalizedGraph NormalizedGraph::Of(const DocumentGraph& graph) {
  // Terms are ranked once (a document has a few hundred), and statements
  // are then sorted as integers: no string is compared per statement.
  const size_t n = graph.term_count();
  std::vector<TermView> views(n);
  for (size_t id = 0; id < n; ++id) views[id] = graph.term(static_cast<DocumentGraph::Id>(id));
  const std::vector<uint64_t> keys = SortKeys(views);
  std::vector<DocumentGraph::Id> order(n);
  std::iota(order.begin(), order.end(), DocumentGraph::Id{0});
  std::sort(order.begin(), order.end(), [&](DocumentGraph::Id a, DocumentGraph::Id b) {
    if (views[a].kind != views[b].kind) return views[a].kind < views[b].kind;
    if (keys[a] != keys[b]) return keys[a] < keys[b];
    return views[a] < views[b];
  });
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
