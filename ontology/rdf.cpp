#include "ontology/rdf.h"

#include <algorithm>
#include <cstdint>
#include <numeric>

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
  // only duplicates go.
  if (!std::is_sorted(quads_.begin(), quads_.end(), QuadLess)) SortQuads();
  quads_.erase(std::unique(quads_.begin(), quads_.end()), quads_.end());
}

void Dataset::SortQuads() {
  // Subjects get ranks first: statements about one node mostly come in runs
  // (builders emit a node's statements together), so the distinct subjects
  // are found by comparing neighbours and only the runs are sorted by
  // subject. The quads are then sorted by (rank, predicate, object, graph):
  // an integer comparison where a long string one (IRIs share their
  // namespaces) used to be, and no subject is compared again. Indices are
  // sorted, not quads, so that each quad (ten strings) moves once; equal
  // quads are identical, so the order is the one sorting in place gives.
  std::vector<uint32_t> run_starts;
  for (size_t i = 0; i < quads_.size(); ++i) {
    if (i == 0 || quads_[i].subject != quads_[i - 1].subject) run_starts.push_back(static_cast<uint32_t>(i));
  }
  std::vector<uint32_t> runs(run_starts.size());
  std::iota(runs.begin(), runs.end(), uint32_t{0});
  auto subject_of = [&](uint32_t run) -> const Term& { return quads_[run_starts[run]].subject; };
  std::sort(runs.begin(), runs.end(), [&](uint32_t a, uint32_t b) { return subject_of(a) < subject_of(b); });
  std::vector<uint32_t> rank_of_run(runs.size());
  uint32_t rank = 0;
  for (size_t i = 0; i < runs.size(); ++i) {
    if (i > 0 && subject_of(runs[i]) != subject_of(runs[i - 1])) ++rank;
    rank_of_run[runs[i]] = rank;
  }
  struct Key {
    uint32_t rank;
    uint32_t index;
  };
  std::vector<Key> keys(quads_.size());
  for (size_t run = 0; run < run_starts.size(); ++run) {
    const size_t end = run + 1 < run_starts.size() ? run_starts[run + 1] : quads_.size();
    for (size_t i = run_starts[run]; i < end; ++i) keys[i] = {rank_of_run[run], static_cast<uint32_t>(i)};
  }
  std::sort(keys.begin(), keys.end(), [this](const Key& a, const Key& b) {
    if (a.rank != b.rank) return a.rank < b.rank;
    const Quad& x = quads_[a.index];
    const Quad& y = quads_[b.index];
    if (auto c = x.predicate <=> y.predicate; c != 0) return c < 0;
    if (auto c = x.object <=> y.object; c != 0) return c < 0;
    return x.graph < y.graph;
  });
  std::vector<Quad> sorted;
  sorted.reserve(quads_.size());
  for (const Key& k : keys) sorted.push_back(std::move(quads_[k.index]));
  quads_ = std::move(sorted);
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
