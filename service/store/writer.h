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
// Submit() is for request paths: its queue is bounded and its jobs have a
// deadline. A job submitted while `max_queue` request jobs wait, or still
// waiting `max_wait` after submission, never runs: its callback gets an
// IOError at once (the api answers 503 with Retry-After). Run() is for the
// daemon's own work (publication, calendar sync): neither bounded nor timed.
// Stop() finishes every job already submitted, then joins the thread; jobs
// submitted after Stop() fail with IOError.
#ifndef DPFEED_SERVICE_STORE_WRITER_H_
#define DPFEED_SERVICE_STORE_WRITER_H_

#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
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

  struct Options {
    size_t max_group = 2000;                     // most jobs in one transaction (default 2000)
    size_t max_queue = 1024;                     // request jobs waiting at most (default 1024)
    std::chrono::milliseconds max_wait{20'000};  // a request job waits at most (default 20 s)
  };
  explicit Writer(std::unique_ptr<Database> db) : Writer(std::move(db), Options{}) {}
  Writer(std::unique_ptr<Database> db, Options options);
  ~Writer();  // calls Stop()

  // A request's job: bounded queue and deadline (see above).
  void Submit(Job job, Done done);
  // The daemon's own job: submits and waits for its durable outcome.
  Status Run(Job job);
  void Stop();

  const WriterStats& stats() const { return stats_; }
  // Request jobs refused (queue full or deadline passed) since start.
  uint64_t refused() const { return refused_.load(); }

 private:
  struct Pending {
    Job job;
    Done done;
    // Request jobs only: when to give up waiting.
    std::optional<std::chrono::steady_clock::time_point> deadline;
  };
  void Enqueue(Pending pending);
  void Loop();
  void CommitGroup(std::deque<Pending>& group);

  std::unique_ptr<Database> db_;
  const Options options_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Pending> queue_;   // guarded by mu_
  size_t queued_requests_ = 0;  // guarded by mu_: jobs in queue_ with a deadline
  bool stopping_ = false;       // guarded by mu_
  WriterStats stats_;
  std::atomic<uint64_t> refused_{0};
  std::thread thread_;
};

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_WRITER_H_
