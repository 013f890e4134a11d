// What the publisher's unit tests share: a real SQLite file in a temporary
// directory, migrated, with two departments; the real group-commit writer;
// a read-only connection for planning reads; a real artifact store; and
// decisions stored the way intake stores them. No daemon, no mocks.
#ifndef DPFEED_TESTS_UNIT_PUBLISHER_PUBLISHER_FIXTURE_H_
#define DPFEED_TESTS_UNIT_PUBLISHER_PUBLISHER_FIXTURE_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "publisher/write_fn.h"
#include "service/calendar/shanghai_time.h"
#include "service/store/artifact_store.h"
#include "service/store/database.h"
#include "service/store/decision_repository.h"
#include "service/store/department_repository.h"
#include "service/store/migrations.h"
#include "service/store/writer.h"
#include "tests/integration/fixtures.h"

namespace dpfeed::test {

class PublisherTest : public ::testing::Test {
 protected:
  static constexpr const char* kReceived = "2026-11-20T10:00:00.000+08:00";

  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("dpfeed-publisher-" + std::to_string(getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "t.db").string();
    auto db = Database::Open(path_);
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    ASSERT_TRUE(Migrate(**db).ok());
    market_ = Add(**db, "scjgj", "安丘市市场监督管理局", kMarketUscc);
    transport_ = Add(**db, "jtysj", "交通运输局", kTransportUscc);
    writer_ = std::make_unique<Writer>(std::move(db.value()));
    Database::Options ro;
    ro.read_only = true;
    auto reader = Database::Open(path_, ro);
    ASSERT_TRUE(reader.ok());
    reader_ = std::move(reader.value());
    artifacts_ = std::make_unique<ArtifactStore>((dir_ / "artifacts").string());
    write_ = [this](const WriteJob& job) { return writer_->Run(job); };
  }
  void TearDown() override {
    reader_.reset();
    writer_.reset();
    std::filesystem::remove_all(dir_);
  }

  static int64_t Add(Database& db, const std::string& code, const std::string& name,
                     const std::string& uscc) {
    Department d;
    d.code = code;
    d.name = name;
    d.uscc = uscc;
    auto added = AddDepartment(db, d, kReceived);
    EXPECT_TRUE(added.ok()) << added.status().ToString();
    return added.ok() ? added->id : 0;
  }

  // Stores (or corrects) a decision as intake would; returns its id.
  int64_t Store(int64_t department, Kind kind, const std::string& wsh, const std::string& jdrq,
                const std::string& content, const std::string& deadline = "2026-11-30") {
    DecisionWrite w;
    w.department_id = department;
    w.kind = kind;
    w.wsh = wsh;
    w.decision_date = jdrq;
    w.content = content;
    w.deadline = deadline;
    int64_t id = 0;
    Status s = writer_->Run([&](Database& db) {
      auto r = UpsertDecision(db, w, kReceived);
      if (!r.ok()) return r.status();
      id = r->id;
      return Status::Ok();
    });
    EXPECT_TRUE(s.ok()) << s.ToString();
    return id;
  }
  int64_t Penalty(const std::string& wsh, const std::string& jdrq, const std::string& fine = "0.5",
                  const std::string& extra = "") {
    return Store(market_, Kind::kPenalty, wsh, jdrq, PenaltyJson(wsh, jdrq, fine, extra));
  }

  // One scalar from the database (through a fresh read connection).
  int64_t Count(const char* sql) {
    auto db = Database::Open(path_);
    Status s;
    Statement* st = (*db)->Prepare(sql, &s);
    EXPECT_NE(st, nullptr) << s.ToString();
    if (st == nullptr || !st->Step(&s)) return -1;
    const int64_t n = st->ColumnInt(0);
    st->Reset();
    return n;
  }

  static std::chrono::system_clock::time_point At(const std::string& shanghai) {
    return *ParseShanghaiDateTime(shanghai);
  }

  std::filesystem::path dir_;
  std::string path_;
  int64_t market_ = 0, transport_ = 0;
  std::unique_ptr<Writer> writer_;
  std::unique_ptr<Database> reader_;
  std::unique_ptr<ArtifactStore> artifacts_;
  WriteFn write_;
};

}  // namespace dpfeed::test

#endif  // DPFEED_TESTS_UNIT_PUBLISHER_PUBLISHER_FIXTURE_H_
