#include "extractor/time_expressions.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractor/sentence_splitter.h"
#include "extractor/tokenizer.h"
#include "extractor/utf8.h"

namespace diplograph {
namespace {

// Calendars used below (checked by hand):
//   June 2024: Mon 17, Tue 18, Wed 19, Thu 20, Fri 21 (publication), Sat 22,
//              Sun 23, Mon 24, Tue 25, Wed 26, Fri 28; Fri 14, Sat 15, Sun 16.
//   September 2023: Sat 23 (publication).
constexpr Date kFriday{2024, 6, 21};

TextConventions Conventions() {
  TextConventions c;
  for (const char* a : {"Sept.", "Aug.", "Jan.", "Dec.", "U.S."}) c.abbreviations.Add(a);
  return c;
}

struct Found {
  std::string surface;
  std::string date;  // ISO, or "-" when not grounded
  bool operator==(const Found&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Found& f) {
  return os << "{" << f.surface << ", " << f.date << "}";
}

// With a vocabulary, as in a pipeline: the tokenizer numbers the words and
// the finder tests its gate words by number.
Document Analyze(const std::string& text, std::optional<Date> published, bool numbered = false) {
  Document doc;
  doc.text = text;
  doc.published = published;
  doc.blocks.push_back(Block{Span{0, text.size()}, BlockKind::kBody});
  const TextConventions conventions = Conventions();
  EXPECT_TRUE(SentenceSplitter(conventions).Process(doc).ok());
  Vocabulary vocabulary;
  const TimeExpressionFinder finder(numbered ? &vocabulary : nullptr);
  EXPECT_TRUE(Tokenizer(conventions, numbered ? &vocabulary : nullptr).Process(doc).ok());
  EXPECT_TRUE(finder.Process(doc).ok());
  doc.vocabulary = nullptr;  // `vocabulary` ends here
  return doc;
}

std::vector<Found> Find(const std::string& text, std::optional<Date> published = kFriday,
                        bool numbered = false) {
  const Document doc = Analyze(text, published, numbered);
  std::vector<Found> out;
  for (const TimeExpression& t : doc.times) {
    out.push_back({std::string(doc.View(t.span)), t.date ? t.date->ToIso() : "-"});
  }
  return out;
}

using F = std::vector<Found>;

// Numbered tokens pass the scan's gates (opening words, anchor words,
// capitalized month and weekday names, a month's final period) as their
// text does.
TEST(TimeExpressionsTest, NumberedTokensFindTheSame) {
  for (const std::string text :
       {"On Tuesday the talks resumed; next Monday they end.", "He arrived Sept. 3 and left June 19, 2024.",
        "Two days ago, and earlier this month, and in 1996.", "The summit yesterday; the TUESDAY vote.",
        "Talks on Jan. 3 and since mid-June; may the week end.", "They meet in Dec. and again in Aug.", "It rained last week and tomorrow night."}) {
    EXPECT_EQ(Find(text, kFriday, true), Find(text, kFriday, false)) << text;
    EXPECT_FALSE(Find(text, kFriday, true).empty()) << text;
  }
}

TEST(TimeExpressionsTest, CalendarSanity) {
  EXPECT_EQ(kFriday.Weekday(), 4);
  EXPECT_EQ((Date{2023, 9, 23}).Weekday(), 5);
}

TEST(TimeExpressionsTest, WordTables) {
  EXPECT_EQ(MonthFromWord("June"), 6);
  EXPECT_EQ(MonthFromWord("SEPT."), 9);
  EXPECT_EQ(MonthFromWord("Sep"), 9);
  EXPECT_EQ(MonthFromWord("Junes"), std::nullopt);
  EXPECT_EQ(WeekdayFromWord("Thursday", false), 3);
  EXPECT_EQ(WeekdayFromWord("Thurs.", false), std::nullopt);
  EXPECT_EQ(WeekdayFromWord("Thurs.", true), 3);
}

// The lookups reject words on their length and first letter before comparing;
// they must still answer exactly as a plain case-insensitive search would.
TEST(TimeExpressionsTest, WordTablesMatchPlainSearch) {
  const std::vector<std::pair<std::string, int>> months = {
      {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2},  {"march", 3},     {"mar", 3},
      {"april", 4},   {"apr", 4}, {"may", 5},      {"june", 6}, {"jun", 6},       {"july", 7},
      {"jul", 7},     {"august", 8}, {"aug", 8},   {"september", 9}, {"sep", 9}, {"sept", 9},
      {"october", 10}, {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12}};
  const std::vector<std::pair<std::string, int>> weekdays = {{"monday", 0},   {"tuesday", 1}, {"wednesday", 2},
                                                             {"thursday", 3}, {"friday", 4},  {"saturday", 5},
                                                             {"sunday", 6}};
  const std::vector<std::pair<std::string, int>> abbreviations = {
      {"mon", 0}, {"tue", 1}, {"tues", 1}, {"wed", 2}, {"thu", 3}, {"thur", 3}, {"thurs", 3},
      {"fri", 4}, {"sat", 5}, {"sun", 6}};
  auto plain = [](std::string_view w, const std::vector<std::pair<std::string, int>>& names) -> std::optional<int> {
    for (const auto& [name, number] : names) {
      if (EqualsIgnoreAsciiCase(w, name)) return number;
    }
    return std::nullopt;
  };
  auto strip = [](std::string_view w) { return !w.empty() && w.back() == '.' ? w.substr(0, w.size() - 1) : w; };

  // Every name and abbreviation in three casings, with and without a period,
  // cut short, extended, and next to near misses and non-letters.
  std::vector<std::string> words = {"", ".", "a", "ma", "mayo", "j", "1", "2024", "\xC3\xA9t\xC3\xA9",
                                    "Ma\xC3\xBF", "[june]", "june!", "thursdays", "Wednesday.", "wednesdayy"};
  for (const auto* table : {&months, &weekdays, &abbreviations}) {
    for (const auto& [name, number] : *table) {
      std::string upper = name;
      for (char& ch : upper) ch = AsciiToUpper(ch);
      std::string title = name;
      title[0] = AsciiToUpper(title[0]);
      for (const std::string& w : {name, upper, title}) {
        words.push_back(w);
        words.push_back(w + ".");
        words.push_back(w + "s");
        words.push_back(w.substr(1));
        words.push_back(w.substr(0, w.size() - 1));
        words.push_back("x" + w);
        words.push_back(w + "..");
      }
    }
  }
  for (const std::string& w : words) {
    SCOPED_TRACE(w);
    EXPECT_EQ(MonthFromWord(w), plain(strip(w), months));
    const auto full = plain(w, weekdays);
    EXPECT_EQ(WeekdayFromWord(w, false), full);
    EXPECT_EQ(WeekdayFromWord(w, true), full ? full : plain(strip(w), abbreviations));
  }
}

// Tokens that open no expression are skipped without trying the matchers;
// expressions that open with each kind of token are still found.
TEST(TimeExpressionsTest, EveryKindOfOpeningTokenIsTried) {
  EXPECT_EQ(Find("They met Tuesday."), (F{{"Tuesday", "2024-06-18"}}));
  EXPECT_EQ(Find("They met 19 June."), (F{{"19 June", "2024-06-19"}}));
  EXPECT_EQ(Find("They met 2024-06-19."), (F{{"2024-06-19", "2024-06-19"}}));
  EXPECT_EQ(Find("They met June 19."), (F{{"June 19", "2024-06-19"}}));
  EXPECT_EQ(Find("They met two days ago."), (F{{"two days ago", "2024-06-19"}}));
  EXPECT_EQ(Find("They met 3 days ago."), (F{{"3 days ago", "2024-06-18"}}));
  EXPECT_EQ(Find("They met a week ago."), (F{{"a week ago", "2024-06-14"}}));
  EXPECT_EQ(Find("They met the day before yesterday."), (F{{"the day before yesterday", "2024-06-19"}}));
  EXPECT_EQ(Find("They met earlier this month."), (F{{"earlier this month", "-"}}));
  EXPECT_EQ(Find("They met in the past week."), (F{{"the past week", "-"}}));
  EXPECT_EQ(Find("They met in mid-June."), (F{{"mid-June", "-"}}));
  EXPECT_EQ(Find("They have met since 1996."), (F{{"since 1996", "-"}}));
  EXPECT_EQ(Find("They met TODAY and Yesterday."), (F{{"TODAY", "2024-06-21"}, {"Yesterday", "2024-06-20"}}));
  EXPECT_EQ(Find("They met tuesday, june 19."), F{});
}

// The scan tries only the tokens shortly before a number, a month or
// weekday name or a relative word: the expressions whose such word comes
// last are still found, and sentences without one have none.
TEST(TimeExpressionsTest, ExpressionsAreFoundBeforeTheirAnchorWord) {
  EXPECT_EQ(Find("In the talks the envoys met earlier in the year."), (F{{"earlier in the year", "-"}}));
  EXPECT_EQ(Find("On the way in the past week on the"), (F{{"the past week", "-"}}));
  EXPECT_EQ(Find("The talks in the capital by the sea were held on the coast."), F{});
  EXPECT_EQ(Find("They met on Wednesday, June 19 and in recent days."),
            (F{{"on Wednesday, June 19", "2024-06-19"}, {"in recent days", "-"}}));
}

TEST(TimeExpressionsTest, BareWeekdaysLookBack) {
  EXPECT_EQ(Find("The envoys met on Tuesday."), (F{{"on Tuesday", "2024-06-18"}}));
  EXPECT_EQ(Find("The envoys met on Friday."), (F{{"on Friday", "2024-06-21"}}));
  EXPECT_EQ(Find("Talks ended Saturday."), (F{{"Saturday", "2024-06-15"}}));
  EXPECT_EQ(Find("The ministry said on Monday it will respond."), (F{{"on Monday", "2024-06-17"}}));
  EXPECT_EQ(Find("Kim, who arrived on Monday, will meet Putin."), (F{{"on Monday", "2024-06-17"}}));
  EXPECT_EQ(Find("On Sunday, the leaders signed the accord."), (F{{"On Sunday", "2024-06-16"}}));
  EXPECT_EQ(Find("The call took place Thursday (local time)."), (F{{"Thursday (local time)", "2024-06-20"}}));
}

TEST(TimeExpressionsTest, FutureClausesLookAhead) {
  EXPECT_EQ(Find("Lee will visit the capital on Monday."), (F{{"on Monday", "2024-06-24"}}));
  EXPECT_EQ(Find("They will meet on Friday."), (F{{"on Friday", "2024-06-28"}}));
  EXPECT_EQ(Find("They will meet later on Friday."), (F{{"on Friday", "2024-06-21"}}));
  EXPECT_EQ(Find("The sanctions apply from Monday."), (F{{"Monday", "2024-06-24"}}));
  EXPECT_EQ(Find("The sanctions, to take effect on Wednesday, target ships."),
            (F{{"on Wednesday", "2024-06-26"}}));
  EXPECT_EQ(Find("The minister is to visit the capital on Wednesday."), (F{{"on Wednesday", "2024-06-26"}}));
  EXPECT_EQ(Find("On Sunday, the leaders will sign the accord."), (F{{"On Sunday", "2024-06-23"}}));
  EXPECT_EQ(Find("A new round starting Tuesday was announced."), (F{{"Tuesday", "2024-06-25"}}));
}

TEST(TimeExpressionsTest, LastAndNextWeekdays) {
  EXPECT_EQ(Find("They met last Friday."), (F{{"last Friday", "2024-06-14"}}));
  EXPECT_EQ(Find("They met last Tuesday."), (F{{"last Tuesday", "2024-06-18"}}));
  EXPECT_EQ(Find("They meet next Monday."), (F{{"next Monday", "2024-06-24"}}));
  EXPECT_EQ(Find("They meet next Friday."), (F{{"next Friday", "2024-06-28"}}));
}

TEST(TimeExpressionsTest, MonthAndDay) {
  EXPECT_EQ(Find("The treaty was signed on June 19."), (F{{"on June 19", "2024-06-19"}}));
  EXPECT_EQ(Find("It was signed June 19, 2024, in the capital."), (F{{"June 19, 2024", "2024-06-19"}}));
  EXPECT_EQ(Find("It was signed on 19 June in the capital."), (F{{"on 19 June", "2024-06-19"}}));
  EXPECT_EQ(Find("It was signed on the 19th of June."), (F{{"19th of June", "2024-06-19"}}));
  EXPECT_EQ(Find("Talks are set for July 15."), (F{{"July 15", "2024-07-15"}}));
  // More than 31 days ahead: last year's.
  EXPECT_EQ(Find("Talks were held Aug. 1."), (F{{"Aug. 1", "2023-08-01"}}));
  EXPECT_EQ(Find("They last met Jan 5."), (F{{"Jan 5", "2024-01-05"}}));
  EXPECT_EQ(Find("The summit opens Sept. 20.", Date{2023, 9, 23}), (F{{"Sept. 20", "2023-09-20"}}));
  EXPECT_EQ(Find("The summit opens Sept 20.", Date{2023, 9, 23}), (F{{"Sept 20", "2023-09-20"}}));
  EXPECT_EQ(Find("They met on Dec. 30.", Date{2024, 1, 5}), (F{{"on Dec. 30", "2023-12-30"}}));
  EXPECT_EQ(Find("They meet on Jan. 3.", Date{2024, 12, 28}), (F{{"on Jan. 3", "2025-01-03"}}));
  EXPECT_EQ(Find("The deadline was 2024-06-19."), (F{{"2024-06-19", "2024-06-19"}}));
  EXPECT_EQ(Find("They met on Wednesday, June 19, in the capital."),
            (F{{"on Wednesday, June 19", "2024-06-19"}}));
  EXPECT_EQ(Find("The talks of February 30, 2024 never happened."), (F{{"February 30, 2024", "-"}}));
}

TEST(TimeExpressionsTest, MonthAndDayInAFutureClauseLookAhead) {
  const Date march{2024, 3, 12};
  EXPECT_EQ(Find("The envoy would return by Sept. 1.", march), (F{{"Sept. 1", "2024-09-01"}}));
  EXPECT_EQ(Find("The summit will open on Aug. 30.", march), (F{{"on Aug. 30", "2024-08-30"}}));
  EXPECT_EQ(Find("The summit opened on Aug. 30.", march), (F{{"on Aug. 30", "2023-08-30"}}));
}

TEST(TimeExpressionsTest, RelativeDays) {
  EXPECT_EQ(Find("Yesterday the envoy left, today he speaks and tomorrow he flies."),
            (F{{"Yesterday", "2024-06-20"}, {"today", "2024-06-21"}, {"tomorrow", "2024-06-22"}}));
  EXPECT_EQ(Find("They met two days ago."), (F{{"two days ago", "2024-06-19"}}));
  EXPECT_EQ(Find("They met last night."), (F{{"last night", "2024-06-20"}}));
}

TEST(TimeExpressionsTest, PeriodsAreFoundWithoutADay) {
  EXPECT_EQ(Find("Last week, Seoul protested."), (F{{"Last week", "-"}}));
  EXPECT_EQ(Find("Talks were held earlier this month and again this week."),
            (F{{"earlier this month", "-"}, {"this week", "-"}}));
  EXPECT_EQ(Find("The two signed a treaty in 1996."), (F{{"in 1996", "-"}}));
  EXPECT_EQ(Find("They met in June and in recent days."), (F{{"in June", "-"}, {"in recent days", "-"}}));
}

TEST(TimeExpressionsTest, WithoutAPublicationDateOnlyFullDatesGround) {
  EXPECT_EQ(Find("They met on Tuesday.", std::nullopt), (F{{"on Tuesday", "-"}}));
  EXPECT_EQ(Find("They met June 19, 2024.", std::nullopt), (F{{"June 19, 2024", "2024-06-19"}}));
  EXPECT_EQ(Find("They met June 19.", std::nullopt), (F{{"June 19", "-"}}));
  EXPECT_EQ(Find("They met yesterday.", std::nullopt), (F{{"yesterday", "-"}}));
}

TEST(TimeExpressionsTest, WordsThatAreNotDates) {
  EXPECT_TRUE(Find("Russia may respond to the March agreement.").empty());
  EXPECT_TRUE(Find("The 1996 treaty still holds.").empty());
  EXPECT_TRUE(Find("Jan Novak met the sun god.").empty());
}

TEST(TimeExpressionsTest, RecordsSentenceAndTokenRanges) {
  const Document doc = Analyze("Kim left. He met Putin on Tuesday.", kFriday);
  ASSERT_EQ(doc.times.size(), 1u);
  const TimeExpression& t = doc.times[0];
  EXPECT_EQ(t.sentence, 1u);
  EXPECT_EQ(doc.tokens[t.token_begin].text, "on");
  EXPECT_EQ(t.token_end - t.token_begin, 2u);
  EXPECT_EQ(doc.View(t.span), "on Tuesday");
}

}  // namespace
}  // namespace diplograph
