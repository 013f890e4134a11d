// A test fixture with a migrated SQLite file of its own in a temporary
// directory (real storage, no mocks), removed after the test.
//
// Thread-safety: the fixture's members belong to the test's thread; tests
// that hand `path_` to a Writer or a reader pool open their own connections.
#ifndef DPFEED_TESTS_SUPPORT_MIGRATED_DATABASE_H_
#define DPFEED_TESTS_SUPPORT_MIGRATED_DATABASE_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "service/store/database.h"
#include "service/store/migrations.h"

namespace dpfeed::test {

class MigratedDatabaseTest : public ::testing::Test {
 protected:
  // `prefix` names the temporary directory, with the pid and the test's name.
  explicit MigratedDatabaseTest(std::string prefix) : prefix_(std::move(prefix)) {}

  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           (prefix_ + "-" + std::to_string(getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "t.db").string();
    auto db = Database::Open(path_);
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    ASSERT_TRUE(Migrate(**db).ok());
    db_ = std::move(db.value());
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::filesystem::path dir_;
  std::string path_;
  std::unique_ptr<Database> db_;

 private:
  std::string prefix_;
};

}  // namespace dpfeed::test

#endif  // DPFEED_TESTS_SUPPORT_MIGRATED_DATABASE_H_
