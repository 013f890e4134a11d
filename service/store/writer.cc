#include "service/store/writer.h"

#include <sqlite3.h>

#include <future>

#include "service/domain/log.h"

namespace dpfeed {

int Writer::OnWalCommit(void* writer, sqlite3*, const char*, int frames) {
  auto* self = static_cast<Writer*>(writer);
  self->wal_frames_ = frames;
  if (frames >= self->options_.checkpoint_pages) {
    std::lock_guard<std::mutex> lock(self->checkpoint_mu_);
    self->checkpoint_due_ = true;
    self->checkpoint_cv_.notify_one();
  }
  return SQLITE_OK;
}

Writer::Writer(std::unique_ptr<Database> db, Options options)
    : db_(std::move(db)), options_(options) {
  const std::string& path = db_->path();
  if (options_.checkpoint_pages > 0 && !path.empty() && path != ":memory:") {
    auto checkpointer = Database::Open(path);
    if (checkpointer.ok()) {
      // Replaces SQLite's autocheckpoint (itself a WAL hook).
      sqlite3_wal_hook(db_->handle(), &Writer::OnWalCommit, this);
      checkpoint_thread_ = std::thread(
          [this, c = std::move(checkpointer.value())]() mutable { CheckpointLoop(std::move(c)); });
    } else {
      LogWarning("writer: no checkpoint connection (" + checkpointer.status().message() +
                 "); SQLite checkpoints inside the commits");
    }
  }
  thread_ = std::thread([this] { Loop(); });
}

Writer::~Writer() { Stop(); }

void Writer::Submit(Job job, Done done) {
  Enqueue({std::move(job), std::move(done), std::chrono::steady_clock::now() + options_.max_wait});
}

void Writer::SubmitBackground(Job job, Done done) {
  Enqueue({std::move(job), std::move(done), std::nullopt});
}

void Writer::Enqueue(Pending pending) {
  Status refusal = Status::IOError("writer is stopped");
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!stopping_) {
      if (!pending.deadline) {
        background_.push_back(std::move(pending));
        cv_.notify_one();
        return;
      }
      if (requests_.size() < options_.max_queue) {
        requests_.push_back(std::move(pending));
        cv_.notify_one();
        return;
      }
      refusal = Status::IOError("the write queue is full");
    }
  }
  if (pending.deadline) refused_.fetch_add(1, std::memory_order_relaxed);
  pending.done(refusal);
}

Status Writer::Run(Job job) {
  std::promise<Status> promise;
  std::future<Status> result = promise.get_future();
  SubmitBackground(std::move(job), [&promise](Status s) { promise.set_value(std::move(s)); });
  return result.get();
}

void Writer::Stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (stopping_ && !thread_.joinable() && !checkpoint_thread_.joinable()) return;
    stopping_ = true;
    cv_.notify_one();
  }
  if (thread_.joinable()) thread_.join();
  {
    std::lock_guard<std::mutex> lock(checkpoint_mu_);
    checkpoint_stop_ = true;
    checkpoint_cv_.notify_one();
  }
  if (checkpoint_thread_.joinable()) checkpoint_thread_.join();
}

void Writer::CheckpointLoop(std::unique_ptr<Database> db) {
  for (;;) {
    {
      std::unique_lock<std::mutex> lock(checkpoint_mu_);
      checkpoint_cv_.wait(lock, [this] { return checkpoint_due_ || checkpoint_stop_; });
      if (checkpoint_stop_) return;
      checkpoint_due_ = false;
    }
    // PASSIVE: copies what no reader still needs, never waits for a lock,
    // and the writer goes on appending meanwhile. Then again for what was
    // appended meanwhile (a short pass), so that between two commits the
    // WAL is all copied and the next transaction starts it over.
    for (int pass = 0; pass < kCatchUpPasses; ++pass) {
      int log = 0, copied = 0;
      const int rc = sqlite3_wal_checkpoint_v2(db->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE,
                                               &log, &copied);
      if (rc != SQLITE_OK && rc != SQLITE_BUSY) {
        LogWarning("writer: WAL checkpoint failed: " + db->ErrorMessage());
        break;
      }
      if (log <= copied) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  }
}

void Writer::CatchUpCheckpoint() {
  // The checkpoint thread copied all but the last few frames; what is left
  // is quick to copy, and between two groups nothing is appended meanwhile.
  if (options_.checkpoint_pages <= 0 || wal_frames_ / kWalLimitFactor < options_.checkpoint_pages)
    return;
  wal_frames_ = 0;
  const int rc = sqlite3_wal_checkpoint_v2(db_->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE,
                                           nullptr, nullptr);
  if (rc != SQLITE_OK && rc != SQLITE_BUSY) {
    LogWarning("writer: WAL checkpoint failed: " + db_->ErrorMessage());
  }
}

void Writer::TakeRequests(std::deque<Pending>& group, std::vector<Pending>& expired) {
  const auto now = std::chrono::steady_clock::now();
  while (!requests_.empty() && group.size() < options_.max_group) {
    Pending p = std::move(requests_.front());
    requests_.pop_front();
    if (now > *p.deadline) {
      expired.push_back(std::move(p));
    } else {
      group.push_back(std::move(p));
    }
  }
}

void Writer::Loop() {
  for (;;) {
    {
      std::unique_lock<std::mutex> lock(mu_);
      cv_.wait(lock, [this] { return stopping_ || !requests_.empty() || !background_.empty(); });
      if (requests_.empty() && background_.empty()) return;  // stopping and drained
    }
    CommitGroup();
    CatchUpCheckpoint();
  }
}

void Writer::CommitGroup() {
  const auto start = std::chrono::steady_clock::now();
  std::deque<Pending> group;
  std::vector<Status> results;
  std::vector<Pending> expired;
  std::optional<Transaction> txn(std::in_place, *db_);
  Status commit = txn->begin_status();
  // Runs the jobs of `group` from `from` on, each in its own savepoint.
  auto run_from = [&](size_t from) {
    results.resize(group.size());
    for (size_t i = from; i < group.size(); ++i) {
      if (!commit.ok()) {
        results[i] = commit;
        continue;
      }
      Savepoint sp(*db_);
      if (!sp.begin_status().ok()) {
        results[i] = sp.begin_status();
        continue;
      }
      try {
        results[i] = group[i].job(*db_);
      } catch (const std::exception& e) {
        results[i] = Status::IOError(std::string("write job threw: ") + e.what());
      }
      if (results[i].ok()) results[i] = sp.Release();
    }
  };
  // Requests first. A group that finds requests waiting right after a
  // group with daemon jobs has only requests (a short commit); otherwise
  // the daemon's jobs follow one by one while the budget lasts (at least
  // one), until a request arrives: that one is taken in and committed with
  // them. So a request waits for at most one group with daemon jobs.
  const auto budget_end = start + options_.background_budget;
  bool took_background = false, requests_only = false;
  for (bool first = true;; first = false) {
    const size_t from = group.size();
    bool more = false;
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (first) requests_only = !requests_.empty() && last_had_background_;
      TakeRequests(group, expired);
      const bool request_joined = took_background && group.size() > from;
      if (!requests_only && !request_joined && !background_.empty() &&
          group.size() < options_.max_group &&
          (!took_background || std::chrono::steady_clock::now() < budget_end)) {
        group.push_back(std::move(background_.front()));
        background_.pop_front();
        took_background = more = true;
      }
    }
    run_from(from);
    if (!more) break;
  }
  last_had_background_ = took_background;
  if (commit.ok()) commit = txn->Commit();
  txn.reset();  // rolled back unless committed, before anyone hears of it
  if (!group.empty()) RecordCommit(start, group.size());
  for (Pending& p : expired) {
    refused_.fetch_add(1, std::memory_order_relaxed);
    p.done(Status::IOError("the request waited too long for the writer"));
  }
  for (size_t i = 0; i < group.size(); ++i) {
    group[i].done(commit.ok() ? results[i] : commit);
  }
}

void Writer::RecordCommit(std::chrono::steady_clock::time_point start, size_t jobs) {
  const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
                          std::chrono::steady_clock::now() - start)
                          .count();
  stats_.commits.fetch_add(1, std::memory_order_relaxed);
  stats_.jobs.fetch_add(jobs, std::memory_order_relaxed);
  stats_.commit_micros_total.fetch_add(static_cast<uint64_t>(micros), std::memory_order_relaxed);
  size_t bucket = 0;
  while (bucket < WriterStats::kBucketsSeconds.size() &&
         static_cast<double>(micros) / 1e6 > WriterStats::kBucketsSeconds[bucket]) {
    ++bucket;
  }
  stats_.buckets[bucket].fetch_add(1, std::memory_order_relaxed);
}

}  // namespace dpfeed
