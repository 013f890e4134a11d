// Runs a CPU-heavy step over many items on a few background threads while
// the calling thread consumes the results in the items' order: the
// publication planner builds notices (mask, render, guard) in parallel and
// commits them one by one, in order, as they become ready.
//
// Thread-safety: RunOrdered is called from one thread; `build` runs on the
// worker threads (concurrently, for different indices) and must be safe
// for that; `consume` runs on the calling thread only.
// Contract: build(i) runs exactly once for each i in [0, n) unless `consume`
// returned false earlier (then the remaining items are skipped and
// RunOrdered returns after the workers stopped); consume(i, result) is
// called in increasing i. At most `threads` + 1 results wait unconsumed, so
// memory stays bounded whatever n is. Worker threads run at a lower CPU
// priority (nice +10) so request threads stay responsive beside them.
#ifndef DPFEED_PUBLISHER_ORDERED_PARALLEL_H_
#define DPFEED_PUBLISHER_ORDERED_PARALLEL_H_

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <condition_variable>
#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace dpfeed {

template <typename T, typename Build, typename Consume>
void RunOrdered(size_t n, int threads, Build build, Consume consume) {
  std::mutex mu;
  std::condition_variable cv;
  std::map<size_t, T> ready;
  size_t next_to_build = 0;
  size_t next_to_consume = 0;
  bool stop = false;
  const size_t window = static_cast<size_t>(threads < 1 ? 1 : threads) + 1;

  auto worker = [&] {
    // Lower this thread's priority only (Linux: nice values are per thread).
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
    for (;;) {
      size_t i;
      {
        std::unique_lock<std::mutex> lock(mu);
        cv.wait(lock, [&] {
          return stop || next_to_build >= n || next_to_build < next_to_consume + window;
        });
        if (stop || next_to_build >= n) return;
        i = next_to_build++;
      }
      T result = build(i);
      std::lock_guard<std::mutex> lock(mu);
      ready.emplace(i, std::move(result));
      cv.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (int t = 0; t < (threads < 1 ? 1 : threads); ++t) pool.emplace_back(worker);
  while (next_to_consume < n) {
    std::optional<T> item;
    {
      std::unique_lock<std::mutex> lock(mu);
      cv.wait(lock, [&] { return ready.count(next_to_consume) > 0; });
      auto it = ready.find(next_to_consume);
      item.emplace(std::move(it->second));
      ready.erase(it);
    }
    const bool go_on = consume(next_to_consume, std::move(*item));
    std::lock_guard<std::mutex> lock(mu);
    ++next_to_consume;
    if (!go_on) stop = true;
    cv.notify_all();
    if (stop) break;
  }
  for (std::thread& t : pool) t.join();
}

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_ORDERED_PARALLEL_H_
