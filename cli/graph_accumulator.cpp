#include "cli/graph_accumulator.h"

#include <iterator>
#include <utility>

namespace diplograph::cli {

namespace {

// The sorted union of two sorted, unique runs, moving their quads.
std::vector<rdf::Quad> MergeRuns(std::vector<rdf::Quad>& a, std::vector<rdf::Quad>& b) {
  std::vector<rdf::Quad> out;
  out.reserve(a.size() + b.size());
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*j < *i) {
      out.push_back(std::move(*j++));
    } else {
      if (!(*i < *j)) ++j;  // equal: keep one
      out.push_back(std::move(*i++));
    }
  }
  out.insert(out.end(), std::make_move_iterator(i), std::make_move_iterator(a.end()));
  out.insert(out.end(), std::make_move_iterator(j), std::make_move_iterator(b.end()));
  return out;
}

}  // namespace

void GraphAccumulator::Add(const rdf::Dataset& normalized) {
  if (normalized.empty()) return;
  runs_.emplace_back(normalized.quads().begin(), normalized.quads().end());
  // Merging runs of similar size keeps each quad's number of moves
  // logarithmic in the number of documents.
  while (runs_.size() >= 2 && runs_[runs_.size() - 2].size() <= 2 * runs_.back().size()) MergeTop();
}

void GraphAccumulator::MergeTop() {
  std::vector<rdf::Quad> last = std::move(runs_.back());
  runs_.pop_back();
  runs_.back() = MergeRuns(runs_.back(), last);
}

rdf::Dataset GraphAccumulator::Take() {
  while (runs_.size() >= 2) MergeTop();
  rdf::Dataset out(runs_.empty() ? std::vector<rdf::Quad>() : std::move(runs_.back()));
  runs_.clear();
  out.Normalize();  // already sorted and unique: only checked
  return out;
}

}  // namespace diplograph::cli
