// Internal to the store: the column list shared by every query that
// returns a DecisionRow, and its reader. DPFEED_DECISION_SELECT "WHERE ..."
// yields rows ReadDecisionRow understands; a query that needs more columns
// writes "SELECT " DPFEED_DECISION_COLUMNS ", more " DPFEED_DECISION_FROM and
// finds them from column kDecisionColumnCount on.
#ifndef DPFEED_SERVICE_STORE_DECISION_COLUMNS_H_
#define DPFEED_SERVICE_STORE_DECISION_COLUMNS_H_

#include "service/store/database.h"
#include "service/store/decision_repository.h"
#include "service/store/publication_stamps.h"

#define DPFEED_DECISION_COLUMNS                                                       \
  "d.id, d.department_id, d.kind, d.wsh, d.current_version, d.decision_date, "        \
  "d.received_at, d.deadline, d.deadline_provisional, d.display_until, d.status, "    \
  "d.status_reason, " DPFEED_PUBLISHED_AT("portal") ", " DPFEED_PUBLISHED_AT("credit") \
  ", v.content, "                                                                      \
  "d.usage_scope, d.withheld_reason, d.severity, d.matter_code, d.repair_reference, " \
  "d.repaired_on, d.revocation_kind, d.held_at"
#define DPFEED_DECISION_FROM                                                            \
  " FROM decisions d JOIN decision_versions v ON v.decision_id = d.id AND v.version = " \
  "d.current_version "
#define DPFEED_DECISION_SELECT "SELECT " DPFEED_DECISION_COLUMNS DPFEED_DECISION_FROM

namespace dpfeed {

// How many columns DPFEED_DECISION_COLUMNS has.
inline constexpr int kDecisionColumnCount = 23;

// Corruption when a stored column holds a value no version of dpfeed writes.
Result<DecisionRow> ReadDecisionRow(const Statement& st);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_DECISION_COLUMNS_H_
