#include "service/store/department_repository.h"

#include <cctype>

#include "service/domain/display_name.h"
#include "service/domain/identifiers.h"
#include "service/store/event_log.h"

namespace dpfeed {

namespace {
constexpr const char* kInsert =
    "INSERT INTO departments (code, name, uscc, publish_empty, created_at) VALUES (?, ?, ?, ?, ?)";
constexpr const char* kByCode =
    "SELECT id, code, name, uscc, publish_empty, created_at FROM departments WHERE code = ?";
constexpr const char* kById =
    "SELECT id, code, name, uscc, publish_empty, created_at FROM departments WHERE id = ?";
constexpr const char* kAll =
    "SELECT id, code, name, uscc, publish_empty, created_at FROM departments ORDER BY id";
constexpr const char* kSetPublishEmpty = "UPDATE departments SET publish_empty = ? WHERE id = ?";

Department Read(const Statement& st) {
  Department d;
  d.id = st.ColumnInt(0);
  d.code = st.ColumnText(1);
  d.name = st.ColumnText(2);
  d.uscc = st.ColumnText(3);
  d.publish_empty = st.ColumnInt(4) != 0;
  d.created_at = st.ColumnText(5);
  return d;
}

Result<Department> FindOne(Database& db, const char* sql, auto key, const std::string& what) {
  Status s;
  Statement* st = db.Prepare(sql, &s);
  if (st == nullptr) return s;
  st->Bind(1, key);
  if (st->Step(&s)) {
    Department d = Read(*st);
    st->Reset();
    auto agencies = ListAgencies(db, d.id);
    if (!agencies.ok()) return agencies.status();
    d.agencies = std::move(agencies.value());
    return d;
  }
  if (!s.ok()) return s;
  return Status::NotFound("no department " + what);
}

bool ValidCode(const std::string& code) {
  if (code.empty() || code.size() > 64) return false;
  for (char c : code) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
  }
  return true;
}
}  // namespace

Result<Department> AddDepartment(Database& db, Department d, const std::string& now) {
  if (!ValidCode(d.code)) {
    return Status::InvalidArgument("department code must be 1-64 letters, digits, '-' or '_'");
  }
  if (auto why = CheckDisplayName(d.name))
    return Status::InvalidArgument("department name " + *why);
  if (!IsValidUscc(d.uscc)) {
    return Status::InvalidArgument("department USCC " + d.uscc +
                                   " fails the GB 32100-2015 check character");
  }
  // A savepoint, not BEGIN: the console calls this inside the writer's
  // transaction, the command line outside any (where it is one).
  Savepoint txn(db);
  if (!txn.begin_status().ok()) return txn.begin_status();
  Status s;
  Statement* st = db.Prepare(kInsert, &s);
  if (st == nullptr) return s;
  st->Bind(1, d.code)
      .Bind(2, d.name)
      .Bind(3, d.uscc)
      .Bind(4, int64_t{d.publish_empty})
      .Bind(5, now);
  s = st->Run();
  if (s.code() == StatusCode::kConflict) {
    return Status::Conflict("a department with code " + d.code + " or USCC " + d.uscc +
                            " already exists");
  }
  if (!s.ok()) return s;
  d.id = db.LastInsertRowId();
  d.created_at = now;
  s = AppendEvent(db, {now, "department.added", d.id, std::nullopt, "{}"});
  if (!s.ok()) return s;
  s = txn.Release();
  if (!s.ok()) return s;
  return d;
}

Result<Department> FindDepartmentByCode(Database& db, const std::string& code) {
  return FindOne(db, kByCode, code, "with code " + code);
}

Result<Department> FindDepartmentById(Database& db, int64_t id) {
  return FindOne(db, kById, id, "with id " + std::to_string(id));
}

Result<std::vector<Department>> ListDepartments(Database& db) {
  Status s;
  Statement* st = db.Prepare(kAll, &s);
  if (st == nullptr) return s;
  std::vector<Department> out;
  while (st->Step(&s)) out.push_back(Read(*st));
  if (!s.ok()) return s;
  return out;
}

Status SetPublishEmpty(Database& db, int64_t id, bool publish_empty) {
  Status s;
  Statement* st = db.Prepare(kSetPublishEmpty, &s);
  if (st == nullptr) return s;
  st->Bind(1, int64_t{publish_empty}).Bind(2, id);
  s = st->Run();
  if (s.ok() && db.Changes() == 0) return Status::NotFound("no department with that id");
  return s;
}

}  // namespace dpfeed
