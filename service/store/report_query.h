// Counts behind the yearly report's tables (compliance/annual_report.h).
//
// Thread-safety: use on a reader's connection.
#ifndef DPFEED_SERVICE_STORE_REPORT_QUERY_H_
#define DPFEED_SERVICE_STORE_REPORT_QUERY_H_

#include <cstdint>
#include <map>
#include <string>
#include <utility>

#include "service/domain/kind.h"
#include "service/domain/status.h"
#include "service/store/database.h"

namespace dpfeed {

// Decisions decided in [from, to] per (department, kind), whatever their
// status or usage scope.
Result<std::map<std::pair<int64_t, Kind>, int>> CountDecisionsByDepartment(Database& db,
                                                                           const std::string& from,
                                                                           const std::string& to);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_REPORT_QUERY_H_
