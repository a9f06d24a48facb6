#include "extractor/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace diplograph {
namespace {

TextConventions Conventions() {
  TextConventions c;
  for (const char* a : {"Mr.", "Mrs.", "Dr.", "Gen.", "Lt.", "St.", "No.", "Sept.", "Jan.", "U.S.", "U.N.",
                        "S.", "N.K.", "vs.", "Inc."}) {
    c.abbreviations.Add(a);
  }
  return c;
}

// Splits `text` as one body block and returns the sentences' text.
std::vector<std::string> Split(const std::string& text) {
  Document doc;
  doc.text = text;
  doc.blocks.push_back(Block{Span{0, text.size()}, BlockKind::kBody});
  const TextConventions conventions = Conventions();
  const SentenceSplitter splitter(conventions);
  EXPECT_TRUE(splitter.Process(doc).ok());
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.View(s.span));
  return out;
}

using Sentences = std::vector<std::string>;

TEST(SentenceSplitterTest, SplitsAfterTerminalPunctuation) {
  EXPECT_EQ(Split("Kim arrived. Putin left! Did they meet? Yes."),
            (Sentences{"Kim arrived.", "Putin left!", "Did they meet?", "Yes."}));
}

TEST(SentenceSplitterTest, NeedsSpaceAndASentenceStartAfterThePeriod) {
  EXPECT_EQ(Split("Growth was 3.5 percent. it was low. Talks went on."),
            (Sentences{"Growth was 3.5 percent. it was low.", "Talks went on."}));
  EXPECT_EQ(Split("The vote was 12-3. 2024 was a hard year."),
            (Sentences{"The vote was 12-3.", "2024 was a hard year."}));
  EXPECT_EQ(Split("Kim left. \xC3\x89mile Dubois arrived."),
            (Sentences{"Kim left.", "\xC3\x89mile Dubois arrived."}));
}

TEST(SentenceSplitterTest, DoesNotSplitAfterAbbreviationsAndInitials) {
  EXPECT_EQ(Split("Mr. Lee met Gen. Park on Sept. 5 in St. Louis. They talked."),
            (Sentences{"Mr. Lee met Gen. Park on Sept. 5 in St. Louis.", "They talked."}));
  EXPECT_EQ(Split("President Donald J. Trump met S. Korean and N.K. envoys. Talks ended."),
            (Sentences{"President Donald J. Trump met S. Korean and N.K. envoys.", "Talks ended."}));
  EXPECT_EQ(Split("The U.S. Embassy and the U.N. Security Council agreed."),
            (Sentences{"The U.S. Embassy and the U.N. Security Council agreed."}));
  // An initialism not in the list behaves the same.
  EXPECT_EQ(Split("The E.U. Council met."), (Sentences{"The E.U. Council met."}));
}

TEST(SentenceSplitterTest, InitialismBeforeASentenceOpenerEndsTheSentence) {
  EXPECT_EQ(Split("Kim visited the U.S. He met officials there."),
            (Sentences{"Kim visited the U.S.", "He met officials there."}));
  // Documented limitation: other abbreviations are never sentence-final.
  EXPECT_EQ(Split("He works for Example Inc. The firm declined to comment."),
            (Sentences{"He works for Example Inc. The firm declined to comment."}));
}

TEST(SentenceSplitterTest, ClosingQuotesAndBracketsStayWithTheirSentence) {
  EXPECT_EQ(Split("He said, \"We are ready.\" The talks resumed."),
            (Sentences{"He said, \"We are ready.\"", "The talks resumed."}));
  EXPECT_EQ(Split("He said: \xE2\x80\x9CWe are ready.\xE2\x80\x9D Talks resumed."),
            (Sentences{"He said: \xE2\x80\x9CWe are ready.\xE2\x80\x9D", "Talks resumed."}));
  EXPECT_EQ(Split("They met twice (in May and June.) Both ended early."),
            (Sentences{"They met twice (in May and June.)", "Both ended early."}));
  EXPECT_EQ(Split("\"Why now?\" he asked. Nobody answered."),
            (Sentences{"\"Why now?\" he asked.", "Nobody answered."}));
}

TEST(SentenceSplitterTest, QuotationWithInnerFullStopsStaysWithItsSpeaker) {
  EXPECT_EQ(Split("\"We warned them. We will act,\" he said. Talks ended."),
            (Sentences{"\"We warned them. We will act,\" he said.", "Talks ended."}));
  EXPECT_EQ(
      Split("The envoy spoke to reporters, he said. \"We will not back down. Never,\" Kim added."),
      (Sentences{"The envoy spoke to reporters, he said.", "\"We will not back down. Never,\" Kim added."}));
  // An unclosed quotation mark does not stop splitting.
  EXPECT_EQ(Split("He called it \"a mistake. Talks resumed. They ended."),
            (Sentences{"He called it \"a mistake.", "Talks resumed.", "They ended."}));
}

// Full stops and quotation marks are found wherever they fall among long
// ASCII runs (scanned eight bytes at a time) and other scripts.
TEST(SentenceSplitterTest, FindsMarksAtEveryPositionAndAfterOtherScripts) {
  for (size_t pad = 0; pad < 20; ++pad) {
    const std::string words(pad, 'x');
    SCOPED_TRACE(pad);
    EXPECT_EQ(Split("Kim" + words + " arrived. Putin left!"), (Sentences{"Kim" + words + " arrived.", "Putin left!"}));
    EXPECT_EQ(Split(words + "He said \"Talks end. Now.\" Then he left."),
              (Sentences{words + "He said \"Talks end. Now.\"", "Then he left."}));
  }
  EXPECT_EQ(Split("Talks in Z\xC3\xBCrich ended. \xD0\x9C\xD0\xB8\xD1\x80 came\xE2\x80\xA6 Then rain."),
            (Sentences{"Talks in Z\xC3\xBCrich ended.", "\xD0\x9C\xD0\xB8\xD1\x80 came\xE2\x80\xA6", "Then rain."}));
  // A straight quote after a non-ASCII dash opens; after a letter it closes.
  EXPECT_EQ(Split("He spoke \xE2\x80\x94\"Stop. Now.\" They left."),
            (Sentences{"He spoke \xE2\x80\x94\"Stop. Now.\"", "They left."}));
}

TEST(SentenceSplitterTest, EllipsesAndDashes) {
  EXPECT_EQ(Split("He paused... Then he left."), (Sentences{"He paused...", "Then he left."}));
  EXPECT_EQ(Split("It prevents sales to conflicts. \xE2\x80\x94 Agencies"),
            (Sentences{"It prevents sales to conflicts.", "\xE2\x80\x94 Agencies"}));
}

TEST(SentenceSplitterTest, OnlyHeadlineAndBodyBlocksAndTrimmedSpans) {
  Document doc;
  doc.text = "Envoys meet\nMENU\n  First one.  Second one.  ";
  doc.blocks.push_back(Block{Span{0, 11}, BlockKind::kHeadline});
  doc.blocks.push_back(Block{Span{12, 16}, BlockKind::kFurniture});
  doc.blocks.push_back(Block{Span{17, doc.text.size()}, BlockKind::kBody});
  const TextConventions conventions = Conventions();
  ASSERT_TRUE(SentenceSplitter(conventions).Process(doc).ok());
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.View(doc.sentences[0].span), "Envoys meet");
  EXPECT_EQ(doc.sentences[0].block, 0u);
  EXPECT_EQ(doc.View(doc.sentences[1].span), "First one.");
  EXPECT_EQ(doc.sentences[1].block, 2u);
  EXPECT_EQ(doc.View(doc.sentences[2].span), "Second one.");
  EXPECT_EQ(doc.sentences[2].span.end, doc.text.size() - 2);
}

// Long runs without a sentence end are cut into pieces of at most 2048
// bytes, so no "sentence" is unbounded (the time it takes is a benchmark's
// business, not a unit test's).
TEST(SentenceSplitterTest, LongRunsAreCutIntoBoundedPieces) {
  std::string words;
  for (int i = 0; i < 200000; ++i) words += "word ";
  for (const std::string& text : {words, std::string(1000000, '.')}) {
    Sentences pieces = Split(text);
    ASSERT_GT(pieces.size(), 1u);
    for (const std::string& piece : pieces) EXPECT_LE(piece.size(), 2048u);
  }
  std::string initials;
  for (int i = 0; i < 200000; ++i) initials += "A.";
  EXPECT_GE(Split(initials + " Then.").size(), 1u);
  std::string quotes;
  for (int i = 0; i < 100000; ++i) quotes += "\"A. B.\" ";
  EXPECT_GE(Split(quotes).size(), 1u);
}

}  // namespace
}  // namespace diplograph
