// Entrusted agencies, display names and the party rule of corrections
// against a real SQLite file.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "service/store/agency_repository.h"
#include "service/store/decision_repository.h"
#include "service/store/department_repository.h"
#include "service/store/migrations.h"

namespace dpfeed {
namespace {

constexpr const char* kNow = "2026-11-23T10:00:00.000+08:00";

class AgencyPartyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("dpfeed-agency-" + std::to_string(getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    auto db = Database::Open((dir_ / "t.db").string());
    ASSERT_TRUE(db.ok());
    db_ = std::move(db.value());
    ASSERT_TRUE(Migrate(*db_).ok());
    Department d;
    d.code = "jtysj";
    d.name = "交通运输局";
    d.uscc = "11370784MB28503849";
    department_ = AddDepartment(*db_, d, kNow)->id;
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  DecisionWrite Write(const std::string& party, const std::string& party_code) {
    DecisionWrite w;
    w.department_id = department_;
    w.kind = Kind::kPenalty;
    w.wsh = "W1";
    w.decision_date = "2026-11-20";
    w.content = "{\"CF_XDR_MC\":\"" + party + "\",\"CF_XDR_SHXYM\":\"" + party_code +
                "\",\"CF_WSH\":\"W1\"}";
    w.deadline = "2026-12-01";
    return w;
  }

  std::filesystem::path dir_;
  std::unique_ptr<Database> db_;
  int64_t department_ = 0;
};

TEST_F(AgencyPartyTest, AgenciesAreAddedListedAndRemovedNeverDeleted) {
  auto a = AddAgency(*db_, department_, "交通运输综合执法大队", "12370784MB1234567G", kNow);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(AddAgency(*db_, department_, "又一个", "12370784MB1234567G", kNow).status().code(),
            StatusCode::kConflict);
  EXPECT_EQ(
      AddAgency(*db_, department_, "执法\x07大队", "91370784MA3C12345X", kNow).status().code(),
      StatusCode::kInvalidArgument);
  EXPECT_EQ(AddAgency(*db_, department_, "执法大队", "12370784MB1234567H", kNow).status().code(),
            StatusCode::kInvalidArgument);
  ASSERT_EQ(ListAgencies(*db_, department_)->size(), 1u);
  EXPECT_TRUE(RemoveAgency(*db_, department_, "12370784MB1234567G", kNow).ok());
  EXPECT_EQ(RemoveAgency(*db_, department_, "12370784MB1234567G", kNow).code(),
            StatusCode::kNotFound);
  EXPECT_TRUE(ListAgencies(*db_, department_)->empty());
  // Registered again after removal: a new row, the old one kept.
  EXPECT_TRUE(
      AddAgency(*db_, department_, "交通运输综合执法大队", "12370784MB1234567G", kNow).ok());
}

TEST_F(AgencyPartyTest, DepartmentNamesAreCheckedAtTheStore) {
  Department d;
  d.code = "bad";
  d.name = "市场\x1b[31m监督";
  d.uscc = "11370784MB28503836";
  EXPECT_EQ(AddDepartment(*db_, d, kNow).status().code(), StatusCode::kInvalidArgument);
}

TEST_F(AgencyPartyTest, AnotherPartyIsWrittenOnlyWhenAllowed) {
  ASSERT_TRUE(UpsertDecision(*db_, Write("甲公司", "91370784MA3C12345X"), kNow).ok());
  auto r = UpsertDecision(*db_, Write("乙公司", "91370784MA3C12345X"), kNow);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->party_conflict);
  EXPECT_EQ(r->stored_party_name, "甲公司");
  r = UpsertDecision(*db_, Write("甲公司", "91110000101623741K"), kNow);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->party_conflict);
  EXPECT_EQ(GetVersions(*db_, r->id)->size(), 1u);
  DecisionWrite allowed = Write("乙公司", "91370784MA3C12345X");
  allowed.allow_party_change = true;
  r = UpsertDecision(*db_, allowed, kNow);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->party_conflict);
  EXPECT_TRUE(r->party_changed);
  EXPECT_EQ(r->version, 2);
}

}  // namespace
}  // namespace dpfeed
