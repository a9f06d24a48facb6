// Looks up statements by subject in prepared (subject-major) quads, for the
// exporters that show nodes rather than statements (the JSON-LD event
// layout, the pictures). Borrows the quads: they must outlive the index.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "ontology/rdf.h"

namespace diplograph {

class SubjectIndex {
 public:
  // `quads` sorted subject-major, as PrepareQuads returns them.
  explicit SubjectIndex(const std::vector<rdf::Quad>& quads);

  // Objects of `subject`'s `predicate` statements, in statement order.
  std::vector<const rdf::Term*> Objects(const rdf::Term& subject, const std::string& predicate) const;
  // The first of them, or nullptr.
  const rdf::Term* First(const rdf::Term& subject, const std::string& predicate) const;
  // The first literal value of `predicate`, or "" when there is none.
  std::string Text(const rdf::Term& subject, const std::string& predicate) const;
  // Subjects typed `type` (an IRI), in term order.
  std::vector<rdf::Term> WithType(const std::string& type) const;

 private:
  const std::vector<rdf::Quad>& quads_;
  std::map<rdf::Term, std::pair<size_t, size_t>> runs_;  // subject -> [begin, end)
};

}  // namespace diplograph
