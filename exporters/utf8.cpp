#include "exporters/utf8.h"

#include <cstdint>

namespace diplograph::utf8 {

namespace {
constexpr char32_t kReplacement = 0xFFFD;

bool IsContinuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }
}  // namespace

bool Decode(std::string_view text, size_t pos, char32_t* code_point, size_t* length) {
  if (pos >= text.size()) return false;
  const auto lead = static_cast<unsigned char>(text[pos]);
  size_t n = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if (lead < 0x80) {
    *code_point = lead;
    *length = 1;
    return true;
  } else if ((lead & 0xE0) == 0xC0) {
    n = 2;
    cp = lead & 0x1Fu;
    min = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    n = 3;
    cp = lead & 0x0Fu;
    min = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    n = 4;
    cp = lead & 0x07u;
    min = 0x10000;
  } else {
    return false;
  }
  if (pos + n > text.size()) return false;
  for (size_t i = 1; i < n; ++i) {
    const auto byte = static_cast<unsigned char>(text[pos + i]);
    if (!IsContinuation(byte)) return false;
    cp = (cp << 6) | (byte & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
  *code_point = cp;
  *length = n;
  return true;
}

void Append(char32_t code_point, std::string* out) {
  const auto cp = static_cast<uint32_t>(code_point);
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string Sanitize(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = 0;
    size_t length = 0;
    if (Decode(text, pos, &cp, &length) && cp != 0) {
      out.append(text.substr(pos, length));
      pos += length;
    } else {
      // One replacement per bad byte keeps the rule simple and stable.
      Append(kReplacement, &out);
      pos += 1;
    }
  }
  return out;
}

}  // namespace diplograph::utf8
