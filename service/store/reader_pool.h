// Read-only database work off the io threads: a few threads, each with its
// own read-only connection (WAL lets them read while the writer commits).
//
// Thread-safety: Submit may be called from any thread.
// Contract: tasks run in FIFO order. The queue is bounded and every task has
// a deadline: Submit refuses a task when `max_queue` tasks are already
// waiting, and a task still waiting `max_wait` after its submission is
// dropped unrun; either way its `refused` callback gets an IOError (the api
// answers 503 with Retry-After) instead of the task running. `refused` runs
// on the submitting thread (queue full) or a pool thread (deadline). Stop()
// finishes queued tasks and joins. Exceptions a task throws are caught and
// dropped: the task owns its reply and must catch what it can answer.
#ifndef DPFEED_SERVICE_STORE_READER_POOL_H_
#define DPFEED_SERVICE_STORE_READER_POOL_H_

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "service/domain/status.h"
#include "service/store/database.h"

namespace dpfeed {

class ReaderPool {
 public:
  struct Options {
    int threads = 2;                             // default 2
    size_t max_queue = 1024;                     // tasks waiting at most (default 1024)
    std::chrono::milliseconds max_wait{10'000};  // a task waits at most this long (default 10 s)
  };
  using Task = std::function<void(Database&)>;
  using Refused = std::function<void(Status)>;

  static Result<std::unique_ptr<ReaderPool>> Open(const std::string& path, Options options);
  ~ReaderPool();
  void Submit(Task task, Refused refused);
  void Stop();

  // Tasks refused (queue full or deadline passed) since start, and waiting now.
  uint64_t refused() const { return refused_.load(); }
  size_t queued() const;

 private:
  struct Pending {
    Task task;
    Refused refused;
    std::chrono::steady_clock::time_point deadline;
  };
  explicit ReaderPool(Options options) : options_(options) {}
  void Loop(Database* db);

  const Options options_;
  std::vector<std::unique_ptr<Database>> connections_;
  std::vector<std::thread> threads_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Pending> queue_;  // guarded by mu_
  bool stopping_ = false;      // guarded by mu_
  std::atomic<uint64_t> refused_{0};
};

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_READER_POOL_H_
