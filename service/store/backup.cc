#include "service/store/backup.h"

#include <sqlite3.h>

#include <cstdio>
#include <filesystem>

#include "service/store/artifact_store.h"
#include "service/store/database.h"
#include "service/store/durable_file.h"
#include "service/store/migrations.h"

namespace dpfeed {

namespace {

// Copies every page of `from` (already open) into a new file at `to`.
Result<int> CopyInto(sqlite3* from, const std::string& to) {
  std::error_code ignored;
  std::filesystem::remove(to, ignored);
  sqlite3* dest = nullptr;
  if (sqlite3_open_v2(to.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
      SQLITE_OK) {
    const std::string why = dest ? sqlite3_errmsg(dest) : "out of memory";
    sqlite3_close(dest);
    return Status::IOError("cannot create " + to + ": " + why);
  }
  sqlite3_backup* backup = sqlite3_backup_init(dest, "main", from, "main");
  if (backup == nullptr) {
    const std::string why = sqlite3_errmsg(dest);
    sqlite3_close(dest);
    return Status::IOError("cannot start the backup: " + why);
  }
  int rc = sqlite3_backup_step(backup, -1);
  const int pages = sqlite3_backup_pagecount(backup);
  sqlite3_backup_finish(backup);
  if (rc == SQLITE_DONE) rc = sqlite3_errcode(dest);
  std::string why = sqlite3_errmsg(dest);
  // A standalone copy: no -wal beside it, synced to disk.
  if (rc == SQLITE_OK || rc == SQLITE_DONE) {
    rc = sqlite3_exec(dest, "PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL;", nullptr,
                      nullptr, nullptr);
    why = sqlite3_errmsg(dest);
  }
  sqlite3_close(dest);
  if (rc != SQLITE_OK && rc != SQLITE_DONE)
    return Status::IOError("backup into " + to + " failed: " + why);
  return pages;
}

Status Rename(const std::string& from, const std::string& to) {
  std::error_code ec;
  std::filesystem::rename(from, to, ec);
  if (ec) return Status::IOError("cannot rename " + from + " to " + to + ": " + ec.message());
  return Status::Ok();
}

}  // namespace

Status CheckIntegrity(const std::string& path) {
  Database::Options options;
  options.read_only = true;
  auto db = Database::Open(path, options);
  if (!db.ok()) return db.status();
  Status s;
  Statement* st = (*db)->Prepare("PRAGMA integrity_check", &s);
  if (st == nullptr) return Status::Corruption(path + " is not a database: " + s.message());
  std::string first;
  if (st->Step(&s)) first = st->ColumnText(0);
  st->Reset();
  if (!s.ok()) return Status::Corruption(path + ": " + s.message());
  if (first != "ok") return Status::Corruption(path + " fails the integrity check: " + first);
  return Status::Ok();
}

Result<int> BackupDatabase(const std::string& source, const std::string& destination) {
  Database::Options options;
  options.read_only = true;
  auto src = Database::Open(source, options);
  if (!src.ok()) return src.status();
  const std::string partial = destination + ".partial";
  auto pages = CopyInto((*src)->handle(), partial);
  if (!pages.ok()) return pages.status();
  if (Status s = CheckIntegrity(partial); !s.ok()) return s;
  if (Status s = Rename(partial, destination); !s.ok()) return s;
  return pages;
}

Status RestoreDatabase(const std::string& backup, const std::string& database) {
  if (Status s = CheckIntegrity(backup); !s.ok()) return s;
  {
    // A backup from a newer dpfeed would be refused at start: refuse now.
    auto db = Database::Open(backup, Database::Options{true, 10000});
    if (!db.ok()) return db.status();
    Status s;
    Statement* st = (*db)->Prepare("PRAGMA user_version", &s);
    if (st == nullptr) return s;
    int version = 0;
    if (st->Step(&s)) version = static_cast<int>(st->ColumnInt(0));
    st->Reset();
    if (version > EmbeddedMigrations().back().version) {
      return Status::Corruption("the backup comes from a newer dpfeed (schema " +
                                std::to_string(version) + ")");
    }
  }
  sqlite3* src = nullptr;
  if (sqlite3_open_v2(backup.c_str(), &src, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(src);
    return Status::IOError("cannot open " + backup);
  }
  const std::string partial = database + ".restoring";
  auto pages = CopyInto(src, partial);
  sqlite3_close(src);
  if (!pages.ok()) return pages.status();
  std::error_code ignored;
  std::filesystem::remove(database + "-wal", ignored);
  std::filesystem::remove(database + "-shm", ignored);
  return Rename(partial, database);
}

Result<ArtifactCopy> CopyArtifacts(const std::string& from_dir, const std::string& to_dir) {
  ArtifactCopy out;
  std::error_code ec;
  if (!std::filesystem::exists(from_dir, ec)) return out;  // nothing published yet
  const ArtifactStore to(to_dir);
  for (auto it = std::filesystem::recursive_directory_iterator(from_dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    const std::string name = it->path().filename().string();
    if (!IsArtifactHash(name)) continue;  // a writer's temporary file
    if (std::filesystem::exists(to.PathOf(name))) {
      ++out.present;
      continue;
    }
    auto bytes = ReadWholeFile(it->path().string());
    if (!bytes.ok()) return bytes.status();
    auto hash = to.Put(*bytes);
    if (!hash.ok()) return hash.status();
    if (*hash != name)
      return Status::Corruption("artifact " + it->path().string() + " does not match its hash");
    ++out.copied;
  }
  if (ec) return Status::IOError("cannot read " + from_dir + ": " + ec.message());
  return out;
}

Status CheckArtifactsPresent(const std::string& database, const std::string& artifact_dir) {
  Database::Options options;
  options.read_only = true;
  auto db = Database::Open(database, options);
  if (!db.ok()) return db.status();
  Status s;
  // Databases from before the artifact store have no such columns.
  Statement* has = (*db)->Prepare(
      "SELECT count(*) FROM pragma_table_info('notices') WHERE name = 'portal_html_sha256'", &s);
  if (has == nullptr) return s;
  const bool any = has->Step(&s) && has->ColumnInt(0) > 0;
  has->Reset();
  if (!any) return s;
  // And the public pages stored since without withdrawn decisions (013).
  Statement* pages =
      (*db)->Prepare("SELECT count(*) FROM sqlite_master WHERE name = 'notice_pages'", &s);
  if (pages == nullptr) return s;
  const bool any_pages = pages->Step(&s) && pages->ColumnInt(0) > 0;
  pages->Reset();
  if (!s.ok()) return s;
  Statement* st = (*db)->Prepare(
      any_pages ? "SELECT portal_html_sha256, portal_json_sha256, credit_json_sha256 FROM notices "
                  "UNION ALL SELECT html_sha256, json_sha256, '' FROM notice_pages"
                : "SELECT portal_html_sha256, portal_json_sha256, credit_json_sha256 FROM notices",
      &s);
  if (st == nullptr) return s;
  const ArtifactStore store(artifact_dir);
  while (st->Step(&s)) {
    for (int col = 0; col < 3; ++col) {
      const std::string hash = st->ColumnText(col);
      if (hash.empty()) continue;
      if (!std::filesystem::exists(store.PathOf(hash))) {
        st->Reset();
        return Status::NotFound("artifact " + hash + " that " + database +
                                " refers to is missing from " + artifact_dir);
      }
    }
  }
  return s;
}

}  // namespace dpfeed
