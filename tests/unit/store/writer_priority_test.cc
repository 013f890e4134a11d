// The writer serves requests before the daemon's own jobs, bounds how many
// daemon jobs a group takes, and checkpoints the WAL off the commit path.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

#include "service/store/writer.h"
#include "tests/support/migrated_database.h"

namespace dpfeed {
namespace {

using namespace std::chrono_literals;

class WriterPriorityTest : public test::MigratedDatabaseTest {
 protected:
  WriterPriorityTest() : MigratedDatabaseTest("dpfeed-writer") {}
  void SetUp() override {
    MigratedDatabaseTest::SetUp();
    ASSERT_TRUE(db_->Exec("CREATE TABLE blobs (id INTEGER PRIMARY KEY, b BLOB)").ok());
  }
};

// Holds the writer's thread inside a daemon job until Release().
class HeldWriter {
 public:
  explicit HeldWriter(Writer& writer)
      : gate_(release_.get_future().share()), blocker_([&writer, gate = gate_] {
          writer.Run([gate](Database&) {
            gate.wait();
            return Status::Ok();
          });
        }) {
    std::this_thread::sleep_for(50ms);  // the writer is inside the blocking job
  }
  ~HeldWriter() { Release(); }
  void Release() {
    if (!blocker_.joinable()) return;
    release_.set_value();
    blocker_.join();
  }

 private:
  std::promise<void> release_;
  std::shared_future<void> gate_;
  std::thread blocker_;
};

TEST_F(WriterPriorityTest, ARequestRunsBeforeTheDaemonJobsQueuedAheadOfIt) {
  Writer::Options options;
  options.background_budget = 0us;  // one daemon job per group
  Writer writer(std::move(db_), options);
  HeldWriter held(writer);

  std::mutex mu;
  std::vector<std::string> order;
  std::vector<std::promise<Status>> done(6);
  auto job = [&](std::string name) {
    return [&, name](Database&) {
      std::lock_guard<std::mutex> lock(mu);
      order.push_back(name);
      return Status::Ok();
    };
  };
  for (int i = 0; i < 5; ++i) {
    writer.SubmitBackground(job("daemon" + std::to_string(i)),
                            [&done, i](Status s) { done[i].set_value(s); });
  }
  writer.Submit(job("request"), [&done](Status s) { done[5].set_value(s); });
  held.Release();
  for (auto& d : done) EXPECT_TRUE(d.get_future().get().ok());
  const std::vector<std::string> want = {"request", "daemon0", "daemon1",
                                         "daemon2", "daemon3", "daemon4"};
  EXPECT_EQ(order, want);
  // A budget of zero: each daemon job committed alone (five groups), the
  // request with the first of them.
  EXPECT_GE(writer.stats().commits.load(), 6u);
}

TEST_F(WriterPriorityTest, DaemonJobsShareAGroupWithinTheBudget) {
  Writer::Options options;
  options.background_budget = 10s;  // all of them, whatever the machine
  Writer writer(std::move(db_), options);
  HeldWriter held(writer);
  std::vector<std::promise<Status>> done(20);
  for (auto& d : done) {
    writer.SubmitBackground([](Database&) { return Status::Ok(); },
                            [&d](Status s) { d.set_value(s); });
  }
  held.Release();
  for (auto& d : done) EXPECT_TRUE(d.get_future().get().ok());
  EXPECT_EQ(writer.stats().jobs.load(), 21u);
  EXPECT_LE(writer.stats().commits.load(), 2u);  // the blocker's, the twenty with it or after it
}

// The WAL is copied back and reused even when commits follow each other
// without a pause: it stays far smaller than what was written through it.
// Without any checkpoint (the hook installed and nobody checkpointing) it
// would hold every page.
TEST_F(WriterPriorityTest, TheWalIsCheckpointedInTheBackground) {
  Writer::Options options;
  options.checkpoint_pages = 64;
  Writer writer(std::move(db_), options);
  constexpr int kCommits = 3000;
  for (int i = 0; i < kCommits; ++i) {
    ASSERT_TRUE(writer
                    .Run([&](Database& db) {
                      return db.Exec(("INSERT INTO blobs (b) VALUES (zeroblob(4096))"));
                    })
                    .ok());
  }
  // About 25 MB went through the WAL; the file keeps its largest extent
  // (a few MB when the two checkpointers race).
  const auto wal = std::filesystem::file_size(path_ + "-wal");
  EXPECT_LT(wal, uintmax_t{10} << 20) << "WAL of " << wal << " bytes";
}

// A large transaction grows the WAL file; once it is checkpointed, the
// writer's next commits start the WAL over and leave the file at the
// connection's journal_size_limit (64 MiB by default; 1 MiB here, so the
// test stays small), not at its largest size.
TEST_F(WriterPriorityTest, TheWalFileShrinksToItsLimitAfterALargeRun) {
  int64_t limit = 0;
  {
    Status s;
    Statement* st = db_->Prepare("PRAGMA journal_size_limit", &s);
    ASSERT_NE(st, nullptr) << s.ToString();
    ASSERT_TRUE(st->Step(&s));
    limit = st->ColumnInt(0);
    st->Reset();
  }
  EXPECT_EQ(limit, int64_t{64} << 20);
  ASSERT_TRUE(db_->Exec("PRAGMA journal_size_limit=1048576").ok());
  Writer::Options options;
  options.checkpoint_pages = 64;
  Writer writer(std::move(db_), options);
  ASSERT_TRUE(writer
                  .Run([](Database& db) {
                    for (int i = 0; i < 4000; ++i) {
                      Status s = db.Exec("INSERT INTO blobs (b) VALUES (zeroblob(4096))");
                      if (!s.ok()) return s;
                    }
                    return Status::Ok();
                  })
                  .ok());
  const auto peak = std::filesystem::file_size(path_ + "-wal");
  EXPECT_GT(peak, uintmax_t{16} << 20) << "the large transaction went through the WAL";
  // Small commits until the background checkpoint has copied it back and a
  // commit has started the WAL over (bounded: a few hundred commits).
  uintmax_t wal = peak;
  for (int i = 0; i < 2000 && wal > (uintmax_t{1} << 20); ++i) {
    ASSERT_TRUE(writer
                    .Run([](Database& db) {
                      return db.Exec("INSERT INTO blobs (b) VALUES (zeroblob(100))");
                    })
                    .ok());
    wal = std::filesystem::file_size(path_ + "-wal");
  }
  EXPECT_LE(wal, uintmax_t{1} << 20) << "WAL of " << wal << " bytes after a peak of " << peak;
}

}  // namespace
}  // namespace dpfeed
