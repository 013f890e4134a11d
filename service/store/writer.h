// The single writer: one thread owns the write connection and commits the
// jobs submitted by many request threads in shared transactions (group
// commit), so durability (synchronous=FULL, one fsync per commit) does not
// cost throughput.
//
// Thread-safety: Submit/Run may be called from any thread.
// Contract: each job runs inside its own savepoint of the current group
// transaction: a job returning a non-ok Status is rolled back alone and its
// callback receives that Status; the others commit. A callback is invoked
// (on the writer thread) only after the group's COMMIT returned, with Ok if
// and only if the job's writes are durable; if the COMMIT fails every job of
// the group gets the error. Callbacks must be quick (post elsewhere).
// Stop() finishes every job already submitted, then joins the thread; jobs
// submitted after Stop() fail with IOError.
#ifndef DPFEED_SERVICE_STORE_WRITER_H_
#define DPFEED_SERVICE_STORE_WRITER_H_

#include <array>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "service/domain/status.h"
#include "service/store/database.h"

namespace dpfeed {

// Commit latency histogram, read by /metrics.
struct WriterStats {
  static constexpr std::array<double, 10> kBucketsSeconds = {0.001, 0.0025, 0.005, 0.01, 0.025,
                                                             0.05,  0.1,    0.25,  0.5,  1.0};
  std::array<std::atomic<uint64_t>, kBucketsSeconds.size() + 1> buckets{};  // last = +Inf
  std::atomic<uint64_t> commits{0};
  std::atomic<uint64_t> jobs{0};
  std::atomic<uint64_t> commit_micros_total{0};
};

class Writer {
 public:
  using Job = std::function<Status(Database&)>;
  using Done = std::function<void(Status)>;

  // max_group: most jobs in one transaction (default 2000).
  explicit Writer(std::unique_ptr<Database> db, size_t max_group = 2000);
  ~Writer();  // calls Stop()

  void Submit(Job job, Done done);
  // Submits and waits for the job's durable outcome.
  Status Run(Job job);
  void Stop();

  const WriterStats& stats() const { return stats_; }

 private:
  struct Pending {
    Job job;
    Done done;
  };
  void Loop();
  void CommitGroup(std::deque<Pending>& group);

  std::unique_ptr<Database> db_;
  const size_t max_group_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Pending> queue_;
  bool stopping_ = false;
  WriterStats stats_;
  std::thread thread_;
};

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_WRITER_H_
