#include "service/compliance/annual_report_xlsx.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

namespace dpfeed {

namespace {

// Removes the temporary file whatever happens.
class TempFile {
 public:
  TempFile() {
    const char* dir = std::getenv("TMPDIR");
    std::string pattern =
        std::string(dir != nullptr && *dir != '\0' ? dir : "/tmp") + "/dpfeed-report-XXXXXX.xlsx";
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    const int fd = mkstemps(buf.data(), 5);
    if (fd >= 0) {
      close(fd);
      path_ = buf.data();
    }
  }
  ~TempFile() {
    if (!path_.empty()) unlink(path_.c_str());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

void WriteSheet(lxw_workbook* book, const AnnualReport& report, const AnnualReportTable& t,
                lxw_format* bold) {
  lxw_worksheet* sheet = workbook_add_worksheet(book, t.article);
  worksheet_set_column(sheet, 0, 0, 28, nullptr);
  worksheet_set_column(sheet, 1, 4, 16, nullptr);
  const std::string title =
      std::to_string(report.year) + "年 " + t.article + " " + KindTitle(t.kind);
  worksheet_write_string(sheet, 0, 0, title.c_str(), bold);
  const char* headers[] = {"信息内容（部门）", "部门代码", "上一年项目数量", "本年增/减",
                           "处理决定数量"};
  for (lxw_col_t c = 0; c < 5; ++c) worksheet_write_string(sheet, 1, c, headers[c], bold);
  lxw_row_t row = 2;
  auto write = [&](const AnnualReportRow& r, lxw_format* format) {
    worksheet_write_string(sheet, row, 0, r.department_name.c_str(), format);
    worksheet_write_string(sheet, row, 1, r.department_code.c_str(), format);
    worksheet_write_number(sheet, row, 2, r.previous_year_items, format);
    worksheet_write_string(sheet, row, 3, SignedChange(r.change).c_str(), format);
    worksheet_write_number(sheet, row, 4, r.decisions, format);
    ++row;
  };
  for (const AnnualReportRow& r : t.rows) write(r, nullptr);
  write(t.total, bold);
}

}  // namespace

Result<std::string> AnnualReportXlsx(const AnnualReport& report) {
  TempFile file;
  if (file.path().empty())
    return Status::IOError("cannot create a temporary file for the XLSX report");
  lxw_workbook* book = workbook_new(file.path().c_str());
  if (book == nullptr) return Status::IOError("libxlsxwriter could not start a workbook");
  lxw_format* bold = workbook_add_format(book);
  format_set_bold(bold);
  for (const AnnualReportTable& t : report.tables) WriteSheet(book, report, t, bold);
  const lxw_error err = workbook_close(book);  // writes the file and frees the workbook
  if (err != LXW_NO_ERROR) {
    return Status::IOError(std::string("libxlsxwriter: ") + lxw_strerror(err));
  }
  std::ifstream in(file.path(), std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  if (!in) return Status::IOError("cannot read back the XLSX report");
  return ss.str();
}

}  // namespace dpfeed
