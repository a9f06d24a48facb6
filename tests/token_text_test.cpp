#include "extractor/token_text.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace diplograph {
namespace {

TEST(TokenTextTest, HoldsTheTextAndItsAsciiLowerCase) {
  const TokenText text("Kim MET \xC3\x89mile in SEOUL");
  EXPECT_EQ(text.size(), 23u);
  EXPECT_EQ(text.Text(), "Kim MET \xC3\x89mile in SEOUL");
  // Only ASCII letters change: É (two bytes) keeps its bytes and offsets.
  EXPECT_EQ(text.Lower(), "kim met \xC3\x89mile in seoul");
  EXPECT_EQ(text.Text(Span{4, 7}), "MET");
  EXPECT_EQ(text.Lower(Span{4, 7}), "met");
  EXPECT_EQ(text.Lower(Span{18, 23}), "seoul");
}

TEST(TokenTextTest, EachHalfEndsInANul) {
  const TokenText text("AB");
  EXPECT_EQ(text.Text().data()[2], '\0');
  EXPECT_EQ(text.Lower().data()[2], '\0');
  // An empty view's first byte can be read too.
  EXPECT_EQ(*text.Text(Span{2, 2}).data(), '\0');
  const TokenText empty;
  EXPECT_EQ(empty.size(), 0u);
  EXPECT_EQ(*empty.Text().data(), '\0');
  EXPECT_EQ(*empty.Lower().data(), '\0');
}

TEST(TokenTextTest, ViewsSurviveAMove) {
  TokenText text("Oslo");  // short: a std::string would keep it inline and move it
  const std::string_view lower = text.Lower();
  const TokenText moved = std::move(text);
  EXPECT_EQ(moved.Lower().data(), lower.data());
  EXPECT_EQ(lower, "oslo");
}

TEST(TokenTextTest, IsACopyNotAView) {
  std::string source = "Hanoi";
  const TokenText text(source);
  source[0] = 'X';
  EXPECT_EQ(text.Text(), "Hanoi");
}

}  // namespace
}  // namespace diplograph
