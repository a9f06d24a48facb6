#include "cli/merged_labels.h"

#include <algorithm>
#include <optional>

#include "ontology/vocabulary.h"

namespace diplograph::cli {

MergedLabels::MergedLabels(const MergedGraph& graph) : graph_(graph) {
  const std::optional<MergedGraph::Id> label = graph.Find(rdf::Term::Iri(vocab::Rdfs("label")));
  if (!label) return;
  const std::vector<rdf::Term>& terms = graph.terms();
  for (const MergedGraph::Ids& q : graph.quads()) {  // sorted by subject
    if (q.p != *label) continue;
    if (chosen_.empty() || chosen_.back().first != q.s) {
      chosen_.emplace_back(q.s, q.o);
    } else if (terms[q.o].value < terms[chosen_.back().second].value) {
      chosen_.back().second = q.o;
    }
  }
}

const std::string* MergedLabels::For(const rdf::Term& subject) const {
  const std::optional<MergedGraph::Id> id = graph_.Find(subject);
  if (!id) return nullptr;
  const auto it = std::lower_bound(chosen_.begin(), chosen_.end(), *id,
                                   [](const auto& entry, MergedGraph::Id s) { return entry.first < s; });
  if (it == chosen_.end() || it->first != *id) return nullptr;
  return &graph_.terms()[it->second].value;
}

}  // namespace diplograph::cli
