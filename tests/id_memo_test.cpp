#include "exporters/id_memo.h"

#include <gtest/gtest.h>

#include <string>

namespace diplograph {
namespace {

TEST(IdMemoTest, MakesEachValueOnceAndRemembersIt) {
  IdMemo<std::string> memo;
  int made = 0;
  auto make = [&made](uint32_t id) {
    ++made;
    return "v" + std::to_string(id);
  };
  EXPECT_EQ(memo.Get(7, make), "v7");
  EXPECT_EQ(memo.Get(7, make), "v7");
  EXPECT_EQ(memo.Get(0, make), "v0");
  EXPECT_EQ(memo.Get(7, make), "v7");
  EXPECT_EQ(made, 2);
  EXPECT_EQ(memo.size(), 2u);
}

// Ids that agree in their low bits (every 64th, every 128th) all stay: a
// table indexed by id modulo its size made them evict each other.
TEST(IdMemoTest, IdsThatShareLowBitsDoNotEvictEachOther) {
  IdMemo<uint32_t> memo;
  int made = 0;
  auto make = [&made](uint32_t id) {
    ++made;
    return id * 3;
  };
  for (int round = 0; round < 3; ++round) {
    for (uint32_t id = 5; id < 5 + 32 * 128; id += 128) EXPECT_EQ(memo.Get(id, make), id * 3);
  }
  EXPECT_EQ(made, 32);
}

// Past half the table it starts again, empty, and stays correct.
TEST(IdMemoTest, EmptiesItselfWhenHalfFull) {
  IdMemo<uint32_t, 8> memo;
  int made = 0;
  auto make = [&made](uint32_t id) {
    ++made;
    return id + 1;
  };
  for (uint32_t id = 0; id < 4; ++id) memo.Get(id, make);
  EXPECT_EQ(memo.size(), 4u);
  EXPECT_EQ(memo.Get(100, make), 101u);  // the fifth: emptied first
  EXPECT_EQ(memo.size(), 1u);
  EXPECT_EQ(memo.Get(2, make), 3u);  // made again
  EXPECT_EQ(made, 6);
  memo.Clear();
  EXPECT_EQ(memo.size(), 0u);
}

}  // namespace
}  // namespace diplograph
