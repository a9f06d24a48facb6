#include "extractor/text_cleaner.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <functional>
#include <limits>
#include <string>
#include <vector>

#include "extractor/string_set.h"
#include "extractor/time_expressions.h"
#include "extractor/utf8.h"
#include "extractor/word_set.h"

namespace diplograph {

namespace {

// Date lines are looked for among this many non-blank lines at the top.
constexpr size_t kPublicationDateLines = 12;
// A dateline is short; looking further is wasted work on long paragraphs.
constexpr size_t kDatelineWindow = 160;
// Titles are short; a long line without a final full stop ("... (Yonhap)")
// is still a paragraph.
constexpr size_t kMaxTitleWords = 30;
// Captions are short; a long paragraph that mentions "file photo" is text.
constexpr size_t kMaxCaptionWords = 60;
// The pieces of a time of day that may come before a date ("4:05 PM EDT,").
constexpr size_t kMaxTimePieces = 10;
// A repeat shorter than this (in letters and digits) may be a coincidence.
constexpr size_t kMinRepeatKey = 20;
// Longer lines are not looked at as date lines.
constexpr size_t kMaxDateLineWords = 30;
// Credits are short; a longer line is a paragraph that names its sources.
constexpr size_t kMaxCreditLineWords = 24;

// A piece of a line for the small pattern matchers below: a run of letters,
// a run of digits, or one other (non-space) character.
enum class PieceKind { kWord, kNumber, kPunct };

struct Piece {
  size_t begin = 0;
  size_t end = 0;
  PieceKind kind = PieceKind::kPunct;
  bool space_before = false;
};

// The pieces of one line, lexed only as far as a matcher looks: most give up
// after a piece or two, and many lines are long paragraphs. The pieces are
// the same as lexing the whole line first would give. (The lexing state is
// mutable so that matchers can take the cursor by const reference.)
class PieceCursor {
 public:
  explicit PieceCursor(std::string_view line) : line_(line) {}

  size_t size() const {
    while (LexNext()) {
    }
    return pieces_.size();
  }
  bool AtEnd(size_t i) const { return !Has(i); }
  std::string_view Text(size_t i) const {
    const Piece& p = at(i);
    return line_.substr(p.begin, p.end - p.begin);
  }
  const Piece& at(size_t i) const {
    Has(i);
    return pieces_[i];
  }
  bool IsWord(size_t i) const { return Has(i) && pieces_[i].kind == PieceKind::kWord; }
  bool IsNumber(size_t i) const { return Has(i) && pieces_[i].kind == PieceKind::kNumber; }
  bool IsPunct(size_t i, std::string_view p) const {
    return Has(i) && pieces_[i].kind == PieceKind::kPunct && Text(i) == p;
  }
  bool Attached(size_t i) const { return Has(i) && !pieces_[i].space_before; }

  // The value of a number piece of 1..max_digits digits.
  std::optional<int> Number(size_t i, size_t max_digits) const {
    if (!IsNumber(i) || Text(i).size() > max_digits) return std::nullopt;
    int value = 0;
    const std::string_view t = Text(i);
    std::from_chars(t.data(), t.data() + t.size(), value);
    return value;
  }

 private:
  // True when piece i exists, lexing up to it if need be.
  bool Has(size_t i) const {
    while (pieces_.size() <= i) {
      if (!LexNext()) return false;
    }
    return true;
  }

  // Appends the next piece: a run of letters, a run of ASCII digits, or one
  // other (non-space) character. False at the end of the line.
  bool LexNext() const {
    while (pos_ < line_.size()) {
      const DecodedChar c = DecodeAt(line_, pos_);
      if (!IsSpace(c.code_point)) break;
      space_ = true;
      pos_ += c.length;
    }
    if (pos_ >= line_.size()) return false;
    const DecodedChar c = DecodeAt(line_, pos_);
    Piece piece{pos_, pos_ + c.length, PieceKind::kPunct, space_};
    if (IsLetter(c.code_point) || IsDigit(c.code_point)) {
      const bool letters = IsLetter(c.code_point);
      piece.kind = letters ? PieceKind::kWord : PieceKind::kNumber;
      while (piece.end < line_.size()) {
        const DecodedChar d = DecodeAt(line_, piece.end);
        const bool same = letters ? IsLetter(d.code_point) || IsWordContinuer(d.code_point)
                                  : IsDigit(d.code_point) && d.code_point < 0x80;
        if (!same) break;
        piece.end += d.length;
      }
    }
    pieces_.push_back(piece);
    space_ = false;
    pos_ = piece.end;
    return true;
  }

  // Pieces inline up to a number most lines' matchers never pass, then on
  // the heap: a cursor is made for several checks of every line.
  class Pieces {
   public:
    size_t size() const { return size_; }
    const Piece& operator[](size_t i) const { return i < kInline ? inline_[i] : heap_[i - kInline]; }
    void push_back(const Piece& piece) {
      if (size_ < kInline) {
        inline_[size_] = piece;
      } else {
        heap_.push_back(piece);
      }
      ++size_;
    }

   private:
    static constexpr size_t kInline = 16;
    std::array<Piece, kInline> inline_;
    std::vector<Piece> heap_;
    size_t size_ = 0;
  };

  std::string_view line_;
  mutable Pieces pieces_;
  mutable size_t pos_ = 0;     // where lexing resumes
  mutable bool space_ = true;  // whitespace (or the line start) before pos_
};

bool IsOrdinalSuffix(std::string_view w) {
  return EqualsIgnoreAsciiCase(w, "st") || EqualsIgnoreAsciiCase(w, "nd") || EqualsIgnoreAsciiCase(w, "rd") ||
         EqualsIgnoreAsciiCase(w, "th");
}

// A month piece, optionally followed by an attached period ("Sept."); returns
// the index after it.
std::optional<size_t> MatchMonth(const PieceCursor& c, size_t i, int* month) {
  if (!c.IsWord(i)) return std::nullopt;
  const auto m = MonthFromWord(c.Text(i));
  if (!m) return std::nullopt;
  *month = *m;
  ++i;
  if (c.IsPunct(i, ".") && c.Attached(i)) ++i;
  return i;
}

// A day of the month with an optional ordinal suffix ("21", "21st").
std::optional<size_t> MatchDay(const PieceCursor& c, size_t i, int* day) {
  const auto d = c.Number(i, 2);
  if (!d || *d < 1 || *d > 31) return std::nullopt;
  *day = *d;
  ++i;
  if (c.IsWord(i) && c.Attached(i) && IsOrdinalSuffix(c.Text(i))) ++i;
  return i;
}

struct DateMatch {
  Date date;
  size_t next = 0;  // the piece after the date
};

// A date with an explicit year starting at piece `i`, in any common format.
std::optional<DateMatch> MatchDate(const PieceCursor& c, size_t i) {
  // An optional weekday: "Saturday, September 23, 2023", "Sat. 23 Sept 2023".
  if (c.IsWord(i) && WeekdayFromWord(c.Text(i), /*allow_abbreviation=*/true)) {
    ++i;
    if (c.IsPunct(i, ".") && c.Attached(i)) ++i;
    if (c.IsPunct(i, ",")) ++i;
  }
  Date d;
  // "June 21, 2024", "Jun 21 2024", "Sept. 5, 2024".
  if (auto j = MatchMonth(c, i, &d.month)) {
    if (auto k = MatchDay(c, *j, &d.day)) {
      size_t n = *k;
      if (c.IsPunct(n, ",")) ++n;
      if (auto y = c.Number(n, 4); y && c.Text(n).size() == 4) {
        d.year = *y;
        if (d.IsValid()) return DateMatch{d, n + 1};
      }
    }
    return std::nullopt;
  }
  // "21 June 2024", "21st of June, 2024", "15/ December/2024", "15-Dec-2024".
  const auto date_slash = [&](size_t k) { return c.IsPunct(k, "/") || c.IsPunct(k, "-"); };
  if (auto j = MatchDay(c, i, &d.day)) {
    size_t n = *j;
    if (c.IsWord(n) && EqualsIgnoreAsciiCase(c.Text(n), "of")) ++n;
    const bool slashed = date_slash(n);
    if (slashed) ++n;
    if (auto k = MatchMonth(c, n, &d.month)) {
      n = *k;
      if (slashed && !date_slash(n)) return std::nullopt;  // one separator throughout
      if (c.IsPunct(n, ",") || slashed) ++n;
      if (auto y = c.Number(n, 4); y && c.Text(n).size() == 4) {
        d.year = *y;
        if (d.IsValid()) return DateMatch{d, n + 1};
      }
      return std::nullopt;
    }
  }
  // Numeric: "2024-06-21", "2024/06/21", "2024.06.21", "21.06.2024", "21/06/2024".
  if (c.IsNumber(i) && !c.AtEnd(i + 4)) {
    const std::string_view sep = c.Text(i + 1);
    const bool sep_ok = (sep == "-" || sep == "/" || sep == ".") && c.IsPunct(i + 3, sep);
    const bool tight = c.Attached(i + 1) && c.Attached(i + 2) && c.Attached(i + 3) && c.Attached(i + 4);
    if (!sep_ok || !tight || !c.IsNumber(i + 2) || !c.IsNumber(i + 4)) return std::nullopt;
    const auto a = c.Number(i, 4);
    const auto b = c.Number(i + 2, 2);
    const auto e = c.Number(i + 4, 4);
    if (!a || !b || !e) return std::nullopt;
    if (c.Text(i).size() == 4) {
      d = Date{*a, *b, *e};
    } else if (c.Text(i + 4).size() == 4 && c.Text(i).size() <= 2) {
      // Day first unless that is impossible; "06/21/2024" is month first, and
      // "06/07/2024" is ambiguous unless written with dots (European style).
      if (*b > 12 && *a <= 12) {
        d = Date{*e, *a, *b};
      } else if (*a > 12 || sep == ".") {
        d = Date{*e, *b, *a};
      } else {
        return std::nullopt;
      }
    } else {
      return std::nullopt;
    }
    if (d.IsValid()) return DateMatch{d, i + 5};
  }
  return std::nullopt;
}

// A piece that can only belong to a time of day, a zone or a label: "10",
// ":", "p.m.", "KST", "at", "T".
bool IsTimePiece(const PieceCursor& c, size_t i) {
  static const WordSet kTimeWords = {"am", "pm",    "a",    "p",      "m",     "at",
                                                             "on", "local", "time", "hrs",    "hours", "h",
                                                             "t",  "z",     "ist",  "updated"};
  static const WordSet kTimePunct = {
      ":",           ",", "-", "/", "(", ")", "+", ".", "|", "\xC2\xB7", "\xE2\x80\xA2", "\xE2\x80\x93",
      "\xE2\x80\x94"};
  const std::string_view t = c.Text(i);
  switch (c.at(i).kind) {
    case PieceKind::kNumber:
      return true;
    case PieceKind::kPunct:
      return kTimePunct.Contains(t);
    case PieceKind::kWord:
      if (kTimeWords.Contains(AsciiLower(t))) return true;
      // A time zone abbreviation: "KST", "GMT", "EDT".
      return t.size() <= 5 && std::all_of(t.begin(), t.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
  }
  return false;
}

// True when pieces [i, end) can only be a time of day, a zone or a label
// ("10:31 KST", "at 3:05 p.m. EDT", "T10:31:00+09:00"), with perhaps the
// writer's credit at the end ("12:29 by Jane Doe"). *timed tells whether a
// time of day is among them.
bool OnlyTimeAfter(const PieceCursor& c, size_t i, bool* timed = nullptr) {
  static constexpr size_t kMaxCreditWords = 4;
  for (; !c.AtEnd(i); ++i) {
    if (c.IsWord(i) && AsciiLower(c.Text(i)) == "by" && i > 0) {
      size_t words = 0;
      for (size_t k = i + 1; !c.AtEnd(k); ++k) {
        if (!c.IsWord(k) || !std::isupper(static_cast<unsigned char>(c.Text(k)[0]))) return false;
        ++words;
      }
      return words >= 1 && words <= kMaxCreditWords;
    }
    if (!IsTimePiece(c, i)) return false;
    if (timed && c.IsPunct(i, ":") && c.IsNumber(i + 1)) *timed = true;
  }
  return true;
}

struct DateLine {
  Date date;
  bool updated = false;  // labelled as an update rather than the publication
  bool timed = false;    // given with a time of day, as publication stamps are
};

// A byline's source, then the date and time: "The Canadian Press, 24 Feb,
// 2022 10:46 AM". Only capitalized words before the comma, and a time of
// day after the date: a sentence that happens to end in a date has neither.
std::optional<DateLine> ParseSourceDate(const PieceCursor& c) {
  static constexpr size_t kMaxSourceWords = 8;
  size_t k = 0;
  while (c.IsWord(k) && k < kMaxSourceWords && std::isupper(static_cast<unsigned char>(c.Text(k)[0]))) ++k;
  if (k == 0 || !c.IsPunct(k, ",")) return std::nullopt;
  const auto m = MatchDate(c, k + 1);
  DateLine result;
  if (!m || !OnlyTimeAfter(c, m->next, &result.timed) || !result.timed) return std::nullopt;
  result.date = m->date;
  return result;
}

// One "|"-separated part of a line that is only a date.
std::optional<DateLine> ParseDatePart(std::string_view part) {
  // "[15 December 2024]": a date set in brackets is still the line's date.
  while (part.size() >= 2 &&
         ((part.front() == '[' && part.back() == ']') || (part.front() == '(' && part.back() == ')'))) {
    part = part.substr(1, part.size() - 2);
  }
  static const WordSet kLabels = {"published", "updated", "posted",  "last",
                                                          "first",     "date",    "on",      "modified",
                                                          "created",   "issued",  "uploaded"};
  const PieceCursor c(part);
  DateLine result;
  size_t i = 0;
  while (c.IsWord(i) && i < 3 && kLabels.Contains(AsciiLower(c.Text(i)))) {
    const std::string w = AsciiLower(c.Text(i));
    if (w == "updated" || w == "modified") result.updated = true;
    ++i;
  }
  if (c.IsPunct(i, ":")) ++i;
  // The date, possibly after a time: "Published 4:05 PM EDT, Tue March 12, 2024".
  for (size_t k = i; !c.AtEnd(k) && k < i + kMaxTimePieces; ++k) {
    if (const auto m = MatchDate(c, k)) {
      if (!OnlyTimeAfter(c, m->next, &result.timed)) return std::nullopt;
      result.date = m->date;
      return result;
    }
    if (!IsTimePiece(c, k)) {
      if (k == i && i == 0) return ParseSourceDate(c);
      break;
    }
  }
  return std::nullopt;
}

// The classes CountWords and ContentKey tell apart, for ASCII bytes: a
// table lookup instead of decoding and range tests on every byte.
enum class CharClass : uint8_t { kOther, kSpace, kAlnum };

constexpr std::array<CharClass, 128> MakeAsciiClasses() {
  std::array<CharClass, 128> classes{};
  for (unsigned b = 0; b < 128; ++b) {
    // As IsSpace, IsLetter and IsDigit judge ASCII.
    if (b == ' ' || (b >= 0x09 && b <= 0x0D)) {
      classes[b] = CharClass::kSpace;
    } else if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) {
      classes[b] = CharClass::kAlnum;
    }
  }
  return classes;
}
constexpr std::array<CharClass, 128> kAsciiClasses = MakeAsciiClasses();

CharClass NonAsciiClassAt(std::string_view s, size_t& pos) {
  const DecodedChar c = DecodeMultibyte(s, pos);
  pos += c.length;
  if (IsSpace(c.code_point)) return CharClass::kSpace;
  return IsLetter(c.code_point) || IsDigit(c.code_point) ? CharClass::kAlnum : CharClass::kOther;
}

// The class of the character at `pos`, advancing `pos` past it.
inline CharClass ClassAt(std::string_view s, size_t& pos) {
  const auto b = static_cast<unsigned char>(s[pos]);
  if (b < 0x80) {
    ++pos;
    return kAsciiClasses[b];
  }
  return NonAsciiClassAt(s, pos);
}

// For eight ASCII bytes (high bits clear): the high bit of each byte that
// is a letter or digit, and of each that is a space, as kAsciiClasses has
// them. Range tests on all eight at once; no byte carries into the next.
struct ChunkClasses {
  uint64_t alnum = 0;
  uint64_t space = 0;
};
ChunkClasses ClassesOf8(uint64_t chunk) {
  constexpr uint64_t kEach = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  auto in_range = [](uint64_t x, unsigned lo, unsigned hi) {
    const uint64_t at_least = x + kEach * (0x80 - lo);
    const uint64_t above = x + kEach * (0x7F - hi);
    return at_least & ~above & kHigh;
  };
  return {in_range(chunk | kEach * 0x20, 'a', 'z') | in_range(chunk, '0', '9'),
          in_range(chunk, 0x09, 0x0D) | in_range(chunk, ' ', ' ')};
}

// How many bytes of `high_bits` (only high bits set) are set: a multiply
// gathers them in the top byte. (std::popcount is a library call on the
// baseline x86-64 the build targets.)
size_t CountHighBits(uint64_t high_bits) {
  constexpr uint64_t kEach = 0x0101010101010101ULL;
  return static_cast<size_t>(((high_bits >> 7) * kEach) >> 56);
}

// Whether any of the eight bytes of `chunk` is an ASCII digit. (Judged
// with the high bits cleared, so that no byte carries into the next.)
bool HasDigitByte(uint64_t chunk) {
  constexpr uint64_t kEach = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  const uint64_t low7 = chunk & ~kHigh;
  const uint64_t digits = (low7 + kEach * (0x80 - '0')) & ~(low7 + kEach * (0x7F - '9')) & ~chunk & kHigh;
  return digits != 0;
}

// Words (chunks between spaces holding a letter or digit), counted up to
// one more than `limit`: the callers only compare the count with small
// bounds, and body paragraphs are long. One pass without branching on the
// classes (word boundaries are too irregular to predict): a chunk counts at
// its first letter or digit, and a space ends it. Runs of letters, digits
// and spaces (most of a paragraph) are counted up to eight bytes at once:
// there a word starts at each letter or digit after a space.
size_t CountWords(std::string_view s, size_t limit = std::numeric_limits<size_t>::max() - 1) {
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  size_t words = 0;
  bool counted = false;  // the chunk going on has been counted
  for (size_t pos = 0; pos < s.size();) {
    if (pos + 8 <= s.size()) {
      uint64_t chunk;
      std::memcpy(&chunk, s.data() + pos, 8);
      // The bytes up to the first that is neither an ASCII letter or digit
      // nor a space (all eight, mostly) are counted at once; that one is
      // taken on its own below. (Classes are judged with the high bits
      // cleared, so that no byte carries into the next.)
      const ChunkClasses c = ClassesOf8(chunk & ~kHigh);
      const uint64_t stops = (~(c.alnum | c.space) | chunk) & kHigh;
      const unsigned n = stops ? static_cast<unsigned>(std::countr_zero(stops)) / 8 : 8;
      if (n > 0) {
        const uint64_t alnum = n == 8 ? c.alnum : c.alnum & ((uint64_t{1} << (8 * n)) - 1);
        // The byte before each one is a letter or digit (or, before the
        // first, the chunk going on was counted).
        const uint64_t after_word = (alnum << 8) | (counted ? 0x80 : 0);
        words += CountHighBits(alnum & ~after_word);
        counted = ((alnum >> (8 * n - 1)) & 1) != 0;  // the last byte taken is a letter or digit
        pos += n;
        if (words > limit) return limit + 1;  // as one at a time would stop
        continue;
      }
    }
    const CharClass c = ClassAt(s, pos);
    const bool alnum = c == CharClass::kAlnum;
    words += alnum && !counted;
    counted = (counted || alnum) && c != CharClass::kSpace;
    if (words > limit) return words;
  }
  return words;
}

// Whether `line` has a '|', U+2022 or U+00B7: the separators SplitParts
// splits on. A byte scan is exact, since every byte that can start one of
// them (| 0xE2 0xC2) is where the decoder starts a character.
// A hyphen with a space on each side separates items too ("By JT - Mar 28,
// 2017 - Last updated ..."); an en or em dash joins a date to what it
// introduces ("June 21, 2024 \u2014 Politics"), so it separates nothing.
bool HasSeparator(std::string_view line) {
  if (line.find('|') != std::string_view::npos) return true;
  // " - " by its hyphen: find(" - ") stops at every space, hyphens are rare.
  for (size_t pos = line.find('-'); pos != std::string_view::npos; pos = line.find('-', pos + 1)) {
    if (pos > 0 && line[pos - 1] == ' ' && pos + 1 < line.size() && line[pos + 1] == ' ') return true;
  }
  return line.find("\u2022") != std::string_view::npos || line.find("\u00B7") != std::string_view::npos;
}

// The length of the separator SplitParts splits on at byte `pos`, or 0.
// Judged by bytes, without decoding: as for HasSeparator, the first byte of
// each separator is never part of another character.
size_t SeparatorLengthAt(std::string_view line, size_t pos) {
  switch (line[pos]) {
    case '|':
      return 1;
    case '-':
      return pos > 0 && line[pos - 1] == ' ' && pos + 1 < line.size() && line[pos + 1] == ' ' ? 1 : 0;
    case '\xE2':
      return line.substr(pos, 3) == "\u2022" ? 3 : 0;
    case '\xC2':
      return line.substr(pos, 2) == "\u00B7" ? 2 : 0;
    default:
      return 0;
  }
}

// Splits on '|', the bullets news sites put between short items, and dashes
// with a space on each side.
std::vector<std::string_view> SplitParts(std::string_view line) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t pos = 0; pos < line.size();) {
    if (const size_t length = SeparatorLengthAt(line, pos)) {
      parts.push_back(line.substr(start, pos - start));
      start = pos + length;
      pos += length;
    } else {
      ++pos;
    }
  }
  parts.push_back(line.substr(start));
  return parts;
}

// Whether `line` has four ASCII digits in a row. Eight bytes without a
// digit, most of a line, are passed over at once.
bool HasFourDigits(std::string_view line) {
  size_t run = 0;
  for (size_t pos = 0; pos < line.size();) {
    size_t stop = line.size();  // where this step's byte-by-byte scan ends
    if (pos + 8 <= line.size()) {
      uint64_t chunk;
      std::memcpy(&chunk, line.data() + pos, 8);
      if (!HasDigitByte(chunk)) {
        run = 0;
        pos += 8;
        continue;
      }
      stop = pos + 8;
    }
    for (; pos < stop; ++pos) {
      run = line[pos] >= '0' && line[pos] <= '9' ? run + 1 : 0;
      if (run == 4) return true;
    }
  }
  return false;
}

std::optional<DateLine> ParseDateLineWithLabel(std::string_view line) {
  // Every date has a year of four ASCII digits (a number piece that starts
  // with another digit reads as 0, no year), so a line without four in a
  // row has none: most lines are given up here without lexing.
  if (!HasFourDigits(line)) return std::nullopt;
  if (!HasSeparator(line)) return ParseDatePart(line);
  const std::vector<std::string_view> parts = SplitParts(line);
  if (parts.size() == 1) return ParseDatePart(line);
  // Dashes also join a headline to its date ("Talks resume - 7 June 2023"):
  // there the other parts must be as short as a byline or a time.
  const bool bars = line.find('|') != std::string_view::npos || line.find("\u2022") != std::string_view::npos ||
                    line.find("\u00B7") != std::string_view::npos;
  const size_t max_words = bars ? 8 : 4;
  std::optional<DateLine> found;
  for (std::string_view part : parts) {
    if (!found) {
      found = ParseDatePart(part);
      if (found) continue;
    }
    if (CountWords(part, max_words) > max_words && !ParseDatePart(part)) return std::nullopt;
  }
  return found;
}

bool HasLetter(std::string_view s) {
  for (size_t pos = 0; pos < s.size();) {
    const DecodedChar c = DecodeAt(s, pos);
    if (IsLetter(c.code_point)) return true;
    pos += c.length;
  }
  return false;
}

bool IsClosingChar(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == U'\u201D' || cp == U'\u2019' ||
         cp == U'\u00BB' || cp == '*';
}

// The line ends a sentence: . ! ? or an ellipsis, possibly inside closing
// quotes or brackets.
bool EndsSentence(std::string_view s) {
  size_t end = s.size();
  while (end > 0) {
    const size_t start = PreviousCharStart(s, end);
    const char32_t cp = DecodeAt(s, start).code_point;
    if (cp == '.' || cp == '!' || cp == '?' || cp == U'\u2026') return true;
    if (!IsClosingChar(cp)) return false;
    end = start;
  }
  return false;
}

// Eight bytes in one word (little-endian: the first byte is the lowest).
// For ASCII bytes only: no byte carries into the next in these sums.
static_assert(std::endian::native == std::endian::little);
constexpr uint64_t kEachByte = 0x0101010101010101ULL;
constexpr uint64_t kHighBits = 0x8080808080808080ULL;

// The high bit of each byte of `chunk` (all ASCII) that is `byte`.
uint64_t BytesEqual(uint64_t chunk, unsigned char byte) {
  const uint64_t x = chunk ^ (kEachByte * byte);
  return ~(((x & ~kHighBits) + ~kHighBits) | x) & kHighBits;
}

// The ASCII bytes of `chunk` lower-cased.
uint64_t AsciiLower8(uint64_t chunk) {
  const uint64_t at_least_a = chunk + kEachByte * (0x80 - 'A');
  const uint64_t beyond_z = chunk + kEachByte * (0x80 - 'Z' - 1);
  return chunk | (((at_least_a ^ beyond_z) & kHighBits) >> 2);
}

// Whether NormalizeForLookup copies these eight bytes as they are (bar
// case, and a final space, which is left pending), with no space pending
// before them: all ASCII, no control bytes (tabs, line breaks), no two
// spaces together and no leading space to drop (`after_text` false).
bool CopiesAsIs(uint64_t chunk, bool after_text) {
  if (chunk & kHighBits) return false;
  if ((chunk - kEachByte * 0x20) & ~chunk & kHighBits) return false;  // a byte below 0x20
  const uint64_t spaces = BytesEqual(chunk, ' ');
  if (spaces & (spaces << 8)) return false;
  return after_text || !(spaces & 0x80);
}

// Lower-cased, whitespace collapsed to single spaces, into `out`: one
// buffer serves every line of a document. ASCII, nearly all of the text,
// skips decoding; other characters are copied as they are (lower-casing
// only touches ASCII).
void NormalizeForLookup(std::string_view s, std::string& out) {
  out.resize(s.size());  // the result is never longer than `s`
  char* const o = out.data();
  size_t n = 0;
  bool pending_space = false;
  for (size_t pos = 0; pos < s.size();) {
    // Eight bytes at a time where they come out as they go in, lower-cased,
    // after the space pending before them, if any: most of a paragraph.
    if (pos + 8 <= s.size()) {
      uint64_t chunk;
      std::memcpy(&chunk, s.data() + pos, 8);
      if (CopiesAsIs(chunk, n > 0) && !(pending_space && (chunk & 0xFF) == ' ')) {
        if (pending_space) o[n++] = ' ';
        // A final space waits, as one does below, for what follows it: more
        // spaces, or the end, where it is dropped. (It is written and then
        // written over, or cut off at the end.)
        pending_space = (chunk >> 56) == ' ';
        chunk = AsciiLower8(chunk);
        std::memcpy(o + n, &chunk, 8);
        n += pending_space ? 7 : 8;
        pos += 8;
        continue;
      }
    }
    auto b = static_cast<unsigned char>(s[pos]);
    if (b < 0x80 && kAsciiClasses[b] != CharClass::kSpace) {
      // A run of other ASCII bytes, lower-cased as it is copied.
      if (pending_space) o[n++] = ' ';
      pending_space = false;
      do {
        o[n++] = AsciiToLower(static_cast<char>(b));
        if (++pos == s.size()) break;
        b = static_cast<unsigned char>(s[pos]);
      } while (b < 0x80 && kAsciiClasses[b] != CharClass::kSpace);
      continue;
    }
    size_t length = 1;
    bool space = true;
    if (b >= 0x80) {
      const DecodedChar c = DecodeMultibyte(s, pos);
      length = c.length;
      space = IsSpace(c.code_point);
    }
    if (space) {
      pending_space = n > 0;
    } else {
      if (pending_space) o[n++] = ' ';
      pending_space = false;
      for (size_t k = pos; k < pos + length; ++k) o[n++] = AsciiToLower(s[k]);
    }
    pos += length;
  }
  out.resize(n);
}

// `s` without leading and trailing characters that are neither letters nor
// digits ("» Read more", "- Advertisement -", "Share:").
std::string_view StripSymbols(std::string_view s) {
  size_t begin = 0;
  while (begin < s.size()) {
    const DecodedChar c = DecodeAt(s, begin);
    if (IsWordChar(c.code_point)) break;
    begin += c.length;
  }
  size_t end = s.size();
  while (end > begin) {
    const size_t start = PreviousCharStart(s, end);
    if (IsWordChar(DecodeAt(s, start).code_point)) break;
    end = start;
  }
  return s.substr(begin, end - begin);
}


// `chunk` without the bytes whose high bit is set in `drop`, the bytes
// after each moved down over it; *kept (from 8) counts down once for each.
uint64_t DropBytes(uint64_t chunk, uint64_t drop, unsigned* kept) {
  for (; drop != 0; drop &= drop - 1) {
    // Where the byte is now, after the ones below it went.
    const unsigned at = static_cast<unsigned>(std::countr_zero(drop)) / 8 - (8 - *kept);
    const uint64_t below = (uint64_t{1} << (8 * at)) - 1;
    chunk = (chunk & below) | ((chunk >> 8) & ~below);
    --*kept;
  }
  return chunk;
}

// CountWords' count, fed a character or eight ASCII bytes at a time.
class WordCounter {
 public:
  size_t words() const { return words_; }
  void Add(CharClass c) {
    const bool alnum = c == CharClass::kAlnum;
    words_ += alnum && !counted_;
    counted_ = (counted_ || alnum) && c != CharClass::kSpace;
  }
  // Eight ASCII bytes and their classes.
  void Add8(uint64_t chunk, const ChunkClasses& c) {
    if ((c.alnum | c.space) != kHighBits) {
      for (unsigned i = 0; i < 8; ++i) Add(kAsciiClasses[(chunk >> (8 * i)) & 0x7F]);
      return;
    }
    // Only letters, digits and spaces: a word starts at each letter or
    // digit after a space (or, the first, unless the chunk going on was
    // counted).
    const uint64_t after_word = (c.alnum << 8) | (counted_ ? 0x80 : 0);
    words_ += CountHighBits(c.alnum & ~after_word);
    counted_ = (c.alnum >> 63) != 0;
  }

 private:
  size_t words_ = 0;
  bool counted_ = false;  // the chunk going on has been counted
};

// Letters and digits only, lower-cased, into `key` (two lines with the same
// key say the same thing whatever their quotes and spacing), and the words
// of `s` as CountWords(s, limit) counts them: one pass for both, as every
// line has its words counted and nearly all the text (the body) needs its
// key.
size_t ContentKeyAndWords(std::string_view s, std::string& key, size_t limit) {
  key.resize(s.size());  // never longer than `s`
  char* const k = key.data();
  size_t n = 0;
  WordCounter counter;
  for (size_t pos = 0; pos < s.size();) {
    // Eight ASCII bytes at a time, most of a paragraph: lower-cased at once,
    // the few that are not letters or digits (a space, mostly) taken out,
    // and written together. (The bytes written past the kept ones are
    // written over next, or cut off at the end.)
    if (pos + 8 <= s.size()) {
      uint64_t chunk;
      std::memcpy(&chunk, s.data() + pos, 8);
      if (!(chunk & kHighBits)) {
        const ChunkClasses c = ClassesOf8(chunk);
        if (counter.words() <= limit) counter.Add8(chunk, c);
        unsigned kept = 8;
        const uint64_t lower = DropBytes(AsciiLower8(chunk), ~c.alnum & kHighBits, &kept);
        std::memcpy(k + n, &lower, 8);
        n += kept;
        pos += 8;
        continue;
      }
    }
    const size_t start = pos;
    const CharClass c = ClassAt(s, pos);
    if (c == CharClass::kAlnum) {
      for (size_t i = start; i < pos; ++i) k[n++] = AsciiToLower(s[i]);
    }
    counter.Add(c);
  }
  key.resize(n);
  return std::min(counter.words(), limit + 1);
}

// The first byte of `s` that is one of `Bytes`, or npos: memchr for each,
// each over the part before the nearest found so far. (string_view's
// find_first_of calls memchr once per byte of `s`.)
template <char... Bytes>
size_t FindFirstOf(std::string_view s) {
  size_t first = s.size();
  for (const char byte : {Bytes...}) {
    if (const void* p = std::memchr(s.data(), byte, first)) {
      first = static_cast<size_t>(static_cast<const char*>(p) - s.data());
    }
  }
  return first == s.size() ? std::string_view::npos : first;
}

template <char... Bytes>
size_t FindLastOf(std::string_view s) {
  for (size_t i = s.size(); i-- > 0;) {
    if (((s[i] == Bytes) || ...)) return i;
  }
  return std::string_view::npos;
}

// Finds `needle` skipping ahead by the Boyer-Moore-Horspool table: long
// lines are searched for a few fixed phrases, and plain find stops at every
// occurrence of the phrase's first letter.
class PhraseSearcher {
 public:
  explicit PhraseSearcher(std::string_view needle) : needle_(needle), search_(needle_.begin(), needle_.end()) {}
  PhraseSearcher(const PhraseSearcher&) = delete;  // search_ points into needle_
  PhraseSearcher& operator=(const PhraseSearcher&) = delete;
  bool FoundIn(std::string_view text) const { return std::search(text.begin(), text.end(), search_) != text.end(); }

 private:
  std::string needle_;
  std::boyer_moore_horspool_searcher<std::string::const_iterator> search_;
};

bool IsDash(std::string_view p) {
  return p == "-" || p == "\xE2\x80\x93" || p == "\xE2\x80\x94" || p == "\xE2\x80\x95";
}

bool IsCapitalizedWord(const PieceCursor& c, size_t i) {
  return c.IsWord(i) && IsUpper(DecodeAt(c.Text(i), 0).code_point);
}

bool IsAllCapsWord(std::string_view w) {
  for (size_t pos = 0; pos < w.size();) {
    const DecodedChar d = DecodeAt(w, pos);
    if (IsLower(d.code_point)) return false;
    pos += d.length;
  }
  return true;
}

// Capitalized words joined by spaces or by attached ".", "-", "'"
// ("SEOUL", "St. Petersburg", "BANJA-LUKA"); returns the index after them.
size_t MatchPlace(const PieceCursor& c, size_t i, size_t max_words, size_t* words, bool* all_caps) {
  *words = 0;
  while (IsCapitalizedWord(c, i) && *words < max_words) {
    ++*words;
    *all_caps = *all_caps && IsAllCapsWord(c.Text(i));
    ++i;
    while (c.Attached(i) && c.at(i).kind == PieceKind::kPunct &&
           (c.IsPunct(i, ".") || c.IsPunct(i, "-") || c.IsPunct(i, "'") || c.IsPunct(i, "\xE2\x80\x99"))) {
      if (IsCapitalizedWord(c, i + 1) && c.Attached(i + 1)) {
        i += 2;  // a joined word continues this one
      } else if (c.IsPunct(i, ".")) {
        ++i;  // an abbreviation's period
        break;
      } else {
        break;
      }
    }
  }
  return i;
}

bool IsWeatherLine(std::string_view line, size_t words) {
  static const WordSet kWeatherWords = {
      "clear",  "sky",    "skies",    "few",      "scattered", "broken",       "overcast",
      "clouds", "cloudy", "partly",   "mostly",   "sunny",     "sun",          "rain",
      "light",  "heavy",  "moderate", "showers",  "shower",    "drizzle",      "snow",
      "sleet",  "fog",    "foggy",    "mist",     "haze",      "hazy",         "smoke",
      "dust",   "windy",  "humid",    "humidity", "fair",      "thunderstorm", "thunderstorms",
      "with",   "and",    "isolated", "chance",   "of",        "intensity",    "freezing"};
  if (words > 8 || EndsSentence(line)) return false;
  // A temperature reading: "30°C", "86 °F".
  for (size_t pos = line.find("\xC2\xB0"); pos != std::string_view::npos;
       pos = line.find("\xC2\xB0", pos + 2)) {
    size_t k = pos + 2;
    while (k < line.size() && line[k] == ' ') ++k;
    if (k < line.size() && (line[k] == 'C' || line[k] == 'F')) return true;
  }
  // Only weather words: "scattered clouds", "Partly cloudy with light rain".
  const PieceCursor c(line);
  bool any = false;
  for (size_t i = 0; i < c.size(); ++i) {
    if (!c.IsWord(i)) continue;
    if (!kWeatherWords.Contains(AsciiLower(c.Text(i)))) return false;
    any = true;
  }
  return any;
}

// "By Jane Doe", "By Jane Doe and John Roe", or two or three capitalized
// words and nothing else ("Jane Doe").
// `words` is CountWords(line), exact up to 8 at least.
bool IsBylineLine(std::string_view line, size_t words) {
  if (words > 8 || EndsSentence(line)) return false;
  const PieceCursor c(line);
  if (c.IsWord(0) && EqualsIgnoreAsciiCase(c.Text(0), "by") && words >= 2) {
    return IsCapitalizedWord(c, 1);
  }
  if (words < 2 || words > 3) return false;
  for (size_t i = 0; i < c.size(); ++i) {
    const bool joiner =
        c.Attached(i) && i > 0 && (c.IsPunct(i, "-") || c.IsPunct(i, "'") || c.IsPunct(i, "."));
    if (joiner) continue;
    if (!c.IsWord(i)) return false;
    if (c.at(i).space_before || i == 0) {
      if (!IsCapitalizedWord(c, i)) return false;
    }
  }
  return true;
}

// Three or more short items between separators: "Home | World | Asia".
bool IsNavigationTrail(std::string_view line) {
  if (!HasSeparator(line)) return false;
  const std::vector<std::string_view> parts = SplitParts(line);
  if (parts.size() < 3) return false;
  return std::all_of(parts.begin(), parts.end(), [](std::string_view p) { return CountWords(p, 3) <= 3; });
}

// Credits for the reporting ("Reporting by Jane Roe; Editing by John Doe",
// "Jane Roe in Vienna contributed to this report.").
bool IsCreditLine(std::string_view lowered) {
  static const std::string_view kOpeners[] = {"reporting by ",      "additional reporting by ",
                                              "with reporting by ", "writing by ",
                                              "written by ",        "editing by ",
                                              "edited by ",         "compiled by ",
                                              "reported by ",       "translated by ",
                                              "produced by ",       "graphics by ",
                                              "contributing: "};
  static const std::string_view kClosers[] = {"contributed to this report", "contributed to this story",
                                              "contributed reporting", "contributed to this article"};
  // Every closer starts with this, so a line without it needs no more search.
  static const PhraseSearcher kCloserStart("contributed ");
  const std::string_view stripped = StripSymbols(lowered);
  const bool credit =
      std::any_of(std::begin(kOpeners), std::end(kOpeners),
                  [&](std::string_view o) { return stripped.substr(0, o.size()) == o; }) ||
      (kCloserStart.FoundIn(stripped) &&
       std::any_of(std::begin(kClosers), std::end(kClosers),
                   [&](std::string_view o) { return stripped.find(o) != std::string_view::npos; }));
  // Counting words is the dearer test, so it comes last.
  return credit && CountWords(stripped, kMaxCreditLineWords) <= kMaxCreditLineWords;
}

bool IsCopyrightLine(std::string_view lowered) {
  static const PhraseSearcher kReserved("all rights reserved");
  return lowered.starts_with("\xC2\xA9") || lowered.starts_with("copyright") || lowered.starts_with("(c) ") ||
         kReserved.FoundIn(lowered);
}

// Whether `window` holds a piece a dateline's separator can be: ':' or a
// dash ("-", U+2013, U+2014, U+2015). Most lines have no dateline, and
// this costs less than lexing their first words to find out.
bool HasDatelineSeparator(std::string_view window) {
  if (FindFirstOf<':', '-'>(window) != std::string_view::npos) return true;
  for (size_t pos = window.find("\xE2\x80"); pos != std::string_view::npos; pos = window.find("\xE2\x80", pos + 1)) {
    const auto third = pos + 2 < window.size() ? static_cast<unsigned char>(window[pos + 2]) : 0;
    if (third >= 0x93 && third <= 0x95) return true;
  }
  return false;
}

}  // namespace

std::optional<Date> ParseDateLine(std::string_view line) {
  const auto parsed = ParseDateLineWithLabel(line);
  if (!parsed) return std::nullopt;
  return parsed->date;
}

size_t DatelineLength(std::string_view line) {
  const std::string_view window = line.substr(0, std::min(line.size(), kDatelineWindow));
  if (!HasDatelineSeparator(window)) return 0;
  const PieceCursor c(window);
  size_t place_words = 0;
  bool all_caps = true;
  size_t i = MatchPlace(c, 0, 4, &place_words, &all_caps);
  bool has_date = false;
  bool has_paren = false;
  bool has_region = false;
  // ", Russia" and/or ", June 3" / ", June 3, 2024" after the place.
  for (int round = 0; round < 2 && place_words > 0 && c.IsPunct(i, ","); ++round) {
    int month = 0;
    int day = 0;
    // "15 September 2023", "2023-09-15": a full date in any common format.
    if (auto date = MatchDate(c, i + 1); date && !has_date) {
      i = date->next;
      has_date = true;
      continue;
    }
    if (auto j = MatchMonth(c, i + 1, &month); j && !has_date) {
      if (auto k = MatchDay(c, *j, &day)) {
        i = *k;
        if (c.IsPunct(i, ",") && c.Number(i + 1, 4)) i += 2;
        has_date = true;
        continue;
      }
    }
    size_t region_words = 0;
    bool region_caps = all_caps;
    const size_t j = MatchPlace(c, i + 1, 3, &region_words, &region_caps);
    if (region_words == 0 || has_date) break;
    has_region = true;
    i = j;
  }
  // "(Reuters)", "(AP)", "(Yonhap)".
  if (c.IsPunct(i, "(")) {
    size_t j = i + 1;
    while (!c.AtEnd(j) && j < i + 10 && !c.IsPunct(j, ")") && !c.IsPunct(j, "(")) ++j;
    // "(Reuters)", "(AP)", and the one lower-case agency short form "(dpa)".
    const bool agency = IsCapitalizedWord(c, i + 1) || (j == i + 2 && c.IsWord(i + 1) && c.Text(i + 1).size() <= 4);
    if (!c.IsPunct(j, ")") || j == i + 1 || !agency) return 0;
    has_paren = true;
    i = j + 1;
  }
  if (c.AtEnd(i)) return 0;
  // The separator, which must be followed by a space and more text.
  bool colon = false;
  if (c.IsPunct(i, ":")) {
    colon = true;
    ++i;
  } else if (c.at(i).kind == PieceKind::kPunct && IsDash(c.Text(i))) {
    const bool double_hyphen = c.IsPunct(i, "-") && c.IsPunct(i + 1, "-") && c.Attached(i + 1);
    i += double_hyphen ? 2 : 1;
  } else {
    return 0;
  }
  if (c.AtEnd(i) || !c.at(i).space_before) return 0;
  if (place_words == 0 && !has_paren) return 0;
  if (colon) {
    if (place_words == 0 || place_words > 3 || has_paren) return 0;
  } else if (!(place_words > 0 && all_caps) && !has_paren && !has_date && !has_region) {
    // "Kim Jong Un — the leader ..." is not a dateline; "MOSCOW —" and
    // "Metro Manila, Philippines —" are.
    return 0;
  }
  return c.at(i).begin;
}

namespace {

// The full date a dateline carries ("Lima, Peru, 15 September 2023 -"), if any.
std::optional<Date> DatelineDate(std::string_view dateline) {
  const PieceCursor c(dateline);
  for (size_t i = 0; !c.AtEnd(i); ++i) {
    if (auto date = MatchDate(c, i)) return date->date;
  }
  return std::nullopt;
}

}  // namespace

bool TextCleaner::IsFurnitureLine(const LineFacts& facts, std::string& lowered_buffer) const {
  const std::string_view line = facts.line;
  if (!HasLetter(line)) return true;
  NormalizeForLookup(line, lowered_buffer);
  const std::string_view lowered = lowered_buffer;
  const WordSet& furniture = conventions_.furniture;
  if (furniture.Contains(lowered) || furniture.Contains(StripSymbols(lowered))) return true;
  // "Read more: ...", "Related | ...": a furniture label before a separator.
  if (const size_t sep = FindFirstOf<':', '|', '>'>(lowered); sep != std::string_view::npos) {
    if (furniture.Contains(StripSymbols(lowered.substr(0, sep)))) return true;
  }
  // "Purchase Licensing Rights, opens new tab": a link label at the end.
  if (!EndsSentence(line)) {
    if (const size_t sep = FindLastOf<',', '|'>(lowered); sep != std::string_view::npos) {
      if (furniture.Contains(StripSymbols(lowered.substr(sep + 1)))) return true;
    }
  }
  const size_t words = facts.rest_words;
  // A credit line has at most kMaxCreditLineWords words, as many as `line`.
  if (facts.line_words <= kMaxCreditLineWords && IsCreditLine(lowered)) return true;
  if (IsCopyrightLine(lowered) || IsNavigationTrail(line) || IsWeatherLine(line, words)) return true;
  if (IsBylineLine(line, facts.line_words)) return true;
  // Words past kMaxTitleWords are counted only for a line with a caption
  // marker: the search costs less than counting on through a paragraph.
  if (caption_markers_.FoundIn(lowered) &&
      (words <= kMaxTitleWords || CountWords(facts.rest, kMaxCaptionWords) <= kMaxCaptionWords)) {
    return true;
  }
  return words < 4 && !EndsSentence(facts.rest);
}

// The end of the line starting at `start`: the next CR or LF, or the end of
// `text`. memchr finds the LF; a CR is then looked for only before it.
static size_t LineEnd(std::string_view text, size_t start) {
  const void* lf = std::memchr(text.data() + start, '\n', text.size() - start);
  const size_t end = lf ? static_cast<size_t>(static_cast<const char*>(lf) - text.data()) : text.size();
  const void* cr = std::memchr(text.data() + start, '\r', end - start);
  return cr ? static_cast<size_t>(static_cast<const char*>(cr) - text.data()) : end;
}

constexpr size_t kMinWrappedLine = 40;   // bytes: a shorter line ("Trending now") is one of its own
constexpr size_t kMaxWrapWidth = 100;    // wider lines are paragraphs, not wrapped ones
constexpr size_t kWrapSlack = 20;        // a wrapped line falls short of the width by less
constexpr size_t kMinWrappedLines = 3;   // lines that reach the width, for a text to count as wrapped

// The width a hard-wrapped text is wrapped at (its longest line), or 0 when
// it is not wrapped. Wrapped text ("FREEDONIA CITY (Reuters) - Foreign
// Minister Ana\nLind summoned ...") breaks names and sentences at any word;
// a page of short lines (headlines, bylines, captions) does not. So a text
// counts as wrapped when no line is wider than kMaxWrapWidth, and at least
// kMinWrappedLines lines that come near the width end no sentence and run
// on into a next line, of which at least two, and two in five, start in
// lower case.
static size_t WrapWidth(std::string_view text) {
  struct Line {
    std::string_view text;
    bool followed = false;  // the next line is not blank
  };
  // Reused from document to document (one per thread): it was grown anew
  // for each.
  thread_local std::vector<Line> lines;
  lines.clear();
  for (size_t start = 0; start < text.size();) {
    const size_t end = LineEnd(text, start);
    std::string_view line = text.substr(start, end - start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    if (line.size() > kMaxWrapWidth) return 0;
    if (!lines.empty() && !line.empty()) lines.back().followed = !lines.back().text.empty();
    lines.push_back({line});
    const void* lf = std::memchr(text.data() + end, '\n', text.size() - end);
    start = lf ? static_cast<size_t>(static_cast<const char*>(lf) - text.data()) + 1 : text.size();
  }
  size_t width = 0;
  for (const Line& l : lines) width = std::max(width, l.text.size());
  if (width < kMinWrappedLine) return 0;
  size_t run_on = 0, lower_next = 0;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const std::string_view l = lines[i].text;
    if (!lines[i].followed || l.size() + kWrapSlack < width || EndsSentence(l)) continue;
    ++run_on;
    const std::string_view n = lines[i + 1].text;
    const size_t first = n.find_first_not_of(" \t");
    lower_next += first != std::string_view::npos && n[first] >= 'a' && n[first] <= 'z';
  }
  return run_on >= kMinWrappedLines && lower_next >= 2 && 5 * lower_next >= 2 * run_on ? width : 0;
}

// Where the line starting at `start` ends once a hard-wrapped paragraph is
// taken whole: the next line continues this one when it follows with no
// blank line between and this one is long: in a text wrapped at
// `wrap_width`, when it comes near the width; in any text, when it ends no
// sentence and either the next starts in lower case ("... Tomas
// Arancibia\nsummoned Peru's ambassador") or this one ends with a comma or a
// word no line ends on ("the", "of", "and").
static size_t WrappedLineEnd(std::string_view text, size_t start, size_t wrap_width) {
  static const WordSet kOpenEnds = {"the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "with",
                                    "by", "at", "from", "that", "as", "its", "his", "her", "their"};
  size_t line_start = start;
  size_t end = LineEnd(text, line_start);
  while (end < text.size()) {
    size_t next = end + ((text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ? 2 : 1);
    size_t first = next;
    while (first < text.size() && (text[first] == ' ' || text[first] == '\t')) ++first;
    if (first >= text.size() || text[first] == '\n' || text[first] == '\r') break;
    std::string_view line = text.substr(line_start, end - line_start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    // Wrapped lines are long: a short one ("Trending now") stands alone.
    if (line.size() < kMinWrappedLine) break;
    if (wrap_width > 0 && line.size() + kWrapSlack >= wrap_width) {
      line_start = next;
      end = LineEnd(text, line_start);
      continue;
    }
    if (EndsSentence(line)) break;
    const size_t space = line.find_last_of(" \t");
    const std::string_view last_word = space == std::string_view::npos ? line : line.substr(space + 1);
    std::string lower(last_word);
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    const bool lower_next = text[first] >= 'a' && text[first] <= 'z';
    const bool open_end = line.back() == ',' || kOpenEnds.Contains(lower);
    if (!lower_next && !open_end) break;
    line_start = next;
    end = LineEnd(text, line_start);
  }
  return end;
}

// The place words that open a dateline of `length` bytes at the start of
// `line`: up to the first comma, parenthesis, colon or dash.
static Span DatelinePlace(std::string_view text, Span line, size_t length) {
  const std::string_view head = text.substr(line.begin, length);
  size_t end = FindFirstOf<',', '(', ':'>(head);
  for (std::string_view dash : {" -", "\u2014", "\u2013"}) end = std::min(end, head.find(dash));
  if (end == std::string_view::npos) end = head.size();
  return TrimSpaces(text, Span{line.begin, line.begin + end});
}

// The piece after the place's comma in a dateline of `length` bytes at the
// start of `line` ("Philippines" in "Metro Manila, Philippines -", or a
// date); empty when the place has no comma after it.
static Span DatelineRegion(std::string_view text, Span line, size_t length) {
  const std::string_view head = text.substr(line.begin, length);
  const size_t comma = head.find(',');
  if (comma == std::string_view::npos) return {};
  size_t end = FindFirstOf<',', '(', ':'>(head.substr(comma + 1));
  end = end == std::string_view::npos ? head.size() : comma + 1 + end;
  for (std::string_view dash : {" -", "\u2014", "\u2013"}) end = std::min(end, head.find(dash, comma));
  return TrimSpaces(text, Span{line.begin + comma + 1, line.begin + end});
}

// The credit in parentheses in a dateline of `length` bytes at the start of
// `line` ("Reuters" in "SYDNEY (Reuters) -"); empty when there is none.
static Span DatelineCredit(std::string_view text, Span line, size_t length) {
  const std::string_view head = text.substr(line.begin, length);
  const size_t open = head.find('(');
  if (open == std::string_view::npos) return {};
  const size_t close = head.find(')', open);
  if (close == std::string_view::npos) return {};
  return TrimSpaces(text, Span{line.begin + open + 1, line.begin + close});
}

Status TextCleaner::Process(Document& doc) const {
  doc.blocks.clear();
  doc.dateline = {};
  doc.dateline_credit = {};
  doc.dateline_region = {};
  const std::string_view text = doc.text;
  // Buffers reused from line to line, and from document to document (one
  // set per thread: their memory was allocated and grown anew for each).
  thread_local StringSet seen;  // content keys of headline and body lines
  thread_local std::string lowered;
  thread_local std::string key;
  seen.Clear();
  bool body_started = false;
  bool previous_furniture = false;
  size_t line_number = 0;
  std::optional<Date> published;
  bool published_timed = false;
  std::optional<Date> updated;
  std::optional<Date> dateline_date;  // the day the story was filed, when no date line says

  const size_t wrap_width = WrapWidth(text);
  size_t line_start = 0;
  while (line_start < text.size()) {
    const size_t line_end = WrappedLineEnd(text, line_start, wrap_width);
    size_t next = line_end;
    if (next < text.size())
      next +=
          (text[next] == '\r' && next + 1 < text.size() && text[next + 1] == '\n') ? size_t{2} : size_t{1};

    const Span span = TrimSpaces(text, Span{line_start, line_end});
    line_start = next;
    if (span.empty()) continue;
    ++line_number;

    const std::string_view line = span.Of(text);
    const size_t dateline = DatelineLength(line);
    const std::string_view rest = line.substr(dateline);

    // Counted once for all the checks below, in the pass that makes the
    // content key for the repeat check. The dateline ends where a piece
    // starts after a space, so the words of `line` are those of the
    // dateline and those of `rest`.
    const size_t rest_words = ContentKeyAndWords(rest, key, kMaxTitleWords);
    const size_t dateline_words = dateline == 0 ? 0 : CountWords(line.substr(0, dateline), kMaxDateLineWords);
    const size_t line_words = std::min(dateline_words + rest_words, kMaxDateLineWords + 1);

    bool furniture = true;
    if (const auto date_line = line_words <= kMaxDateLineWords ? ParseDateLineWithLabel(line) : std::nullopt) {
      if (line_number <= kPublicationDateLines) {
        auto& slot = date_line->updated ? updated : published;
        // A page's own date at the top ("Friday, November 15, 2024") may be
        // the day it was read; a stamp with a time of day is the article's.
        if (!slot || (date_line->timed && !published_timed && !date_line->updated)) {
          slot = date_line->date;
          if (!date_line->updated) published_timed = date_line->timed;
        }
      }
    } else {
      furniture = IsFurnitureLine(LineFacts{line, rest, line_words, rest_words}, lowered);
    }

    Block block{span, BlockKind::kFurniture};
    if (!furniture) {
      const bool title_like = !EndsSentence(rest) && rest_words <= kMaxTitleWords;
      const bool repeat = key.size() >= kMinRepeatKey && !seen.Insert(key);
      if (repeat) {
        block.kind = BlockKind::kFurniture;
      } else if (title_like && !body_started) {
        block.kind = BlockKind::kHeadline;
      } else if (title_like && previous_furniture) {
        block.kind = BlockKind::kFurniture;  // a list of links after "More Stories"
      } else {
        block.kind = BlockKind::kBody;
        body_started = true;
        if (dateline > 0 && doc.dateline.empty()) {
          doc.dateline = DatelinePlace(text, span, dateline);
          doc.dateline_credit = DatelineCredit(text, span, dateline);
          doc.dateline_region = DatelineRegion(text, span, dateline);
          dateline_date = DatelineDate(line.substr(0, dateline));
        }
        block.span.begin += dateline;
      }
    }
    previous_furniture = block.kind == BlockKind::kFurniture;
    doc.blocks.push_back(block);
  }

  if (!doc.published) doc.published = published ? published : updated ? updated : dateline_date;
  return Status::Ok();
}

}  // namespace diplograph
