// The in-order parallel runner behind --jobs and --stream (cli/ordered_runner.h):
// results come back in input order whatever the thread count and however
// long each item takes, no more than `window` items exist at once, and an
// error from either end stops the run.
#include "cli/ordered_runner.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace diplograph::cli {
namespace {

struct Item {
  int input = -1;
  int output = -1;
};

struct Counters {
  int next = 0;
  std::atomic<int> alive{0};
  std::atomic<int> max_alive{0};
};

OrderedRunnerCallbacks<Item> Callbacks(int count, Counters* c, std::vector<int>* consumed) {
  return {
      [=](Item* item) -> Result<bool> {
        if (c->next == count) return false;
        item->input = c->next++;
        const int alive = ++c->alive;
        int seen = c->max_alive.load();
        while (alive > seen && !c->max_alive.compare_exchange_weak(seen, alive)) {
        }
        return true;
      },
      [](Item& item) {
        // Uneven work, so that later items often finish first.
        std::this_thread::sleep_for(std::chrono::microseconds((item.input * 7919) % 5 * 200));
        item.output = item.input * 2;
      },
      [=](Item& item) -> Status {
        --c->alive;
        consumed->push_back(item.output);
        return Status::Ok();
      },
  };
}

TEST(OrderedRunnerTest, ResultsComeInInputOrderForAnyThreadCount) {
  for (unsigned jobs : {1u, 2u, 3u, 8u}) {
    SCOPED_TRACE(jobs);
    Counters counters;
    std::vector<int> consumed;
    ASSERT_TRUE(RunOrdered<Item>(jobs, jobs * 4, Callbacks(200, &counters, &consumed)).ok());
    ASSERT_EQ(consumed.size(), 200u);
    for (int i = 0; i < 200; ++i) EXPECT_EQ(consumed[static_cast<size_t>(i)], 2 * i);
  }
}

TEST(OrderedRunnerTest, NoMoreThanTheWindowIsInFlight) {
  Counters counters;
  std::vector<int> consumed;
  ASSERT_TRUE(RunOrdered<Item>(4, 6, Callbacks(300, &counters, &consumed)).ok());
  EXPECT_EQ(consumed.size(), 300u);
  EXPECT_LE(counters.max_alive.load(), 6);
  EXPECT_GE(counters.max_alive.load(), 2) << "work overlaps";
}

TEST(OrderedRunnerTest, EmptyInputConsumesNothing) {
  Counters counters;
  std::vector<int> consumed;
  EXPECT_TRUE(RunOrdered<Item>(3, 12, Callbacks(0, &counters, &consumed)).ok());
  EXPECT_TRUE(consumed.empty());
}

TEST(OrderedRunnerTest, AProducerErrorStopsTheRun) {
  for (unsigned jobs : {1u, 4u}) {
    int produced = 0;
    OrderedRunnerCallbacks<Item> callbacks{
        [&](Item* item) -> Result<bool> {
          if (produced == 10) return Status::IoError("cannot read x");
          item->input = produced++;
          return true;
        },
        [](Item& item) { item.output = item.input; },
        [](Item&) { return Status::Ok(); },
    };
    Status st = RunOrdered<Item>(jobs, 8, callbacks);
    EXPECT_EQ(st.code(), Status::Code::kIoError);
    EXPECT_EQ(st.message(), "cannot read x");
  }
}

TEST(OrderedRunnerTest, AConsumerErrorStopsTheRun) {
  for (unsigned jobs : {1u, 4u}) {
    int produced = 0, consumed = 0;
    OrderedRunnerCallbacks<Item> callbacks{
        [&](Item* item) -> Result<bool> {
          item->input = produced++;
          return true;  // endless: only the error ends it
        },
        [](Item& item) { item.output = item.input; },
        [&](Item& item) -> Status {
          ++consumed;
          return item.output == 20 ? Status::IoError("disk full") : Status::Ok();
        },
    };
    Status st = RunOrdered<Item>(jobs, 8, callbacks);
    EXPECT_EQ(st.message(), "disk full");
    EXPECT_EQ(consumed, 21);
  }
}

}  // namespace
}  // namespace diplograph::cli
