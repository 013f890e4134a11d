// The writer's and the reader pool's request queues are bounded and their
// jobs have deadlines: a refused or expired job never runs and its caller
// hears so at once.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <future>
#include <thread>

#include "service/store/reader_pool.h"
#include "service/store/writer.h"
#include "tests/support/migrated_database.h"

namespace dpfeed {
namespace {

using namespace std::chrono_literals;

class QueueLimitsTest : public test::MigratedDatabaseTest {
 protected:
  QueueLimitsTest() : MigratedDatabaseTest("dpfeed-queues") {}
};

TEST_F(QueueLimitsTest, WriterRefusesBeyondItsQueueAndDropsJobsPastTheirDeadline) {
  Writer::Options options;
  options.max_queue = 2;
  options.max_wait = 200ms;
  Writer writer(std::move(db_), options);
  // Hold the writer thread in a job of the daemon's own (unbounded) kind.
  std::promise<void> release;
  std::shared_future<void> gate = release.get_future().share();
  std::thread blocker([&] {
    writer.Run([gate](Database&) {
      gate.wait();
      return Status::Ok();
    });
  });
  std::this_thread::sleep_for(50ms);

  std::atomic<int> ran{0};
  std::vector<std::promise<Status>> outcomes(3);
  for (auto& o : outcomes) {
    writer.Submit(
        [&ran](Database&) {
          ++ran;
          return Status::Ok();
        },
        [&o](Status s) { o.set_value(std::move(s)); });
  }
  // The third found the queue full: refused at once.
  auto third = outcomes[2].get_future();
  ASSERT_EQ(third.wait_for(1s), std::future_status::ready);
  EXPECT_EQ(third.get().code(), StatusCode::kIOError);
  // The first two wait past their deadline, then are dropped unrun.
  std::this_thread::sleep_for(300ms);
  release.set_value();
  blocker.join();
  EXPECT_EQ(outcomes[0].get_future().get().code(), StatusCode::kIOError);
  EXPECT_EQ(outcomes[1].get_future().get().code(), StatusCode::kIOError);
  EXPECT_EQ(ran.load(), 0);
  EXPECT_EQ(writer.refused(), 3u);
  // The daemon's own jobs are neither bounded nor timed, and requests flow again.
  EXPECT_TRUE(writer.Run([](Database&) { return Status::Ok(); }).ok());
  std::promise<Status> later;
  writer.Submit(
      [&ran](Database&) {
        ++ran;
        return Status::Ok();
      },
      [&later](Status s) { later.set_value(s); });
  EXPECT_TRUE(later.get_future().get().ok());
  EXPECT_EQ(ran.load(), 1);
}

TEST_F(QueueLimitsTest, ReaderPoolRefusesBeyondItsQueueAndDropsTasksPastTheirDeadline) {
  db_.reset();
  ReaderPool::Options options;
  options.threads = 1;
  options.max_queue = 2;
  options.max_wait = 200ms;
  auto pool = ReaderPool::Open(path_, options);
  ASSERT_TRUE(pool.ok());
  std::promise<void> release;
  std::shared_future<void> gate = release.get_future().share();
  std::promise<void> started;
  (*pool)->Submit(
      [&started, gate](Database&) {
        started.set_value();
        gate.wait();
      },
      [](Status) {});
  started.get_future().wait();

  std::atomic<int> ran{0}, refused{0};
  for (int i = 0; i < 3; ++i) {
    (*pool)->Submit([&ran](Database&) { ++ran; },
                    [&refused](Status s) {
                      EXPECT_EQ(s.code(), StatusCode::kIOError);
                      ++refused;
                    });
  }
  EXPECT_EQ(refused.load(), 1);  // the queue was full
  std::this_thread::sleep_for(300ms);
  release.set_value();
  (*pool)->Stop();
  EXPECT_EQ(ran.load(), 0);
  EXPECT_EQ(refused.load(), 3);
  EXPECT_EQ((*pool)->refused(), 3u);
}

}  // namespace
}  // namespace dpfeed
