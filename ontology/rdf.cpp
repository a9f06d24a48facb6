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
  std::sort(quads_.begin(), quads_.end(), QuadLess);
  quads_.erase(std::unique(quads_.begin(), quads_.end()), quads_.end());
}

Dataset Dataset::Union() const {
  Dataset out;
  out.quads_.reserve(quads_.size());
  for (const Quad& q : quads_) out.Add(q.subject, q.predicate, q.object);
  out.Normalize();
  return out;
}

}  // namespace diplograph::rdf
