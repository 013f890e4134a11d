#include "service/store/database.h"

#include <sqlite3.h>

namespace dpfeed {

namespace {
Status SqliteError(sqlite3* db, const char* what) {
  const int code = sqlite3_errcode(db);
  std::string msg = std::string(what) + ": " + sqlite3_errmsg(db);
  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) return Status::Corruption(msg);
  if (code == SQLITE_CONSTRAINT) return Status::Conflict(msg);
  return Status::IOError(msg);
}
}  // namespace

Result<std::unique_ptr<Database>> Database::Open(const std::string& path, Options options) {
  sqlite3* raw = nullptr;
  const int flags =
      (options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
      SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  std::unique_ptr<Database> db(new Database(raw, path));
  if (rc != SQLITE_OK) {
    return Status::IOError("cannot open database " + path + ": " +
                           (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
  }
  sqlite3_busy_timeout(raw, options.busy_timeout_ms);
  sqlite3_extended_result_codes(raw, 0);
  // A 32 MiB page cache per connection (SQLite's default is 2 MiB): a
  // week's planning and a year's compliance summary touch far more pages
  // than that, and re-reading them was most of their cost. (A 256 MiB cache
  // for the write connection was tried: no gain in planning or stamping a
  // 200,000-decision week in quiet runs, and 260 MiB more resident memory.)
  // A write connection also caps the WAL file it leaves behind at 64 MiB: a
  // week's run passes hundreds of MB through the WAL, and SQLite otherwise
  // keeps the file at its largest size for good (it reuses it, never
  // shrinks it).
  const char* pragmas =
      options.read_only
          ? "PRAGMA foreign_keys=ON; PRAGMA query_only=ON; PRAGMA cache_size=-32768;"
          : "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; "
            "PRAGMA foreign_keys=ON; PRAGMA cache_size=-32768; PRAGMA temp_store=MEMORY; "
            "PRAGMA journal_size_limit=67108864;";
  Status s = db->Exec(pragmas);
  if (!s.ok()) return s;
  return db;
}

Database::~Database() {
  cache_.clear();  // finalize statements before closing
  if (db_ != nullptr) sqlite3_close_v2(db_);
}

Status Database::Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    const int code = sqlite3_errcode(db_);
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) return Status::Corruption(msg);
    if (code == SQLITE_CONSTRAINT) return Status::Conflict(msg);
    return Status::IOError(msg);
  }
  return Status::Ok();
}

Statement* Database::Prepare(const char* sql, Status* status) {
  auto it = cache_.find(sql);
  if (it != cache_.end()) {
    it->second->Reset();
    return it->second.get();
  }
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
    *status = SqliteError(db_, "prepare");
    return nullptr;
  }
  auto owned = std::make_unique<Statement>(this, stmt);
  Statement* raw = owned.get();
  cache_.emplace(sql, std::move(owned));
  return raw;
}

int64_t Database::LastInsertRowId() const { return sqlite3_last_insert_rowid(db_); }
int Database::Changes() const { return sqlite3_changes(db_); }
std::string Database::ErrorMessage() const { return sqlite3_errmsg(db_); }

Statement::~Statement() { sqlite3_finalize(stmt_); }

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

Statement& Statement::Bind(int index, int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

Statement& Statement::Bind(int index, std::string_view value) {
  sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::BindNull(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}

bool Statement::Step(Status* status) {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) *status = SqliteError(db_->handle(), "step");
  return false;
}

Status Statement::Run() {
  Status s;
  while (Step(&s)) {
  }
  sqlite3_reset(stmt_);
  return s;
}

int64_t Statement::ColumnInt(int col) const { return sqlite3_column_int64(stmt_, col); }

std::string Statement::ColumnText(int col) const {
  const unsigned char* text = sqlite3_column_text(stmt_, col);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

std::optional<std::string> Statement::ColumnOptionalText(int col) const {
  if (ColumnIsNull(col)) return std::nullopt;
  return ColumnText(col);
}

bool Statement::ColumnIsNull(int col) const {
  return sqlite3_column_type(stmt_, col) == SQLITE_NULL;
}

Transaction::Transaction(Database& db) : db_(db) { begin_status_ = db_.Exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (!done_ && begin_status_.ok()) db_.Exec("ROLLBACK");
}

Status Transaction::Commit() {
  if (!begin_status_.ok()) return begin_status_;
  Status s = db_.Exec("COMMIT");
  if (s.ok()) done_ = true;
  return s;
}

Savepoint::Savepoint(Database& db) : db_(db) { begin_status_ = db_.Exec("SAVEPOINT request"); }

Savepoint::~Savepoint() {
  if (!done_ && begin_status_.ok()) {
    db_.Exec("ROLLBACK TO request");
    db_.Exec("RELEASE request");
  }
}

Status Savepoint::Release() {
  if (!begin_status_.ok()) return begin_status_;
  Status s = db_.Exec("RELEASE request");
  if (s.ok()) done_ = true;
  return s;
}

}  // namespace dpfeed
