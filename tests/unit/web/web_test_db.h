// A migrated SQLite file in a temporary directory with one department, for
// the web module's tests (real storage, no mocks).
#ifndef DPFEED_TESTS_UNIT_WEB_WEB_TEST_DB_H_
#define DPFEED_TESTS_UNIT_WEB_WEB_TEST_DB_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "service/store/database.h"
#include "service/store/department_repository.h"
#include "service/store/migrations.h"

namespace dpfeed {

class WebDbTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("dpfeed-web-" + std::to_string(getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    auto db = Database::Open((dir_ / "t.db").string());
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    db_ = std::move(db.value());
    ASSERT_TRUE(Migrate(*db_).ok());
    Department d;
    d.code = "scjgj";
    d.name = "市场监督管理局";
    d.uscc = "11370784MB28503836";
    auto added = AddDepartment(*db_, d, "2026-11-23T10:00:00.000+08:00");
    ASSERT_TRUE(added.ok()) << added.status().ToString();
    department_ = *added;
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::filesystem::path dir_;
  std::unique_ptr<Database> db_;
  Department department_;
};

}  // namespace dpfeed

#endif  // DPFEED_TESTS_UNIT_WEB_WEB_TEST_DB_H_
