// MergeLabels (declared in ontology/graph_builder.h): one subject at a time,
// in place, since a normalized dataset lists each subject's statements
// together; no index of every subject is built and the dataset is never
// copied.
#include <algorithm>
#include <span>
#include <string>
#include <vector>

#include "ontology/graph_builder.h"
#include "ontology/subject_groups.h"
#include "ontology/vocabulary.h"

namespace diplograph {

namespace {

// `t` == Term{kind, value} (no datatype, no language), without making one.
bool Is(const rdf::Term& t, rdf::Term::Kind kind, const std::string& value) {
  return t.kind == kind && t.value == value && t.datatype.empty() && t.lang.empty();
}

// True when rewriting `in` for the label `choice` would give `in` back:
// every label is `choice` as a plain literal and no alternative label
// repeats it. A single document's graph is like that (an entity has one
// label there), so its subjects are left alone instead of copied.
bool AlreadyMerged(std::span<const rdf::Quad> in, const std::string& choice, const std::string& label,
                   const std::string& alt) {
  return std::all_of(in.begin(), in.end(), [&](const rdf::Quad& q) {
    if (q.predicate.value == label) return Is(q.object, rdf::Term::Kind::kLiteral, choice);
    // The rewrite states an alternative label with a plain IRI predicate.
    if (q.predicate.value == alt) return Is(q.predicate, rdf::Term::Kind::kIri, alt) && q.object.value != choice;
    return true;
  });
}

// Rewrites each subject's statements so that the label `choose(statements)`
// gives (nullptr: none) is its one rdfs:label and every other label or
// alternative label one skos:altLabel, in the same graphs.
template <typename Choose>
void RewriteLabels(rdf::Dataset& dataset, Choose choose) {
  dataset.Normalize();  // only checked when already normalized, as merged graphs are
  const std::string label = vocab::Rdfs("label");
  const std::string alt = vocab::Skos("altLabel");
  std::vector<rdf::Quad> quads = dataset.Release();
  std::string chosen;
  rdf::RewriteSubjectGroups(quads, [&](std::span<rdf::Quad> in, std::vector<rdf::Quad>& out) {
    const std::string* choice = choose(std::span<const rdf::Quad>(in), label, alt);
    if (!choice) return false;  // alternative labels alone stay as they are
    if (AlreadyMerged(in, *choice, label, alt)) return false;
    chosen = *choice;
    out.reserve(in.size() + 1);
    for (rdf::Quad& q : in) {
      const bool is_label = q.predicate.value == label;
      if (!is_label && q.predicate.value != alt) {
        out.push_back(std::move(q));
        continue;
      }
      // Every graph that mentions the entity carries the chosen label.
      if (is_label) out.push_back({q.subject, q.predicate, rdf::Term::Literal(chosen), q.graph});
      if (q.object.value == chosen) continue;  // the label itself
      out.push_back({std::move(q.subject), rdf::Term::Iri(alt), std::move(q.object), std::move(q.graph)});
    }
    return true;
  });
  dataset = rdf::Dataset(std::move(quads));  // sorted and unique
}

}  // namespace

void MergeLabels(rdf::Dataset& dataset) {
  RewriteLabels(dataset, [](std::span<const rdf::Quad> in, const std::string& label, const std::string&) {
    const std::string* smallest = nullptr;
    for (const rdf::Quad& q : in) {
      if (q.predicate.value == label && (!smallest || q.object.value < *smallest)) smallest = &q.object.value;
    }
    return smallest;
  });
}

void MergeLabels(rdf::Dataset& dataset, const LabelChoice& chosen) {
  RewriteLabels(dataset, [&chosen](std::span<const rdf::Quad> in, const std::string& label, const std::string& alt) {
    // Without labels of either kind there is nothing to rewrite, whatever
    // the choice: most subjects (events) ask nothing.
    const bool labelled = std::any_of(in.begin(), in.end(), [&](const rdf::Quad& q) {
      return q.predicate.value == label || q.predicate.value == alt;
    });
    return labelled ? chosen(in.front().subject) : nullptr;
  });
}

}  // namespace diplograph
