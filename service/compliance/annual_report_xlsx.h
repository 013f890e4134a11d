// The yearly report's tables as an Excel workbook (XLSX, written with
// Debian's libxlsxwriter): one sheet per table, laid out as the report
// prints it (信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量), per
// department and in total.
//
// Thread-safety: safe to call from any thread (each call has its own
// workbook and temporary file).
// Contract: libxlsxwriter writes only to files, so the workbook is built
// in a private temporary file (TMPDIR, default /tmp) that is read back and
// removed; IOError when it cannot be written.
#ifndef DPFEED_SERVICE_COMPLIANCE_ANNUAL_REPORT_XLSX_H_
#define DPFEED_SERVICE_COMPLIANCE_ANNUAL_REPORT_XLSX_H_

#include <string>

#include "service/compliance/annual_report.h"
#include "service/domain/status.h"

namespace dpfeed {

inline constexpr const char* kXlsxContentType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

Result<std::string> AnnualReportXlsx(const AnnualReport& report);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_COMPLIANCE_ANNUAL_REPORT_XLSX_H_
