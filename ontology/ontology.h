// The diplomacy ontology (ontology/diplograph.ttl, embedded; --ontology
// replaces it): its classes with their superclasses, and its properties with
// their domains and ranges, loaded with Sord. Used to check that every
// emitted triple keeps to the ontology. Immutable after loading;
// thread-safe to read.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extractor/status.h"
#include "ontology/document_graph.h"
#include "ontology/lexicon_loader.h"
#include "ontology/rdf.h"
#include "ontology/type_index.h"

namespace diplograph {

class Ontology {
 public:
  struct Property {
    std::set<std::string> domain;  // any of these classes (empty: unrestricted)
    std::set<std::string> range;   // classes, or one xsd: datatype
    bool datatype = false;         // a literal-valued property
  };

  // A domain or range as the check reads it, worked out at load: which of
  // the ontology's classes (by ClassId) meet it, so that checking a
  // statement walks no class hierarchy and compares no class names.
  struct ClassMatch {
    bool unrestricted = true;    // no classes listed: any node meets it, typed or not
    bool any_class = false;      // owl:Thing listed: any class meets it, named here or not
    std::vector<bool> by_class;  // by ClassId: the class is a listed one or below one
  };
  struct CheckedProperty {
    Property property;
    ClassMatch domain;
    ClassMatch range;  // unused for datatype properties
  };

  // Reads the ontology from Turtle sources (the first one is the ontology;
  // later ones add to it).
  static Result<Ontology> Load(const std::vector<TextSource>& sources);

  // The ontology built into the program, as (name, Turtle text).
  static std::vector<TextSource> EmbeddedSources();

  bool DeclaresClass(std::string_view iri) const {
    const int id = ClassId(iri);
    return id >= 0 && declared_[static_cast<size_t>(id)];
  }
  const Property* FindProperty(std::string_view iri) const {
    const CheckedProperty* p = FindChecked(iri);
    return p ? &p->property : nullptr;
  }
  const CheckedProperty* FindChecked(std::string_view iri) const;
  // True when `cls` is `ancestor` or one of its subclasses (owl:Thing is every class's).
  bool IsSubclassOf(const std::string& cls, const std::string& ancestor) const;
  // The id of a class the ontology names (declares, or lists as a
  // superclass, domain or range), or -1.
  int ClassId(std::string_view iri) const;

  // The ontology itself, as RDF, for `diplograph ontology`.
  const rdf::Dataset& statements() const { return statements_; }

 private:
  // Hashes std::string and std::string_view alike, so that lookups by a
  // view make no string.
  struct TextHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  template <typename V>
  using TextMap = std::unordered_map<std::string, V, TextHash, std::equal_to<>>;

  void IndexClasses();
  ClassMatch MatchOf(const std::set<std::string>& classes, const std::vector<std::vector<bool>>& ancestors) const;

  std::map<std::string, std::set<std::string>> superclasses_;  // class -> direct superclasses
  TextMap<CheckedProperty> properties_;
  TextMap<int> class_ids_;
  std::vector<bool> declared_;  // by ClassId
  rdf::Dataset statements_;
};

// One statement that breaks the ontology, and why.
struct Violation {
  rdf::Quad quad;
  std::string reason;
};

// Checks every statement whose predicate or class is in the ontology's
// namespace: the term is declared; a subject's classes meet the domain; an
// object's classes (or a literal's datatype) meet the range. Classes are
// those the dataset itself states with rdf:type.
std::vector<Violation> CheckAgainstOntology(const rdf::Dataset& dataset, const Ontology& ontology);
// The same with the classes taken from `types` instead: for checking a
// large graph a slice at a time.
std::vector<Violation> CheckAgainstOntology(const rdf::Dataset& dataset, const Ontology& ontology,
                                            const TypeIndex& types);
// CheckAgainstOntology one statement at a time, with the classes taken from
// `types`, for a caller that does not hold its statements as a dataset.
// Remembers class lookups, and properties by where the predicate's text is:
// the terms asked about must stay unchanged while it lives (as a merged
// graph's do). One per thread; `ontology` and `types` must outlive it.
class StatementChecker {
 public:
  StatementChecker(const Ontology& ontology, const TypeIndex& types);
  // Why the statement breaks the ontology, or nullopt.
  std::optional<std::string> Fault(const rdf::Term& subject, const rdf::Term& predicate, const rdf::Term& object);

 private:
  // The classes of a node, remembered by the address of its text: a
  // subject's statements come together, and objects repeat.
  std::span<const TypeIndex::ClassId> ClassesOf(std::string_view node);

  const Ontology& ontology_;
  const TypeIndex& types_;
  std::vector<int> class_ids_;  // by TypeIndex class: the ontology's class id, -1 none, -2 not looked up
  // Predicates found, by the address of their text: a graph repeats a few
  // predicates in every subject, each one term. Most are outside the
  // ontology's namespace and need no more than this to pass.
  struct Found {
    const char* text = nullptr;
    size_t size = 0;
    bool unchecked = false;  // neither rdf:type nor in the namespace
    bool is_type = false;    // rdf:type
    const Ontology::CheckedProperty* property = nullptr;
  };
  std::array<Found, 64> found_{};
  // Classes that rdf:type statements named without fault, by the address
  // of their text (see Fault).
  struct Fine {
    const char* text = nullptr;
    size_t size = 0;
  };
  std::array<Fine, 64> fine_classes_{};
  struct Classes {
    const char* text = nullptr;
    size_t size = 0;
    std::span<const TypeIndex::ClassId> classes;
  };
  std::array<Classes, 256> classes_{};
};

// The rule the checks above apply to one statement, in pieces, for a
// checker that finds predicates and classes its own way (a merged graph's,
// by term id). A statement whose predicate is neither rdf:type nor in the
// ontology's namespace keeps to it.
bool InOntologyNamespace(std::string_view iri);
// Why an rdf:type statement naming `cls` breaks the ontology, or nullopt.
std::optional<std::string> ClassFault(const Ontology& ontology, std::string_view cls);
// Why a statement of the datatype property `p` with this object breaks it.
std::optional<std::string> ValueFault(std::string_view p, const Ontology::CheckedProperty& property,
                                      rdf::Term::Kind object_kind, std::string_view object_datatype);
// Why a statement of `p`, in the namespace and not rdf:type, breaks it, or
// nullopt. `property` is ontology.FindChecked(p); `meets(is_subject,
// match)` says whether the classes of the subject (true) or of the object
// (false, an IRI) meet a domain or range.
template <typename Meets>
std::optional<std::string> PropertyFault(std::string_view p, const Ontology::CheckedProperty* property,
                                         rdf::Term::Kind object_kind, std::string_view object_datatype,
                                         Meets&& meets) {
  if (!property) return "undeclared property " + std::string(p);
  if (!meets(true, property->domain)) return "subject outside the domain of " + std::string(p);
  if (property->property.datatype) return ValueFault(p, *property, object_kind, object_datatype);
  if (object_kind != rdf::Term::Kind::kIri || !meets(false, property->range)) {
    return "object outside the range of " + std::string(p);
  }
  return std::nullopt;
}

// The same for a document's graph, without making it a dataset.
std::vector<Violation> CheckAgainstOntology(const NormalizedGraph& graph, const Ontology& ontology);

// Removes the statements in `violations` from `dataset`, in place; the
// others keep their order.
void RemoveViolations(rdf::Dataset& dataset, const std::vector<Violation>& violations);

// `dataset` without the statements in `violations`, normalized.
rdf::Dataset WithoutViolations(const rdf::Dataset& dataset, const std::vector<Violation>& violations);

}  // namespace diplograph
