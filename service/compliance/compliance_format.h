// Compliance answers as JSON (the API) and as CSV (auditors' spreadsheets:
// UTF-8 with a BOM, Chinese headers with the field code beside each),
// shared by the HTTP handler and `dpfeed compliance`.
//
// Thread-safety: pure functions.
#ifndef DPFEED_SERVICE_COMPLIANCE_COMPLIANCE_FORMAT_H_
#define DPFEED_SERVICE_COMPLIANCE_COMPLIANCE_FORMAT_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "service/compliance/compliance_report.h"

namespace dpfeed {

// Department id -> (code, name).
using DepartmentNames = std::map<int64_t, std::pair<std::string, std::string>>;

std::string SummaryJson(const std::vector<SummaryRow>& rows, const DepartmentNames& departments,
                        const std::string& as_of);
std::string SummaryCsv(const std::vector<SummaryRow>& rows, const DepartmentNames& departments);
// `wsh`: record id -> 文书号.
std::string RecordsJson(const std::vector<RecordCompliance>& rows,
                        const DepartmentNames& departments,
                        const std::map<int64_t, std::string>& wsh,
                        std::optional<int64_t> next_after);
std::string RecordsCsv(const std::vector<RecordCompliance>& rows,
                       const DepartmentNames& departments,
                       const std::map<int64_t, std::string>& wsh);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_COMPLIANCE_COMPLIANCE_FORMAT_H_
