#include "service/store/agency_repository.h"

#include "service/domain/display_name.h"
#include "service/domain/identifiers.h"
#include "service/store/event_log.h"

namespace dpfeed {

namespace {
constexpr const char* kInsert =
    "INSERT INTO agencies (department_id, name, uscc, created_at) VALUES (?, ?, ?, ?)";
constexpr const char* kRemove =
    "UPDATE agencies SET removed_at = ? WHERE department_id = ? AND uscc = ? AND removed_at IS "
    "NULL";
constexpr const char* kList =
    "SELECT id, department_id, name, uscc, created_at FROM agencies "
    "WHERE department_id = ? AND removed_at IS NULL ORDER BY id";

std::string Detail(const std::string& uscc) {
  // USCCs of organisations are public identifiers.
  return "{\"uscc\":\"" + uscc + "\"}";
}
}  // namespace

Result<Agency> AddAgency(Database& db, int64_t department_id, const std::string& name,
                         const std::string& uscc, const std::string& now) {
  if (auto why = CheckDisplayName(name)) return Status::InvalidArgument("agency name " + *why);
  if (!IsValidUscc(uscc)) {
    return Status::InvalidArgument("agency USCC " + uscc +
                                   " fails the GB 32100-2015 check character");
  }
  Status s;
  Statement* st = db.Prepare(kInsert, &s);
  if (st == nullptr) return s;
  st->Bind(1, department_id).Bind(2, name).Bind(3, uscc).Bind(4, now);
  s = st->Run();
  if (s.code() == StatusCode::kConflict) {
    return Status::Conflict("agency " + uscc + " is already registered for this department");
  }
  if (!s.ok()) return s;
  Agency a{db.LastInsertRowId(), department_id, name, uscc, now};
  s = AppendEvent(db, {now, "agency.added", department_id, std::nullopt, Detail(uscc)});
  if (!s.ok()) return s;
  return a;
}

Status RemoveAgency(Database& db, int64_t department_id, const std::string& uscc,
                    const std::string& now) {
  Status s;
  Statement* st = db.Prepare(kRemove, &s);
  if (st == nullptr) return s;
  st->Bind(1, now).Bind(2, department_id).Bind(3, uscc);
  s = st->Run();
  if (!s.ok()) return s;
  if (db.Changes() == 0)
    return Status::NotFound("no active agency " + uscc + " for this department");
  return AppendEvent(db, {now, "agency.removed", department_id, std::nullopt, Detail(uscc)});
}

Result<std::vector<Agency>> ListAgencies(Database& db, int64_t department_id) {
  Status s;
  Statement* st = db.Prepare(kList, &s);
  if (st == nullptr) return s;
  st->Bind(1, department_id);
  std::vector<Agency> out;
  while (st->Step(&s)) {
    out.push_back({st->ColumnInt(0), st->ColumnInt(1), st->ColumnText(2), st->ColumnText(3),
                   st->ColumnText(4)});
  }
  if (!s.ok()) return s;
  return out;
}

}  // namespace dpfeed
