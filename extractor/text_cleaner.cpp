#include "extractor/text_cleaner.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <string>
#include <unordered_set>
#include <vector>

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

// A piece of a line for the small pattern matchers below: a run of letters,
// a run of digits, or one other (non-space) character.
enum class PieceKind { kWord, kNumber, kPunct };

struct Piece {
  size_t begin = 0;
  size_t end = 0;
  PieceKind kind = PieceKind::kPunct;
  bool space_before = false;
};

std::vector<Piece> Lex(std::string_view s) {
  std::vector<Piece> out;
  bool space = true;
  for (size_t pos = 0; pos < s.size();) {
    const DecodedChar c = DecodeAt(s, pos);
    if (IsSpace(c.code_point)) {
      space = true;
      pos += c.length;
      continue;
    }
    Piece piece{pos, pos + c.length, PieceKind::kPunct, space};
    if (IsLetter(c.code_point) || IsDigit(c.code_point)) {
      const bool letters = IsLetter(c.code_point);
      piece.kind = letters ? PieceKind::kWord : PieceKind::kNumber;
      while (piece.end < s.size()) {
        const DecodedChar d = DecodeAt(s, piece.end);
        const bool same = letters ? IsLetter(d.code_point) || IsWordContinuer(d.code_point)
                                  : IsDigit(d.code_point) && d.code_point < 0x80;
        if (!same) break;
        piece.end += d.length;
      }
    }
    out.push_back(piece);
    space = false;
    pos = piece.end;
  }
  return out;
}

// A view over the pieces of one line with small matching helpers.
class PieceCursor {
 public:
  PieceCursor(std::string_view line, const std::vector<Piece>& pieces) : line_(line), pieces_(pieces) {}

  size_t size() const { return pieces_.size(); }
  bool AtEnd(size_t i) const { return i >= pieces_.size(); }
  std::string_view Text(size_t i) const {
    return line_.substr(pieces_[i].begin, pieces_[i].end - pieces_[i].begin);
  }
  const Piece& at(size_t i) const { return pieces_[i]; }
  bool IsWord(size_t i) const { return !AtEnd(i) && pieces_[i].kind == PieceKind::kWord; }
  bool IsNumber(size_t i) const { return !AtEnd(i) && pieces_[i].kind == PieceKind::kNumber; }
  bool IsPunct(size_t i, std::string_view p) const {
    return !AtEnd(i) && pieces_[i].kind == PieceKind::kPunct && Text(i) == p;
  }
  bool Attached(size_t i) const { return !AtEnd(i) && !pieces_[i].space_before; }

  // The value of a number piece of 1..max_digits digits.
  std::optional<int> Number(size_t i, size_t max_digits) const {
    if (!IsNumber(i) || Text(i).size() > max_digits) return std::nullopt;
    int value = 0;
    const std::string_view t = Text(i);
    std::from_chars(t.data(), t.data() + t.size(), value);
    return value;
  }

 private:
  std::string_view line_;
  const std::vector<Piece>& pieces_;
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
  // "21 June 2024", "21st of June, 2024".
  if (auto j = MatchDay(c, i, &d.day)) {
    size_t n = *j;
    if (c.IsWord(n) && EqualsIgnoreAsciiCase(c.Text(n), "of")) ++n;
    if (auto k = MatchMonth(c, n, &d.month)) {
      n = *k;
      if (c.IsPunct(n, ",")) ++n;
      if (auto y = c.Number(n, 4); y && c.Text(n).size() == 4) {
        d.year = *y;
        if (d.IsValid()) return DateMatch{d, n + 1};
      }
      return std::nullopt;
    }
  }
  // Numeric: "2024-06-21", "2024/06/21", "2024.06.21", "21.06.2024", "21/06/2024".
  if (c.IsNumber(i) && c.size() >= i + 5) {
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
// ("10:31 KST", "at 3:05 p.m. EDT", "T10:31:00+09:00").
bool OnlyTimeAfter(const PieceCursor& c, size_t i) {
  for (; !c.AtEnd(i); ++i) {
    if (!IsTimePiece(c, i)) return false;
  }
  return true;
}

struct DateLine {
  Date date;
  bool updated = false;  // labelled as an update rather than the publication
};

// One "|"-separated part of a line that is only a date.
std::optional<DateLine> ParseDatePart(std::string_view part) {
  static const WordSet kLabels = {"published", "updated", "posted",  "last",
                                                          "first",     "date",    "on",      "modified",
                                                          "created",   "issued",  "uploaded"};
  const std::vector<Piece> pieces = Lex(part);
  const PieceCursor c(part, pieces);
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
      if (!OnlyTimeAfter(c, m->next)) return std::nullopt;
      result.date = m->date;
      return result;
    }
    if (!IsTimePiece(c, k)) break;
  }
  return std::nullopt;
}

// Words (chunks between spaces holding a letter or digit), counted up to
// one more than `limit`: the callers only compare the count with small
// bounds, and body paragraphs are long.
size_t CountWords(std::string_view s, size_t limit = std::numeric_limits<size_t>::max() - 1) {
  size_t words = 0;
  bool in_chunk = false;
  bool counted = false;
  for (size_t pos = 0; pos < s.size();) {
    const DecodedChar c = DecodeAt(s, pos);
    if (IsSpace(c.code_point)) {
      in_chunk = false;
    } else {
      if (!in_chunk) counted = false;
      in_chunk = true;
      if (!counted && (IsLetter(c.code_point) || IsDigit(c.code_point))) {
        if (++words > limit) return words;
        counted = true;
      }
    }
    pos += c.length;
  }
  return words;
}

// Splits on '|' and the bullets news sites put between short items.
std::vector<std::string_view> SplitParts(std::string_view line) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t pos = 0; pos < line.size();) {
    const DecodedChar c = DecodeAt(line, pos);
    if (c.code_point == '|' || c.code_point == U'\u2022' || c.code_point == U'\u00B7') {
      parts.push_back(line.substr(start, pos - start));
      start = pos + c.length;
    }
    pos += c.length;
  }
  parts.push_back(line.substr(start));
  return parts;
}

std::optional<DateLine> ParseDateLineWithLabel(std::string_view line) {
  const std::vector<std::string_view> parts = SplitParts(line);
  if (parts.size() == 1) return ParseDatePart(line);
  std::optional<DateLine> found;
  for (std::string_view part : parts) {
    if (!found) {
      found = ParseDatePart(part);
      if (found) continue;
    }
    if (CountWords(part, 8) > 8) return std::nullopt;
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

// Lower-cased, whitespace collapsed to single spaces.
std::string NormalizeForLookup(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (size_t pos = 0; pos < s.size();) {
    const DecodedChar c = DecodeAt(s, pos);
    if (IsSpace(c.code_point)) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out += ' ';
      pending_space = false;
      for (size_t k = pos; k < pos + c.length; ++k) out += AsciiToLower(s[k]);
    }
    pos += c.length;
  }
  return out;
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


// Letters and digits only, lower-cased: two lines with the same key say the
// same thing whatever their quotes and spacing.
std::string ContentKey(std::string_view s) {
  std::string key;
  for (size_t pos = 0; pos < s.size();) {
    const DecodedChar c = DecodeAt(s, pos);
    if (IsLetter(c.code_point) || IsDigit(c.code_point)) {
      for (size_t k = pos; k < pos + c.length; ++k) key += AsciiToLower(s[k]);
    }
    pos += c.length;
  }
  return key;
}

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
  const std::vector<Piece> pieces = Lex(line);
  const PieceCursor c(line, pieces);
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
bool IsBylineLine(std::string_view line) {
  const size_t words = CountWords(line, 8);
  if (words > 8 || EndsSentence(line)) return false;
  const std::vector<Piece> pieces = Lex(line);
  const PieceCursor c(line, pieces);
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
  const std::string_view stripped = StripSymbols(lowered);
  if (CountWords(stripped, 24) > 24) return false;
  return std::any_of(std::begin(kOpeners), std::end(kOpeners),
                     [&](std::string_view o) { return stripped.substr(0, o.size()) == o; }) ||
         std::any_of(std::begin(kClosers), std::end(kClosers),
                     [&](std::string_view o) { return stripped.find(o) != std::string_view::npos; });
}

bool IsCopyrightLine(const std::string& lowered) {
  return lowered.rfind("\xC2\xA9", 0) == 0 || lowered.rfind("copyright", 0) == 0 ||
         lowered.rfind("(c) ", 0) == 0 || lowered.find("all rights reserved") != std::string::npos;
}

}  // namespace

std::optional<Date> ParseDateLine(std::string_view line) {
  const auto parsed = ParseDateLineWithLabel(line);
  if (!parsed) return std::nullopt;
  return parsed->date;
}

size_t DatelineLength(std::string_view line) {
  const std::string_view window = line.substr(0, std::min(line.size(), kDatelineWindow));
  const std::vector<Piece> pieces = Lex(window);
  const PieceCursor c(window, pieces);
  size_t place_words = 0;
  bool all_caps = true;
  size_t i = MatchPlace(c, 0, 4, &place_words, &all_caps);
  bool has_date = false;
  bool has_paren = false;
  // ", Russia" and/or ", June 3" / ", June 3, 2024" after the place.
  for (int round = 0; round < 2 && place_words > 0 && c.IsPunct(i, ","); ++round) {
    int month = 0;
    int day = 0;
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
  } else if (!(place_words > 0 && all_caps) && !has_paren && !has_date) {
    // "Kim Jong Un — the leader ..." is not a dateline; "MOSCOW —" is.
    return 0;
  }
  return c.at(i).begin;
}

bool TextCleaner::IsFurnitureLine(std::string_view line, std::string_view rest) const {
  if (!HasLetter(line)) return true;
  const std::string lowered = NormalizeForLookup(line);
  const WordSet& furniture = conventions_.furniture;
  if (furniture.Contains(lowered) || furniture.Contains(StripSymbols(lowered))) return true;
  // "Read more: ...", "Related | ...": a furniture label before a separator.
  if (const size_t sep = lowered.find_first_of(":|>"); sep != std::string::npos) {
    if (furniture.Contains(StripSymbols(std::string_view(lowered).substr(0, sep)))) return true;
  }
  // "Purchase Licensing Rights, opens new tab": a link label at the end.
  if (const size_t sep = lowered.find_last_of(",|"); sep != std::string::npos && !EndsSentence(line)) {
    if (furniture.Contains(StripSymbols(std::string_view(lowered).substr(sep + 1)))) return true;
  }
  const size_t words = CountWords(rest, std::max<size_t>(8, kMaxCaptionWords));
  if (IsCreditLine(lowered)) return true;
  if (IsCopyrightLine(lowered) || IsNavigationTrail(line) || IsWeatherLine(line, words)) return true;
  if (IsBylineLine(line)) return true;
  if (words <= kMaxCaptionWords && caption_markers_.FoundIn(lowered)) return true;
  return words < 4 && !EndsSentence(rest);
}

// The place words that open a dateline of `length` bytes at the start of
// `line`: up to the first comma, parenthesis, colon or dash.
static Span DatelinePlace(std::string_view text, Span line, size_t length) {
  const std::string_view head = text.substr(line.begin, length);
  size_t end = head.find_first_of(",(:");
  for (std::string_view dash : {" -", "\u2014", "\u2013"}) end = std::min(end, head.find(dash));
  if (end == std::string_view::npos) end = head.size();
  return TrimSpaces(text, Span{line.begin, line.begin + end});
}

Status TextCleaner::Process(Document& doc) const {
  doc.blocks.clear();
  doc.dateline = {};
  const std::string_view text = doc.text;
  std::unordered_set<std::string> seen;  // content keys of headline and body lines
  bool body_started = false;
  bool previous_furniture = false;
  size_t line_number = 0;
  std::optional<Date> published;
  std::optional<Date> updated;

  size_t line_start = 0;
  while (line_start < text.size()) {
    size_t line_end = line_start;
    while (line_end < text.size() && text[line_end] != '\n' && text[line_end] != '\r') ++line_end;
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

    bool furniture = true;
    if (const auto date_line = CountWords(line, 30) <= 30 ? ParseDateLineWithLabel(line) : std::nullopt) {
      if (line_number <= kPublicationDateLines) {
        auto& slot = date_line->updated ? updated : published;
        if (!slot) slot = date_line->date;
      }
    } else {
      furniture = IsFurnitureLine(line, rest);
    }

    Block block{span, BlockKind::kFurniture};
    if (!furniture) {
      const bool title_like = !EndsSentence(rest) && CountWords(rest, kMaxTitleWords) <= kMaxTitleWords;
      std::string key = ContentKey(rest);
      const bool repeat = key.size() >= kMinRepeatKey && !seen.insert(std::move(key)).second;
      if (repeat) {
        block.kind = BlockKind::kFurniture;
      } else if (title_like && !body_started) {
        block.kind = BlockKind::kHeadline;
      } else if (title_like && previous_furniture) {
        block.kind = BlockKind::kFurniture;  // a list of links after "More Stories"
      } else {
        block.kind = BlockKind::kBody;
        body_started = true;
        if (dateline > 0 && doc.dateline.empty()) doc.dateline = DatelinePlace(text, span, dateline);
        block.span.begin += dateline;
      }
    }
    previous_furniture = block.kind == BlockKind::kFurniture;
    doc.blocks.push_back(block);
  }

  if (!doc.published) doc.published = published ? published : updated;
  return Status::Ok();
}

}  // namespace diplograph
