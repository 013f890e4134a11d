#include "service/store/repair_repository.h"

#include "service/domain/publication_state.h"
#include "service/store/event_log.h"

namespace dpfeed {

namespace {

constexpr const char* kStatusOf = "SELECT status, department_id FROM decisions WHERE id = ?";
constexpr const char* kRepair =
    "UPDATE decisions SET status = 'repaired', status_reason = ?, repair_reference = ?, "
    "repaired_on = ? WHERE id = ? AND status = 'active'";

}  // namespace

Status RecordCreditRepair(Database& db, int64_t id, const std::string& reference,
                          const std::string& repaired_on, const std::string& now) {
  Status s;
  Statement* get = db.Prepare(kStatusOf, &s);
  if (get == nullptr) return s;
  get->Bind(1, id);
  if (!get->Step(&s)) {
    if (!s.ok()) return s;
    return Status::NotFound("no decision with id " + std::to_string(id));
  }
  const std::string status = get->ColumnText(0);
  const int64_t department_id = get->ColumnInt(1);
  get->Reset();
  if (status != ToString(DecisionStatus::kActive))
    return Status::Conflict("decision is already " + status);
  Statement* up = db.Prepare(kRepair, &s);
  if (up == nullptr) return s;
  up->Bind(1, WithdrawalWording(DecisionStatus::kRepaired, ""))
      .Bind(2, reference)
      .Bind(3, repaired_on)
      .Bind(4, id);
  s = up->Run();
  if (!s.ok()) return s;
  // The reference is a public document number; the event carries only it
  // and the date.
  return AppendEvent(db, {now, "decision.repaired", department_id, id,
                          "{\"repaired_on\":\"" + repaired_on + "\"}"});
}

}  // namespace dpfeed
