// The diplomacy ontology (ontology/diplograph.ttl, embedded; --ontology
// replaces it): its classes with their superclasses, and its properties with
// their domains and ranges, loaded with Sord. Used to check that every
// emitted triple keeps to the ontology. Immutable after loading;
// thread-safe to read.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "extractor/status.h"
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

  // Reads the ontology from Turtle sources (the first one is the ontology;
  // later ones add to it).
  static Result<Ontology> Load(const std::vector<TextSource>& sources);

  // The ontology built into the program, as (name, Turtle text).
  static std::vector<TextSource> EmbeddedSources();

  bool DeclaresClass(const std::string& iri) const { return superclasses_.count(iri) != 0; }
  const Property* FindProperty(const std::string& iri) const;
  // True when `cls` is `ancestor` or one of its subclasses (owl:Thing is every class's).
  bool IsSubclassOf(const std::string& cls, const std::string& ancestor) const;

  // The ontology itself, as RDF, for `diplograph ontology`.
  const rdf::Dataset& statements() const { return statements_; }

 private:
  std::map<std::string, std::set<std::string>> superclasses_;  // class -> direct superclasses
  std::map<std::string, Property> properties_;
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

// Removes the statements in `violations` from `dataset`, in place; the
// others keep their order.
void RemoveViolations(rdf::Dataset& dataset, const std::vector<Violation>& violations);

// `dataset` without the statements in `violations`, normalized.
rdf::Dataset WithoutViolations(const rdf::Dataset& dataset, const std::vector<Violation>& violations);

}  // namespace diplograph
