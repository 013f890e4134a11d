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

#include "redaction/masking_policy.h"
#include "service/compliance/compliance_report.h"
#include "service/json/json_writer.h"

namespace dpfeed {

// Department id -> (code, name).
using DepartmentNames = std::map<int64_t, std::pair<std::string, std::string>>;

// What the records answer shows beside the classification, per record id
// (read from the decision by the caller).
struct RecordDetails {
  std::string wsh;                              // 文书号
  std::string status_reason;                    // revocation reason, 信用修复, 公示期满
  std::optional<std::string> repair_reference;  // credit repair
  std::optional<std::string> repaired_on;
};
using RecordDetailsById = std::map<int64_t, RecordDetails>;

// The details of each record, read from its decision (records whose
// decision cannot be read are left out). The status reason (a revocation
// reason may name a complainant or carry a phone number) is masked like
// the record's free text: compliance reports are read by auditors, who do
// not read originals (DOMAIN §4).
RecordDetailsById LoadRecordDetails(Database& db, const std::vector<RecordCompliance>& rows,
                                    const MaskingPolicy& policy);

std::string SummaryJson(const std::vector<SummaryRow>& rows, const DepartmentNames& departments,
                        const std::string& as_of);
std::string SummaryCsv(const std::vector<SummaryRow>& rows, const DepartmentNames& departments);
std::string RecordsJson(const std::vector<RecordCompliance>& rows,
                        const DepartmentNames& departments, const RecordDetailsById& details,
                        std::optional<int64_t> next_after);
std::string RecordsCsv(const std::vector<RecordCompliance>& rows,
                       const DepartmentNames& departments, const RecordDetailsById& details);

// "credit_repair": {"reference", "date"} when there is a repair; nothing otherwise.
void WriteCreditRepair(JsonWriter& w, const std::optional<std::string>& reference,
                       const std::optional<std::string>& date);

// "95.5%" or "—" when nothing was due; "" or the number of working days.
std::string RateText(std::optional<double> rate);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_COMPLIANCE_COMPLIANCE_FORMAT_H_
