#include "extractor/phrase_trie.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace diplograph {
namespace {

// The longest phrase at the start of `words`: its value (or -1) and length.
std::pair<int, size_t> Longest(const PhraseTrie<int>& trie, const std::vector<std::string>& words) {
  size_t length = 0;
  const int* value =
      trie.Longest(words.size(), [&](size_t k) { return std::string_view(words[k]); }, &length);
  return {value ? *value : -1, length};
}

TEST(PhraseTrieTest, FindsTheLongestPhrase) {
  PhraseTrie<int> trie;
  trie[{"South"}] = 1;
  trie[{"South", "Korea"}] = 2;
  trie[{"South", "Korea", "Army", "Command"}] = 4;
  EXPECT_EQ(Longest(trie, {"South", "Korea", "said"}), std::make_pair(2, size_t{2}));
  EXPECT_EQ(Longest(trie, {"South", "Africa"}), std::make_pair(1, size_t{1}));
  // A longer phrase begun but not finished: the longest complete one.
  EXPECT_EQ(Longest(trie, {"South", "Korea", "Army", "said"}), std::make_pair(2, size_t{2}));
  EXPECT_EQ(Longest(trie, {"South", "Korea", "Army", "Command"}), std::make_pair(4, size_t{4}));
  EXPECT_EQ(Longest(trie, {"Korea"}), std::make_pair(-1, size_t{0}));
  EXPECT_EQ(Longest(trie, {}), std::make_pair(-1, size_t{0}));
}

TEST(PhraseTrieTest, APrefixAloneIsNoPhrase) {
  PhraseTrie<int> trie;
  trie[{"New", "Delhi"}] = 7;
  EXPECT_EQ(Longest(trie, {"New"}), std::make_pair(-1, size_t{0}));
  EXPECT_EQ(Longest(trie, {"New", "York"}), std::make_pair(-1, size_t{0}));
  EXPECT_TRUE(trie.Starts("New"));
  EXPECT_FALSE(trie.Starts("Delhi"));  // a word of a phrase, but none starts with it
  EXPECT_FALSE(trie.Starts("new"));    // words compare exactly
}

TEST(PhraseTrieTest, StopsAtMaxWords) {
  PhraseTrie<int> trie;
  trie[{"a"}] = 1;
  trie[{"a", "b"}] = 2;
  size_t length = 0;
  const std::vector<std::string> words = {"a", "b"};
  const int* value = trie.Longest(1, [&](size_t k) { return std::string_view(words[k]); }, &length);
  ASSERT_NE(value, nullptr);
  EXPECT_EQ(*value, 1);
  EXPECT_EQ(length, 1u);
}

TEST(PhraseTrieTest, SlotsAreSharedAndStartEmpty) {
  PhraseTrie<int> trie;
  EXPECT_FALSE((trie[{"x", "y"}].has_value()));
  trie[{"x", "y"}] = 3;
  trie[{"x", "y"}] = *trie[{"x", "y"}] + 1;
  EXPECT_EQ(Longest(trie, {"x", "y"}), std::make_pair(4, size_t{2}));
}

TEST(PhraseTrieTest, ManyPhrasesShareWords) {
  PhraseTrie<int> trie;
  for (int i = 0; i < 500; ++i) {
    trie[{"w" + std::to_string(i), "x", "w" + std::to_string(i % 7)}] = i;
  }
  for (int i = 0; i < 500; ++i) {
    EXPECT_EQ(Longest(trie, {"w" + std::to_string(i), "x", "w" + std::to_string(i % 7)}),
              std::make_pair(i, size_t{3}));
    EXPECT_EQ(Longest(trie, {"w" + std::to_string(i), "x", "w" + std::to_string((i + 1) % 7)}),
              std::make_pair(-1, size_t{0}));
  }
}

}  // namespace
}  // namespace diplograph
