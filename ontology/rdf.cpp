#include "ontology/rdf.h"

#include <algorithm>

namespace diplograph::rdf {

namespace {
// Subject-major order keeps each subject's statements together, which is what
// Turtle abbreviation and JSON-LD node objects need.
bool QuadLess(const Quad& a, const Quad& b) {
  if (auto c = a.subject <=> b.subject; c != 0) return c < 0;
  if (auto c = a.predicate <=> b.predicate; c != 0) return c < 0;
  if (auto c = a.object <=> b.object; c != 0) return c < 0;
  return a.graph < b.graph;
}
}  // namespace

void Dataset::Add(Term s, Term p, Term o, std::string graph) {
  quads_.push_back(Quad{std::move(s), std::move(p), std::move(o), std::move(graph)});
}

void Dataset::Merge(const Dataset& other) {
  quads_.insert(quads_.end(), other.quads_.begin(), other.quads_.end());
}

void Dataset::Normalize() {
  // Often already sorted (a union of sorted quads, a second pass): then
  // only duplicates go. Otherwise pointers are sorted, so that each quad
  // (ten strings) moves once instead of at every step of the sort; equal
  // quads are identical, so the order is the same as sorting in place.
  if (!std::is_sorted(quads_.begin(), quads_.end(), QuadLess)) {
    std::vector<Quad*> order;
    order.reserve(quads_.size());
    for (Quad& q : quads_) order.push_back(&q);
    std::sort(order.begin(), order.end(), [](const Quad* a, const Quad* b) { return QuadLess(*a, *b); });
    std::vector<Quad> sorted;
    sorted.reserve(quads_.size());
    for (Quad* q : order) sorted.push_back(std::move(*q));
    quads_ = std::move(sorted);
  }
  quads_.erase(std::unique(quads_.begin(), quads_.end()), quads_.end());
}

void Dataset::RemoveIf(const std::function<bool(const Quad&)>& drop) { std::erase_if(quads_, drop); }

Dataset Dataset::Union() && {
  Dataset out(Release());
  for (Quad& q : out.quads_) q.graph.clear();
  out.Normalize();
  return out;
}

Dataset Dataset::Union() const& {
  Dataset out;
  out.quads_.reserve(quads_.size());
  for (const Quad& q : quads_) out.Add(q.subject, q.predicate, q.object);
  out.Normalize();
  return out;
}

}  // namespace diplograph::rdf
