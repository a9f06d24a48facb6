#include "ontology/ontology.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <utility>

#include "diplograph_embedded_ontology.h"
#include "ontology/serd_sord.h"
#include "ontology/vocabulary.h"

namespace diplograph {

namespace {

using SubjectIndex = std::map<std::string, std::multimap<std::string, rdf::Term>>;

// The named classes a class expression stands for: an IRI, or a blank node
// with owl:unionOf an RDF list of IRIs.
std::set<std::string> NamedClasses(const rdf::Term& t, const SubjectIndex& index) {
  if (t.is_iri()) return {t.value};
  std::set<std::string> out;
  auto node = index.find(t.value);
  if (node == index.end()) return out;
  auto u = node->second.find(vocab::Owl("unionOf"));
  if (u == node->second.end()) return out;
  rdf::Term list = u->second;
  for (int guard = 0; guard < 64 && list.value != vocab::Rdf("nil"); ++guard) {
    auto cell = index.find(list.value);
    if (cell == index.end()) break;
    auto first = cell->second.find(vocab::Rdf("first"));
    auto rest = cell->second.find(vocab::Rdf("rest"));
    if (first != cell->second.end() && first->second.is_iri()) out.insert(first->second.value);
    if (rest == cell->second.end()) break;
    list = rest->second;
  }
  return out;
}

}  // namespace

bool InOntologyNamespace(std::string_view iri) { return iri.starts_with(vocab::kDip); }

std::vector<TextSource> Ontology::EmbeddedSources() {
  std::vector<TextSource> out;
  for (const auto& [name, text] : embedded_ontology::All()) {
    if (name == "diplograph.ttl") out.push_back({"embedded:" + std::string(name), std::string(text)});
  }
  return out;
}

Result<Ontology> Ontology::Load(const std::vector<TextSource>& sources) {
  Ontology onto;
  for (const TextSource& src : sources) {
    auto parsed = serd_sord::ParseRdf(SERD_TURTLE, src.text, src.name);
    if (!parsed.ok()) return parsed.status();
    onto.statements_.Merge(parsed.value());
  }
  onto.statements_.Normalize();
  SubjectIndex index;
  for (const rdf::Quad& q : onto.statements_.quads()) {
    index[q.subject.value].emplace(q.predicate.value, q.object);
  }
  const std::string type = vocab::Rdf("type");
  for (const auto& [subject, props] : index) {
    std::set<std::string> types;
    for (auto [it, end] = props.equal_range(type); it != end; ++it) types.insert(it->second.value);
    if (types.count(vocab::Owl("Class")) || types.count(vocab::Rdfs("Class"))) {
      auto& supers = onto.superclasses_[subject];
      for (auto [it, end] = props.equal_range(vocab::Rdfs("subClassOf")); it != end; ++it) {
        if (it->second.is_iri()) supers.insert(it->second.value);
      }
    }
    bool object_prop = types.count(vocab::Owl("ObjectProperty")) != 0;
    bool data_prop = types.count(vocab::Owl("DatatypeProperty")) != 0;
    if (!object_prop && !data_prop) continue;
    Property p;
    p.datatype = data_prop;
    for (auto [it, end] = props.equal_range(vocab::Rdfs("domain")); it != end; ++it) {
      auto classes = NamedClasses(it->second, index);
      p.domain.insert(classes.begin(), classes.end());
    }
    for (auto [it, end] = props.equal_range(vocab::Rdfs("range")); it != end; ++it) {
      auto classes = NamedClasses(it->second, index);
      p.range.insert(classes.begin(), classes.end());
    }
    onto.properties_[subject].property = std::move(p);
  }
  if (onto.properties_.empty()) {
    return Status::ParseError((sources.empty() ? std::string("ontology") : sources.front().name) +
                              ": declares no properties; is it the diplograph ontology?");
  }
  onto.IndexClasses();
  return onto;
}

void Ontology::IndexClasses() {
  auto name = [this](const std::string& cls) {
    if (class_ids_.try_emplace(cls, static_cast<int>(class_ids_.size())).second) declared_.push_back(false);
  };
  for (const auto& [cls, supers] : superclasses_) {
    name(cls);
    declared_[static_cast<size_t>(class_ids_.find(cls)->second)] = true;
    for (const std::string& s : supers) name(s);
  }
  for (const auto& [iri, p] : properties_) {
    for (const std::string& c : p.property.domain) name(c);
    for (const std::string& c : p.property.range) name(c);
  }
  // Each class's ancestors (itself included), by id: what IsSubclassOf
  // walks, walked once per class.
  const size_t n = class_ids_.size();
  std::vector<const std::string*> names(n);
  for (const auto& [cls, id] : class_ids_) names[static_cast<size_t>(id)] = &cls;
  std::vector<std::vector<bool>> ancestors(n, std::vector<bool>(n));
  for (size_t id = 0; id < n; ++id) {
    std::vector<size_t> todo = {id};
    while (!todo.empty()) {
      const size_t c = todo.back();
      todo.pop_back();
      if (ancestors[id][c]) continue;
      ancestors[id][c] = true;
      auto it = superclasses_.find(*names[c]);
      if (it == superclasses_.end()) continue;
      for (const std::string& s : it->second) todo.push_back(static_cast<size_t>(class_ids_.find(s)->second));
    }
  }
  for (auto& [iri, p] : properties_) {
    p.domain = MatchOf(p.property.domain, ancestors);
    p.range = MatchOf(p.property.range, ancestors);
  }
}

Ontology::ClassMatch Ontology::MatchOf(const std::set<std::string>& classes,
                                       const std::vector<std::vector<bool>>& ancestors) const {
  ClassMatch m;
  m.unrestricted = classes.empty();
  m.any_class = classes.count(vocab::Owl("Thing")) != 0;
  m.by_class.assign(ancestors.size(), false);
  for (const std::string& c : classes) {
    const size_t listed = static_cast<size_t>(ClassId(c));
    for (size_t id = 0; id < ancestors.size(); ++id) {
      if (m.any_class || ancestors[id][listed]) m.by_class[id] = true;
    }
  }
  return m;
}

const Ontology::CheckedProperty* Ontology::FindChecked(std::string_view iri) const {
  auto it = properties_.find(iri);
  return it == properties_.end() ? nullptr : &it->second;
}

int Ontology::ClassId(std::string_view iri) const {
  auto it = class_ids_.find(iri);
  return it == class_ids_.end() ? -1 : it->second;
}

bool Ontology::IsSubclassOf(const std::string& cls, const std::string& ancestor) const {
  if (ancestor == vocab::Owl("Thing") || cls == ancestor) return true;
  std::set<std::string> seen;
  std::function<bool(const std::string&)> walk = [&](const std::string& c) {
    if (!seen.insert(c).second) return false;
    auto it = superclasses_.find(c);
    if (it == superclasses_.end()) return false;
    for (const std::string& s : it->second) {
      if (s == ancestor || walk(s)) return true;
    }
    return false;
  };
  return walk(cls);
}

std::vector<Violation> CheckAgainstOntology(const rdf::Dataset& dataset, const Ontology& ontology) {
  const std::string type = vocab::Rdf("type");
  TypeIndex types;
  for (const rdf::Quad& q : dataset.quads()) {
    if (q.predicate.value == type) types.Add(q.subject.value, q.object.value);
  }
  types.Seal();
  return CheckAgainstOntology(dataset, ontology, types);
}

namespace {

// The one rule both forms of CheckAgainstOntology apply: why the statement
// (subject, predicate, object) breaks the ontology, or nullopt. `meets(
// is_subject, match)` says whether the classes of the subject (true) or of
// the object (false, an IRI) meet a domain or range.
// `find(p)` is ontology.FindChecked(p), which a caller may remember.
template <typename Find, typename Meets>
std::optional<std::string> Fault(const Ontology& ontology, std::string_view p, rdf::Term::Kind object_kind,
                                 std::string_view object, std::string_view object_datatype, Find&& find,
                                 Meets&& meets) {
  static const std::string type = vocab::Rdf("type");
  if (p == type) return ClassFault(ontology, object);
  if (!InOntologyNamespace(p)) return std::nullopt;
  return PropertyFault(p, find(p), object_kind, object_datatype, meets);
}

}  // namespace

std::optional<std::string> ClassFault(const Ontology& ontology, std::string_view cls) {
  if (InOntologyNamespace(cls) && !ontology.DeclaresClass(cls)) return "undeclared class " + std::string(cls);
  return std::nullopt;
}

std::optional<std::string> ValueFault(std::string_view p, const Ontology::CheckedProperty& property,
                                      rdf::Term::Kind object_kind, std::string_view object_datatype) {
  static const std::string xsd_string = vocab::Xsd("string");
  const std::string_view dt = object_datatype.empty() ? std::string_view(xsd_string) : object_datatype;
  const std::set<std::string>& range = property.property.range;
  const bool listed = std::any_of(range.begin(), range.end(), [dt](const std::string& r) { return r == dt; });
  if (object_kind != rdf::Term::Kind::kLiteral || (!range.empty() && !listed)) {
    return "value outside the range of " + std::string(p);
  }
  return std::nullopt;
}

std::vector<Violation> CheckAgainstOntology(const rdf::Dataset& dataset, const Ontology& ontology,
                                            const TypeIndex& types) {
  // The dataset's few distinct classes, as the ontology's class ids (-1:
  // not named there; -2: not yet looked up).
  std::vector<int> class_ids(types.class_count(), -2);
  // Statements come subject by subject: the subject's classes are looked
  // up once per run of its statements.
  const std::string* subject = nullptr;
  std::span<const TypeIndex::ClassId> subject_classes;
  std::vector<Violation> out;
  for (const rdf::Quad& q : dataset.quads()) {
    auto meets = [&](bool is_subject, const Ontology::ClassMatch& match) {
      if (match.unrestricted) return true;
      std::span<const TypeIndex::ClassId> classes;
      if (is_subject) {
        if (!subject || *subject != q.subject.value) subject_classes = types.ClassesOf(q.subject.value);
        subject = &q.subject.value;
        classes = subject_classes;
      } else {
        classes = types.ClassesOf(q.object.value);
      }
      for (TypeIndex::ClassId c : classes) {
        int& id = class_ids[c];
        if (id == -2) id = ontology.ClassId(types.class_name(c));
        if (id >= 0 ? match.by_class[static_cast<size_t>(id)] : match.any_class) return true;
      }
      return false;
    };
    auto find = [&ontology](std::string_view p) { return ontology.FindChecked(p); };
    std::optional<std::string> fault =
        Fault(ontology, q.predicate.value, q.object.kind, q.object.value, q.object.datatype, find, meets);
    if (fault) out.push_back({q, std::move(*fault)});
  }
  return out;
}

StatementChecker::StatementChecker(const Ontology& ontology, const TypeIndex& types)
    : ontology_(ontology), types_(types), class_ids_(types.class_count(), -2) {}

std::span<const TypeIndex::ClassId> StatementChecker::ClassesOf(std::string_view node) {
  const auto address = reinterpret_cast<uintptr_t>(node.data());
  Classes& slot = classes_[(address * 0x9e3779b97f4a7c15ULL) >> 56];
  if (slot.text != node.data() || slot.size != node.size()) slot = {node.data(), node.size(), types_.ClassesOf(node)};
  return slot.classes;
}

std::optional<std::string> StatementChecker::Fault(const rdf::Term& subject, const rdf::Term& predicate,
                                                   const rdf::Term& object) {
  static const std::string type = vocab::Rdf("type");
  const std::string_view p = predicate.value;
  Found& found = found_[(reinterpret_cast<uintptr_t>(p.data()) >> 4) % found_.size()];
  if (found.text != p.data() || found.size != p.size()) {
    const bool is_type = p == type;
    const bool unchecked = !is_type && !InOntologyNamespace(p);
    found = {p.data(), p.size(), unchecked, is_type, unchecked ? nullptr : ontology_.FindChecked(p)};
  }
  if (found.unchecked) return std::nullopt;  // as the rule below would find
  // An rdf:type statement passes or not by its class alone, a term met
  // again and again: one that passed is remembered by its address, and
  // passes again with no lookup.
  Fine* fine_class = nullptr;
  if (found.is_type) {
    const std::string_view o = object.value;
    fine_class = &fine_classes_[(reinterpret_cast<uintptr_t>(o.data()) >> 4) % fine_classes_.size()];
    if (fine_class->text == o.data() && fine_class->size == o.size()) return std::nullopt;
  }
  auto meets = [&](bool is_subject, const Ontology::ClassMatch& match) {
    if (match.unrestricted) return true;
    for (TypeIndex::ClassId c : ClassesOf(is_subject ? subject.value : object.value)) {
      int& id = class_ids_[c];
      if (id == -2) id = ontology_.ClassId(types_.class_name(c));
      if (id >= 0 ? match.by_class[static_cast<size_t>(id)] : match.any_class) return true;
    }
    return false;
  };
  auto find = [&found](std::string_view) { return found.property; };
  std::optional<std::string> fault =
      diplograph::Fault(ontology_, p, object.kind, object.value, object.datatype, find, meets);
  if (fine_class && !fault) *fine_class = {object.value.data(), object.value.size()};
  return fault;
}

std::vector<Violation> CheckAgainstOntology(const NormalizedGraph& graph, const Ontology& ontology) {
  // Classes by term: when every subject is an IRI (else the graph is
  // checked as a dataset), an IRI's term stands for its text, which is
  // what a dataset's classes are looked up by.
  static const std::string type = vocab::Rdf("type");
  const std::vector<TermView>& terms = graph.terms;
  for (const DocumentGraph::Triple& t : graph.triples) {
    if (!terms[t.s].is_iri()) return CheckAgainstOntology(graph.ToDataset(), ontology);
  }
  using Id = DocumentGraph::Id;
  std::vector<std::pair<Id, Id>> typed;  // (node, class), by node since the statements are sorted
  for (const DocumentGraph::Triple& t : graph.triples) {
    if (terms[t.p].value == type) typed.emplace_back(t.s, t.o);
  }
  std::vector<int> class_ids(terms.size(), -2);  // by term: as for a dataset above
  // A statement whose predicate is outside the ontology's namespace (and
  // not rdf:type) keeps to it whatever its subject and object: known per
  // predicate, so most statements need no lookup.
  std::vector<char> unchecked(terms.size(), 0);  // by term: 0 not known, 1 unchecked, 2 checked
  std::vector<const Ontology::CheckedProperty*> properties(terms.size(), nullptr);  // by term, once looked up
  std::vector<Violation> out;
  for (const DocumentGraph::Triple& t : graph.triples) {
    char& skip = unchecked[t.p];
    if (skip == 0) skip = terms[t.p].value != type && !InOntologyNamespace(terms[t.p].value) ? 1 : 2;
    if (skip == 1) continue;
    const TermView& object = terms[t.o];
    auto meets = [&](bool is_subject, const Ontology::ClassMatch& match) {
      if (match.unrestricted) return true;
      const Id node = is_subject ? t.s : t.o;
      for (auto it = std::lower_bound(typed.begin(), typed.end(), std::pair<Id, Id>{node, 0});
           it != typed.end() && it->first == node; ++it) {
        int& id = class_ids[it->second];
        if (id == -2) id = ontology.ClassId(terms[it->second].value);
        if (id >= 0 ? match.by_class[static_cast<size_t>(id)] : match.any_class) return true;
      }
      return false;
    };
    auto find = [&](std::string_view p) {
      const Ontology::CheckedProperty*& prop = properties[t.p];
      if (!prop) prop = ontology.FindChecked(p);
      return prop;
    };
    std::optional<std::string> fault =
        Fault(ontology, terms[t.p].value, object.kind, object.value, object.datatype, find, meets);
    if (fault) {
      out.push_back({{terms[t.s].ToTerm(), terms[t.p].ToTerm(), object.ToTerm(), std::string(graph.graph)},
                     std::move(*fault)});
    }
  }
  return out;
}

void RemoveViolations(rdf::Dataset& dataset, const std::vector<Violation>& violations) {
  if (violations.empty()) return;
  std::vector<const rdf::Quad*> bad;
  for (const Violation& v : violations) bad.push_back(&v.quad);
  auto less = [](const rdf::Quad* a, const rdf::Quad* b) { return *a < *b; };
  std::sort(bad.begin(), bad.end(), less);
  dataset.RemoveIf([&](const rdf::Quad& q) { return std::binary_search(bad.begin(), bad.end(), &q, less); });
}

rdf::Dataset WithoutViolations(const rdf::Dataset& dataset, const std::vector<Violation>& violations) {
  rdf::Dataset out = dataset;
  RemoveViolations(out, violations);
  out.Normalize();
  return out;
}

}  // namespace diplograph
