// Credit repair (信用修复) of a penalty: the record of a repair decision
// that ends the penalty's display early (issue 10 §3).
//
// Thread-safety: use on the writer's connection, inside its transaction.
// Contract: RecordCreditRepair marks an active decision 'repaired' with the
// repair's reference and date (status_reason 信用修复) and appends the event
// decision.repaired (SetDecisionStatus); NotFound when there is no such decision, Conflict
// when it is not active (revoked, expired or already repaired). The
// publisher withdraws a repaired decision like a revoked one.
#ifndef DPFEED_SERVICE_STORE_REPAIR_REPOSITORY_H_
#define DPFEED_SERVICE_STORE_REPAIR_REPOSITORY_H_

#include <cstdint>
#include <string>

#include "service/domain/status.h"
#include "service/store/database.h"

namespace dpfeed {

Status RecordCreditRepair(Database& db, int64_t decision_id, const std::string& reference,
                          const std::string& repaired_on, const std::string& now);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_REPAIR_REPOSITORY_H_
