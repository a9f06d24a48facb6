// SubstringSet against the plain way of asking the same question: search
// the text once per needle.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "extractor/substring_set.h"

namespace diplograph {
namespace {

bool AnyFound(const std::vector<std::string>& needles, const std::string& text) {
  return std::any_of(needles.begin(), needles.end(),
                     [&](const std::string& n) { return text.find(n) != std::string::npos; });
}

TEST(SubstringSetTest, FindsNeedlesAnywhereIncludingEdgesAndOneByteNeedles) {
  const std::vector<std::string> needles = {"file photo", "(ap", "x", "ph"};
  const SubstringSet set(needles);
  EXPECT_TRUE(set.FoundIn("file photo: a"));
  EXPECT_TRUE(set.FoundIn("ends with (ap"));
  EXPECT_TRUE(set.FoundIn("tax"));
  EXPECT_TRUE(set.FoundIn("ph"));
  EXPECT_FALSE(set.FoundIn("p"));
  EXPECT_FALSE(set.FoundIn("file pot (a"));
  EXPECT_FALSE(set.FoundIn(""));
  EXPECT_FALSE(SubstringSet(std::vector<std::string>{}).FoundIn("anything"));
  EXPECT_TRUE(SubstringSet(std::vector<std::string>{""}).FoundIn(""));
}

TEST(SubstringSetTest, AgreesWithOneSearchPerNeedleOnRandomText) {
  std::mt19937 random(7);
  auto text_of = [&](size_t length) {
    std::string s;
    for (size_t i = 0; i < length; ++i) s.push_back("ab(\xC3\xA9 "[random() % 6]);
    return s;
  };
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> needles;
    for (int n = 0; n < 4; ++n) needles.push_back(text_of(1 + random() % 7));  // both lookups
    const SubstringSet set(needles);
    for (int t = 0; t < 20; ++t) {
      const std::string text = text_of(random() % 12);
      EXPECT_EQ(set.FoundIn(text), AnyFound(needles, text)) << text;
    }
  }
}

// Long needles are found by windows as long as the shortest of them, moved
// on by their last two bytes: whatever order the needles come in (the
// window shrinks as shorter ones arrive), none is stepped over.
TEST(SubstringSetTest, LongNeedlesAreFoundAtAnyPlaceInLongText) {
  std::mt19937 random(11);
  auto text_of = [&](size_t length) {
    std::string s;
    for (size_t i = 0; i < length; ++i) s.push_back("abc (\xC3\xA9 "[random() % 8]);
    return s;
  };
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> needles;
    for (int n = 0; n < 5; ++n) needles.push_back(text_of(4 + random() % (round % 10 == 0 ? 300 : 12)));
    const SubstringSet set(needles);
    for (int t = 0; t < 20; ++t) {
      std::string text = text_of(random() % 400);
      if (t % 2 == 0) text.insert(random() % (text.size() + 1), needles[random() % needles.size()]);
      EXPECT_EQ(set.FoundIn(text), AnyFound(needles, text)) << text;
    }
  }
}

}  // namespace
}  // namespace diplograph
