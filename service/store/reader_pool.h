// Read-only database work off the io threads: a few threads, each with its
// own read-only connection (WAL lets them read while the writer commits).
//
// Thread-safety: Submit may be called from any thread.
// Contract: tasks run in FIFO order per thread; Stop() finishes queued
// tasks and joins. A task must not throw (exceptions are caught and
// dropped, with the task's own reply left to the caller's catch-all).
#ifndef DPFEED_SERVICE_STORE_READER_POOL_H_
#define DPFEED_SERVICE_STORE_READER_POOL_H_

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
  using Task = std::function<void(Database&)>;
  static Result<std::unique_ptr<ReaderPool>> Open(const std::string& path, int threads);
  ~ReaderPool();
  void Submit(Task task);
  void Stop();

 private:
  ReaderPool() = default;
  void Loop(Database* db);
  std::vector<std::unique_ptr<Database>> connections_;
  std::vector<std::thread> threads_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Task> queue_;
  bool stopping_ = false;
};

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_READER_POOL_H_
