// The artifact store against a real directory: content-addressed names,
// idempotent writes, ranges, and a tampered file caught by Verify.
#include "service/store/artifact_store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "service/store/database.h"
#include "service/store/department_repository.h"
#include "service/store/migrations.h"
#include "service/store/notice_repository.h"
#include "service/store/sha256.h"

namespace dpfeed {
namespace {

class ArtifactStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("dpfeed-artifacts-" + std::to_string(getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(ArtifactStoreTest, NamesEachFileByTheHashOfItsBytes) {
  ArtifactStore store((dir_ / "a").string());
  const std::string page = "<!DOCTYPE html>\n<p>公示</p>\n";
  auto hash = store.Put(page);
  ASSERT_TRUE(hash.ok()) << hash.status().ToString();
  EXPECT_EQ(*hash, Sha256Hex(page));
  EXPECT_TRUE(IsArtifactHash(*hash));
  EXPECT_EQ(store.PathOf(*hash), (dir_ / "a" / hash->substr(0, 2) / *hash).string());
  auto back = store.Get(*hash);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, page);
  auto range = store.GetRange(*hash, 16, 3);
  ASSERT_TRUE(range.ok());
  EXPECT_EQ(*range, "<p>");
  EXPECT_TRUE(store.Verify(*hash).ok());
}

TEST_F(ArtifactStoreTest, StoringTheSameBytesTwiceKeepsOneFileAndNoTemporaries) {
  ArtifactStore store(dir_.string());
  auto a = store.Put("same bytes");
  auto b = store.Put("same bytes");
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(*a, *b);
  int files = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir_))
    files += e.is_regular_file() ? 1 : 0;
  EXPECT_EQ(files, 1);
}

TEST_F(ArtifactStoreTest, MissingTamperedAndMalformedAreReported) {
  ArtifactStore store(dir_.string());
  auto hash = store.Put("original");
  ASSERT_TRUE(hash.ok());
  EXPECT_EQ(store.Get(std::string(64, '0')).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store.Get("../../etc/passwd").status().code(), StatusCode::kInvalidArgument);
  EXPECT_FALSE(store.GetRange(*hash, 4, 100).ok());  // past the end
  // Stored read-only (a published notice is not edited in place).
  EXPECT_EQ(
      std::filesystem::status(store.PathOf(*hash)).permissions() & std::filesystem::perms::all,
      std::filesystem::perms::owner_read | std::filesystem::perms::group_read |
          std::filesystem::perms::others_read);
  std::filesystem::permissions(store.PathOf(*hash), std::filesystem::perms::owner_write,
                               std::filesystem::perm_options::add);
  std::ofstream(store.PathOf(*hash), std::ios::trunc) << "tampered";
  EXPECT_EQ(store.Verify(*hash).code(), StatusCode::kCorruption);
}

TEST_F(ArtifactStoreTest, AnUnwritableDirectoryIsAnIOError) {
  ArtifactStore store("/proc/dpfeed-cannot-write-here");
  EXPECT_EQ(store.Put("x").status().code(), StatusCode::kIOError);
}

TEST_F(ArtifactStoreTest, InlineArtifactsOfAnOlderDatabaseMoveToFilesOnce) {
  std::filesystem::create_directories(dir_);
  auto db = Database::Open((dir_ / "t.db").string());
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE(Migrate(**db).ok());
  Department d;
  d.code = "scjgj";
  d.name = "市场监督管理局";
  d.uscc = "11370784MB28503836";
  auto dept = AddDepartment(**db, d, "2026-11-23T10:00:00.000+08:00");
  ASSERT_TRUE(dept.ok());
  // A notice as dpfeed stored it before migration 003: artifacts inline.
  Status s;
  Statement* st = (*db)->Prepare(
      "INSERT INTO notices (run_key, department_id, kind, type, title, period_from, period_to, "
      "published_on, created_at, portal_html, portal_json, credit_json) VALUES "
      "('regular:x', ?, 'penalty', 'regular', 't', '2026-11-16', '2026-11-22', '2026-11-23', '', "
      "'<html>old</html>', '{\"old\":1}', '{\"credit\":1}')",
      &s);
  ASSERT_NE(st, nullptr) << s.ToString();
  st->Bind(1, dept->id);
  ASSERT_TRUE(st->Run().ok());
  const int64_t id = (*db)->LastInsertRowId();
  EXPECT_EQ(GetNotice(**db, id).status().code(), StatusCode::kCorruption);

  ArtifactStore store((dir_ / "artifacts").string());
  auto put = [&](std::string_view bytes) { return store.Put(bytes); };
  auto moved = MoveInlineArtifacts(**db, put);
  ASSERT_TRUE(moved.ok()) << moved.status().ToString();
  EXPECT_EQ(*moved, 1);
  auto notice = GetNotice(**db, id);
  ASSERT_TRUE(notice.ok()) << notice.status().ToString();
  EXPECT_EQ(*store.Get(notice->artifacts.portal_html), "<html>old</html>");
  EXPECT_EQ(*store.Get(notice->artifacts.credit_json), "{\"credit\":1}");
  EXPECT_EQ(*MoveInlineArtifacts(**db, put), 0);
  st = (*db)->Prepare(
      "SELECT length(portal_html) + length(portal_json) + length(credit_json) FROM notices", &s);
  ASSERT_TRUE(st->Step(&s));
  EXPECT_EQ(st->ColumnInt(0), 0);  // the database no longer carries the bytes
  st->Reset();
}

}  // namespace
}  // namespace dpfeed
