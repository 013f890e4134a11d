#include "service/store/reader_pool.h"

namespace dpfeed {

Result<std::unique_ptr<ReaderPool>> ReaderPool::Open(const std::string& path, int threads) {
  std::unique_ptr<ReaderPool> pool(new ReaderPool());
  for (int i = 0; i < threads; ++i) {
    Database::Options options;
    options.read_only = true;
    auto db = Database::Open(path, options);
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

void ReaderPool::Submit(Task task) {
  std::lock_guard<std::mutex> lock(mu_);
  queue_.push_back(std::move(task));
  cv_.notify_one();
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
    Task task;
    {
      std::unique_lock<std::mutex> lock(mu_);
      cv_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;
      task = std::move(queue_.front());
      queue_.pop_front();
    }
    try {
      task(*db);
    } catch (...) {
      // The task's caller owns the reply; nothing may escape this thread.
    }
  }
}

}  // namespace dpfeed
