#include "extractor/word_set.h"

#include <gtest/gtest.h>

#include <string>

namespace diplograph {
namespace {

TEST(WordSetTest, FindsExactlyTheFormsAdded) {
  const WordSet set = {"not", "never", "no"};
  EXPECT_TRUE(set.Contains("not"));
  EXPECT_TRUE(set.Contains("never"));
  EXPECT_TRUE(set.Contains("no"));
  // Same first byte and a length some form has, but not a form.
  EXPECT_FALSE(set.Contains("nor"));
  EXPECT_FALSE(set.Contains("na"));
  // Case is not folded.
  EXPECT_FALSE(set.Contains("Not"));
  EXPECT_FALSE(set.Contains(""));
  EXPECT_FALSE(set.Contains("nothing"));
}

TEST(WordSetTest, EmptyFormIsAFormLikeAnyOther) {
  WordSet set;
  EXPECT_FALSE(set.Contains(""));
  set.Add("");
  EXPECT_TRUE(set.Contains(""));
  EXPECT_FALSE(set.Contains("a"));
}

TEST(WordSetTest, LongFormsShareTheLastLengthBitButStillCompareWhole) {
  const std::string long_form(80, 'x');
  WordSet set;
  set.Add(long_form);
  EXPECT_TRUE(set.Contains(long_form));
  EXPECT_FALSE(set.Contains(std::string(70, 'x')));  // same length bit, other form
  EXPECT_FALSE(set.Contains(std::string(62, 'x')));
}

TEST(WordSetTest, NonAsciiFirstBytes) {
  WordSet set;
  set.Add("\xC3\xA9tat");      // "état"
  set.Add("\xE2\x80\x94");     // an em dash
  EXPECT_TRUE(set.Contains("\xC3\xA9tat"));
  EXPECT_TRUE(set.Contains("\xE2\x80\x94"));
  EXPECT_FALSE(set.Contains("\xE2\x80\x93"));  // an en dash
  EXPECT_FALSE(set.Contains("etat"));
}

TEST(WordSetTest, FormsListsWhatWasAdded) {
  WordSet set;
  EXPECT_TRUE(set.empty());
  set.Add("summoned");
  set.Add("summoned");
  EXPECT_FALSE(set.empty());
  EXPECT_EQ(set.forms().size(), 1u);
}

TEST(WordSetTest, ManyFormsSurviveTheTableGrowing) {
  WordSet set;
  for (int i = 0; i < 2000; ++i) set.Add("w" + std::to_string(i));
  EXPECT_EQ(set.forms().size(), 2000u);
  for (int i = 0; i < 2000; ++i) EXPECT_TRUE(set.Contains("w" + std::to_string(i))) << i;
  for (int i = 2000; i < 4000; ++i) EXPECT_FALSE(set.Contains("w" + std::to_string(i))) << i;
  EXPECT_EQ(set.forms().front(), "w0");  // kept in the order added
}

}  // namespace
}  // namespace diplograph
