#include "service/store/reader_pool.h"

namespace dpfeed {

Result<std::unique_ptr<ReaderPool>> ReaderPool::Open(const std::string& path, Options options) {
  std::unique_ptr<ReaderPool> pool(new ReaderPool(options));
  for (int i = 0; i < options.threads; ++i) {
    Database::Options db_options;
    db_options.read_only = true;
    auto db = Database::Open(path, db_options);
    if (!db.ok()) return db.status();
    pool->connections_.push_back(std::move(db.value()));
  }
  for (auto& db : pool->connections_) {
    Database* raw = db.get();
    pool->threads_.emplace_back([p = pool.get(), raw] { p->Loop(raw); });
  }
  return pool;
}

ReaderPool::~ReaderPool() { Stop(); }

void ReaderPool::Submit(Task task, Refused refused) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!stopping_ && queue_.size() < options_.max_queue) {
      queue_.push_back({std::move(task), std::move(refused),
                        std::chrono::steady_clock::now() + options_.max_wait});
      cv_.notify_one();
      return;
    }
  }
  refused_.fetch_add(1, std::memory_order_relaxed);
  refused(Status::IOError("the read queue is full"));
}

size_t ReaderPool::queued() const {
  std::lock_guard<std::mutex> lock(mu_);
  return queue_.size();
}

void ReaderPool::Stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
    cv_.notify_all();
  }
  for (auto& t : threads_) {
    if (t.joinable()) t.join();
  }
}

void ReaderPool::Loop(Database* db) {
  for (;;) {
    Pending next;
    {
      std::unique_lock<std::mutex> lock(mu_);
      cv_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;
      next = std::move(queue_.front());
      queue_.pop_front();
    }
    try {
      if (std::chrono::steady_clock::now() > next.deadline) {
        refused_.fetch_add(1, std::memory_order_relaxed);
        next.refused(Status::IOError("the request waited too long for a reader"));
      } else {
        next.task(*db);
      }
    } catch (...) {
      // The task's caller owns the reply; nothing may escape this thread.
    }
  }
}

}  // namespace dpfeed
