#include "service/store/writer.h"

#include <future>
#include <vector>

namespace dpfeed {

Writer::Writer(std::unique_ptr<Database> db, Options options)
    : db_(std::move(db)), options_(options), thread_([this] { Loop(); }) {}

Writer::~Writer() { Stop(); }

void Writer::Submit(Job job, Done done) {
  Enqueue({std::move(job), std::move(done), std::chrono::steady_clock::now() + options_.max_wait});
}

void Writer::Enqueue(Pending pending) {
  Status refusal = Status::IOError("writer is stopped");
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!stopping_) {
      if (!pending.deadline || queued_requests_ < options_.max_queue) {
        if (pending.deadline) ++queued_requests_;
        queue_.push_back(std::move(pending));
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
  Enqueue(
      {std::move(job), [&promise](Status s) { promise.set_value(std::move(s)); }, std::nullopt});
  return result.get();
}

void Writer::Stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (stopping_ && !thread_.joinable()) return;
    stopping_ = true;
    cv_.notify_one();
  }
  if (thread_.joinable()) thread_.join();
}

void Writer::Loop() {
  for (;;) {
    std::deque<Pending> group;
    std::vector<Pending> expired;
    {
      std::unique_lock<std::mutex> lock(mu_);
      cv_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping and drained
      const auto now = std::chrono::steady_clock::now();
      while (!queue_.empty() && group.size() < options_.max_group) {
        Pending p = std::move(queue_.front());
        queue_.pop_front();
        if (p.deadline) --queued_requests_;
        if (p.deadline && now > *p.deadline) {
          expired.push_back(std::move(p));
        } else {
          group.push_back(std::move(p));
        }
      }
    }
    for (Pending& p : expired) {
      refused_.fetch_add(1, std::memory_order_relaxed);
      p.done(Status::IOError("the request waited too long for the writer"));
    }
    if (!group.empty()) CommitGroup(group);
  }
}

void Writer::CommitGroup(std::deque<Pending>& group) {
  std::vector<Status> results(group.size());
  const auto start = std::chrono::steady_clock::now();
  Status commit;
  {
    Transaction txn(*db_);
    commit = txn.begin_status();
    if (commit.ok()) {
      for (size_t i = 0; i < group.size(); ++i) {
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
      commit = txn.Commit();
    }
  }
  const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
                          std::chrono::steady_clock::now() - start)
                          .count();
  stats_.commits.fetch_add(1, std::memory_order_relaxed);
  stats_.jobs.fetch_add(group.size(), std::memory_order_relaxed);
  stats_.commit_micros_total.fetch_add(static_cast<uint64_t>(micros), std::memory_order_relaxed);
  size_t bucket = 0;
  while (bucket < WriterStats::kBucketsSeconds.size() &&
         static_cast<double>(micros) / 1e6 > WriterStats::kBucketsSeconds[bucket]) {
    ++bucket;
  }
  stats_.buckets[bucket].fetch_add(1, std::memory_order_relaxed);

  for (size_t i = 0; i < group.size(); ++i) {
    group[i].done(commit.ok() ? results[i] : commit);
  }
}

}  // namespace dpfeed
