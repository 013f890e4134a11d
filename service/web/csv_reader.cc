// CSV files of the national template: encoding detection (UTF-8, BOM,
// GB18030 through iconv) and RFC 4180 parsing; and Excel's date serials.
#include <iconv.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "service/domain/civil_date.h"
#include "service/json/json_writer.h"
#include "service/web/spreadsheet.h"

namespace dpfeed {

namespace {

Result<std::string> FromGb18030(std::string_view bytes) {
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == reinterpret_cast<iconv_t>(-1))
    return Status::IOError("iconv: GB18030 is not available");
  std::string out(bytes.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  char* dst = out.data();
  size_t out_left = out.size();
  const size_t rc = iconv(cd, &in, &in_left, &dst, &out_left);
  const int err = errno;
  iconv_close(cd);
  if (rc == static_cast<size_t>(-1)) {
    return Status::InvalidArgument(err == EILSEQ || err == EINVAL
                                       ? "文件编码无法识别：既不是UTF-8也不是GB18030（第" +
                                             std::to_string(bytes.size() - in_left + 1) + "字节）"
                                       : "文件编码转换失败");
  }
  out.resize(out.size() - out_left);
  return out;
}

}  // namespace

Result<std::string> DecodeCsvText(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);
    if (!IsValidUtf8(bytes))
      return Status::InvalidArgument("文件声明为UTF-8（带BOM），但含有无效字节");
    return std::string(bytes);
  }
  if (IsValidUtf8(bytes)) return std::string(bytes);
  return FromGb18030(bytes);
}

Result<Sheet> ParseCsv(std::string_view text) {
  Sheet sheet;
  SheetRow row;
  std::string cell;
  bool quoted = false, cell_started = false;
  int line = 1, row_start = 1;
  auto end_cell = [&] {
    row.cells.push_back(std::move(cell));
    cell.clear();
    cell_started = false;
  };
  auto end_row = [&]() -> Status {
    end_cell();
    bool empty = true;
    for (const std::string& c : row.cells)
      empty = empty && c.find_first_not_of(" \t") == std::string::npos;
    if (!empty) {
      if (sheet.rows.size() >= kMaxSheetRows) {
        return Status::InvalidArgument("文件超过" + std::to_string(kMaxSheetRows) + "行");
      }
      row.number = row_start;
      sheet.rows.push_back(std::move(row));
    }
    row = SheetRow();
    row_start = line;
    return Status::Ok();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (quoted) {
      if (ch == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          cell += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (ch == '\n') ++line;
        cell += ch;
      }
      continue;
    }
    if (ch == '"' && !cell_started) {
      quoted = cell_started = true;
    } else if (ch == ',') {
      end_cell();
    } else if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      continue;  // the \n ends the row
    } else if (ch == '\n' || ch == '\r') {
      ++line;
      if (Status s = end_row(); !s.ok()) return s;
    } else {
      cell += ch;
      cell_started = true;
    }
  }
  if (quoted) return Status::InvalidArgument("第" + std::to_string(row_start) + "行的引号没有闭合");
  if (!cell.empty() || !row.cells.empty()) {
    if (Status s = end_row(); !s.ok()) return s;
  }
  return sheet;
}

std::optional<std::string> ExcelSerialDate(std::string_view value) {
  if (value.empty() || value.size() > 20) return std::nullopt;
  const std::string v(value);
  char* end = nullptr;
  const double serial = std::strtod(v.c_str(), &end);
  if (end == v.c_str() || *end != '\0' || !(serial >= 1) || serial > 2958465) return std::nullopt;
  // Day 1 is 1900-01-01; Excel counts a 1900-02-29 that never was, so from
  // serial 61 on the days are off by one: anchor at 1899-12-30 for those.
  int days = static_cast<int>(std::floor(serial));
  const CivilDate anchor =
      days >= 61 ? CivilDate{date::year{1899} / 12 / 30} : CivilDate{date::year{1899} / 12 / 31};
  return FormatCivilDate(anchor + date::days(days));
}

}  // namespace dpfeed
