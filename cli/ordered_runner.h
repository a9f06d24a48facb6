// Runs work on a stream of items in parallel and hands the results back in
// the order the items came. `jobs` threads (the calling one among them) each
// take the next item, do its work, and consume whatever finished items are
// next in order; producing and consuming are each done by one thread at a
// time. At most `window` items exist at once, so memory does not grow with
// the length of the stream, and since results are consumed in input order,
// what the consumer does cannot depend on the number of threads or their
// scheduling.
//
// There is no separate producer/consumer thread: with one, `jobs` workers
// plus it share `jobs` cores, and every finished item woke it up, preempting
// a worker (streaming --jobs 2 ran at x1.2 instead of close to x2).
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
  // Called concurrently with other items' work (and with produce and consume).
  std::function<void(Item&)> work;
  // Takes each finished item in production order; a non-ok status stops the run.
  std::function<Status(Item&)> consume;
};

namespace ordered_runner_internal {

// The shared state of one parallel run; every participating thread calls
// Participate(). Item n lives in slots_[n % window]; consumed_ <= produced_
// <= consumed_ + window.
template <typename Item>
class Run {
 public:
  Run(size_t window, const OrderedRunnerCallbacks<Item>& callbacks)
      : callbacks_(callbacks), slots_(window), done_(window, 0) {}

  void Participate() {
    std::unique_lock lock(mu_);
    for (;;) {
      if (stopped_ || !status_.ok()) return;
      if (CanConsume()) {
        ConsumeReady(lock);
      } else if (CanProduce()) {
        ProduceAndWork(lock);
      } else if (at_end_ && consumed_ == produced_) {
        return;
      } else {
        changed_.wait(lock);
      }
    }
  }

  // Makes every participant return as soon as it is done with its item.
  void Stop() {
    {
      std::lock_guard lock(mu_);
      stopped_ = true;
    }
    changed_.notify_all();
  }

  // The first non-ok status of produce or consume, or Ok; read after every
  // participant has returned.
  const Status& status() const { return status_; }

 private:
  size_t Slot(size_t n) const { return n % slots_.size(); }
  bool CanConsume() const { return !consuming_ && consumed_ < produced_ && done_[Slot(consumed_)]; }
  bool CanProduce() const { return !producing_ && !at_end_ && produced_ < consumed_ + slots_.size(); }

  // Consumes finished items from the head for as long as there are any. A
  // finished item is not touched by other threads, so the lock is dropped.
  void ConsumeReady(std::unique_lock<std::mutex>& lock) {
    consuming_ = true;
    while (status_.ok() && consumed_ < produced_ && done_[Slot(consumed_)]) {
      Item& item = slots_[Slot(consumed_)];
      lock.unlock();
      Status status = callbacks_.consume(item);
      item = Item{};
      lock.lock();
      done_[Slot(consumed_)] = 0;
      ++consumed_;
      if (!status.ok()) status_ = std::move(status);
    }
    consuming_ = false;
    changed_.notify_all();  // slots are free, the consumer role too, or the run is over
  }

  // Fills the next slot and, unless the stream has ended, works on it. Nor
  // is a free slot touched by others until `produced_` counts it.
  void ProduceAndWork(std::unique_lock<std::mutex>& lock) {
    producing_ = true;
    Item& item = slots_[Slot(produced_)];
    lock.unlock();
    Result<bool> more = callbacks_.produce(&item);
    lock.lock();
    producing_ = false;
    if (!more.ok()) {
      status_ = more.status();
    } else if (!more.value()) {
      at_end_ = true;
    } else {
      const size_t slot = Slot(produced_++);
      lock.unlock();
      changed_.notify_all();  // the producer role is free
      callbacks_.work(item);
      lock.lock();
      done_[slot] = 1;  // this thread, or the one consuming now, consumes it next
      return;
    }
    changed_.notify_all();
  }

  const OrderedRunnerCallbacks<Item>& callbacks_;
  std::mutex mu_;
  std::condition_variable changed_;
  std::vector<Item> slots_;
  std::vector<char> done_;
  size_t produced_ = 0, consumed_ = 0;
  bool producing_ = false, consuming_ = false, at_end_ = false, stopped_ = false;
  Status status_;
};

// Stops a run when it goes out of scope: declared after the helper threads,
// it lets them return before they are joined even when a callback throws on
// the calling thread, instead of leaving them waiting for ever.
template <typename Item>
class StopAtExit {
 public:
  explicit StopAtExit(Run<Item>& run) : run_(run) {}
  ~StopAtExit() { run_.Stop(); }
  StopAtExit(const StopAtExit&) = delete;
  StopAtExit& operator=(const StopAtExit&) = delete;

 private:
  Run<Item>& run_;
};

}  // namespace ordered_runner_internal

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
  ordered_runner_internal::Run<Item> run(std::max<size_t>(window, jobs), callbacks);
  {
    std::vector<std::jthread> helpers;
    const ordered_runner_internal::StopAtExit<Item> stop(run);
    for (unsigned t = 1; t < jobs; ++t) helpers.emplace_back([&run] { run.Participate(); });
    run.Participate();
  }  // stops, then joins the helpers
  return run.status();
}

}  // namespace diplograph::cli
