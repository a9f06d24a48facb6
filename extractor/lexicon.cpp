#include "extractor/lexicon.h"

namespace diplograph {

void Lexicon::Finalize() {
  by_iri.clear();
  for (size_t i = 0; i < entities.size(); ++i) by_iri.emplace(entities[i].iri, i);
}

const LexEntity* Lexicon::Find(std::string_view iri) const {
  auto it = by_iri.find(iri);
  return it == by_iri.end() ? nullptr : &entities[it->second];
}

}  // namespace diplograph
