#include "extractor/word_map.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace diplograph {
namespace {

TEST(WordMapTest, FindsTheValueOfEachFormAndNothingForOthers) {
  WordMap<std::vector<int>> map;
  map["foreign"].push_back(1);
  map["deputy"].push_back(2);
  map["foreign"].push_back(3);  // the same form gathers into one value

  ASSERT_NE(map.Find("foreign"), nullptr);
  EXPECT_EQ(*map.Find("foreign"), (std::vector<int>{1, 3}));
  ASSERT_NE(map.Find("deputy"), nullptr);
  EXPECT_EQ(*map.Find("deputy"), (std::vector<int>{2}));
  EXPECT_EQ(map.Find("Foreign"), nullptr);  // exact, like WordSet
  EXPECT_EQ(map.Find("minister"), nullptr);
  EXPECT_EQ(map.Find(""), nullptr);
}

TEST(WordMapTest, NewFormsStartValueInitialized) {
  WordMap<int> map;
  EXPECT_EQ(map["two"], 0);
  map["two"] += 2;
  EXPECT_EQ(*map.Find("two"), 2);
}

TEST(WordMapTest, TheEmptyFormIsAKeyLikeAnyOther) {
  WordMap<std::string> map;
  map[""] = "empty";
  map["a"] = "a";
  ASSERT_NE(map.Find(""), nullptr);
  EXPECT_EQ(*map.Find(""), "empty");
  EXPECT_EQ(*map.Find("a"), "a");
  EXPECT_EQ(map.values(), (std::vector<std::string>{"a"}));
}

TEST(WordMapTest, ValuesComeInTheOrderFormsWereAdded) {
  WordMap<int> map;
  map["c"] = 3;
  map["a"] = 1;
  map["b"] = 2;
  map["a"] = 10;
  EXPECT_EQ(map.values(), (std::vector<int>{3, 10, 2}));
}

}  // namespace
}  // namespace diplograph
