// The dateline's facts: the country (and city) of its place, and the agency its credit
// names ("TEHRAN, Jun. 18 (MNA) -"), known to the lexicon or not.

#include "extractor/entity_recognizer.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/entity_type.h"
#include "extractor/name_key.h"
#include "extractor/utf8.h"

namespace diplograph {

namespace {

// One word of letters (and periods: "A.P."), as agencies credit themselves;
// not a list of them ("dpa/MIA") nor a phrase.
bool IsAgencyCredit(std::string_view credit) {
  if (credit.empty() || credit.size() > 24) return false;
  return std::all_of(credit.begin(), credit.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.';
  });
}

}  // namespace

const LexEntity* EntityRecognizer::NamedWhole(const Document& doc, Span span) const {
  if (span.empty()) return nullptr;
  // The words and their lower-cased forms are all made before any token
  // views them: the vectors do not grow under the views.
  const std::vector<std::string> words = tokenize_(doc.View(span));
  std::vector<std::string> lowers;
  lowers.reserve(words.size());
  for (const std::string& word : words) lowers.push_back(AsciiLower(word));
  std::vector<Token> tokens;
  for (size_t w = 0; w < words.size(); ++w) tokens.push_back(Token{Span{}, words[w], lowers[w], true});
  auto hit = gazetteer_.Match(tokens, 0, tokens.size());
  if (!hit || hit->length != tokens.size()) return nullptr;
  return &lexicon_.entities[hit->entity];
}

std::string EntityRecognizer::DatelineCountry(const Document& doc, std::string* city) const {
  const LexEntity* named = NamedWhole(doc, doc.dateline);
  // "Metro Manila, Philippines -": a place the lexicon does not know, in a
  // country it does.
  if (named == nullptr && !doc.dateline_region.empty()) {
    const LexEntity* region = NamedWhole(doc, doc.dateline_region);
    return region != nullptr && region->type == EntityType::kCountry ? region->iri : std::string();
  }
  if (named == nullptr) return {};
  const LexEntity& e = *named;
  if (e.type == EntityType::kCountry) return e.iri;
  if (e.type == EntityType::kCity) {
    *city = e.iri;
    return e.country;
  }
  return {};
}

void EntityRecognizer::ReadDateline(Document& doc) const {
  doc.dateline_city.clear();
  doc.dateline_place = -1;
  doc.dateline_country = DatelineCountry(doc, &doc.dateline_city);
  doc.dateline_agency.clear();
  doc.dateline_author = -1;
  if (const LexEntity* credit = NamedWhole(doc, doc.dateline_credit); credit != nullptr) {
    if (credit->type == EntityType::kNewsAgency) doc.dateline_agency = credit->iri;
  } else if (IsAgencyCredit(doc.View(doc.dateline_credit))) {
    // "TEHRAN, Jun. 18 (MNA) -": a credit of one word is the agency that
    // wrote the story, known or not.
    doc.dateline_agency = MintEntityIri(EntityType::kNewsAgency, Slugify(doc.View(doc.dateline_credit)));
  }
}

}  // namespace diplograph
