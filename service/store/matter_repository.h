// Matter lists (事项清单): each department's matters per kind and every
// dated change to them (issue 10 §4).
//
// Thread-safety: functions take the caller's connection; RecordMatterChange
// belongs on the writer's connection inside its transaction, the reads on
// any connection.
// Contract: RecordMatterChange applies one validated change
// (ValidateMatterChange) as the matter's next version and appends an event
// (matter.add / matter.change / matter.cancel): Conflict for adding a code
// that is in effect or changing/cancelling one that is cancelled, NotFound
// for changing/cancelling a code never added, InvalidArgument for a date
// before the matter's latest change (history is kept in date order). A
// cancellation keeps the matter's last name, basis and agency. Matters in
// effect on a date are those whose latest change on or before it is not a
// cancellation.
#ifndef DPFEED_SERVICE_STORE_MATTER_REPOSITORY_H_
#define DPFEED_SERVICE_STORE_MATTER_REPOSITORY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "service/domain/kind.h"
#include "service/domain/matter.h"
#include "service/domain/status.h"
#include "service/store/database.h"

namespace dpfeed {

struct MatterChangeRow {
  int64_t change_id = 0;
  int64_t matter_id = 0;
  int64_t department_id = 0;
  Kind kind = Kind::kLicense;
  int version = 0;
  MatterAction action = MatterAction::kAdd;
  MatterFields fields;
  std::string effective_on;
  std::string reason;
  std::string recorded_at;
  std::string deadline;
  bool deadline_provisional = false;
  std::optional<std::string> portal_published_at;
  std::optional<std::string> credit_published_at;
};

struct MatterChangeWrite {
  int64_t department_id = 0;
  MatterChange change;   // validated
  std::string deadline;  // YYYY-MM-DD
  bool deadline_provisional = false;
};

Result<MatterChangeRow> RecordMatterChange(Database& db, const MatterChangeWrite& write,
                                           const std::string& now);

struct MatterFilter {
  std::optional<int64_t> department_id;  // all departments when absent
  std::optional<Kind> kind;              // both kinds when absent
};

// The latest change on or before `as_of` of each matter in effect then.
Result<std::vector<MatterChangeRow>> MattersInEffect(Database& db, const MatterFilter& filter,
                                                     const std::string& as_of);
// Every change of one matter, oldest first; NotFound when there is none.
Result<std::vector<MatterChangeRow>> MatterHistory(Database& db, int64_t matter_id);
// Changes effective in [from, to], by effective date then id.
Result<std::vector<MatterChangeRow>> MatterChanges(Database& db, const MatterFilter& filter,
                                                   const std::string& from, const std::string& to);

// Changes in effect by `today` (effective_on <= today) that no matter-list
// notice carries yet, by department, kind, effective date and id.
Result<std::vector<MatterChangeRow>> UnpublishedMatterChanges(Database& db,
                                                              const std::string& today);
// The changes a matter-list notice carries, by effective date and id.
Result<std::vector<MatterChangeRow>> MatterChangesOfNotice(Database& db, int64_t notice_id);

// A decision that names its matter (SXBM).
struct DecisionMatterRow {
  int64_t decision_id = 0;
  int64_t department_id = 0;
  Kind kind = Kind::kLicense;
  std::string wsh;
  std::string decision_date;
  std::string matter_code;
};
// Decisions decided in [from, to] that name a matter, by id.
Result<std::vector<DecisionMatterRow>> DecisionsNamingMatters(Database& db,
                                                              const MatterFilter& filter,
                                                              const std::string& from,
                                                              const std::string& to);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_MATTER_REPOSITORY_H_
