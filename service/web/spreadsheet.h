// Reading the national template as people fill it: XLSX workbooks (a zip
// of XML parts, read with libzip and expat) and CSV files (UTF-8 with or
// without a BOM, or GB18030 as Excel in China saves it, converted with
// glibc's iconv).
//
// Thread-safety: pure functions.
// Contract: every cell comes back as text in UTF-8: shared, inline and
// formula strings as written, numbers as their stored decimal text (date
// cells are numbers: see ExcelSerialDate). Rows keep their 1-based sheet
// row numbers and columns their 0-based index, so errors can name "第3行
// C列". A file that is not a workbook, a part over 64 MiB uncompressed, or
// more than 100,000 rows is InvalidArgument with a Chinese reason; nothing
// is trusted from the file.
#ifndef DPFEED_SERVICE_WEB_SPREADSHEET_H_
#define DPFEED_SERVICE_WEB_SPREADSHEET_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "service/domain/status.h"

namespace dpfeed {

struct SheetRow {
  int number = 0;                  // 1-based row number in the sheet
  std::vector<std::string> cells;  // by 0-based column
};

struct Sheet {
  std::string name;
  std::vector<SheetRow> rows;  // non-empty rows in order
};

inline constexpr size_t kMaxSheetRows = 100000;

Result<std::vector<Sheet>> ReadXlsx(std::string_view bytes);

// UTF-8 text of a CSV file: a UTF-8 BOM is dropped; valid UTF-8 stays; any
// other bytes are read as GB18030. InvalidArgument when neither fits.
Result<std::string> DecodeCsvText(std::string_view bytes);
// RFC 4180: commas, double-quoted cells with "" escapes and line breaks,
// CRLF or LF rows. One sheet named after nothing ("").
Result<Sheet> ParseCsv(std::string_view utf8);

// "A", "B", ..., "Z", "AA" ... for a 0-based column index.
std::string ColumnName(int column);

// An Excel date serial ("46347" or "46347.5") as YYYY-MM-DD (1900 date
// system, serial 60 being the nonexistent 1900-02-29); nullopt for text.
std::optional<std::string> ExcelSerialDate(std::string_view value);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_WEB_SPREADSHEET_H_
