// RAII wrappers around SQLite: a connection, its prepared statements and
// transactions (in the manner of SQLiteCpp).
//
// Thread-safety: a Database and its Statements belong to one thread at a
// time (one connection per thread). Destructors never throw.
// Contract: Open() configures WAL, synchronous=FULL, foreign keys and a
// busy timeout. Statements are prepared once per connection and cached by
// their SQL text pointer (SQL lives in named constants beside the
// repository using it), reset before each use. Errors come back as Status;
// no exception leaves this module.
#ifndef DPFEED_SERVICE_STORE_DATABASE_H_
#define DPFEED_SERVICE_STORE_DATABASE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "service/domain/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace dpfeed {

class Statement;

class Database {
 public:
  struct Options {
    bool read_only = false;       // default false
    int busy_timeout_ms = 10000;  // default 10 s: how long to wait for the writer's lock
  };

  static Result<std::unique_ptr<Database>> Open(const std::string& path, Options options);
  static Result<std::unique_ptr<Database>> Open(const std::string& path) {
    return Open(path, Options{});
  }
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs one or more statements without results (DDL, PRAGMA, BEGIN ...).
  Status Exec(const char* sql);

  // The cached prepared statement for `sql`, reset and with bindings
  // cleared. REQUIRES: `sql` outlives the Database (a string constant).
  // Returns nullptr and sets *status on a prepare error.
  Statement* Prepare(const char* sql, Status* status);

  int64_t LastInsertRowId() const;
  int Changes() const;
  std::string ErrorMessage() const;
  const std::string& path() const { return path_; }
  sqlite3* handle() { return db_; }

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
  std::unordered_map<const char*, std::unique_ptr<Statement>> cache_;
};

// A prepared statement. Bind indexes are 1-based, column indexes 0-based.
class Statement {
 public:
  Statement(Database* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  void Reset();
  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, std::string_view value);
  Statement& Bind(int index, const char* value) { return Bind(index, std::string_view(value)); }
  Statement& Bind(int index, const std::string& value) { return Bind(index, std::string_view(value)); }
  Statement& BindNull(int index);
  Statement& Bind(int index, const std::optional<std::string>& value) {
    return value ? Bind(index, *value) : BindNull(index);
  }

  // Advances: true with a row, false when done; errors set *status.
  bool Step(Status* status);
  // Runs to completion (for INSERT/UPDATE/DELETE).
  Status Run();

  int64_t ColumnInt(int col) const;
  std::string ColumnText(int col) const;
  std::optional<std::string> ColumnOptionalText(int col) const;
  bool ColumnIsNull(int col) const;

 private:
  Database* db_;
  sqlite3_stmt* stmt_;
};

// BEGIN IMMEDIATE on construction; ROLLBACK in the destructor unless
// Commit() succeeded.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  const Status& begin_status() const { return begin_status_; }
  Status Commit();

 private:
  Database& db_;
  Status begin_status_;
  bool done_ = false;
};

// A named savepoint inside an open transaction; rolled back to (and
// released) in the destructor unless Release() succeeded. Lets one request
// of a group commit fail without undoing the others. Outside a transaction
// it is one (deferred: its first statement should write): Release() commits.
class Savepoint {
 public:
  explicit Savepoint(Database& db);
  ~Savepoint();
  const Status& begin_status() const { return begin_status_; }
  Status Release();

 private:
  Database& db_;
  Status begin_status_;
  bool done_ = false;
};

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_DATABASE_H_
