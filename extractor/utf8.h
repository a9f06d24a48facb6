// UTF-8 decoding and the character classes the text stages need. Stateless
// free functions, safe from any thread. Nothing here allocates except the
// functions that return a std::string.
//
// Letters and digits are judged by code-point ranges rather than the full
// Unicode database: ASCII, the Latin, Greek, Cyrillic, Armenian, Hebrew,
// Arabic, Indic, Thai, Georgian, CJK, kana and Hangul blocks count as
// letters; general punctuation (U+2000-U+206F), quotes, dashes and symbols do
// not. That is enough for English news that quotes foreign names.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "extractor/span.h"

namespace diplograph {

inline constexpr char32_t kReplacementChar = U'\uFFFD';

// One decoded code point. For an invalid or truncated sequence, code_point is
// U+FFFD, valid is false, and length covers the maximal invalid subpart (at
// least one byte), as the Unicode standard recommends for substitution.
struct DecodedChar {
  char32_t code_point = 0;
  size_t length = 0;  // bytes consumed; 0 only at or past the end of `text`
  bool valid = false;
};

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool IsValidUtf8(std::string_view text);

// `text` with every invalid sequence replaced by U+FFFD; valid input is
// returned unchanged.
std::string RepairUtf8(std::string_view text);

// True for data that is not text: any NUL byte, or more than a tenth of the
// bytes being control characters other than tab, line feed, carriage return
// and form feed.
bool LooksBinary(std::string_view text);

// The code point starting at byte `pos` of `text`. (ASCII, the common
// case, is decoded inline; the rest out of line.)
DecodedChar DecodeMultibyte(std::string_view text, size_t pos);
inline DecodedChar DecodeAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return {};
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) return {b0, 1, true};
  return DecodeMultibyte(text, pos);
}

// The start of the code point that ends just before byte `pos` (which must be
// a code-point boundary > 0); steps back over at most three continuation bytes.
size_t PreviousCharStart(std::string_view text, size_t pos);

// Appends the UTF-8 encoding of `cp` (U+FFFD for a value that is not a
// scalar value).
void AppendUtf8(char32_t cp, std::string& out);

bool IsNonAsciiLetter(char32_t cp);
bool IsNonAsciiDigit(char32_t cp);
bool IsNonAsciiSpace(char32_t cp);
inline bool IsLetter(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  return IsNonAsciiLetter(cp);
}
// ASCII, Arabic-Indic and full-width digits
inline bool IsDigit(char32_t cp) { return cp < 0x80 ? cp >= '0' && cp <= '9' : IsNonAsciiDigit(cp); }
// Combining marks and joiners that continue the word they follow.
bool IsWordContinuer(char32_t cp);
// A letter, digit or word continuer. (ASCII inline: it runs on every byte
// of a word.)
bool IsNonAsciiWordChar(char32_t cp);
constexpr bool IsWordChar(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  return IsNonAsciiWordChar(cp);
}
// ASCII whitespace, no-break space, the Unicode space separators, line and
// paragraph separators, zero-width space and the byte-order mark.
constexpr bool IsSpace(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D);
  return IsNonAsciiSpace(cp);
}
// `span` of `text` without leading and trailing IsSpace characters.
Span TrimSpaces(std::string_view text, Span span);
// Case, where the script has it; caseless letters (CJK, Hangul, Arabic) are
// neither upper nor lower. (ASCII inline, the rest out of line.)
bool IsNonAsciiUpper(char32_t cp);
bool IsNonAsciiLower(char32_t cp);
inline bool IsUpper(char32_t cp) { return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : IsNonAsciiUpper(cp); }
inline bool IsLower(char32_t cp) { return cp < 0x80 ? cp >= 'a' && cp <= 'z' : IsNonAsciiLower(cp); }

// ASCII-only case folding: other bytes pass through unchanged, so UTF-8
// stays valid.
inline char AsciiToLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
inline char AsciiToUpper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }
std::string AsciiLower(std::string_view text);
bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b);

}  // namespace diplograph
