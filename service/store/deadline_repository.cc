#include "service/store/deadline_repository.h"

namespace dpfeed {

namespace {
constexpr const char* kLoad = "SELECT year, fingerprint FROM calendar_years";
constexpr const char* kSave =
    "INSERT INTO calendar_years (year, fingerprint) VALUES (?, ?) "
    "ON CONFLICT (year) DO UPDATE SET fingerprint = excluded.fingerprint";
constexpr const char* kRange =
    "SELECT id, decision_date, deadline, deadline_provisional FROM decisions "
    "WHERE decision_date BETWEEN ? AND ?";
constexpr const char* kUpdate =
    "UPDATE decisions SET deadline = ?, deadline_provisional = ? WHERE id = ?";
}  // namespace

Result<std::map<int, std::string>> LoadCalendarFingerprints(Database& db) {
  Status s;
  Statement* st = db.Prepare(kLoad, &s);
  if (st == nullptr) return s;
  std::map<int, std::string> out;
  while (st->Step(&s)) out[static_cast<int>(st->ColumnInt(0))] = st->ColumnText(1);
  if (!s.ok()) return s;
  return out;
}

Status SaveCalendarFingerprint(Database& db, int year, const std::string& fingerprint) {
  Status s;
  Statement* st = db.Prepare(kSave, &s);
  if (st == nullptr) return s;
  st->Bind(1, int64_t{year}).Bind(2, fingerprint);
  return st->Run();
}

Status ForEachDeadline(Database& db, const std::string& from, const std::string& to,
                       const std::function<void(const StoredDeadline&)>& fn) {
  Status s;
  Statement* st = db.Prepare(kRange, &s);
  if (st == nullptr) return s;
  st->Bind(1, from).Bind(2, to);
  while (st->Step(&s)) {
    fn({st->ColumnInt(0), st->ColumnText(1), st->ColumnText(2), st->ColumnInt(3) != 0});
  }
  st->Reset();
  return s;
}

Status UpdateDeadline(Database& db, int64_t id, const std::string& deadline, bool provisional) {
  Status s;
  Statement* st = db.Prepare(kUpdate, &s);
  if (st == nullptr) return s;
  st->Bind(1, deadline).Bind(2, int64_t{provisional}).Bind(3, id);
  return st->Run();
}

}  // namespace dpfeed
