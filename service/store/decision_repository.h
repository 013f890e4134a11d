// Decisions and their versions: the durable record of what departments
// submitted.
//
// Thread-safety: functions take the caller's connection; writes belong on
// the writer's connection, inside its (group) transaction.
// Contract: identity is (department, kind, WSH). UpsertDecision stores a new
// decision as version 1; the same identity with byte-identical canonical
// content is a no-op (kUnchanged, nothing written); different content is a
// correction: version n+1 is added, the decision row follows it, earlier
// versions stay. A correction that changes the party (XDR_MC or XDR_SHXYM)
// happens only when the write allows it; otherwise nothing is written and
// the result carries the stored party (party_conflict). Each write appends
// an event.
#ifndef DPFEED_SERVICE_STORE_DECISION_REPOSITORY_H_
#define DPFEED_SERVICE_STORE_DECISION_REPOSITORY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "service/domain/kind.h"
#include "service/domain/publication_state.h"
#include "service/domain/status.h"
#include "service/store/database.h"

namespace dpfeed {

struct DecisionWrite {
  int64_t department_id = 0;
  Kind kind = Kind::kLicense;
  std::string wsh;
  std::string decision_date;  // YYYY-MM-DD
  std::string content;        // canonical JSON (EncodeRecord)
  std::string deadline;       // YYYY-MM-DD
  bool provisional = false;
  std::optional<std::string> display_until;  // last day shown; none: until revoked
  int usage_scope = 0;                       // SYFW as applied: 0 公示, 1, 2
  std::optional<std::string> withheld_reason;  // never published when set
  std::optional<std::string> severity;       // penalties: minor | ordinary | serious
  std::optional<std::string> matter_code;    // SXBM
  bool allow_party_change = false;           // an explicit correction of the party
};

enum class WriteOutcome { kCreated, kUnchanged, kCorrected };
const char* WriteOutcomeName(WriteOutcome outcome);

struct DecisionWriteResult {
  int64_t id = 0;
  int version = 0;
  std::string received_at;  // receipt of this version
  WriteOutcome outcome = WriteOutcome::kCreated;
  std::string deadline;
  bool provisional = false;
  bool party_changed = false;  // a correction that changed the party (allowed)
  // Set when the stored decision names another party (XDR_MC or XDR_SHXYM,
  // read from the contents) and the write did not allow a change: nothing
  // was written. The parties as "name" and "code" ("" when none).
  bool party_conflict = false;
  std::string stored_party_name, stored_party_code, new_party_name, new_party_code;
};

Result<DecisionWriteResult> UpsertDecision(Database& db, const DecisionWrite& write,
                                           const std::string& now);

struct DecisionRow {
  int64_t id = 0;
  int64_t department_id = 0;
  Kind kind = Kind::kLicense;
  std::string wsh;
  int current_version = 0;
  std::string decision_date;
  std::string received_at;  // first receipt
  std::string deadline;
  bool provisional = false;
  std::optional<std::string> display_until;
  DecisionStatus status = DecisionStatus::kActive;
  std::string status_reason;
  std::optional<std::string> portal_published_at;
  std::optional<std::string> credit_published_at;
  std::string content;      // the current version's canonical JSON
  int usage_scope = 0;
  std::optional<std::string> withheld_reason;
  std::optional<std::string> severity;
  std::optional<std::string> matter_code;
  std::optional<std::string> repair_reference;  // credit repair, when status is repaired
  std::optional<std::string> repaired_on;
  std::optional<RevocationKind> revocation_kind;  // when revoked: 撤销 or 撤回 (none: 撤销)
  std::optional<std::string> held_at;  // last time the leak guard held it out of a notice
};

struct VersionRow {
  int version = 0;
  std::string content;
  std::string received_at;
};

Result<DecisionRow> GetDecision(Database& db, int64_t id);
Result<std::vector<VersionRow>> GetVersions(Database& db, int64_t id);

struct DecisionFilter {
  std::optional<int64_t> department_id;  // all departments when absent
  Kind kind = Kind::kLicense;
  std::string from = "0000-00-00";  // decision dates in [from, to]
  std::string to = "9999-99-99";
  int64_t after_id = 0;  // keyset paging: ids greater than this
  int limit = 100;
};
// Ordered by id.
Result<std::vector<DecisionRow>> ListDecisions(Database& db, const DecisionFilter& filter);

// Marks an active decision revoked (or expired) with a reason; Conflict when
// it is not active, NotFound when absent. Appends an event.
Status SetDecisionStatus(Database& db, int64_t id, DecisionStatus status, const std::string& reason,
                         const std::string& now);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_DECISION_REPOSITORY_H_
