// CSV output for auditors' spreadsheets (UTF-8 with a BOM, CRLF rows, as
// Excel in China opens it): one quoting rule and one defence against
// formula injection for every export.
//
// Thread-safety: pure functions.
// Contract: CsvCell quotes a value holding a comma, quote or line break,
// and prefixes a value starting with = + - @ (or a tab or carriage return)
// with an apostrophe so a spreadsheet shows it as text instead of running
// it (OWASP "CSV injection"); plain negative numbers stay numbers.
#ifndef DPFEED_SERVICE_COMPLIANCE_CSV_CELL_H_
#define DPFEED_SERVICE_COMPLIANCE_CSV_CELL_H_

#include <string>
#include <string_view>

namespace dpfeed {

inline constexpr const char* kCsvBom = "\xEF\xBB\xBF";

std::string CsvCell(std::string_view value);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_COMPLIANCE_CSV_CELL_H_
