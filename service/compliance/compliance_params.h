// The parameters of a compliance question, parsed once for the HTTP API
// (query string), the web console and `dpfeed compliance` (options), so
// every entry point accepts the same words and answers the same errors.
//
//   from, to     decision dates YYYY-MM-DD (default: 1 January of the
//                current year to today)
//   department   a department code
//   kind         license | penalty
//   channel      portal | credit
//   format       json | csv
//   status       comma list of on_time, late, overdue, at_risk, pending, withheld
//                (records only)
//   after        an id (keyset paging; records only)
//   limit        1..5000, default 500 (records only)
//
// Thread-safety: pure function.
// Contract: an unknown or malformed value is InvalidArgument naming the
// parameter and the accepted values (Chinese, for auditors); an unknown
// department code is InvalidArgument too. Unknown parameter names are
// ignored (a browser adds its own).
#ifndef DPFEED_SERVICE_COMPLIANCE_COMPLIANCE_PARAMS_H_
#define DPFEED_SERVICE_COMPLIANCE_COMPLIANCE_PARAMS_H_

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "service/compliance/compliance_format.h"
#include "service/compliance/compliance_report.h"
#include "service/domain/civil_date.h"
#include "service/domain/status.h"
#include "service/store/department_repository.h"

namespace dpfeed {

struct ComplianceParams {
  ComplianceQuery query;
  bool csv = false;
  std::set<ComplianceStatus> statuses;  // empty: all
  int64_t after = 0;
  int limit = 500;
  DepartmentNames departments;  // every department, for rendering
};

enum class ComplianceQuestion { kSummary, kRecords };

Result<ComplianceParams> ParseComplianceParams(const std::map<std::string, std::string>& params,
                                               const std::vector<Department>& departments,
                                               CivilDate today, ComplianceQuestion question);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_COMPLIANCE_COMPLIANCE_PARAMS_H_
