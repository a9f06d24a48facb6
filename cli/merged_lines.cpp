#include "cli/merged_lines.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <numeric>
#include <unordered_map>
#include <utility>

#include "exporters/id_memo.h"
#include "exporters/line_writer.h"
#include "ontology/vocabulary.h"

namespace diplograph::cli {

namespace {

using Id = MergedGraph::Id;
constexpr Id kNoTerm = UINT32_MAX;

// By term: the first term with the same text, which the checks by text
// take for the same node; empty when each node is its own. Terms are sorted
// by kind, then text. IRIs written here have no datatype or language
// (WritesInSlices), so their texts differ, and none has a blank node's
// text (an IRI has a scheme and a colon, which a label cannot hold); blank
// nodes may differ in a datatype or language alone, which is not written.
std::vector<Id> SameTextNodes(const std::vector<rdf::Term>& terms) {
  auto first_of = [&terms](rdf::Term::Kind kind) {
    return static_cast<size_t>(std::partition_point(terms.begin(), terms.end(), [kind](const rdf::Term& t) {
                                 return t.kind < kind;
                               }) - terms.begin());
  };
  const size_t blanks = first_of(rdf::Term::Kind::kBlank), literals = first_of(rdf::Term::Kind::kLiteral);
  if (literals - blanks < 2) return {};
  std::vector<Id> first(terms.size());
  std::iota(first.begin(), first.end(), Id{0});
  for (size_t b = blanks + 1; b < literals; ++b) {
    if (terms[b].value == terms[b - 1].value) first[b] = first[b - 1];
  }
  return first;
}

// Why a statement of a merged graph breaks the ontology, or nullopt: the
// rule of CheckAgainstOntology, with each predicate and each class an
// rdf:type statement names judged once per term, and nodes' classes taken
// from NodeClasses. One per thread.
class IdChecker {
 public:
  IdChecker(const MergedGraph& graph, const Ontology& ontology, const NodeClasses& classes)
      : terms_(graph.terms()), ontology_(ontology), classes_(classes) {
    fine_classes_.fill(kNoTerm);
  }

  // True when the statement surely keeps to the ontology, found without
  // making a message (a std::optional<std::string> per statement cost more
  // than the checks): what Fault() finds for nearly every statement. False
  // says nothing: Fault() then decides.
  bool SurelyFits(const MergedGraph::Ids& q) {
    const Predicate& p = PredicateOf(q.p);
    if (p.unchecked) return true;
    if (p.is_type) return fine_classes_[q.o % fine_classes_.size()] == q.o;
    if (!p.property || !Meets(q.s, p.property->domain)) return false;
    const rdf::Term& object = terms_[q.o];
    if (p.property->property.datatype) {
      return p.fitting_datatype && object.is_literal() && object.datatype == *p.fitting_datatype;
    }
    return object.kind == rdf::Term::Kind::kIri && Meets(q.o, p.property->range);
  }

  std::optional<std::string> Fault(const MergedGraph::Ids& q) {
    Predicate& p = PredicateOf(q.p);
    if (p.unchecked) return std::nullopt;
    const rdf::Term& object = terms_[q.o];
    if (p.is_type) {
      // A class passes or not whatever the subject: one that passed is
      // remembered, a few at a time.
      Id& fine = fine_classes_[q.o % fine_classes_.size()];
      if (fine == q.o) return std::nullopt;
      std::optional<std::string> fault = ClassFault(ontology_, object.value);
      if (!fault) fine = q.o;
      return fault;
    }
    auto meets = [&](bool is_subject, const Ontology::ClassMatch& match) {
      return Meets(is_subject ? q.s : q.o, match);
    };
    // Whether a value fits depends on its kind and datatype alone: once a
    // datatype fitted, SurelyFits needs only the subject of values of it.
    const bool takes_values = p.property && p.property->property.datatype;
    std::optional<std::string> fault = PropertyFault(terms_[q.p].value, p.property, object.kind, object.datatype, meets);
    if (takes_values && !fault) p.fitting_datatype = &object.datatype;
    return fault;
  }

 private:
  struct Predicate {
    bool unchecked = false;  // neither rdf:type nor in the ontology's namespace
    bool is_type = false;
    const Ontology::CheckedProperty* property = nullptr;
    const std::string* fitting_datatype = nullptr;  // of a literal that fitted the property's values
  };

  // Whether the node's classes meet a domain or range.
  bool Meets(Id node, const Ontology::ClassMatch& match) const {
    if (match.unrestricted) return true;
    for (const int id : classes_.Of(node)) {
      if (id >= 0 ? match.by_class[static_cast<size_t>(id)] : match.any_class) return true;
    }
    return false;
  }

  // A graph has a few predicates, each one term: looked up once each,
  // then remembered by id.
  Predicate& PredicateOf(Id id) {
    return predicates_.Get(id, [this](Id p) -> Predicate {
      static const std::string type = vocab::Rdf("type");
      const std::string& text = terms_[p].value;
      const bool is_type = text == type;
      const bool unchecked = !is_type && !InOntologyNamespace(text);
      return {unchecked, is_type, unchecked || is_type ? nullptr : ontology_.FindChecked(text)};
    });
  }

  const std::vector<rdf::Term>& terms_;
  const Ontology& ontology_;
  const NodeClasses& classes_;
  IdMemo<Predicate> predicates_;
  std::array<Id, 64> fine_classes_{};
};

// Whether MergeLabels would rewrite the statements of one labelled subject
// at `positions`: not when it has no label chosen, nor when its labels are
// already as merged (AlreadyMerged in ontology/label_merge.cpp): every
// rdfs:label the chosen one as a plain literal, no skos:altLabel that text.
// Most subjects' labels agree across documents.
bool RewritesLabels(const LineSliceContext& context, std::span<const uint32_t> positions) {
  const std::vector<rdf::Term>& terms = context.graph.terms();
  const std::vector<MergedGraph::Ids>& quads = context.graph.quads();
  const std::string* choice = context.chosen(terms[quads[positions.front()].s]);
  if (!choice) return false;
  return std::any_of(positions.begin(), positions.end(), [&](uint32_t i) {
    const rdf::Term& object = terms[quads[i].o];
    if (quads[i].p == context.label) {
      return !(object.is_literal() && object.value == *choice && object.datatype.empty() && object.lang.empty());
    }
    return quads[i].p == context.alt_label && object.value == *choice;
  });
}

}  // namespace

NodeClasses::NodeClasses(const MergedGraph& graph, const Ontology& ontology)
    : same_text_(SameTextNodes(graph.terms())), begin_(graph.terms().size() + 1, 0) {
  const std::vector<rdf::Term>& terms = graph.terms();
  const std::optional<Id> type = graph.Find(rdf::Term::Iri(vocab::Rdf("type")));
  if (!type) return;
  auto node = [this](Id id) { return same_text_.empty() ? id : same_text_[id]; };
  // (node, class) for every rdf:type statement; distinct classes are few,
  // each looked up in the ontology once.
  std::vector<std::pair<Id, int>> typed;
  std::unordered_map<Id, int> class_ids;  // by the class's term
  for (const MergedGraph::Ids& q : graph.quads()) {
    if (q.p != *type) continue;
    auto [it, inserted] = class_ids.try_emplace(q.o, 0);
    if (inserted) it->second = ontology.ClassId(terms[q.o].value);
    typed.emplace_back(node(q.s), it->second);
  }
  // Grouped by node, in the order met (a counting sort).
  for (const auto& [n, cls] : typed) ++begin_[n + 1];
  std::partial_sum(begin_.begin(), begin_.end(), begin_.begin());
  std::vector<uint32_t> next(begin_.begin(), begin_.end() - 1);
  classes_.resize(typed.size());
  for (const auto& [n, cls] : typed) classes_[next[n]++] = cls;
}

bool WritesLineSlices(const Exporter& exporter) {
  return exporter.concatenable() && !exporter.keeps_graphs() && exporter.piece_order() == PieceOrder::kSubjects;
}

Status WriteLineSlice(const LineSliceContext& context, std::span<const uint32_t> positions, ByteBuffer* out,
                      std::vector<Violation>* found) {
  const MergedGraph& graph = context.graph;
  const std::vector<rdf::Term>& terms = graph.terms();
  const std::vector<MergedGraph::Ids>& quads = graph.quads();
  IdChecker checker(graph, context.ontology, context.classes);
  SubjectLineWriter lines;
  // Room for lines of the usual length (evidence makes them long), made
  // once: growing by doubling copied the slice's bytes once more.
  constexpr size_t kLineRoom = 256;
  out->Reserve(out->size() + positions.size() * kLineRoom);
  // Every predicate is an IRI (WritesInSlices), so a label statement is one
  // whose predicate is the label's IRI term.
  auto labelled = [&](const MergedGraph::Ids& q) { return q.p == context.label || q.p == context.alt_label; };
  auto violation = [&](const MergedGraph::Ids& q, std::string reason) -> Violation {
    return {{terms[q.s], terms[q.p], terms[q.o], terms[q.g].value}, std::move(reason)};
  };
  for (size_t begin = 0, end = 0; begin < positions.size(); begin = end) {
    const MergedGraph::Id subject = quads[positions[begin]].s;
    bool labels = false;
    for (end = begin; end < positions.size() && quads[positions[end]].s == subject; ++end) {
      labels = labels || labelled(quads[positions[end]]);
    }
    const std::span<const uint32_t> run = positions.subspan(begin, end - begin);
    if (labels && !RewritesLabels(context, run)) labels = false;  // lines as for any other subject
    if (labels) {
      // MergeLabels rewrites label statements only, which keep to the
      // ontology whatever their text (neither rdf:type nor in its
      // namespace): the others are checked as they are, before.
      std::vector<Violation> broken;
      for (const uint32_t i : run) {
        if (checker.SurelyFits(quads[i])) continue;
        if (std::optional<std::string> fault = checker.Fault(quads[i])) {
          broken.push_back(violation(quads[i], std::move(*fault)));
        }
      }
      rdf::Dataset statements = graph.Gather(run);
      MergeLabels(statements, context.chosen);
      RemoveViolations(statements, broken);
      std::move(broken.begin(), broken.end(), std::back_inserter(*found));
      std::string bytes;
      if (Status written = context.exporter.Write(statements, &bytes); !written.ok()) return written;
      out->Append(bytes);
      continue;
    }
    lines.Subject(terms[subject]);
    for (const uint32_t i : run) {
      const MergedGraph::Ids& q = quads[i];
      if (!checker.SurelyFits(q)) {
        if (std::optional<std::string> fault = checker.Fault(q)) {
          found->push_back(violation(q, std::move(*fault)));
          continue;
        }
      }
      lines.Append(q.p, terms[q.p], terms[q.o], out);
    }
  }
  return Status::Ok();
}

}  // namespace diplograph::cli
