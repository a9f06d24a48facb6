#include "cli/merged_graph.h"

#include <algorithm>
#include <utility>

namespace diplograph::cli {

MergedGraph::MergedGraph(std::vector<rdf::Term> terms, std::vector<Ids> quads, std::vector<bool> written_as_is)
    : terms_(std::move(terms)), quads_(std::move(quads)), written_as_is_(std::move(written_as_is)) {}

rdf::Quad MergedGraph::Statement(size_t i) const {
  const Ids& q = quads_[i];
  return {terms_[q.s], terms_[q.p], terms_[q.o], terms_[q.g].value};
}

rdf::Dataset MergedGraph::Slice(size_t begin, size_t end) const {
  std::vector<rdf::Quad> out;
  out.reserve(end - begin);
  for (size_t i = begin; i < end; ++i) out.push_back(Statement(i));
  return rdf::Dataset(std::move(out));
}

rdf::Dataset MergedGraph::Gather(std::span<const uint32_t> positions) const {
  std::vector<rdf::Quad> out;
  out.reserve(positions.size());
  for (const uint32_t i : positions) out.push_back(Statement(i));
  return rdf::Dataset(std::move(out));
}

std::optional<MergedGraph::Id> MergedGraph::Find(const rdf::Term& term) const {
  const auto it = std::lower_bound(terms_.begin(), terms_.end(), term);
  if (it == terms_.end() || *it != term) return std::nullopt;
  return static_cast<Id>(it - terms_.begin());
}

TypeIndex MergedGraph::Index(std::string_view predicate) const {
  std::vector<bool> matches(terms_.size());  // by text, whatever the kind, as for a Dataset
  for (size_t id = 0; id < terms_.size(); ++id) matches[id] = terms_[id].value == predicate;
  TypeIndex index;
  for (const Ids& q : quads_) {
    if (matches[q.p]) index.Add(terms_[q.s].value, terms_[q.o].value);
  }
  index.Seal();
  return index;
}

}  // namespace diplograph::cli
