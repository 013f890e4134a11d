// Turning one submitted record into a decision ready to store: the
// socket-free steps every entry point shares (the API's POST, the web
// console's form and preview, the XLSX/CSV import and `dpfeed import`), so
// they accept and refuse exactly the same records with the same reasons.
//
// Thread-safety: pure functions except StoreDecisions, which writes on the
// caller's (writer) connection inside the caller's transaction.
// Contract: PrepareDecision validates the record against the standard's
// rules (ValidateRecord, which normalises it in place), refuses a
// data-source code that is not the department's own and a deciding agency
// (XKJG/XKJGDM, CFJG/CFJGDM) that is neither the department nor one of its
// registered agencies (Department::agencies) under its registered name
// (optionally after `jurisdiction`), fills the data-source name and code
// from the department when absent, and decides what publication does with
// it (compliance/intake_feedback.h): the deadline, usage scope and
// withholding, a penalty's severity and the last day shown. On failure
// `prepared` is empty and `errors` lists every problem by wire code, in
// Chinese. StoreDecisions upserts the prepared decisions in order and stops
// at the first store error (the caller's savepoint undoes the rest). A
// decision whose 文书号 is stored with another party (XDR_MC or XDR_SHXYM),
// without write.allow_party_change, is not written: StoreDecisions returns
// Conflict naming both parties and, when `conflicts` is given, lists every
// such decision there by its index. RepeatedDecisions is the rule that a
// batch (one request, one import file) names each decision once.
#ifndef DPFEED_SERVICE_API_DECISION_PREPARATION_H_
#define DPFEED_SERVICE_API_DECISION_PREPARATION_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
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
  kForeignSource,  // another department's data-source code or deciding agency (403 on the API)
};

struct PrepareResult {
  std::optional<PreparedDecision> prepared;
  PrepareFailure failure = PrepareFailure::kNone;
  std::vector<FieldIssue> errors;
};

// REQUIRES: record.kind set. `jurisdiction` ("安丘市") may prefix the
// registered names of the department and its agencies.
PrepareResult PrepareDecision(Record record, const Department& department,
                              const WorkCalendar& calendar, CivilDate today,
                              const PublicityRules& rules, std::string_view jurisdiction = {});

// A problem of one decision of a batch, by its index in the batch.
struct DecisionIssue {
  size_t index = 0;
  FieldIssue issue;
};

// Every decision of `decisions` whose kind and 文书号 another one has too,
// in order, with an issue on WSH saying where the others are: `where(i)`
// describes decision i to whoever sent the batch ("序号1（从0起）", "第5行").
std::vector<DecisionIssue> RepeatedDecisions(const std::vector<PreparedDecision>& decisions,
                                             const std::function<std::string(size_t)>& where);

// A conflict's issue is on XDR_MC, naming the stored and the submitted party.
using PartyConflict = DecisionIssue;
Result<std::vector<DecisionWriteResult>> StoreDecisions(
    Database& db, const std::vector<PreparedDecision>& decisions, const std::string& received_at,
    std::vector<PartyConflict>* conflicts = nullptr);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_DECISION_PREPARATION_H_
