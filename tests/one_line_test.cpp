#include "extractor/one_line.h"

#include <gtest/gtest.h>

namespace diplograph {
namespace {

TEST(OneLineTest, LineBreaksAndTheSpaceAroundThemBecomeOneSpace) {
  EXPECT_EQ(OneLine("Foreign Minister Ana\nLind"), "Foreign Minister Ana Lind");
  EXPECT_EQ(OneLine("against the  \r\n  construction"), "against the construction");
  EXPECT_EQ(OneLine("a\n\nb"), "a b");
}

TEST(OneLineTest, TextWithoutALineBreakIsKeptAsItIs) {
  EXPECT_EQ(OneLine("two  spaces\tand a tab"), "two  spaces\tand a tab");
  EXPECT_EQ(OneLine(""), "");
  EXPECT_FALSE(HasLineBreak("no break"));
  EXPECT_TRUE(HasLineBreak("a\rb"));
}

TEST(OneLineTest, AppendKeepsWhatIsThere) {
  std::string out = "said: ";
  AppendOneLine("the\nsentence", out);
  EXPECT_EQ(out, "said: the sentence");
}

}  // namespace
}  // namespace diplograph
