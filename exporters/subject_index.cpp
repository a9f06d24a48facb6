#include "exporters/subject_index.h"

#include "ontology/vocabulary.h"

namespace diplograph {

SubjectIndex::SubjectIndex(const std::vector<rdf::Quad>& quads) : quads_(quads) {
  for (size_t begin = 0; begin < quads.size();) {
    size_t end = begin + 1;
    while (end < quads.size() && quads[end].subject == quads[begin].subject) ++end;
    runs_.emplace(quads[begin].subject, std::make_pair(begin, end));
    begin = end;
  }
}

std::vector<const rdf::Term*> SubjectIndex::Objects(const rdf::Term& subject, const std::string& predicate) const {
  std::vector<const rdf::Term*> out;
  auto run = runs_.find(subject);
  if (run == runs_.end()) return out;
  for (size_t i = run->second.first; i < run->second.second; ++i) {
    if (quads_[i].predicate.value == predicate) out.push_back(&quads_[i].object);
  }
  return out;
}

const rdf::Term* SubjectIndex::First(const rdf::Term& subject, const std::string& predicate) const {
  std::vector<const rdf::Term*> objects = Objects(subject, predicate);
  return objects.empty() ? nullptr : objects.front();
}

std::string SubjectIndex::Text(const rdf::Term& subject, const std::string& predicate) const {
  for (const rdf::Term* object : Objects(subject, predicate)) {
    if (object->is_literal()) return object->value;
  }
  return {};
}

std::vector<rdf::Term> SubjectIndex::WithType(const std::string& type) const {
  const std::string rdf_type = vocab::Rdf("type");
  std::vector<rdf::Term> out;
  for (const auto& [subject, run] : runs_) {
    for (const rdf::Term* object : Objects(subject, rdf_type)) {
      if (object->is_iri() && object->value == type) {
        out.push_back(subject);
        break;
      }
    }
  }
  return out;
}

}  // namespace diplograph
