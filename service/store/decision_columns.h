// Internal to the store: the column list shared by every query that
// returns a DecisionRow, and its reader. SELECT DPFEED_DECISION_SELECT
// "WHERE ..." yields rows ReadDecisionRow understands.
#ifndef DPFEED_SERVICE_STORE_DECISION_COLUMNS_H_
#define DPFEED_SERVICE_STORE_DECISION_COLUMNS_H_

#include "service/store/database.h"
#include "service/store/decision_repository.h"

#define DPFEED_DECISION_SELECT                                                               \
  "SELECT d.id, d.department_id, d.kind, d.wsh, d.current_version, d.decision_date, "        \
  "d.received_at, d.deadline, d.deadline_provisional, d.display_until, d.status, "           \
  "d.status_reason, d.portal_published_at, d.credit_published_at, v.content "                \
  "FROM decisions d JOIN decision_versions v ON v.decision_id = d.id AND v.version = "       \
  "d.current_version "

namespace dpfeed {

// Corruption when a stored column holds a value no version of dpfeed writes.
Result<DecisionRow> ReadDecisionRow(const Statement& st);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_DECISION_COLUMNS_H_
