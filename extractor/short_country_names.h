// A country named in full once may be named by the last word of its name
// after: "the Democratic Republic of Congo ... Congo summoned", "DR Congo
// ... Congo-Rwanda tensions". The word alone is no name the lexicon gives
// (it may be another country's too), so it stands for the one country of
// the document whose name ends with it, and only when there is one.
#pragma once

#include <vector>

#include "extractor/document.h"
#include "extractor/lexicon.h"

namespace diplograph {

// Mentions of those short names among the tokens no mention covers
// (`covered`, by token), in text order.
std::vector<Mention> ShortCountryNames(const Document& doc, const Lexicon& lexicon, const std::vector<char>& covered);

}  // namespace diplograph
