#include "extractor/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace diplograph {
namespace {

TextConventions Conventions() {
  TextConventions c;
  for (const char* a : {"Mr.", "Dr.", "Gen.", "Sept.", "U.S.", "U.N.", "S.", "N.K.", "No."})
    c.abbreviations.Add(a);
  return c;
}

Tokenized Tokens(std::string_view text) {
  const TextConventions conventions = Conventions();
  return Tokenizer(conventions).Tokenize(text);
}

std::vector<std::string> Texts(std::string_view text) {
  const TextConventions conventions = Conventions();
  return Tokenizer(conventions).Words(text);
}

using Strings = std::vector<std::string>;

TEST(TokenizerTest, WordsAndPunctuation) {
  EXPECT_EQ(Texts("Talks resumed, officials said."),
            (Strings{"Talks", "resumed", ",", "officials", "said", "."}));
  EXPECT_EQ(Texts("(Reuters) 50% & $3!"), (Strings{"(", "Reuters", ")", "50", "%", "&", "$", "3", "!"}));
}

TEST(TokenizerTest, HyphensAreTokensWithoutSpace) {
  const Tokenized tokenized = Tokens("Lee Do-hoon met Russia-North Korea envoys");
  const std::vector<Token>& t = tokenized.tokens;
  ASSERT_EQ(t.size(), 10u);
  EXPECT_EQ(t[1].text, "Do");
  EXPECT_EQ(t[2].text, "-");
  EXPECT_EQ(t[3].text, "hoon");
  EXPECT_FALSE(t[2].space_before);
  EXPECT_FALSE(t[3].space_before);
  EXPECT_TRUE(t[4].space_before);
  EXPECT_EQ(t[5].text, "Russia");
  EXPECT_EQ(t[6].text, "-");
  EXPECT_EQ(t[7].text, "North");
  EXPECT_TRUE(t[0].space_before);  // the start counts as a space
}

TEST(TokenizerTest, PossessivesAndContractions) {
  EXPECT_EQ(Texts("South Korea's envoy doesn't agree."),
            (Strings{"South", "Korea", "'s", "envoy", "does", "n't", "agree", "."}));
  EXPECT_EQ(Texts("Russia\xE2\x80\x99s stance"), (Strings{"Russia", "'s", "stance"}));
  EXPECT_EQ(Texts("the countries' leaders"), (Strings{"the", "countries", "'", "leaders"}));
  EXPECT_EQ(Texts("We're sure they can't, and I'll go"),
            (Strings{"We", "'re", "sure", "they", "ca", "n't", ",", "and", "I", "'ll", "go"}));
  EXPECT_EQ(Texts("O'Brien met RUSSIA'S envoy"), (Strings{"O'Brien", "met", "RUSSIA", "'s", "envoy"}));
  // An apostrophe inside a capitalised name is part of it; a clitic or a
  // lower-case word ("d'Ivoire" stays in three, as the gazetteer has it) is not.
  EXPECT_EQ(Texts("Ana Mata'afa and Mata\xE2\x80\x99" "afa's aide"),
            (Strings{"Ana", "Mata'afa", "and", "Mata\xE2\x80\x99" "afa", "'s", "aide"}));
  EXPECT_EQ(Texts("C\xC3\xB4te d'Ivoire"), (Strings{"C\xC3\xB4te", "d", "'", "Ivoire"}));
  const Tokenized tokenized = Tokens("Korea's");
  const std::vector<Token>& t = tokenized.tokens;
  ASSERT_EQ(t.size(), 2u);
  EXPECT_FALSE(t[1].space_before);
  EXPECT_EQ(t[1].span, (Span{5, 7}));
}

TEST(TokenizerTest, AbbreviationsAndInitials) {
  EXPECT_EQ(Texts("Mr. Lee of the U.S. and N.K. met Gen. Park on Sept. 5 in S. Korea."),
            (Strings{"Mr.", "Lee", "of", "the", "U.S.", "and", "N.K.", "met", "Gen.", "Park", "on", "Sept.",
                     "5", "in", "S.", "Korea", "."}));
  // An initialism missing from the list is still one token.
  EXPECT_EQ(Texts("the E.U. summit"), (Strings{"the", "E.U.", "summit"}));
  EXPECT_EQ(Texts("Donald J. Trump"), (Strings{"Donald", "J.", "Trump"}));
  // A capital letter that ends the sentence keeps its period apart.
  EXPECT_EQ(Texts("They chose plan B."), (Strings{"They", "chose", "plan", "B", "."}));
  EXPECT_EQ(Texts("\"They chose plan B.\""), (Strings{"\"", "They", "chose", "plan", "B", ".", "\""}));
  // A listed abbreviation at the end stays whole.
  EXPECT_EQ(Texts("He flew to the U.S."), (Strings{"He", "flew", "to", "the", "U.S."}));
  EXPECT_EQ(Texts("the U.S.-led coalition"), (Strings{"the", "U.S.", "-", "led", "coalition"}));
}

// An abbreviation is looked up only when a period follows within 16 bytes;
// the reach is exact, and longer words run on as words.
TEST(TokenizerTest, AbbreviationsWithinReachOnly) {
  TextConventions c;
  for (const char* a : {"Abcdefghijklmno.", "Abcdefghijklmnop.", "Mr.", "No1."}) c.abbreviations.Add(a);
  const Tokenizer tokenizer(c);
  auto texts = [&](std::string_view text) {
    Strings out;
    for (const Token& t : tokenizer.Tokenize(text).tokens) out.emplace_back(t.text);
    return out;
  };
  // 15 letters and the period: 16 bytes, found.
  EXPECT_EQ(texts("Abcdefghijklmno. met"), (Strings{"Abcdefghijklmno.", "met"}));
  // 16 letters and the period: out of reach.
  EXPECT_EQ(texts("Abcdefghijklmnop. met"), (Strings{"Abcdefghijklmnop", ".", "met"}));
  EXPECT_EQ(texts("Mr.Lee and Mr. Lee"), (Strings{"Mr.", "Lee", "and", "Mr.", "Lee"}));
  EXPECT_EQ(texts("Mrs. Lee"), (Strings{"Mrs", ".", "Lee"}));
  // Letters and periods only: a digit ends the search, listed or not.
  EXPECT_EQ(texts("No1. Lee"), (Strings{"No1", ".", "Lee"}));
}

// Word runs take letters, digits and combining marks of any script, and
// stop at the first other character, whatever its encoding length.
TEST(TokenizerTest, WordRunsAcrossScripts) {
  EXPECT_EQ(Texts("Cafe\xCC\x81s na\xC3\xAFve Z\xC3\xBCrich\xE2\x80\x94" "Bern \xD0\x9C\xD0\xB8\xD1\x80."),
            (Strings{"Cafe\xCC\x81s", "na\xC3\xAFve", "Z\xC3\xBCrich", "--", "Bern", "\xD0\x9C\xD0\xB8\xD1\x80", "."}));
  // An invalid byte is a token of its own, kept as it is.
  EXPECT_EQ(Texts("abc\xFF" "def"), (Strings{"abc", "\xFF", "def"}));
}

TEST(TokenizerTest, Numbers) {
  EXPECT_EQ(Texts("1,000 troops and 3.5 percent, 1,000.50 won"),
            (Strings{"1,000", "troops", "and", "3.5", "percent", ",", "1,000.50", "won"}));
  EXPECT_EQ(Texts("in 2024. In the 1990s, 5th"),
            (Strings{"in", "2024", ".", "In", "the", "1990s", ",", "5th"}));
  EXPECT_EQ(Texts("2024-06-21"), (Strings{"2024", "-", "06", "-", "21"}));
}

// Single quotation marks, as British and many Asian outlets quote speech,
// become double ones; an apostrophe that closes nothing stays one.
TEST(TokenizerTest, PairedSingleQuotesAreQuotationMarks) {
  EXPECT_EQ(Texts("'Peru' said"), (Strings{"\"", "Peru", "\"", "said"}));
  EXPECT_EQ(Texts("'We reject Peru's claims,' she said"),
            (Strings{"\"", "We", "reject", "Peru", "'s", "claims", ",", "\"", "she", "said"}));
  EXPECT_EQ(Texts("Chile 'strongly condemns' it"), (Strings{"Chile", "\"", "strongly", "condemns", "\"", "it"}));
  // Nothing closes it on the same line: a quotation over paragraphs, or none.
  EXPECT_EQ(Texts("'Peru\nsaid it"), (Strings{"'", "Peru", "said", "it"}));
  EXPECT_EQ(Texts("the countries' leaders' talks"),
            (Strings{"the", "countries", "'", "leaders", "'", "talks"}));
  // A possessive plural inside no quotation stays an apostrophe after one.
  EXPECT_EQ(Texts("'Calm' ministers' talks"),
            (Strings{"\"", "Calm", "\"", "ministers", "'", "talks"}));
}

TEST(TokenizerTest, FoldsTypography) {
  const Tokenized tokenized =
      Tokens("\xE2\x80\x9CWe\xE2\x80\x99re ready,\xE2\x80\x9D he said \xE2\x80\x94 and waited\xE2\x80\xA6");
  const std::vector<Token>& t = tokenized.tokens;
  ASSERT_EQ(t.size(), 12u);
  EXPECT_EQ(t[0].text, "\"");
  EXPECT_EQ(t[0].span, (Span{0, 3}));
  EXPECT_EQ(t[2].text, "'re");
  EXPECT_EQ(t[5].text, "\"");
  EXPECT_EQ(t[8].text, "--");
  EXPECT_EQ(t[11].text, "...");
  EXPECT_EQ(t[11].span.size(), 3u);
  EXPECT_EQ(Texts("war -- which Seoul condemned... ended"),
            (Strings{"war", "--", "which", "Seoul", "condemned", "...", "ended"}));
  EXPECT_EQ(Texts("\xE2\x80\x98"
                  "calmly\xE2\x80\x99"),
            (Strings{"\"", "calmly", "\""}));
  EXPECT_EQ(Texts("2023\xE2\x80\x93"
                  "24"),
            (Strings{"2023", "--", "24"}));
}

TEST(TokenizerTest, Utf8OffsetsPointIntoTheOriginalBytes) {
  const std::string text =
      "Talks in Z\xC3\xBCrich, H\xC3\xA0 N\xE1\xBB\x99i and \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"
      " with \xEA\xB9\x80\xEC\xA0\x95\xEC\x9D\x80 (\xE9\x87\x91\xE6\xAD\xA3\xE6\x81\xA9).";
  const Tokenized tokenized = Tokens(text);
  const std::vector<Token>& t = tokenized.tokens;
  Strings texts;
  for (const Token& tok : t) {
    EXPECT_EQ(tok.span.Of(text), tok.text);  // nothing here is folded
    texts.emplace_back(tok.text);
  }
  EXPECT_EQ(texts, (Strings{"Talks", "in", "Z\xC3\xBCrich", ",", "H\xC3\xA0", "N\xE1\xBB\x99i", "and",
                            "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "with",
                            "\xEA\xB9\x80\xEC\xA0\x95\xEC\x9D\x80", "(",
                            "\xE9\x87\x91\xE6\xAD\xA3\xE6\x81\xA9", ")", "."}));
  EXPECT_EQ(t[2].span, (Span{9, 16}));
  // A decomposed accent stays inside its word; a no-break space separates.
  EXPECT_EQ(Texts("Zu\xCC\x88rich\xC2\xA0talks"), (Strings{"Zu\xCC\x88rich", "talks"}));
}

TEST(TokenizerTest, TokenPredicates) {
  const Tokenized tokenized =
      Tokens("NATO Korea's U.S. \xC3\x89mile \xC3\xA9t\xC3\xA9 2024 \xED\x95\x9C\xEA\xB5\xAD , A");
  const std::vector<Token>& t = tokenized.tokens;
  ASSERT_EQ(t.size(), 10u);
  EXPECT_TRUE(t[0].IsWord());
  EXPECT_TRUE(t[0].IsCapitalized());
  EXPECT_TRUE(t[0].IsAllCaps());
  EXPECT_TRUE(t[1].IsCapitalized());
  EXPECT_FALSE(t[1].IsAllCaps());
  EXPECT_FALSE(t[2].IsWord());  // 's
  EXPECT_FALSE(t[2].IsCapitalized());
  EXPECT_TRUE(t[3].IsAllCaps());      // U.S.
  EXPECT_TRUE(t[4].IsCapitalized());  // Émile
  EXPECT_FALSE(t[4].IsAllCaps());
  EXPECT_FALSE(t[5].IsCapitalized());  // été
  EXPECT_TRUE(t[6].IsWord());          // 2024
  EXPECT_FALSE(t[6].IsCapitalized());
  EXPECT_TRUE(t[7].IsCapitalized());  // 한국: caseless counts as capitalized
  EXPECT_FALSE(t[7].IsAllCaps());
  EXPECT_FALSE(t[8].IsWord());
  EXPECT_TRUE(t[9].IsCapitalized());
  EXPECT_FALSE(t[9].IsAllCaps());  // one letter
}

TEST(TokenizerTest, ProcessFillsSentenceTokenRanges) {
  Document doc;
  doc.text = "Kim's visit ended. Talks resume.";
  doc.sentences.push_back(Sentence{Span{0, 18}, 0, 0, 0});
  doc.sentences.push_back(Sentence{Span{19, doc.text.size()}, 0, 0, 0});
  const TextConventions conventions = Conventions();
  const Tokenizer tokenizer(conventions);
  EXPECT_EQ(tokenizer.name(), "tokenize");
  ASSERT_TRUE(tokenizer.Process(doc).ok());
  ASSERT_EQ(doc.tokens.size(), 8u);
  EXPECT_EQ(doc.sentences[0].token_begin, 0u);
  EXPECT_EQ(doc.sentences[0].token_end, 5u);
  EXPECT_EQ(doc.sentences[1].token_begin, 5u);
  EXPECT_EQ(doc.sentences[1].token_end, 8u);
  EXPECT_TRUE(doc.tokens[5].space_before);  // a sentence start
  // Running it again replaces the tokens.
  ASSERT_TRUE(tokenizer.Process(doc).ok());
  EXPECT_EQ(doc.tokens.size(), 8u);
}

// Tokens view the bytes they were cut from: the surface and its lower-cased
// twin at the same span, or a static folded form that is lower-case already.
TEST(TokenizerTest, TokensViewTheirTextAndItsLowerCase) {
  const Tokenized tokenized = Tokens("RUSSIA\xE2\x80\x99S Envoy DOESN'T go\xE2\x80\x94");
  const std::vector<Token>& t = tokenized.tokens;
  ASSERT_EQ(t.size(), 7u);
  EXPECT_EQ(t[0].text, "RUSSIA");
  EXPECT_EQ(t[0].lower, "russia");
  EXPECT_EQ(t[0].text.data(), tokenized.text.Text().data());  // a view, not a copy
  EXPECT_EQ(t[0].lower.data(), tokenized.text.Lower().data());
  EXPECT_EQ(t[1].text, "'s");
  EXPECT_EQ(t[1].lower, "'s");
  EXPECT_EQ(t[2].lower, "envoy");
  EXPECT_EQ(t[3].text, "DOES");
  EXPECT_EQ(t[3].lower, "does");
  EXPECT_EQ(t[4].text, "n't");
  EXPECT_EQ(t[4].lower, "n't");
  EXPECT_EQ(t[5].lower, "go");
  EXPECT_EQ(t[6].text, "--");
  EXPECT_EQ(t[6].span.size(), 3u);
}

// A document's tokens survive the document being moved, short texts too
// (a std::string keeps those inside itself, and they move with it).
TEST(TokenizerTest, TokensStayValidWhenTheDocumentMoves) {
  const TextConventions conventions = Conventions();
  const Tokenizer tokenizer(conventions);
  Document doc;
  doc.text = "Kim met Lee.";
  doc.sentences.push_back(Sentence{Span{0, doc.text.size()}, 0, 0, 0});
  ASSERT_TRUE(tokenizer.Process(doc).ok());
  const Document moved = std::move(doc);
  std::vector<std::string> lowers;
  for (const Token& t : moved.tokens) lowers.emplace_back(t.lower);
  EXPECT_EQ(lowers, (Strings{"kim", "met", "lee", "."}));
  EXPECT_EQ(moved.tokens[2].text, "Lee");
}

}  // namespace
}  // namespace diplograph
