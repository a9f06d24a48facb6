#include "extractor/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace diplograph {

namespace {

struct Range {
  char32_t first;
  char32_t last;  // inclusive
};

template <size_t N>
constexpr bool SortedAndDisjoint(const Range (&ranges)[N]) {
  for (size_t i = 0; i < N; ++i) {
    if (ranges[i].first > ranges[i].last) return false;
    if (i > 0 && ranges[i - 1].last >= ranges[i].first) return false;
  }
  return true;
}

// Ranges are sorted and disjoint: binary search on the last element.
template <size_t N>
bool InRanges(const Range (&ranges)[N], char32_t cp) {
  const Range* end = ranges + N;
  const Range* it = std::lower_bound(ranges, end, cp, [](const Range& r, char32_t c) { return r.last < c; });
  return it != end && it->first <= cp;
}

// Approximates Unicode's letter categories (L*) block by block. Marks inside
// Indic blocks count as letters: they only ever occur inside words.
constexpr Range kLetters[] = {
    {0x41, 0x5A},     {0x61, 0x7A},     {0xAA, 0xAA},     {0xB5, 0xB5},       {0xBA, 0xBA},
    {0xC0, 0xD6},     {0xD8, 0xF6},     {0xF8, 0x2C1},    {0x2C6, 0x2D1},     {0x2E0, 0x2E4},
    {0x2EC, 0x2EC},   {0x2EE, 0x2EE},   {0x370, 0x374},   {0x376, 0x377},     {0x37A, 0x37D},
    {0x37F, 0x37F},   {0x386, 0x386},   {0x388, 0x3F5},   {0x3F7, 0x481},     {0x48A, 0x52F},
    {0x531, 0x556},   {0x560, 0x588},   {0x5D0, 0x5EA},   {0x5EF, 0x5F2},     {0x620, 0x64A},
    {0x66E, 0x66F},   {0x671, 0x6D3},   {0x6D5, 0x6D5},   {0x6E5, 0x6E6},     {0x6EE, 0x6EF},
    {0x6FA, 0x6FC},   {0x6FF, 0x6FF},   {0x710, 0x74F},   {0x780, 0x7B1},     {0x900, 0x963},
    {0x971, 0xDFF},   {0xE01, 0xE3A},   {0xE40, 0xE4E},   {0xE81, 0xEDF},     {0x1000, 0x103F},
    {0x1050, 0x109F}, {0x10A0, 0x10FF}, {0x1100, 0x11FF}, {0x1200, 0x139F},   {0x13A0, 0x13FF},
    {0x1780, 0x17D3}, {0x1C90, 0x1CBF}, {0x1D00, 0x1DBF}, {0x1E00, 0x1FBC},   {0x1FBE, 0x1FBE},
    {0x1FC2, 0x1FCC}, {0x1FD0, 0x1FDB}, {0x1FE0, 0x1FEC}, {0x1FF2, 0x1FFC},   {0x2C00, 0x2CE4},
    {0x2CEB, 0x2CF3}, {0x2D00, 0x2D2D}, {0x2D30, 0x2D6F}, {0x2D80, 0x2DDE},   {0x2E80, 0x2FDF},
    {0x3005, 0x3007}, {0x3021, 0x3029}, {0x3031, 0x3035}, {0x3038, 0x303C},   {0x3041, 0x3096},
    {0x309D, 0x309F}, {0x30A1, 0x30FA}, {0x30FC, 0x30FF}, {0x3105, 0x312F},   {0x3131, 0x318E},
    {0x31A0, 0x31BF}, {0x31F0, 0x31FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA640, 0xA69F}, {0xA720, 0xA7FF}, {0xAC00, 0xD7FF}, {0xF900, 0xFB06},   {0xFB1D, 0xFDFF},
    {0xFE70, 0xFEFC}, {0xFF21, 0xFF3A}, {0xFF41, 0xFF5A}, {0x20000, 0x3134F},
};

constexpr Range kDigits[] = {
    {0x30, 0x39}, {0x660, 0x669}, {0x6F0, 0x6F9}, {0x966, 0x96F}, {0xFF10, 0xFF19},
};

constexpr Range kWordContinuers[] = {
    {0xAD, 0xAD},     {0x300, 0x36F},   {0x483, 0x489},   {0x591, 0x5BD},   {0x5BF, 0x5BF},
    {0x5C1, 0x5C2},   {0x5C4, 0x5C5},   {0x5C7, 0x5C7},   {0x610, 0x61A},   {0x64B, 0x65F},
    {0x670, 0x670},   {0x6D6, 0x6ED},   {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x200C, 0x200D},
    {0x2060, 0x2060}, {0x20D0, 0x20FF}, {0x3099, 0x309A}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F},
};

constexpr Range kSpaces[] = {
    {0x09, 0x0D},     {0x20, 0x20},     {0x85, 0x85},     {0xA0, 0xA0},     {0x1680, 0x1680},
    {0x180E, 0x180E}, {0x2000, 0x200B}, {0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F},
};

// Letters that have case: everything else that IsLetter accepts is caseless.
constexpr Range kCased[] = {
    {0x41, 0x5A},   {0x61, 0x7A},     {0xB5, 0xB5},     {0xC0, 0xD6},     {0xD8, 0xF6},
    {0xF8, 0x1BA},  {0x1BC, 0x1BF},   {0x1C4, 0x293},   {0x295, 0x2AF},   {0x370, 0x52F},
    {0x531, 0x587}, {0x1E00, 0x1FFC}, {0xFF21, 0xFF3A}, {0xFF41, 0xFF5A},
};

// Upper-case (and title-case) letters in blocks where they do not simply
// alternate with their lower-case partner.
constexpr Range kUpperIrregular[] = {
    {0x41, 0x5A},   {0xC0, 0xD6},   {0xD8, 0xDE},   {0x178, 0x178}, {0x181, 0x182}, {0x184, 0x184},
    {0x186, 0x187}, {0x189, 0x18B}, {0x18E, 0x191}, {0x193, 0x194}, {0x196, 0x198}, {0x19C, 0x19D},
    {0x19F, 0x1A0}, {0x1A2, 0x1A2}, {0x1A4, 0x1A4}, {0x1A6, 0x1A7}, {0x1A9, 0x1A9}, {0x1AC, 0x1AC},
    {0x1AE, 0x1AF}, {0x1B1, 0x1B3}, {0x1B5, 0x1B5}, {0x1B7, 0x1B8}, {0x1BC, 0x1BC}, {0x1C4, 0x1C5},
    {0x1C7, 0x1C8}, {0x1CA, 0x1CB}, {0x1F1, 0x1F2}, {0x1F4, 0x1F4}, {0x1F6, 0x1F7}, {0x220, 0x220},
    {0x23A, 0x23B}, {0x23D, 0x23E}, {0x241, 0x241}, {0x243, 0x246}, {0x370, 0x370}, {0x372, 0x372},
    {0x376, 0x376}, {0x37F, 0x37F}, {0x386, 0x386}, {0x388, 0x38A}, {0x38C, 0x38C}, {0x38E, 0x38F},
    {0x391, 0x3AB},
};

static_assert(SortedAndDisjoint(kLetters) && SortedAndDisjoint(kDigits) &&
              SortedAndDisjoint(kWordContinuers) && SortedAndDisjoint(kSpaces) && SortedAndDisjoint(kCased) &&
              SortedAndDisjoint(kUpperIrregular));

bool IsEven(char32_t cp) { return cp % 2 == 0; }

bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

}  // namespace

DecodedChar DecodeMultibyte(std::string_view text, size_t pos) {
  const auto b0 = static_cast<unsigned char>(text[pos]);

  size_t need = 0;
  unsigned char lo = 0x80;  // bounds of the second byte, which excludes overlongs and surrogates
  unsigned char hi = 0xBF;
  char32_t cp = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    cp = b0 & 0x1Fu;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    cp = b0 & 0x0Fu;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    cp = b0 & 0x07u;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return {kReplacementChar, 1, false};
  }
  size_t len = 1;
  for (size_t i = 0; i < need; ++i) {
    if (pos + len >= text.size()) return {kReplacementChar, len, false};
    const auto b = static_cast<unsigned char>(text[pos + len]);
    const bool ok = i == 0 ? (b >= lo && b <= hi) : IsContinuation(b);
    if (!ok) return {kReplacementChar, len, false};
    cp = (cp << 6) | (b & 0x3Fu);
    ++len;
  }
  return {cp, len, true};
}

size_t PreviousCharStart(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  size_t p = pos - 1;
  for (int steps = 0; steps < 3 && p > 0 && IsContinuation(static_cast<unsigned char>(text[p])); ++steps) {
    --p;
  }
  return p;
}

namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ULL;
constexpr uint64_t kOnes = 0x0101010101010101ULL;

uint64_t Load8(const char* p) {
  uint64_t word;
  std::memcpy(&word, p, 8);
  return word;
}

// Whether any of the eight bytes is below 0x20 or is 0x7F (DEL): only such
// bytes matter to LooksBinary. The subtraction test is exact for "any".
bool HasControlByte(uint64_t word) {
  const uint64_t below_space = (word - kOnes * 0x20) & ~word & kHighBits;
  const uint64_t del = word ^ (kOnes * 0x7F);
  const uint64_t is_del = (del - kOnes) & ~del & kHighBits;
  return (below_space | is_del) != 0;
}

}  // namespace

bool IsValidUtf8(std::string_view text) {
  for (size_t pos = 0; pos < text.size();) {
#ifdef __SSE2__
    // Sixteen ASCII bytes at a time where SSE2 is at hand (every x86-64).
    if (pos + 16 <= text.size() &&
        _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos))) == 0) {
      pos += 16;
      continue;
    }
#endif
    // Eight ASCII bytes at a time: nothing to check.
    if (pos + 8 <= text.size() && (Load8(text.data() + pos) & kHighBits) == 0) {
      pos += 8;
      continue;
    }
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const DecodedChar c = DecodeAt(text, pos);
    if (!c.valid) return false;
    pos += c.length;
  }
  return true;
}

void AppendUtf8(char32_t cp, std::string& out) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacementChar;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string RepairUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    const DecodedChar c = DecodeAt(text, pos);
    if (c.valid) {
      out.append(text.substr(pos, c.length));
    } else {
      AppendUtf8(kReplacementChar, out);
    }
    pos += c.length;
  }
  return out;
}

bool LooksBinary(std::string_view text) {
  size_t controls = 0;
  size_t pos = 0;
  auto check_byte = [&](unsigned char b) {
    const bool text_control = b == '\t' || b == '\n' || b == '\r' || b == '\f';
    if ((b < 0x20 && !text_control) || b == 0x7F) ++controls;
    return b == 0;
  };
#ifdef __SSE2__
  // Sixteen bytes at a time where SSE2 is at hand (every x86-64): a block
  // without a byte below 0x20 or DEL, other than a tab, line feed, carriage
  // return or form feed (a line feed ends every paragraph), needs no
  // byte-by-byte look.
  for (; pos + 16 <= text.size(); pos += 16) {
    const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
    const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(chunk, _mm_set1_epi8(0x1F)), _mm_set1_epi8(0x1F));
    const __m128i del = _mm_cmpeq_epi8(chunk, _mm_set1_epi8(0x7F));
    auto is = [&chunk](char c) { return _mm_cmpeq_epi8(chunk, _mm_set1_epi8(c)); };
    const __m128i text_control = _mm_or_si128(_mm_or_si128(is('\t'), is('\n')), _mm_or_si128(is('\r'), is('\f')));
    if ((_mm_movemask_epi8(_mm_or_si128(control, del)) & ~_mm_movemask_epi8(text_control)) == 0) continue;
    for (size_t k = pos; k < pos + 16; ++k) {
      if (check_byte(static_cast<unsigned char>(text[k]))) return true;
    }
  }
#endif
  for (; pos + 8 <= text.size(); pos += 8) {
    // Text has a control byte (a line feed) every few hundred bytes at most;
    // blocks of eight without one need no byte-by-byte look.
    if (!HasControlByte(Load8(text.data() + pos))) continue;
    for (size_t k = pos; k < pos + 8; ++k) {
      if (check_byte(static_cast<unsigned char>(text[k]))) return true;
    }
  }
  for (; pos < text.size(); ++pos) {
    if (check_byte(static_cast<unsigned char>(text[pos]))) return true;
  }
  return controls * 10 > text.size();
}

bool IsNonAsciiLetter(char32_t cp) { return InRanges(kLetters, cp); }

bool IsNonAsciiDigit(char32_t cp) { return InRanges(kDigits, cp); }

bool IsWordContinuer(char32_t cp) { return cp >= 0xAD && InRanges(kWordContinuers, cp); }

bool IsNonAsciiWordChar(char32_t cp) { return IsLetter(cp) || IsDigit(cp) || IsWordContinuer(cp); }

bool IsNonAsciiSpace(char32_t cp) {
  if (cp == 0x3000 || cp == 0xFEFF) return true;
  return InRanges(kSpaces, cp);
}

bool IsNonAsciiUpper(char32_t cp) {
  if (!InRanges(kCased, cp)) return false;
  if (InRanges(kUpperIrregular, cp)) return cp != 0x3A2;  // U+03A2 is unassigned
  // Blocks where upper and lower case pairs alternate.
  if (cp >= 0x100 && cp <= 0x137) return IsEven(cp);
  if (cp >= 0x139 && cp <= 0x148) return !IsEven(cp);
  if (cp >= 0x14A && cp <= 0x177) return IsEven(cp);
  if (cp >= 0x179 && cp <= 0x17E) return !IsEven(cp);
  if (cp >= 0x1CD && cp <= 0x1DC) return !IsEven(cp);
  if ((cp >= 0x1DE && cp <= 0x1EF) || (cp >= 0x1F8 && cp <= 0x21F) || (cp >= 0x222 && cp <= 0x233) ||
      (cp >= 0x248 && cp <= 0x24F)) {
    return IsEven(cp);
  }
  if (cp == 0x3CF || (cp >= 0x3D2 && cp <= 0x3D4) || cp == 0x3F4 || cp == 0x3F7 || cp == 0x3F9 ||
      cp == 0x3FA || (cp >= 0x3FD && cp <= 0x3FF)) {
    return true;
  }
  if (cp >= 0x3D8 && cp <= 0x3EF) return IsEven(cp);
  if (cp >= 0x400 && cp <= 0x42F) return true;
  if ((cp >= 0x460 && cp <= 0x481) || (cp >= 0x48A && cp <= 0x4BF) || (cp >= 0x4D0 && cp <= 0x52F)) {
    return IsEven(cp);
  }
  if (cp == 0x4C0) return true;
  if (cp >= 0x4C1 && cp <= 0x4CE) return !IsEven(cp);
  if (cp >= 0x531 && cp <= 0x556) return true;
  if ((cp >= 0x1E00 && cp <= 0x1E95) || (cp >= 0x1EA0 && cp <= 0x1EFF)) return IsEven(cp);
  if (cp == 0x1E9E) return true;
  if (cp >= 0x1F00 && cp <= 0x1FAF) return (cp & 0xF) >= 8;  // Greek Extended: second half of each row
  if ((cp >= 0x1FB8 && cp <= 0x1FBC) || (cp >= 0x1FC8 && cp <= 0x1FCC) || (cp >= 0x1FD8 && cp <= 0x1FDB) ||
      (cp >= 0x1FE8 && cp <= 0x1FEC) || (cp >= 0x1FF8 && cp <= 0x1FFC)) {
    return true;
  }
  return cp >= 0xFF21 && cp <= 0xFF3A;
}

bool IsNonAsciiLower(char32_t cp) { return InRanges(kCased, cp) && IsLetter(cp) && !IsNonAsciiUpper(cp); }

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = AsciiToLower(c);
  return out;
}

bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (AsciiToLower(a[i]) != AsciiToLower(b[i])) return false;
  }
  return true;
}

Span TrimSpaces(std::string_view text, Span span) {
  while (span.begin < span.end) {
    const DecodedChar c = DecodeAt(text, span.begin);
    if (!IsSpace(c.code_point)) break;
    span.begin += c.length;
  }
  while (span.end > span.begin) {
    const size_t start = PreviousCharStart(text, span.end);
    if (!IsSpace(DecodeAt(text, start).code_point)) break;
    span.end = start;
  }
  return span;
}

}  // namespace diplograph
