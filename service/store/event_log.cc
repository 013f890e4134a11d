#include "service/store/event_log.h"

namespace dpfeed {

namespace {
constexpr const char* kInsertEvent =
    "INSERT INTO events (at, type, department_id, decision_id, detail) VALUES (?, ?, ?, ?, ?)";
}

Status AppendEvent(Database& db, const Event& e) {
  Status s;
  Statement* st = db.Prepare(kInsertEvent, &s);
  if (st == nullptr) return s;
  st->Bind(1, e.at).Bind(2, e.type).Bind(5, e.detail);
  if (e.department_id) st->Bind(3, *e.department_id); else st->BindNull(3);
  if (e.decision_id) st->Bind(4, *e.decision_id); else st->BindNull(4);
  return st->Run();
}

}  // namespace dpfeed
