#include "extractor/text_cleaner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace diplograph {
namespace {

TextConventions Conventions() {
  TextConventions c;
  for (const char* f : {"show full article", "print article", "next story", "more stories", "advertisement",
                        "most popular", "share", "read more", "related articles", "subscribe", "no image"}) {
    c.furniture.Add(f);
  }
  for (const char* m : {"file photo", "photo:", "getty images", "(ap photo"}) c.caption_markers.Add(m);
  return c;
}

struct Line {
  std::string text;
  BlockKind kind;
};

// Runs the cleaner and returns each block's text and kind.
std::vector<Line> Clean(Document& doc) {
  const TextConventions conventions = Conventions();
  const TextCleaner cleaner(conventions);
  EXPECT_TRUE(cleaner.Process(doc).ok());
  std::vector<Line> lines;
  for (const Block& b : doc.blocks) lines.push_back({std::string(doc.View(b.span)), b.kind});
  return lines;
}

Document Doc(std::string text) {
  Document doc;
  doc.id = "test";
  doc.text = std::move(text);
  return doc;
}

TEST(TextCleanerTest, ClassifiesAMadeUpArticlePage) {
  Document doc =
      Doc("Home | World | Asia | Politics\n"
          "Light rain\n"
          "21\xC2\xB0"
          "C / 70\xC2\xB0"
          "F\n"
          "Thursday, March 14, 2024 | Ramadan 3, 1445 H\n"
          "\n"
          "Freedonia and Sylvania agree to resume border talks\n"
          "By Jane Roe\n"
          "ADVERTISEMENT\n"
          "FREEDONIA CITY (Reuters) - Freedonia and Sylvania agreed on Wednesday to resume talks, officials "
          "said.\n"
          "  The two foreign ministers met in Geneva.  \n"
          "Foreign Minister Ana Lind speaks to reporters. (File Photo - Foreign Ministry)\n"
          "Show Full Article\n"
          "More Stories\n"
          "Sylvania names a new envoy to the United Nations\n"
          "\xC2\xA9 2024 Example News. All rights reserved.\n");
  const std::vector<Line> lines = Clean(doc);
  ASSERT_EQ(lines.size(), 14u);
  EXPECT_EQ(lines[0].kind, BlockKind::kFurniture);  // navigation trail
  EXPECT_EQ(lines[1].kind, BlockKind::kFurniture);  // weather
  EXPECT_EQ(lines[2].kind, BlockKind::kFurniture);  // temperatures
  EXPECT_EQ(lines[3].kind, BlockKind::kFurniture);  // date line
  EXPECT_EQ(lines[4].kind, BlockKind::kHeadline);
  EXPECT_EQ(lines[4].text, "Freedonia and Sylvania agree to resume border talks");
  EXPECT_EQ(lines[5].kind, BlockKind::kFurniture);  // byline
  EXPECT_EQ(lines[6].kind, BlockKind::kFurniture);  // advertisement
  EXPECT_EQ(lines[7].kind, BlockKind::kBody);
  EXPECT_EQ(lines[7].text, "Freedonia and Sylvania agreed on Wednesday to resume talks, officials said.");
  EXPECT_EQ(lines[8].kind, BlockKind::kBody);
  EXPECT_EQ(lines[8].text, "The two foreign ministers met in Geneva.");  // trimmed
  EXPECT_EQ(lines[9].kind, BlockKind::kFurniture);                       // caption
  EXPECT_EQ(lines[10].kind, BlockKind::kFurniture);                      // "Show Full Article"
  EXPECT_EQ(lines[11].kind, BlockKind::kFurniture);                      // "More Stories"
  EXPECT_EQ(lines[12].kind, BlockKind::kFurniture);                      // a related story after furniture
  EXPECT_EQ(lines[13].kind, BlockKind::kFurniture);                      // copyright
  ASSERT_TRUE(doc.published.has_value());
  EXPECT_EQ(doc.published->ToIso(), "2024-03-14");
}

TEST(TextCleanerTest, SpansPointIntoTheOriginalTextWithAnyLineEnding) {
  Document doc =
      Doc("Ministers meet in the capital for talks\r\nThe talks began.\rThey ended.\n\nNo one spoke.");
  const std::vector<Line> lines = Clean(doc);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].text, "Ministers meet in the capital for talks");
  EXPECT_EQ(lines[1].text, "The talks began.");
  EXPECT_EQ(lines[2].text, "They ended.");
  EXPECT_EQ(lines[3].text, "No one spoke.");
  EXPECT_EQ(doc.blocks[1].span.begin, 41u);
  for (const Block& b : doc.blocks) EXPECT_LE(b.span.end, doc.text.size());
}

TEST(TextCleanerTest, ShortLinesNeedSentencePunctuationToBeBody) {
  Document doc = Doc("The envoy left the capital on Monday.\nHe declined.\nTrending now\nx\n");
  const std::vector<Line> lines = Clean(doc);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[1].kind, BlockKind::kBody);
  EXPECT_EQ(lines[2].kind, BlockKind::kFurniture);
  EXPECT_EQ(lines[3].kind, BlockKind::kFurniture);
}

TEST(TextCleanerTest, FurnitureIgnoresCaseSymbolsAndLabels) {
  Document doc =
      Doc("The envoy left the capital on Monday.\n"
          "MOST POPULAR\n"
          "\xC2\xBB Read more\n"
          "Read more: Envoy says talks with the neighbours went well\n"
          "Share:\n");
  const std::vector<Line> lines = Clean(doc);
  ASSERT_EQ(lines.size(), 5u);
  for (size_t i = 1; i < lines.size(); ++i) EXPECT_EQ(lines[i].kind, BlockKind::kFurniture) << lines[i].text;
}

TEST(TextCleanerTest, CreditsAndLinkLabelsAreFurniture) {
  Document doc =
      Doc("The envoy left the capital on Monday.\n"
          "Reporting by Jane Roe; Editing by John Appleseed\n"
          "(Additional reporting by Kim Min-ji)\n"
          "Staff writer Lee Ji-ho in the capital contributed to this report.\n"
          "Buy reprint rights for this story, share\n");
  const std::vector<Line> lines = Clean(doc);
  ASSERT_EQ(lines.size(), 5u);
  for (size_t i = 1; i < lines.size(); ++i) EXPECT_EQ(lines[i].kind, BlockKind::kFurniture) << lines[i].text;
}

// Spacing of any kind (tabs, no-break and em spaces, runs of spaces) counts
// as one space when a line is compared with the furniture list and phrases.
TEST(TextCleanerTest, FurnitureMatchingCollapsesAnySpacing) {
  Document doc =
      Doc("The envoy left the capital on Monday.\n"
          "Show\xC2\xA0" "Full \t Article\n"
          "Related\xE2\x80\x83" "Articles\n"
          "The text of this page belongs to the agency, and all  rights\treserved by it are kept here.\n"
          "He met Jane Roe, who contributed  to this report on the meeting of the envoys in the capital.\n");
  const std::vector<Line> lines = Clean(doc);
  ASSERT_EQ(lines.size(), 5u);
  for (size_t i = 1; i < lines.size(); ++i) EXPECT_EQ(lines[i].kind, BlockKind::kFurniture) << lines[i].text;
}

// Lines are lower-cased and their spacing collapsed eight bytes at a time
// where nothing needs collapsing: every alignment of runs of spaces, tabs
// and capitals gives what the byte-by-byte rule gives.
TEST(TextCleanerTest, FurnitureMatchingCollapsesSpacingAtAnyAlignment) {
  for (size_t shift = 0; shift <= 9; ++shift) {
    const std::string pad(shift, 'x');
    Document doc = Doc("The envoy left the capital on Monday.\n" + pad +
                       " The Agency Keeps  ALL  Rights\tReSERVED   for this page, as the text says.\n" + pad +
                       " The Agency Keeps  ALL  Rights\tKept   for this page, as the text says.\n");
    const std::vector<Line> lines = Clean(doc);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[1].kind, BlockKind::kFurniture) << lines[1].text;
    EXPECT_EQ(lines[2].kind, BlockKind::kBody) << lines[2].text;
  }
}

// The word limits are exact: a credit has at most 24 words, a caption at most
// 60, a title at most 30.
TEST(TextCleanerTest, WordLimitsAreExact) {
  auto words = [](size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i) s += (i == 0 ? "Word" : " word");
    return s;
  };
  Document doc = Doc("The envoy left the capital on Monday.\n" +
                     ("Reporting by " + words(22) + ".\n") +       // 24 words: a credit
                     ("Reporting by " + words(23) + ".\n") +       // 25 words: text
                     ("A file photo of " + words(56) + ".\n") +    // 60 words: a caption
                     ("A file photo of " + words(57) + ".\n"));    // 61 words: text
  const std::vector<Line> lines = Clean(doc);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[1].kind, BlockKind::kFurniture);
  EXPECT_EQ(lines[2].kind, BlockKind::kBody);
  EXPECT_EQ(lines[3].kind, BlockKind::kFurniture);
  EXPECT_EQ(lines[4].kind, BlockKind::kBody);

  Document titles = Doc(words(30) + "\n" + "Other" + words(31).substr(4) + "\n");
  const std::vector<Line> title_lines = Clean(titles);
  ASSERT_EQ(title_lines.size(), 2u);
  EXPECT_EQ(title_lines[0].kind, BlockKind::kHeadline);
  EXPECT_EQ(title_lines[1].kind, BlockKind::kBody);
}

// Navigation trails and date lines split on '|' and on the bullets U+2022
// and U+00B7 alike.
TEST(TextCleanerTest, SeparatorsSplitTrailsAndDateLines) {
  Document doc =
      Doc("Home \xE2\x80\xA2 World \xE2\x80\xA2 Asia\n"
          "News \xC2\xB7 Sport \xC2\xB7 Weather\n"
          "June 21, 2024 \xC2\xB7 3 min read\n"
          "The envoy left the capital on Monday.\n");
  const std::vector<Line> lines = Clean(doc);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].kind, BlockKind::kFurniture);
  EXPECT_EQ(lines[1].kind, BlockKind::kFurniture);
  EXPECT_EQ(lines[2].kind, BlockKind::kFurniture);
  EXPECT_EQ(lines[3].kind, BlockKind::kBody);
  EXPECT_EQ(doc.published, (Date{2024, 6, 21}));
  EXPECT_EQ(ParseDateLine("June 21, 2024 \xE2\x80\xA2 Politics"), (Date{2024, 6, 21}));
  EXPECT_EQ(ParseDateLine("June 21, 2024 \xE2\x80\x94 Politics"), std::nullopt);
}

TEST(TextCleanerTest, TitleLikeLineInsideTheBodyStaysBody) {
  Document doc =
      Doc("The envoy left the capital on Monday.\n"
          "A new chapter in the relationship\n"
          "The ministry did not comment.\n");
  const std::vector<Line> lines = Clean(doc);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[1].kind, BlockKind::kBody);
}

TEST(TextCleanerTest, RepeatedLinesAreFurniture) {
  Document doc =
      Doc("Envoy hopes the neighbours 'calmly' accept the accord\n"
          "Envoy hopes the neighbours calmly accept the accord\n"
          "The envoy said on Tuesday that he hoped the accord would be accepted.\n"
          "CAPITAL CITY: The envoy said on Tuesday that he hoped the accord would be accepted.\n");
  const std::vector<Line> lines = Clean(doc);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].kind, BlockKind::kHeadline);
  EXPECT_EQ(lines[1].kind, BlockKind::kFurniture);
  EXPECT_EQ(lines[2].kind, BlockKind::kBody);
  EXPECT_EQ(lines[3].kind, BlockKind::kFurniture);
}

TEST(TextCleanerTest, BylinesAndCaptions) {
  Document doc =
      Doc("Envoys gather for a summit on maritime security\n"
          "Lerato Mbeki\n"
          "By Kim Min-ji and John Appleseed\n"
          "Delegates arrive for the summit. (AP Photo/Jane Roe)\n"
          "Photo: Foreign Ministry\n"
          "Delegates from twelve countries arrived on Monday.\n");
  const std::vector<Line> lines = Clean(doc);
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_EQ(lines[0].kind, BlockKind::kHeadline);
  EXPECT_EQ(lines[1].kind, BlockKind::kFurniture);
  EXPECT_EQ(lines[2].kind, BlockKind::kFurniture);
  EXPECT_EQ(lines[3].kind, BlockKind::kFurniture);
  EXPECT_EQ(lines[4].kind, BlockKind::kFurniture);
  EXPECT_EQ(lines[5].kind, BlockKind::kBody);
}

TEST(TextCleanerTest, DatelinesAreLeftOutOfBodySpans) {
  struct Case {
    const char* line;
    const char* body;
  };
  const Case cases[] = {
      {"SEOUL: The ministry spoke.", "The ministry spoke."},
      {"Seoul: The ministry spoke.", "The ministry spoke."},
      {"SEOUL (Reuters) - The ministry spoke.", "The ministry spoke."},
      {"WASHINGTON, June 3 (AP) \xE2\x80\x94 The ministry spoke.", "The ministry spoke."},
      {"MOSCOW, Russia \xE2\x80\x94 The ministry spoke.", "The ministry spoke."},
      {"(AP) \xE2\x80\x94 The ministry spoke.", "The ministry spoke."},
      {"SEOUL, June 21 (Yonhap) -- The ministry spoke.", "The ministry spoke."},
      {"ST. PETERSBURG, Russia, Sept. 5 (AFP) - The ministry spoke.", "The ministry spoke."},
      {"New Delhi: The ministry spoke.", "The ministry spoke."},
      // Not datelines.
      {"Kim Jong Un \xE2\x80\x94 the leader \xE2\x80\x94 spoke.",
       "Kim Jong Un \xE2\x80\x94 the leader \xE2\x80\x94 spoke."},
      {"The ministry said: we will respond.", "The ministry said: we will respond."},
      {"Lee said, \"We will respond.\"", "Lee said, \"We will respond.\""},
      {"(Kim) urged restraint on all sides.", "(Kim) urged restraint on all sides."},
  };
  for (const Case& c : cases) {
    Document doc = Doc(c.line);
    const std::vector<Line> lines = Clean(doc);
    ASSERT_EQ(lines.size(), 1u) << c.line;
    EXPECT_EQ(lines[0].kind, BlockKind::kBody) << c.line;
    EXPECT_EQ(lines[0].text, c.body) << c.line;
  }
}

TEST(TextCleanerTest, ParsesDateLinesInCommonFormats) {
  struct Case {
    const char* line;
    const char* iso;  // nullptr: not a date line
  };
  const Case cases[] = {
      {"June 21, 2024", "2024-06-21"},
      {"21 June 2024", "2024-06-21"},
      {"Saturday, September 23, 2023", "2023-09-23"},
      {"2024-06-21", "2024-06-21"},
      {"2024-06-21T10:31:00+09:00", "2024-06-21"},
      {"Sept. 5, 2024", "2024-09-05"},
      {"Jun 21, 2024 10:31 KST", "2024-06-21"},
      {"Published: June 21, 2024", "2024-06-21"},
      {"Updated: 2024-06-22 09:00", "2024-06-22"},
      {"Posted June 21, 2024 at 3:05 p.m. EDT", "2024-06-21"},
      {"Sat 22nd June 2024", "2024-06-22"},
      {"21.06.2024", "2024-06-21"},
      {"06/21/2024", "2024-06-21"},
      {"2024/06/21 | 3 min read", "2024-06-21"},
      {"June 21, 2024 | By Jane Roe", "2024-06-21"},
      {"Published 4:05 PM EDT, Tue March 12, 2024", "2024-03-12"},
      {"Updated 10:31 KST Jun 21, 2024", "2024-06-21"},
      {"06/07/2024", nullptr},  // day or month first: cannot tell
      {"February 30, 2024", nullptr},
      {"June 21", nullptr},  // a date line needs its year
      {"June 21, 2024, the ministry said the talks would go on.", nullptr},
      {"The envoy arrived on June 21, 2024.", nullptr},
  };
  for (const Case& c : cases) {
    const auto date = ParseDateLine(c.line);
    if (c.iso == nullptr) {
      EXPECT_FALSE(date.has_value()) << c.line;
    } else {
      ASSERT_TRUE(date.has_value()) << c.line;
      EXPECT_EQ(date->ToIso(), c.iso) << c.line;
    }
  }
}

TEST(TextCleanerTest, PublicationDatePrefersPublishedOverUpdated) {
  Document doc =
      Doc("Updated: June 22, 2024\n"
          "Published: June 20, 2024\n"
          "Envoys meet to discuss a maritime accord\n"
          "The envoys met on Thursday.\n");
  Clean(doc);
  ASSERT_TRUE(doc.published.has_value());
  EXPECT_EQ(doc.published->ToIso(), "2024-06-20");
}

TEST(TextCleanerTest, PublicationDateFallsBackToUpdated) {
  Document doc = Doc("Updated: June 22, 2024\nThe envoys met on Thursday.\n");
  Clean(doc);
  ASSERT_TRUE(doc.published.has_value());
  EXPECT_EQ(doc.published->ToIso(), "2024-06-22");
}

TEST(TextCleanerTest, KeepsAPublicationDateTheCallerSet) {
  Document doc = Doc("June 21, 2024\nThe envoys met on Thursday.\n");
  doc.published = Date{2024, 6, 25};
  Clean(doc);
  EXPECT_EQ(doc.published->ToIso(), "2024-06-25");
}

TEST(TextCleanerTest, IgnoresDateLinesFarDownThePage) {
  std::string text;
  for (int i = 0; i < 12; ++i)
    text += "The envoys met again on another day of talks.  " + std::to_string(i) + "\n";
  text += "June 21, 2024\n";
  Document doc = Doc(text);
  const std::vector<Line> lines = Clean(doc);
  EXPECT_EQ(lines.back().kind, BlockKind::kFurniture);
  EXPECT_FALSE(doc.published.has_value());
}

TEST(TextCleanerTest, EmptyAndBlankInputs) {
  Document empty = Doc("");
  EXPECT_TRUE(Clean(empty).empty());
  Document blank = Doc(" \n\t\r\n\xC2\xA0\n");
  EXPECT_TRUE(Clean(blank).empty());
}

TEST(TextCleanerTest, DatelineLengthDirectly) {
  EXPECT_EQ(DatelineLength("SEOUL: Talks resumed."), 7u);
  EXPECT_EQ(DatelineLength("Talks resumed on Monday."), 0u);
  EXPECT_EQ(DatelineLength("SEOUL:"), 0u);  // nothing after it
  EXPECT_EQ(DatelineLength("UNITED NATIONS (AP) \xE2\x80\x94 Talks resumed."), 24u);
  EXPECT_EQ(DatelineLength("BERLIN, Jan 15 (dpa) - Talks resumed."), 23u);  // a lower-case agency
  EXPECT_EQ(DatelineLength("Kim Jong Un (pictured) - the leader spoke."), 0u);
  // Every dash a dateline may end with, and a line with none.
  EXPECT_EQ(DatelineLength("MOSCOW \xE2\x80\x93 Talks resumed."), 11u);
  EXPECT_EQ(DatelineLength("MOSCOW \xE2\x80\x95 Talks resumed."), 11u);
  EXPECT_EQ(DatelineLength("MOSCOW -- Talks resumed."), 10u);
  EXPECT_EQ(DatelineLength("MOSCOW \xE2\x80\x9C Talks resumed."), 0u);
  // A place, its country and a day-first or numeric date.
  EXPECT_EQ(DatelineLength("Lima, Peru, 15 September 2023 - Talks resumed."), 32u);
  EXPECT_EQ(DatelineLength("Lima, 2023-09-15 - Talks resumed."), 19u);
}

TEST(TextCleanerTest, ADateLineMayBeBracketedAndSlashedWithTheMonthInWords) {
  EXPECT_EQ(ParseDateLine("[15/ December/2024]"), (Date{2024, 12, 15}));
  EXPECT_EQ(ParseDateLine("15-Dec-2024"), (Date{2024, 12, 15}));
  EXPECT_EQ(ParseDateLine("(June 21, 2024)"), (Date{2024, 6, 21}));
  // Mixed separators and an unclosed bracket are no date line.
  EXPECT_EQ(ParseDateLine("15/ December 2024"), std::nullopt);
  EXPECT_EQ(ParseDateLine("[June 21, 2024"), std::nullopt);
}

TEST(TextCleanerTest, DateLinesNeedAFourDigitYear) {
  EXPECT_EQ(ParseDateLine("June 21, 2024"), (Date{2024, 6, 21}));
  EXPECT_EQ(ParseDateLine("21.06.2024"), (Date{2024, 6, 21}));
  EXPECT_EQ(ParseDateLine("June 21, 24"), std::nullopt);
  EXPECT_EQ(ParseDateLine("21.06.24"), std::nullopt);
  EXPECT_EQ(ParseDateLine("June 21, 202 4"), std::nullopt);
  // The year found wherever it falls across the eight-byte steps of the scan.
  for (size_t pad = 0; pad < 17; ++pad) {
    const std::string line = "Published: " + std::string(pad, ' ') + "21 June 2024";
    EXPECT_EQ(ParseDateLine(line), (Date{2024, 6, 21})) << '"' << line << '"';
    const std::string split = "Published: " + std::string(pad, ' ') + "21 June 20 24";
    EXPECT_EQ(ParseDateLine(split), std::nullopt) << '"' << split << '"';
  }
}

TEST(TextCleanerTest, DatelinePlaceIsKept) {
  Document doc = Doc("Talks resume in Lima\n\nLIMA, May 4 (Reuters) - Peru and Chile met on Monday.\n");
  Clean(doc);
  EXPECT_EQ(doc.View(doc.dateline), "LIMA");
}

TEST(TextCleanerTest, AHardWrappedParagraphIsOneBlock) {
  Document doc =
      Doc("Freedonia protests Sylvania border move\n"
          "\n"
          "FREEDONIA CITY, March 3 (Reuters) - Freedonian Foreign Minister Ana\n"
          "Lind summoned Sylvania's ambassador on Tuesday to protest against the\n"
          "construction of a wall along the border, the ministry said in a\n"
          "statement.\n"
          "\n"
          "Lind also urged Sylvania to halt the work and warned that Freedonia\n"
          "would respond.\n"
          "\n"
          "Sylvanian President Rufus Firefly met the envoy later.\n");
  const std::vector<Line> lines = Clean(doc);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].kind, BlockKind::kHeadline);
  EXPECT_EQ(lines[1].text,
            "Freedonian Foreign Minister Ana\nLind summoned Sylvania's ambassador on Tuesday to protest against "
            "the\nconstruction of a wall along the border, the ministry said in a\nstatement.");
  EXPECT_EQ(lines[1].kind, BlockKind::kBody);
  EXPECT_EQ(lines[2].text, "Lind also urged Sylvania to halt the work and warned that Freedonia\nwould respond.");
  EXPECT_EQ(lines[3].text, "Sylvanian President Rufus Firefly met the envoy later.");
}

TEST(TextCleanerTest, ALineThatRunsOnInLowerCaseContinuesInAnyText) {
  Document doc =
      Doc("The foreign ministry of Freedonia said on Tuesday that it had summoned\n"
          "the ambassador of Sylvania over the border incident.\n"
          "Trending now\n"
          "more news\n");
  const std::vector<Line> lines = Clean(doc);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].kind, BlockKind::kBody);
  EXPECT_EQ(lines[1].text, "Trending now");  // a short line stands alone
}

TEST(TextCleanerTest, ADateLineMaySeparateItsPartsWithDashes) {
  Document byline = Doc("Envoys meet\nBy JT - Mar 28,2017 - Last updated at Mar 28,2017\nThe envoys met.\n");
  Clean(byline);
  ASSERT_TRUE(byline.published.has_value());
  EXPECT_EQ(byline.published->ToIso(), "2017-03-28");
  // A headline joined to its date by a dash stays a headline.
  Document headline = Doc("Freedonia and Sylvania resume their border talks - 7 June 2023\nThe envoys met.\n");
  const std::vector<Line> lines = Clean(headline);
  EXPECT_EQ(lines[0].kind, BlockKind::kHeadline);
}

}  // namespace
// A byline's stamp: a source before the date, a time and a credit after it.
TEST(TextCleanerTest, BylineStampsGiveThePublicationDate) {
  EXPECT_EQ(ParseDateLine("Northern Wire Service, 24 Feb, 2022 10:46 AM"), (Date{2022, 2, 24}));
  EXPECT_EQ(ParseDateLine("Last Updated on Sunday, 24 September 2023, 12:29 by Jan Novak"), (Date{2023, 9, 24}));
  // Without a time the words before the comma may be a sentence's.
  EXPECT_EQ(ParseDateLine("Talks Resumed, 24 Feb, 2022"), std::nullopt);
  EXPECT_EQ(ParseDateLine("The talks ended, 24 Feb, 2022 10:46 AM"), std::nullopt);
  EXPECT_EQ(ParseDateLine("June 21, 2024 by the sea side"), std::nullopt);
}

// The page's own date at the top may be the day it was read: a stamp with a
// time of day further down is the article's.
TEST(TextCleanerTest, ATimedStampOutranksAnUntimedPageDate) {
  Document doc =
      Doc("Friday, November 15, 2024\n"
          "Envoy summoned over border clash\n"
          "Northern Wire Service, 24 Feb, 2022 10:46 AM\n"
          "The ministry summoned the envoy on Thursday, officials said.\n");
  Clean(doc);
  EXPECT_EQ(doc.published, (Date{2022, 2, 24}));
  Document plain =
      Doc("Friday, November 15, 2024\n"
          "Envoy summoned over border clash\n"
          "The ministry summoned the envoy on Thursday, officials said.\n");
  Clean(plain);
  EXPECT_EQ(plain.published, (Date{2024, 11, 15}));
}

}  // namespace diplograph
