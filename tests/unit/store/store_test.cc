// The store against a real SQLite file: migrations, identity and versions,
// the append-only event log, and the group-commit writer.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include "service/store/database.h"
#include "service/store/decision_repository.h"
#include "service/store/department_repository.h"
#include "service/store/migrations.h"
#include "service/store/token_repository.h"
#include "service/store/writer.h"

namespace dpfeed {
namespace {

constexpr const char* kNow = "2026-11-23T10:00:00.000+08:00";

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("dpfeed-store-" + std::to_string(getpid()) + "-" +
                                                     ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "t.db").string();
    auto db = Database::Open(path_);
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    db_ = std::move(db.value());
    ASSERT_TRUE(Migrate(*db_).ok());
    Department d;
    d.code = "scjgj";
    d.name = "市场监督管理局";
    d.uscc = "11370784MB28503836";
    auto added = AddDepartment(*db_, d, kNow);
    ASSERT_TRUE(added.ok()) << added.status().ToString();
    department_ = added->id;
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  DecisionWrite Write(const std::string& wsh, const std::string& content) {
    DecisionWrite w;
    w.department_id = department_;
    w.kind = Kind::kPenalty;
    w.wsh = wsh;
    w.decision_date = "2026-11-20";
    w.content = content;
    w.deadline = "2026-12-01";
    return w;
  }

  std::filesystem::path dir_;
  std::string path_;
  std::unique_ptr<Database> db_;
  int64_t department_ = 0;
};

TEST_F(StoreTest, MigrationIsIdempotentAndRefusesNewerSchemas) {
  EXPECT_TRUE(Migrate(*db_).ok());
  ASSERT_TRUE(db_->Exec("PRAGMA user_version = 99").ok());
  Status s = Migrate(*db_);
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  EXPECT_NE(s.message().find("newer"), std::string::npos);
}

TEST_F(StoreTest, IdentityVersionsAndNoOps) {
  Transaction txn(*db_);
  auto a = UpsertDecision(*db_, Write("W1", "{\"CF_WSH\":\"W1\"}"), kNow);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->outcome, WriteOutcome::kCreated);
  auto same = UpsertDecision(*db_, Write("W1", "{\"CF_WSH\":\"W1\"}"), "later");
  ASSERT_TRUE(same.ok());
  EXPECT_EQ(same->outcome, WriteOutcome::kUnchanged);
  EXPECT_EQ(same->id, a->id);
  EXPECT_EQ(same->received_at, kNow);
  auto changed = UpsertDecision(*db_, Write("W1", "{\"CF_WSH\":\"W1\",\"CF_BZ\":\"x\"}"), "later");
  ASSERT_TRUE(changed.ok());
  EXPECT_EQ(changed->outcome, WriteOutcome::kCorrected);
  EXPECT_EQ(changed->version, 2);
  ASSERT_TRUE(txn.Commit().ok());
  auto versions = GetVersions(*db_, a->id);
  ASSERT_TRUE(versions.ok());
  ASSERT_EQ(versions->size(), 2u);
  EXPECT_EQ((*versions)[0].content, "{\"CF_WSH\":\"W1\"}");
  auto row = GetDecision(*db_, a->id);
  EXPECT_EQ(row->received_at, kNow);  // the first receipt stays
  EXPECT_EQ(row->current_version, 2);
}

TEST_F(StoreTest, EventsAreAppendOnly) {
  EXPECT_FALSE(db_->Exec("UPDATE events SET type = 'x'").ok());
  EXPECT_FALSE(db_->Exec("DELETE FROM events").ok());
}

TEST_F(StoreTest, TokensAreStoredHashedAndRevocable) {
  auto token = CreateToken(*db_, Role::kDepartment, department_, "ci", kNow);
  ASSERT_TRUE(token.ok());
  Status s;
  Statement* st = db_->Prepare("SELECT count(*) FROM tokens WHERE token_hash = ? OR prefix = ?", &s);
  st->Bind(1, *token).Bind(2, *token);
  ASSERT_TRUE(st->Step(&s));
  EXPECT_EQ(st->ColumnInt(0), 0) << "the secret itself must not be stored";
  st->Reset();
  auto p = Authenticate(*db_, *token);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->department_id, department_);
  ASSERT_TRUE(RevokeToken(*db_, p->token_id, kNow).ok());
  EXPECT_EQ(Authenticate(*db_, *token).status().code(), StatusCode::kUnauthorized);
  EXPECT_EQ(CreateToken(*db_, Role::kAuditor, department_, "", kNow).status().code(),
            StatusCode::kInvalidArgument);
}

TEST_F(StoreTest, WriterGroupsConcurrentJobsAndIsolatesFailures) {
  db_.reset();
  auto conn = Database::Open(path_);
  ASSERT_TRUE(conn.ok());
  Writer writer(std::move(conn.value()));
  std::atomic<int> ok{0}, failed{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 16; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        const bool bad = i == 7;
        Status s = writer.Run([&, t, i, bad](Database& db) -> Status {
          auto r = UpsertDecision(db, Write("T" + std::to_string(t) + "-" + std::to_string(i), "{}"), kNow);
          if (!r.ok()) return r.status();
          return bad ? Status::InvalidArgument("refused") : Status::Ok();
        });
        (s.ok() ? ok : failed)++;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), 16 * 49);
  EXPECT_EQ(failed.load(), 16);
  // Fewer commits than jobs: concurrent jobs shared transactions.
  EXPECT_LT(writer.stats().commits.load(), writer.stats().jobs.load());
  writer.Stop();
  auto check = Database::Open(path_);
  Status s;
  Statement* st = (*check)->Prepare("SELECT count(*) FROM decisions", &s);
  ASSERT_TRUE(st->Step(&s));
  EXPECT_EQ(st->ColumnInt(0), 16 * 49);  // the refused jobs left nothing behind
}

}  // namespace
}  // namespace dpfeed
