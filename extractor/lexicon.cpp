#include "extractor/lexicon.h"

#include <algorithm>

namespace diplograph {

void Lexicon::Finalize() {
  by_iri = {};
  for (size_t i = 0; i < entities.size(); ++i) {
    if (!by_iri.Find(entities[i].iri)) by_iri[entities[i].iri] = i;  // the first keeps it
  }
}

const LexEntity* Lexicon::Find(std::string_view iri) const {
  const size_t* index = by_iri.Find(iri);
  return index ? &entities[*index] : nullptr;
}

int Lexicon::OfficeGroup(int office) const {
  const int synonyms = offices[static_cast<size_t>(office)].synonyms;
  return synonyms >= 0 ? static_cast<int>(offices.size()) + synonyms : office;
}

int Lexicon::OfficeIn(int office, std::string_view country) const {
  for (const OfficeSense& s : office_senses) {
    if (s.office == office && std::binary_search(s.countries.begin(), s.countries.end(), country)) return s.sense;
  }
  return office;
}

}  // namespace diplograph
