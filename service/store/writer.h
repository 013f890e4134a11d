// The single writer: one thread owns the write connection and commits the
// jobs submitted by many request threads in shared transactions (group
// commit), so durability (synchronous=FULL, one fsync per commit) does not
// cost throughput.
//
// Requests come first: a group runs every request job waiting, then the
// daemon's own jobs (publication, delivery outcomes) one at a time while
// its time budget (`background_budget`) lasts or until a request arrives
// (taken in, committed with them); requests found waiting after a group
// with daemon jobs get a group of their own. So a request waits for at
// most one group with daemon jobs, never behind a queue of them, and the
// daemon's jobs still run at least every other group. The WAL is
// checkpointed by a thread of its own on its own connection (a PASSIVE
// checkpoint once `checkpoint_pages` frames accumulated), never inside a
// commit: copying a large WAL back into the database file takes 100 ms and
// more, and no request should wait for it.
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
// IOError at once (the api answers 503 with Retry-After). Run() and
// SubmitBackground() are for the daemon's own work (publication, calendar
// sync, delivery outcomes): neither bounded nor timed, run after requests,
// in submission order among themselves.
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
#include <vector>

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
    // Daemon jobs run in one group while requests may wait (default 4 ms;
    // at least one daemon job per group whatever it takes).
    std::chrono::microseconds background_budget{4'000};
    // WAL frames that wake the checkpoint thread (default 1000, SQLite's
    // own threshold); 0: SQLite checkpoints inside the commits instead.
    int checkpoint_pages = 1000;
  };
  explicit Writer(std::unique_ptr<Database> db) : Writer(std::move(db), Options{}) {}
  Writer(std::unique_ptr<Database> db, Options options);
  ~Writer();  // calls Stop()

  // A request's job: bounded queue and deadline (see above).
  void Submit(Job job, Done done);
  // The daemon's own job: submits and waits for its durable outcome.
  Status Run(Job job);
  // The daemon's own job, not waited for: `done` gets its outcome.
  void SubmitBackground(Job job, Done done);
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
  // Under mu_: moves the request jobs waiting into `group`, those past
  // their deadline into `expired`.
  void TakeRequests(std::deque<Pending>& group, std::vector<Pending>& expired);
  void CommitGroup();
  void CheckpointLoop(std::unique_ptr<Database> db);
  // On the writer's thread between groups: when commits follow each other
  // too closely for the checkpoint thread ever to find the WAL all copied,
  // copies the rest itself so that the WAL starts over (it would grow
  // without bound otherwise).
  void CatchUpCheckpoint();
  static constexpr int kCatchUpPasses = 20;
  static constexpr int kWalLimitFactor = 4;  // of checkpoint_pages
  // sqlite3_wal_hook's callback on the write connection, after each commit.
  static int OnWalCommit(void* writer, sqlite3* db, const char* name, int frames);
  void RecordCommit(std::chrono::steady_clock::time_point start, size_t jobs);

  std::unique_ptr<Database> db_;
  const Options options_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Pending> requests_;      // guarded by mu_: jobs with a deadline
  std::deque<Pending> background_;    // guarded by mu_: the daemon's own
  bool stopping_ = false;             // guarded by mu_
  bool last_had_background_ = false;  // the writer thread's own
  WriterStats stats_;
  std::atomic<uint64_t> refused_{0};
  // The checkpoint thread: woken by the commits' WAL hook.
  std::mutex checkpoint_mu_;
  std::condition_variable checkpoint_cv_;
  bool checkpoint_due_ = false;     // guarded by checkpoint_mu_
  bool checkpoint_stop_ = false;    // guarded by checkpoint_mu_
  std::atomic<int> wal_frames_{0};  // WAL frames after the last commit
  std::thread checkpoint_thread_;
  std::thread thread_;
};

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_WRITER_H_
