#include "service/store/writer.h"

#include <chrono>
#include <future>
#include <vector>

namespace dpfeed {

Writer::Writer(std::unique_ptr<Database> db, size_t max_group)
    : db_(std::move(db)), max_group_(max_group), thread_([this] { Loop(); }) {}

Writer::~Writer() { Stop(); }

void Writer::Submit(Job job, Done done) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!stopping_) {
      queue_.push_back({std::move(job), std::move(done)});
      cv_.notify_one();
      return;
    }
  }
  done(Status::IOError("writer is stopped"));
}

Status Writer::Run(Job job) {
  std::promise<Status> promise;
  std::future<Status> result = promise.get_future();
  Submit(std::move(job), [&promise](Status s) { promise.set_value(std::move(s)); });
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
    {
      std::unique_lock<std::mutex> lock(mu_);
      cv_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping and drained
      while (!queue_.empty() && group.size() < max_group_) {
        group.push_back(std::move(queue_.front()));
        queue_.pop_front();
      }
    }
    CommitGroup(group);
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
                          std::chrono::steady_clock::now() - start).count();
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
