// Runs work on a stream of items in parallel and hands the results back in
// the order the items came: the calling thread produces items and consumes
// finished ones; `jobs` worker threads do the work between. At most `window`
// items exist at once, so memory does not grow with the length of the
// stream, and since results are consumed in input order, what the consumer
// does cannot depend on the number of threads or their scheduling.
//
// With jobs == 1 everything runs on the calling thread, one item at a time.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "extractor/status.h"

namespace diplograph::cli {

template <typename Item>
struct OrderedRunnerCallbacks {
  // Fills a fresh item; false at the end of the stream; a non-ok status stops the run.
  std::function<Result<bool>(Item*)> produce;
  // Called on a worker thread, concurrently with other items' work.
  std::function<void(Item&)> work;
  // Takes each finished item in production order; a non-ok status stops the run.
  std::function<Status(Item&)> consume;
};

// Returns the first non-ok status of produce or consume, or Ok.
template <typename Item>
Status RunOrdered(unsigned jobs, size_t window, const OrderedRunnerCallbacks<Item>& callbacks) {
  if (jobs <= 1) {
    for (;;) {
      Item item{};
      Result<bool> more = callbacks.produce(&item);
      if (!more.ok()) return more.status();
      if (!more.value()) return Status::Ok();
      callbacks.work(item);
      if (Status st = callbacks.consume(item); !st.ok()) return st;
    }
  }
  window = std::max<size_t>(window, jobs);
  // Item n lives in slots[n % window]; produced, claimed and consumed count
  // items, and consumed <= claimed <= produced <= consumed + window.
  std::vector<Item> slots(window);
  std::vector<char> done(window, 0);
  size_t produced = 0, claimed = 0, consumed = 0;
  bool stopping = false;
  std::mutex mu;
  std::condition_variable work_ready, item_done;

  auto worker = [&] {
    std::unique_lock lock(mu);
    for (;;) {
      work_ready.wait(lock, [&] { return stopping || claimed < produced; });
      if (stopping) return;
      const size_t slot = claimed++ % window;
      lock.unlock();
      callbacks.work(slots[slot]);
      lock.lock();
      done[slot] = 1;
      item_done.notify_one();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);

  Status status;
  bool at_end = false;
  std::unique_lock lock(mu);
  while (status.ok()) {
    const size_t head = consumed % window;
    if (consumed < produced && done[head]) {
      // A finished item is not touched by workers: consume it unlocked.
      lock.unlock();
      status = callbacks.consume(slots[head]);
      slots[head] = Item{};
      lock.lock();
      done[head] = 0;
      ++consumed;
    } else if (!at_end && produced < consumed + window) {
      // Nor is a free slot, until `produced` counts it.
      const size_t slot = produced % window;
      lock.unlock();
      Result<bool> more = callbacks.produce(&slots[slot]);
      lock.lock();
      if (!more.ok()) {
        status = more.status();
      } else if (more.value()) {
        ++produced;
        work_ready.notify_one();
      } else {
        at_end = true;
      }
    } else if (consumed < produced) {
      item_done.wait(lock, [&] { return done[head] != 0; });
    } else {
      break;  // at the end, everything consumed
    }
  }
  stopping = true;
  lock.unlock();
  work_ready.notify_all();
  for (auto& t : threads) t.join();
  return status;
}

}  // namespace diplograph::cli
