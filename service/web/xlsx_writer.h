// Workbooks the console hands out, written with libxlsxwriter: the empty
// national template, an import's error list with the bad cells marked, and
// tables (compliance exports).
//
// Thread-safety: each call writes its own temporary file (libxlsxwriter
// writes to a path), reads it back and removes it.
// Contract: IOError when the temporary file cannot be written; the bytes
// are a complete .xlsx otherwise. Cell text is written as strings, never
// as formulas.
#ifndef DPFEED_SERVICE_WEB_XLSX_WRITER_H_
#define DPFEED_SERVICE_WEB_XLSX_WRITER_H_

#include <string>
#include <vector>

#include "service/domain/status.h"
#include "service/web/decision_import.h"

namespace dpfeed {

// Sheets 行政许可 and 行政处罚, a header row of Chinese field names (a note on
// each with the field code and whether it is required).
Result<std::string> TemplateWorkbook();

// Sheet 错误清单 (sheet, row, column, field, reason), then a copy of each
// sheet read with the bad cells filled red and the reason as a note.
Result<std::string> ErrorWorkbook(const ImportOutcome& outcome);

struct XlsxTable {
  std::string sheet;  // at most 31 characters
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> rows;
  std::vector<bool> numeric;  // per column: write numbers as numbers
};
Result<std::string> TableWorkbook(const std::vector<XlsxTable>& tables);

inline constexpr const char* kXlsxContentType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_WEB_XLSX_WRITER_H_
