#include "exporters/iri_escape.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <utility>

#include "extractor/utf8.h"

namespace diplograph {

namespace {

bool IsAlpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsHex(char c) { return IsDigit(c) || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'); }

// ASCII characters an IRI may hold as they are, in any component (RFC 3987
// iunreserved, sub-delims, and the gen-delims ":/?@"). '#', '%', '[' and ']'
// depend on context and are handled by the caller.
bool IsPlainIriAscii(char c) {
  if (IsAlpha(c) || IsDigit(c)) return true;
  switch (c) {
    case '-': case '.': case '_': case '~':                      // unreserved
    case '!': case '$': case '&': case '\'': case '(': case ')':  // sub-delims
    case '*': case '+': case ',': case ';': case '=':
    case ':': case '/': case '?': case '@':
      return true;
    default:
      return false;
  }
}

// RFC 3987 ucschar: the non-ASCII code points allowed unescaped (iprivate is
// only allowed in queries; encoding it everywhere is simpler and still valid).
bool IsUcschar(char32_t cp) {
  if (cp < 0xA0) return false;
  if (cp <= 0xD7FF) return true;
  if (cp >= 0xF900 && cp <= 0xFDCF) return true;
  if (cp >= 0xFDF0 && cp <= 0xFFEF) return true;
  if (cp < 0x10000) return false;
  if ((cp & 0xFFFF) > 0xFFFD) return false;  // the plane's non-characters
  return cp < 0xE0000 || (cp >= 0xE1000 && cp <= 0xEFFFD);
}

void AppendPercent(unsigned char byte, std::string* out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out->push_back('%');
  out->push_back(kHex[byte >> 4]);
  out->push_back(kHex[byte & 0x0F]);
}

// Index one past the authority ("//host:port") or npos if there is none.
size_t AuthorityEnd(std::string_view iri) {
  const size_t colon = iri.find(':');
  if (colon == std::string_view::npos || iri.substr(colon + 1, 2) != "//") {
    return std::string_view::npos;
  }
  const size_t end = iri.find_first_of("/?#", colon + 3);
  return end == std::string_view::npos ? iri.size() : end;
}

}  // namespace

bool HasIriScheme(std::string_view iri) {
  if (iri.empty() || !IsAlpha(iri[0])) return false;
  for (size_t i = 1; i < iri.size(); ++i) {
    const char c = iri[i];
    if (c == ':') return true;
    if (!IsAlpha(c) && !IsDigit(c) && c != '+' && c != '-' && c != '.') return false;
  }
  return false;
}

bool IsPlainIri(std::string_view iri) {
  // Every IRI of every statement written passes here: a table marks each
  // byte ('#' 1, neither plain nor '#' 2) and the loop only ORs the marks,
  // eight bytes a round, with no branch per byte. '#' is counted only in
  // the IRIs that have one.
  static const auto kMark = [] {
    std::array<unsigned char, 256> mark{};
    for (size_t c = 0; c < mark.size(); ++c) {
      mark[c] = c == '#' ? 1 : c < 0x80 && IsPlainIriAscii(static_cast<char>(c)) ? 0 : 2;
    }
    return mark;
  }();
  auto mark = [&](size_t i) -> unsigned { return kMark[static_cast<unsigned char>(iri[i])]; };
  unsigned marks = 0;
  size_t i = 0;
  for (; i + 8 <= iri.size(); i += 8) {
    marks |= mark(i) | mark(i + 1) | mark(i + 2) | mark(i + 3) | mark(i + 4) | mark(i + 5) | mark(i + 6) |
             mark(i + 7);
  }
  for (; i < iri.size(); ++i) marks |= mark(i);
  if (marks & 2) return false;
  if (marks == 0) return true;
  const size_t hash = iri.find('#');
  return iri.find('#', hash + 1) == std::string_view::npos;
}

std::string EscapeIri(std::string_view iri) {
  // Most IRIs need nothing escaped: copy them whole rather than character
  // by character.
  if (IsPlainIri(iri)) return std::string(iri);
  std::string out;
  out.reserve(iri.size());
  const size_t authority_end = AuthorityEnd(iri);
  bool in_fragment = false;
  size_t pos = 0;
  while (pos < iri.size()) {
    const char c = iri[pos];
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      bool keep = IsPlainIriAscii(c);
      if (c == '#') {
        keep = !in_fragment;
        in_fragment = true;
      } else if (c == '%') {
        keep = pos + 2 < iri.size() && IsHex(iri[pos + 1]) && IsHex(iri[pos + 2]);
      } else if (c == '[' || c == ']') {
        keep = authority_end != std::string_view::npos && pos < authority_end;  // IPv6 host
      }
      if (keep) {
        out.push_back(c);
      } else {
        AppendPercent(byte, &out);
      }
      ++pos;
      continue;
    }
    const DecodedChar decoded = DecodeAt(iri, pos);
    const size_t length = std::max<size_t>(decoded.length, 1);
    if (decoded.valid && IsUcschar(decoded.code_point)) {
      out.append(iri.substr(pos, length));
    } else {  // malformed UTF-8, or a code point an IRI may not hold
      for (size_t i = 0; i < length; ++i) AppendPercent(static_cast<unsigned char>(iri[pos + i]), &out);
    }
    pos += length;
  }
  return out;
}

}  // namespace diplograph
