// The rows behind compliance answers: per decision, the dates that decide
// whether it was published on time. Classification lives in the api's
// compliance report (it needs the calendar); this is only the read.
//
// Thread-safety: use on a reader's connection.
// Contract: rows come in id order, keyset-paged by after_id; with a
// department the query reads only the covering index
// decisions_by_department_date.
#ifndef DPFEED_SERVICE_STORE_COMPLIANCE_QUERY_H_
#define DPFEED_SERVICE_STORE_COMPLIANCE_QUERY_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "service/domain/kind.h"
#include "service/domain/publication_state.h"
#include "service/domain/status.h"
#include "service/store/database.h"

namespace dpfeed {

struct ComplianceRow {
  int64_t id = 0;
  int64_t department_id = 0;
  Kind kind = Kind::kLicense;
  std::string wsh;  // only filled by ForEachComplianceRecord
  std::string decision_date;
  std::string deadline;
  bool provisional = false;
  std::string received_at;
  std::optional<std::string> portal_published_at;
  std::optional<std::string> credit_published_at;
  DecisionStatus status = DecisionStatus::kActive;
  std::optional<std::string> withheld_reason;  // never published when set
};

struct ComplianceFilter {
  std::optional<int64_t> department_id;
  std::optional<Kind> kind;
  std::string from = "0000-00-00";
  std::string to = "9999-99-99";
};

// Calls `fn` for every matching decision (no paging: summaries read all).
Status ForEachComplianceRow(Database& db, const ComplianceFilter& filter,
                            const std::function<void(const ComplianceRow&)>& fn);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_COMPLIANCE_QUERY_H_
