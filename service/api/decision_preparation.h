// Turning one submitted record into a decision ready to store: the
// socket-free steps every entry point shares (the API's POST, the web
// console's form and preview, the XLSX/CSV import and `dpfeed import`), so
// they accept and refuse exactly the same records with the same reasons.
//
// Thread-safety: pure functions except StoreDecisions, which writes on the
// caller's (writer) connection inside the caller's transaction.
// Contract: PrepareDecision validates the record against the standard's
// rules (ValidateRecord, which normalises it in place), refuses a
// data-source code that is not the department's own, fills the data-source
// name and code from the department when absent, and decides what
// publication does with it (compliance/intake_feedback.h): the deadline,
// usage scope and withholding, a penalty's severity and the last day shown. On failure
// `prepared` is empty and `errors` lists every problem by wire code, in
// Chinese. StoreDecisions upserts the prepared decisions in order and stops
// at the first store error (the caller's savepoint undoes the rest).
#ifndef DPFEED_SERVICE_API_DECISION_PREPARATION_H_
#define DPFEED_SERVICE_API_DECISION_PREPARATION_H_

#include <optional>
#include <string>
#include <vector>

#include "service/calendar/work_calendar.h"
#include "service/domain/civil_date.h"
#include "service/domain/publicity_rules.h"
#include "service/domain/record.h"
#include "service/domain/record_validator.h"
#include "service/domain/status.h"
#include "service/store/database.h"
#include "service/store/decision_repository.h"
#include "service/store/department_repository.h"

namespace dpfeed {

struct PreparedDecision {
  Record record;  // normalised, data-source unit filled in
  DecisionWrite write;
  bool deadline_provisional = false;
  std::vector<FieldIssue> warnings;           // validation and withholding
  std::vector<FieldIssue> deadline_warnings;  // only for a record received the first time
};

enum class PrepareFailure {
  kNone,
  kRules,          // the standard's rules (422 on the API)
  kForeignSource,  // another department's data-source code (403 on the API)
};

struct PrepareResult {
  std::optional<PreparedDecision> prepared;
  PrepareFailure failure = PrepareFailure::kNone;
  std::vector<FieldIssue> errors;
};

// REQUIRES: record.kind set.
PrepareResult PrepareDecision(Record record, const Department& department,
                              const WorkCalendar& calendar, CivilDate today,
                              const PublicityRules& rules);

Result<std::vector<DecisionWriteResult>> StoreDecisions(
    Database& db, const std::vector<PreparedDecision>& decisions, const std::string& received_at);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_DECISION_PREPARATION_H_
