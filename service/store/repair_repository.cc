#include "service/store/repair_repository.h"

#include "service/domain/publication_state.h"
#include "service/store/decision_repository.h"

namespace dpfeed {

namespace {

constexpr const char* kRepairDetails =
    "UPDATE decisions SET repair_reference = ?, repaired_on = ? WHERE id = ?";

}  // namespace

Status RecordCreditRepair(Database& db, int64_t id, const std::string& reference,
                          const std::string& repaired_on, const std::string& now) {
  Status s = SetDecisionStatus(db, id, DecisionStatus::kRepaired,
                               WithdrawalWording(DecisionStatus::kRepaired, ""), now);
  if (!s.ok()) return s;
  Statement* st = db.Prepare(kRepairDetails, &s);
  if (st == nullptr) return s;
  st->Bind(1, reference).Bind(2, repaired_on).Bind(3, id);
  return st->Run();
}

}  // namespace dpfeed
