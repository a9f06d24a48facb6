#include "extractor/time_expressions.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>

#include "extractor/literal.h"
#include "extractor/utf8.h"
#include "extractor/word_set.h"

namespace diplograph {

namespace {

// A month and day without a year that would fall further than this after
// publication is taken to be last year's.
constexpr long kMaxDaysAhead = 31;
// How far the clause of a day word is searched for a future cue.
constexpr size_t kMaxCueDistance = 12;

std::string Lower(std::string_view s) { return AsciiLower(s); }

std::string_view WithoutFinalPeriod(std::string_view w) {
  return !w.empty() && w.back() == '.' ? w.substr(0, w.size() - 1) : w;
}

// ASCII digits only, at most `max_digits`.
std::optional<int> ParseNumber(std::string_view s, size_t max_digits) {
  if (s.empty() || s.size() > max_digits) return std::nullopt;
  int value = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return value;
}

std::optional<int> NumberWord(std::string_view lower) {
  static const std::unordered_map<std::string_view, int> kNumbers = {
      {"a", 1},   {"one", 1},   {"two", 2},   {"three", 3}, {"four", 4}, {"five", 5},
      {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9},  {"ten", 10}};
  if (auto it = kNumbers.find(lower); it != kNumbers.end()) return it->second;
  return ParseNumber(lower, 3);
}

using Gate = TimeExpressionFinder::Gate;

// The lower-case words an expression may open with, besides numbers and
// month and weekday names (see SentenceScanner::MayStartAt).
constexpr std::string_view kOpenerWords[] = {
    // "on Tuesday", "last Friday", "this week", "the day before", "the past week"
    "on", "last", "next", "this", "the", "past", "coming", "previous",
    // "yesterday", "tonight"
    "yesterday", "today", "tonight", "tomorrow",
    // "a week ago", "two days ago"
    "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    // "earlier this month", "later in the year"
    "earlier", "later", "early", "late",
    // "in June", "since 1996", "mid-June"
    "in", "since", "until", "till", "by", "during", "before", "after", "through", "from", "mid"};

// The relative words among the anchors (see SentenceScanner::IsAnchor).
constexpr std::string_view kAnchorWords[] = {
    "yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon", "evening", "ago",
    "day",       "days",  "week",    "weeks",    "month", "months",  "year",      "years",   "weekend",
    "decade",    "summer", "winter", "spring",   "autumn", "fall"};

struct Match {
  size_t begin = 0;  // token indices, absolute
  size_t end = 0;
  std::optional<Date> date;
};

// Matches date expressions among the tokens of one sentence.
class SentenceScanner {
 public:
  SentenceScanner(const Document& doc, const Sentence& sentence, const WordClassTable<Gate>& gates)
      : gates_(gates),
        vocabulary_(doc.vocabulary),
        tokens_(doc.tokens),
        begin_(sentence.token_begin),
        end_(sentence.token_end),
        published_(doc.published) {}

  // False when no expression can start at token i, decided from that token
  // alone: every matcher below opens with a number, a capitalized month or
  // weekday name, or one of a few lower-case words (kOpenerWords). Most
  // tokens are none of these, so At need not be tried on them.
  bool MayStartAt(size_t i) const {
    const Token& t = tokens_[i];
    if (t.text.empty()) return false;
    // A day, a year or an ISO date; ParseNumber would also take a sign.
    const char first = t.text[0];
    if ((first >= '0' && first <= '9') || first == '-') return true;
    const Mask gates = GatesOf(t);
    return (gates & Bit(Gate::kOpener)) != 0 || IsCalendarName(t, gates);
  }

  // Whether token i is one no expression can do without: a number, a
  // capitalized month or weekday name, or a word that ends a relative day
  // or a period ("yesterday", "ago", "week"). Every expression has one
  // within its first kMaxAnchorOffset + 1 tokens ("earlier in the year"),
  // so the scan need try only the tokens shortly before one; most
  // sentences have none at all.
  bool IsAnchor(size_t i) const {
    const Token& t = tokens_[i];
    if (t.text.empty()) return false;
    const char first = t.text[0];
    if (first >= '0' && first <= '9') return true;
    const Mask gates = GatesOf(t);
    return (gates & Bit(Gate::kAnchorWord)) != 0 || IsCalendarName(t, gates);
  }
  static constexpr size_t kMaxAnchorOffset = 3;

  // The first anchor at or after token i, or the sentence end.
  size_t NextAnchor(size_t i) const {
    while (i < end_ && !IsAnchor(i)) ++i;
    return i;
  }

  // The longest-priority expression starting at token i, if any. (A new
  // matcher must keep to IsAnchor's rule, or widen it.)
  std::optional<Match> At(size_t i) const {
    if (auto m = ExplicitDate(i)) return m;
    if (auto m = Weekday(i)) return m;
    if (auto m = RelativeDay(i)) return m;
    if (auto m = Period(i)) return m;
    return MonthOrYear(i);
  }

 private:
  using Mask = WordClassTable<Gate>::Mask;
  static Mask Bit(Gate g) { return WordClassTable<Gate>::BitOf(g); }

  // The gate words the token is, by its number when the tokenizer gave one:
  // no hashing or comparing on the tokens nearly all of which are none.
  Mask GatesOf(const Token& t) const { return gates_.ClassesOfToken(t, vocabulary_); }
  // Month and weekday names are ASCII, so capitalized means A-Z here; the
  // table holds their lower-case forms, a month's also with a final period.
  static bool IsCalendarName(const Token& t, Mask gates) {
    return t.text[0] >= 'A' && t.text[0] <= 'Z' && (gates & Bit(Gate::kCalendarName)) != 0;
  }

  bool Valid(size_t i) const { return i >= begin_ && i < end_; }
  std::string_view Text(size_t i) const {
    return Valid(i) ? std::string_view(tokens_[i].text) : std::string_view();
  }
  std::string_view LowerAt(size_t i) const {
    return Valid(i) ? std::string_view(tokens_[i].lower) : std::string_view();
  }
  bool Is(size_t i, std::string_view lower) const {
    return Valid(i) && tokens_[i].lower == lower;
  }
  bool Attached(size_t i) const { return Valid(i) && !tokens_[i].space_before; }
  bool IsAnyOf(size_t i, const WordSet& lower_words) const {
    return Valid(i) && lower_words.Contains(LowerAt(i));
  }

  // A capitalized month name at i, skipping an attached period ("Sept" ".").
  std::optional<int> MonthAt(size_t i, size_t* next) const {
    if (!Valid(i) || !tokens_[i].IsCapitalized()) return std::nullopt;
    const auto m = MonthFromWord(Text(i));
    if (!m) return std::nullopt;
    *next = i + 1;
    // "Sept" "." when the tokenizer did not know the abbreviation; a full
    // name's period ends the sentence.
    static const WordSet kFullNames = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    if (Equals(Text(*next), ".") && Attached(*next) && Valid(*next + 1) && !IsAnyOf(i, kFullNames)) ++*next;
    return m;
  }

  // A day of the month: "19", "19th", with an optional range "19-20".
  std::optional<int> DayAt(size_t i, size_t* next) const {
    std::string_view t = Text(i);
    size_t digits = 0;
    while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
    if (digits == 0) return std::nullopt;  // most tokens: no lower-cased copy
    const std::string suffix = Lower(t.substr(digits));
    if (!(suffix.empty() || Equals(suffix, "st") || Equals(suffix, "nd") || Equals(suffix, "rd") ||
          Equals(suffix, "th")))
      return std::nullopt;
    const auto day = ParseNumber(t.substr(0, digits), 2);
    if (!day || *day < 1 || *day > 31) return std::nullopt;
    *next = i + 1;
    if ((Equals(Text(*next), "-") || Equals(Text(*next), "--")) && Attached(*next) && ParseNumber(Text(*next + 1), 2))
      *next += 2;
    return day;
  }

  std::optional<int> YearAt(size_t i) const {
    if (Text(i).size() != 4) return std::nullopt;
    const auto y = ParseNumber(Text(i), 4);
    if (!y || *y < 1000) return std::nullopt;
    return y;
  }

  // A month and day without a year. Looking back (the default), the
  // publication year, or the year before when that would be too far ahead,
  // or the year after when that lands just ahead ("Jan. 3" in a late-December
  // article). In a future clause, the first such day on or after publication.
  std::optional<Date> InferYear(int month, int day, bool future) const {
    if (!published_) return std::nullopt;
    const long pub = published_->ToDays();
    if (future) {
      for (int year : {published_->year, published_->year + 1}) {
        const Date d{year, month, day};
        if (d.IsValid() && d.ToDays() >= pub) return d;
      }
      return std::nullopt;
    }
    for (int year : {published_->year + 1, published_->year, published_->year - 1}) {
      const Date d{year, month, day};
      if (!d.IsValid()) continue;
      if (year >= published_->year && d.ToDays() - pub > kMaxDaysAhead) continue;
      return d;
    }
    return std::nullopt;
  }

  static std::optional<Date> Full(int year, int month, int day) {
    const Date d{year, month, day};
    if (!d.IsValid()) return std::nullopt;
    return d;
  }

  // "(local time)" after a date or weekday joins it.
  size_t LocalTimeSuffix(size_t i) const {
    if (Equals(Text(i), "(") && Is(i + 1, "local") && Is(i + 2, "time") && Equals(Text(i + 3), ")")) return i + 4;
    return i;
  }

  // "June 19", "June 19, 2024", "19 June", "the 19th of June", "2024-06-19",
  // optionally after "on" and a weekday ("on Wednesday, June 19").
  std::optional<Match> ExplicitDate(size_t i) const {
    size_t j = i;
    if (Is(j, "on")) ++j;
    if (WeekdayFromWord(Text(j), false) && tokens_[j].IsCapitalized()) {
      ++j;
      if (Equals(Text(j), ",")) ++j;
    }
    // The year after the day, if any: "June 19, 2024", "19 June 2024".
    auto with_year = [&](int month, int day, size_t* next) -> std::optional<Date> {
      size_t y = *next;
      if (Equals(Text(y), ",")) ++y;
      if (const auto year = YearAt(y)) {
        *next = y + 1;
        return Full(*year, month, day);
      }
      return InferYear(month, day, FutureCue(i, j));
    };
    size_t next = 0;
    size_t k = 0;
    std::optional<Date> date;
    if (const auto y = YearAt(j); y && Equals(Text(j + 1), "-") && Attached(j + 1) && Attached(j + 2) &&
                                  Equals(Text(j + 3), "-") && Attached(j + 3) && Attached(j + 4)) {
      // ISO: "2024" "-" "06" "-" "19", no spaces.
      const auto m = ParseNumber(Text(j + 2), 2);
      const auto d = ParseNumber(Text(j + 4), 2);
      if (!m || !d) return std::nullopt;
      date = Full(*y, *m, *d);
      next = j + 5;
    } else if (const auto month = MonthAt(j, &k)) {
      const auto day = DayAt(k, &next);
      if (!day) return std::nullopt;
      date = with_year(*month, *day, &next);
    } else if (const auto day = DayAt(j, &k)) {
      if (Is(k, "of")) ++k;
      const auto month_after = MonthAt(k, &next);
      if (!month_after) return std::nullopt;
      date = with_year(*month_after, *day, &next);
    } else {
      return std::nullopt;
    }
    return Match{i, LocalTimeSuffix(next), date};
  }

  // A word in the clause of the expression that starts at token `first`
  // (with its day word at `anchor`) that makes it look ahead.
  bool FutureCue(size_t first, size_t anchor) const {
    static const WordSet kFutureWords = {
        "will",     "'ll",       "shall",     "wo",     "would", "upcoming",
        "starting", "beginning", "scheduled", "slated", "next"};
    static const WordSet kBeforeTo = {
        "is",       "are",     "am",    "set",    "due",       "expected", "plans",  "plan",
        "planning", "planned", "going", "poised", "scheduled", "slated",   "likely", "intends",
        "intend",   "aims",    "aim",   "hopes",  "hope",      "agreed"};
    static const WordSet kBoundaries = {",", ";", ":", "--", "(", ")"};
    if (Is(first - 1, "from") || Is(first - 1, "by")) return true;  // "from Monday", "by June 30"
    // Back through the clause.
    for (size_t k = first; k > begin_ && first - k < kMaxCueDistance;) {
      --k;
      if (IsAnyOf(k, kBoundaries)) break;
      if (IsAnyOf(k, kFutureWords)) return true;
      if (Is(k, "to") && (IsAnyOf(k - 1, kBeforeTo) || (Is(k + 1, "take") && Is(k + 2, "effect"))))
        return true;
      if (Is(k, "effect") && (Is(k - 1, "take") || Is(k - 1, "takes"))) return true;
    }
    // A weekday opening the sentence ("On Friday, the leaders will sign"):
    // forward to the first verb that shows the past.
    if (first == begin_) {
      for (size_t k = anchor + 1; k < end_ && k - anchor < kMaxCueDistance; ++k) {
        if (Equals(Text(k), ";") || Equals(Text(k), ":")) break;
        if (IsAnyOf(k, kFutureWords)) return true;
        const std::string_view w = LowerAt(k);
        if (Equals(w, "said") || Equals(w, "was") || Equals(w, "were") || Equals(w, "had") ||
            (w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0)) {
          break;
        }
      }
    }
    return false;
  }

  // "Tuesday", "on Tuesday", "last Friday", "next Monday", "Thursday (local
  // time)", "Tuesday night".
  std::optional<Match> Weekday(size_t i) const {
    size_t j = i;
    enum class Modifier { kNone, kLast, kNext, kThis } modifier = Modifier::kNone;
    if (Is(j, "last")) {
      modifier = Modifier::kLast;
      ++j;
    } else if (Is(j, "next")) {
      modifier = Modifier::kNext;
      ++j;
    } else if (Is(j, "this")) {
      modifier = Modifier::kThis;
      ++j;
    } else if (Is(j, "on")) {
      ++j;
    }
    if (!Valid(j) || !tokens_[j].IsCapitalized()) return std::nullopt;
    const auto weekday = WeekdayFromWord(Text(j), false);
    if (!weekday) return std::nullopt;
    size_t end = j + 1;
    if (Is(end, "morning") || Is(end, "afternoon") || Is(end, "evening") || Is(end, "night")) ++end;
    end = LocalTimeSuffix(end);

    std::optional<Date> date;
    if (published_) {
      const int pub_weekday = published_->Weekday();
      const int back = (pub_weekday - *weekday + 7) % 7;   // 0..6 days back to it
      const int ahead = (*weekday - pub_weekday + 7) % 7;  // 0..6 days ahead to it
      const bool later_same_day = Is(i - 1, "later");      // "later Friday", "later on Friday"
      if (modifier == Modifier::kLast) {
        date = published_->AddDays(-(back == 0 ? 7 : back));
      } else if (modifier == Modifier::kNext) {
        date = published_->AddDays(ahead == 0 ? 7 : ahead);
      } else if (later_same_day) {
        date = published_->AddDays(ahead);
      } else if (FutureCue(i, j)) {
        date = published_->AddDays(ahead == 0 ? 7 : ahead);
      } else {
        date = published_->AddDays(-back);
      }
    }
    return Match{i, end, date};
  }

  // "yesterday", "today", "tomorrow", "tonight", "last night", "this
  // morning", "the day before yesterday", "two days ago".
  std::optional<Match> RelativeDay(size_t i) const {
    auto offset_match = [&](size_t end, long offset) {
      Match m{i, end, std::nullopt};
      if (published_) m.date = published_->AddDays(offset);
      return m;
    };
    if (Is(i, "yesterday")) return offset_match(i + 1, -1);
    if (Is(i, "today") || Is(i, "tonight")) return offset_match(i + 1, 0);
    if (Is(i, "tomorrow")) return offset_match(i + 1, 1);
    if (Is(i, "last") && Is(i + 1, "night")) return offset_match(i + 2, -1);
    if (Is(i, "this") && (Is(i + 1, "morning") || Is(i + 1, "afternoon") || Is(i + 1, "evening"))) {
      return offset_match(i + 2, 0);
    }
    if (Is(i, "the") && Is(i + 1, "day") && Is(i + 2, "before") && Is(i + 3, "yesterday")) {
      return offset_match(i + 4, -2);
    }
    if (Is(i, "the") && Is(i + 1, "day") && Is(i + 2, "after") && Is(i + 3, "tomorrow")) {
      return offset_match(i + 4, 2);
    }
    // "two days ago", "a week ago": days ground, longer spans do not.
    if (Valid(i + 2) && Is(i + 2, "ago")) {
      if (const auto n = NumberWord(LowerAt(i))) {
        const std::string_view unit = LowerAt(i + 1);
        if (Equals(unit, "day") || Equals(unit, "days")) return offset_match(i + 3, -*n);
        if (Equals(unit, "week") && *n == 1) return offset_match(i + 3, -7);
        if (Equals(unit, "weeks") || Equals(unit, "months") || Equals(unit, "month") || Equals(unit, "years") ||
            Equals(unit, "year")) {
          return Match{i, i + 3, std::nullopt};
        }
      }
    }
    return std::nullopt;
  }

  // Spans longer than a day: "last week", "earlier this month", "later in
  // the year", "in recent days". Found with no date.
  std::optional<Match> Period(size_t i) const {
    static const WordSet kUnits = {
        "week", "month", "year", "weekend", "decade", "summer", "winter", "spring", "autumn", "fall"};
    static const WordSet kDeterminers = {"this", "last",   "next",
                                                                      "past", "coming", "previous"};
    size_t j = i;
    const bool hedge = Is(j, "earlier") || Is(j, "later") || Is(j, "early") || Is(j, "late");
    if (hedge) ++j;
    if (hedge && Is(j, "in") && Is(j + 1, "the") && (IsAnyOf(j + 2, kUnits) || Is(j + 2, "day"))) {
      return Match{i, j + 3, std::nullopt};
    }
    if (Is(j, "the") && (Is(j + 1, "past") || Is(j + 1, "previous") || Is(j + 1, "coming")) &&
        IsAnyOf(j + 2, kUnits)) {
      return Match{i, j + 3, std::nullopt};
    }
    if (IsAnyOf(j, kDeterminers) && IsAnyOf(j + 1, kUnits)) return Match{i, j + 2, std::nullopt};
    if (!hedge && Is(i, "in") && Is(i + 1, "recent") &&
        (Is(i + 2, "days") || Is(i + 2, "weeks") || Is(i + 2, "months") || Is(i + 2, "years"))) {
      return Match{i, i + 3, std::nullopt};
    }
    return std::nullopt;
  }

  // "in June", "June 2024", "mid-June", "in 1996": a month or a year, which
  // fixes no day.
  std::optional<Match> MonthOrYear(size_t i) const {
    static const WordSet kLeads = {
        "in",      "since", "until", "till", "by",  "during", "before", "after",
        "through", "from",  "early", "late", "mid", "last",   "next",   "this"};
    size_t next = 0;
    if (MonthAt(i, &next) && YearAt(next)) return Match{i, next + 1, std::nullopt};
    if (!IsAnyOf(i, kLeads)) return std::nullopt;
    size_t j = i + 1;
    if (Is(i, "mid") && Equals(Text(j), "-") && Attached(j)) ++j;
    if (MonthAt(j, &next)) {
      size_t day_end = 0;
      if (DayAt(next, &day_end)) return std::nullopt;  // "by Sept. 1": a full date from the month on
      if (YearAt(next)) ++next;
      return Match{i, next, std::nullopt};
    }
    if (const auto year = YearAt(j); year && *year >= 1900 && *year <= 2100) {
      // "in 2024-06-19" is a full date, matched from the year on.
      if ((Equals(Text(j + 1), "-") || Equals(Text(j + 1), "/")) && Attached(j + 1)) return std::nullopt;
      return Match{i, j + 1, std::nullopt};
    }
    return std::nullopt;
  }

  const WordClassTable<Gate>& gates_;
  const Vocabulary* vocabulary_;  // what the tokens' numbers are in, if any
  const std::vector<Token>& tokens_;
  size_t begin_;
  size_t end_;
  const std::optional<Date>& published_;
};

}  // namespace

namespace {

struct NamedNumber {
  std::string_view lower;
  int number;
};

// A bit per letter a..z; lets a lookup reject most words on their first byte.
template <size_t N>
constexpr uint32_t FirstLetters(const NamedNumber (&names)[N]) {
  uint32_t mask = 0;
  for (const NamedNumber& n : names) mask |= uint32_t{1} << (n.lower[0] - 'a');
  return mask;
}

// A table of lower-case ASCII names, with the lengths and first letters they
// have, so that words that cannot match (nearly all tokens) are rejected
// before any comparison.
template <size_t N>
class NameTable {
 public:
  constexpr explicit NameTable(const NamedNumber (&names)[N]) : names_(names), first_(FirstLetters(names)) {
    for (const NamedNumber& n : names) {
      min_ = std::min(min_, n.lower.size());
      max_ = std::max(max_, n.lower.size());
    }
  }

  // The number of `word`, compared ignoring ASCII case; no allocation, as
  // this runs on every token.
  std::optional<int> Find(std::string_view word) const {
    if (word.size() < min_ || word.size() > max_) return std::nullopt;
    const char first = AsciiToLower(word[0]);
    if (first < 'a' || first > 'z' || !((first_ >> (first - 'a')) & 1)) return std::nullopt;
    std::array<char, kMaxLength> buffer{};
    for (size_t k = 0; k < word.size(); ++k) buffer[k] = AsciiToLower(word[k]);
    const std::string_view lower(buffer.data(), word.size());
    for (const NamedNumber& n : names_) {
      if (n.lower == lower) return n.number;
    }
    return std::nullopt;
  }

  static constexpr size_t kMaxLength = 16;  // longer than any name

 private:
  const NamedNumber (&names_)[N];
  uint32_t first_ = 0;
  size_t min_ = kMaxLength;
  size_t max_ = 0;
};

constexpr NamedNumber kMonthNames[] = {
    {"january", 1},  {"jan", 1},    {"february", 2},  {"feb", 2},       {"march", 3},     {"mar", 3},
    {"april", 4},    {"apr", 4},    {"may", 5},       {"june", 6},      {"jun", 6},       {"july", 7},
    {"jul", 7},      {"august", 8}, {"aug", 8},       {"september", 9}, {"sep", 9},       {"sept", 9},
    {"october", 10}, {"oct", 10},   {"november", 11}, {"nov", 11},      {"december", 12}, {"dec", 12}};
constexpr NamedNumber kWeekdayNames[] = {{"monday", 0}, {"tuesday", 1},  {"wednesday", 2}, {"thursday", 3},
                                         {"friday", 4}, {"saturday", 5}, {"sunday", 6}};
constexpr NamedNumber kWeekdayAbbreviationNames[] = {{"mon", 0},  {"tue", 1},   {"tues", 1}, {"wed", 2},
                                                     {"thu", 3},  {"thur", 3},  {"thurs", 3}, {"fri", 4},
                                                     {"sat", 5},  {"sun", 6}};

constexpr NameTable kMonths(kMonthNames);
constexpr NameTable kWeekdays(kWeekdayNames);
constexpr NameTable kWeekdayAbbreviations(kWeekdayAbbreviationNames);

}  // namespace

std::optional<int> MonthFromWord(std::string_view word) { return kMonths.Find(WithoutFinalPeriod(word)); }

std::optional<int> WeekdayFromWord(std::string_view word, bool allow_abbreviation) {
  if (auto full = kWeekdays.Find(word)) return full;
  if (!allow_abbreviation) return std::nullopt;
  return kWeekdayAbbreviations.Find(WithoutFinalPeriod(word));
}

namespace {

constexpr size_t kDatelineTokens = 8;  // how far into a paragraph a dateline's date may start
constexpr size_t kDatelineParagraphs = 3;  // the first body paragraphs, where a dateline may stand

// "Istanbul/Athens, 7 December 2023 (dpa/MIA) - ...", "CAIRO - 7 June
// 2023: ...": a full date (with its year) among the first tokens of one of
// the first body paragraphs is the day the story was filed, when no date
// line said when it was published.
std::optional<Date> DatelineDate(const Document& doc, const WordClassTable<Gate>& gates) {
  size_t paragraphs = 0;
  size_t last_block = static_cast<size_t>(-1);
  for (const Sentence& sentence : doc.sentences) {
    if (doc.blocks[sentence.block].kind != BlockKind::kBody || sentence.block == last_block) continue;
    last_block = sentence.block;
    if (++paragraphs > kDatelineParagraphs) break;
    const SentenceScanner scanner(doc, sentence, gates);
    const size_t last = std::min(sentence.token_end, sentence.token_begin + kDatelineTokens);
    for (size_t i = sentence.token_begin; i < last; ++i) {
      if (!scanner.MayStartAt(i)) continue;
      const std::optional<Match> m = scanner.At(i);
      if (!m || !m->date) continue;
      for (size_t k = m->begin; k < m->end; ++k) {
        const std::string_view w = doc.tokens[k].text;
        if (w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
          return m->date;
        }
      }
    }
  }
  return std::nullopt;
}

// The calendar names as the tokens' lower-case forms may spell them: a
// month's with or without a final period (as MonthFromWord takes them), a
// weekday's in full (as WeekdayFromWord takes them in running text).
WordSet CalendarNames() {
  WordSet names;
  for (const NamedNumber& n : kMonthNames) {
    names.Add(std::string(n.lower));
    names.Add(std::string(n.lower) + ".");
  }
  for (const NamedNumber& n : kWeekdayNames) names.Add(std::string(n.lower));
  return names;
}

WordSet SetOf(std::span<const std::string_view> words) {
  WordSet set;
  for (std::string_view w : words) set.Add(std::string(w));
  return set;
}

}  // namespace

TimeExpressionFinder::TimeExpressionFinder(Vocabulary* vocabulary) {
  gates_.Add(Gate::kOpener, SetOf(kOpenerWords));
  gates_.Add(Gate::kAnchorWord, SetOf(kAnchorWords));
  gates_.Add(Gate::kCalendarName, CalendarNames());
  if (vocabulary != nullptr) gates_.Bind(*vocabulary);
}

Status TimeExpressionFinder::Process(Document& doc) const {
  doc.times.clear();
  if (!doc.published) doc.published = DatelineDate(doc, gates_);
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    if (sentence.token_end > doc.tokens.size() || sentence.token_begin > sentence.token_end) {
      return Status::Internal("sentence " + std::to_string(s) + " has a bad token range in document " +
                              doc.id);
    }
    const SentenceScanner scanner(doc, sentence, gates_);
    size_t anchor = scanner.NextAnchor(sentence.token_begin);
    for (size_t i = sentence.token_begin; i < sentence.token_end;) {
      if (anchor < i) anchor = scanner.NextAnchor(i);
      if (anchor == sentence.token_end) break;  // no anchor left: no expression
      if (anchor > i + SentenceScanner::kMaxAnchorOffset) {
        i = anchor - SentenceScanner::kMaxAnchorOffset;  // too far before the anchor to reach it
        continue;
      }
      if (!scanner.MayStartAt(i)) {
        ++i;
        continue;
      }
      const std::optional<Match> m = scanner.At(i);
      if (!m || m->end <= i) {
        ++i;
        continue;
      }
      TimeExpression t;
      t.span = Span{doc.tokens[m->begin].span.begin, doc.tokens[m->end - 1].span.end};
      t.sentence = s;
      t.token_begin = m->begin;
      t.token_end = m->end;
      t.date = m->date;
      doc.times.push_back(t);
      i = m->end;
    }
  }
  return Status::Ok();
}

}  // namespace diplograph
