// The two tables of the yearly government-information report
// (政府信息公开工作年度报告, seed 001) that come from dpfeed's data:
// 第二十条第（五）项 行政许可 and 第二十条第（六）项 行政处罚, each with
//   上一年项目数量  matters on the list at the end of the previous year,
//   本年增/减       matters at the end of the year minus that,
//   处理决定数量    decisions decided in the year (whatever happened to them since),
// per department and in total (issue 10 §5).
//
// Thread-safety: functions take the caller's (reader) connection; the
// formatters are pure.
#ifndef DPFEED_SERVICE_COMPLIANCE_ANNUAL_REPORT_H_
#define DPFEED_SERVICE_COMPLIANCE_ANNUAL_REPORT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "service/domain/kind.h"
#include "service/domain/status.h"
#include "service/store/database.h"

namespace dpfeed {

struct AnnualReportRow {
  std::string department_code;  // "" for the total
  std::string department_name;  // "合计" for the total
  int previous_year_items = 0;  // 上一年项目数量
  int change = 0;               // 本年增/减
  int decisions = 0;            // 处理决定数量
};

struct AnnualReportTable {
  Kind kind = Kind::kLicense;
  const char* article = "";           // 第二十条第（五）项 / 第二十条第（六）项
  std::vector<AnnualReportRow> rows;  // every department, by code
  AnnualReportRow total;
};

struct AnnualReport {
  int year = 0;
  std::vector<AnnualReportTable> tables;  // licenses, then penalties
};

// InvalidArgument for a year outside 2000..2199.
Result<AnnualReport> BuildAnnualReport(Database& db, int year);

// "+111", "-2", "0" as the report prints 本年增/减.
std::string SignedChange(int change);

std::string AnnualReportJson(const AnnualReport& report);
// UTF-8 with BOM, CRLF, Chinese headers with the field names beside them.
std::string AnnualReportCsv(const AnnualReport& report);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_COMPLIANCE_ANNUAL_REPORT_H_
