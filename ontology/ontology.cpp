#include "ontology/ontology.h"

#include <algorithm>
#include <functional>
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

bool InNamespace(const std::string& iri) { return iri.rfind(vocab::kDip, 0) == 0; }

}  // namespace

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
    onto.properties_[subject] = std::move(p);
  }
  if (onto.properties_.empty()) {
    return Status::ParseError((sources.empty() ? std::string("ontology") : sources.front().name) +
                              ": declares no properties; is it the diplograph ontology?");
  }
  return onto;
}

const Ontology::Property* Ontology::FindProperty(const std::string& iri) const {
  auto it = properties_.find(iri);
  return it == properties_.end() ? nullptr : &it->second;
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

std::vector<Violation> CheckAgainstOntology(const rdf::Dataset& dataset, const Ontology& ontology,
                                            const TypeIndex& types) {
  const std::string type = vocab::Rdf("type");
  const std::string xsd_string = vocab::Xsd("string");
  // Few distinct classes meet few distinct class lists: each answer is
  // worked out once, per list and class id (-1: not yet known).
  std::vector<std::pair<const std::set<std::string>*, std::vector<signed char>>> known;
  auto meets = [&](std::string_view node, const std::set<std::string>& classes) {
    if (classes.empty()) return true;
    const std::span<const TypeIndex::ClassId> node_classes = types.ClassesOf(node);
    if (node_classes.empty()) return false;
    auto list = std::find_if(known.begin(), known.end(), [&](const auto& k) { return k.first == &classes; });
    if (list == known.end()) list = known.insert(list, {&classes, std::vector<signed char>(types.class_count(), -1)});
    for (TypeIndex::ClassId id : node_classes) {
      signed char& answer = list->second[id];
      if (answer < 0) {
        const std::string t(types.class_name(id));
        answer = std::any_of(classes.begin(), classes.end(),
                             [&](const std::string& c) { return ontology.IsSubclassOf(t, c); });
      }
      if (answer) return true;
    }
    return false;
  };
  std::vector<Violation> out;
  for (const rdf::Quad& q : dataset.quads()) {
    const std::string& p = q.predicate.value;
    if (p == type) {
      if (InNamespace(q.object.value) && !ontology.DeclaresClass(q.object.value)) {
        out.push_back({q, "undeclared class " + q.object.value});
      }
      continue;
    }
    if (!InNamespace(p)) continue;
    const Ontology::Property* prop = ontology.FindProperty(p);
    if (!prop) {
      out.push_back({q, "undeclared property " + p});
      continue;
    }
    if (!meets(q.subject.value, prop->domain)) {
      out.push_back({q, "subject outside the domain of " + p});
      continue;
    }
    if (prop->datatype) {
      const std::string& dt = q.object.datatype.empty() ? xsd_string : q.object.datatype;
      if (!q.object.is_literal() || (!prop->range.empty() && !prop->range.count(dt))) {
        out.push_back({q, "value outside the range of " + p});
      }
    } else if (!q.object.is_iri() || !meets(q.object.value, prop->range)) {
      out.push_back({q, "object outside the range of " + p});
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
