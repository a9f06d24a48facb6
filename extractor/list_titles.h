// A plural title over a list of names gives each name its own share:
//   "Chilean and Peruvian Foreign Ministers A and B"
//   "the foreign ministers of Chile and Peru, A and B(, respectively)"
//   "Foreign Ministers A of Chile and B of Peru"
// Each name takes the office and, in order, the country the list pairs it
// with; a demonym list that only served as the names' titles is no party
// of its own.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "extractor/document.h"

namespace diplograph {

// Plural office forms ("foreign ministers", "heads of state") as lower-case
// words, each with its office's index into Lexicon::offices.
using OfficePlurals = std::vector<std::pair<std::vector<std::string>, int>>;

// The office of the plural whose words start at token j (ending by token
// `end`) and the token after it; -1 and j when none does.
std::pair<int, size_t> OfficePluralAt(const OfficePlurals& plurals, const std::vector<Token>& tokens, size_t j,
                                      size_t end);
// The office of the plural ending right before token `end` and starting at
// token `begin` or later; -1 when none does.
int OfficePluralEndingAt(const OfficePlurals& plurals, const std::vector<Token>& tokens, size_t begin, size_t end);

// Shares out the titles of plural offices in doc.mentions (in text order),
// removing the title mentions read off a demonym list whose names follow.
void ShareListTitles(const OfficePlurals& plurals, Document& doc);

}  // namespace diplograph
