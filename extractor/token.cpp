// Token's predicates (declared in document.h), judged on the folded text.
#include "extractor/document.h"
#include "extractor/utf8.h"

namespace diplograph {

bool Token::IsWordNonAscii() const {
  const char32_t cp = DecodeAt(text, 0).code_point;
  return IsLetter(cp) || IsDigit(cp);
}

// The first character must be a letter; outside ASCII a caseless letter
// (Hangul, CJK) counts as capitalized, since a name is all it can start.
bool Token::IsCapitalizedNonAscii() const {
  const char32_t cp = DecodeAt(text, 0).code_point;
  if (!IsLetter(cp)) return false;
  if (cp < 0x80) return IsUpper(cp);
  return !IsLower(cp);
}

// Caseless letters are neither: "NATO" and "U.S." are all caps, "北京" is not.
bool Token::IsAllCaps() const {
  size_t letters = 0;
  size_t upper = 0;
  for (size_t pos = 0; pos < text.size();) {
    const DecodedChar c = DecodeAt(text, pos);
    if (IsLetter(c.code_point)) {
      if (IsLower(c.code_point)) return false;
      ++letters;
      if (IsUpper(c.code_point)) ++upper;
    }
    pos += c.length;
  }
  return letters >= 2 && upper > 0;
}

}  // namespace diplograph
