#include "service/web/xlsx_writer.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace dpfeed {

namespace {

// A workbook on a temporary path, read back by Finish().
class TempWorkbook {
 public:
  TempWorkbook() {
    std::string pattern = (std::filesystem::temp_directory_path() / "dpfeed-xlsx-XXXXXX").string();
    const int fd = mkstemp(pattern.data());
    if (fd >= 0) {
      close(fd);
      path_ = pattern;
      wb_ = workbook_new(path_.c_str());
    }
  }
  ~TempWorkbook() {
    if (!path_.empty()) std::filesystem::remove(path_);
  }
  lxw_workbook* wb() { return wb_; }
  bool ok() const { return wb_ != nullptr; }

  Result<std::string> Finish() {
    const lxw_error e = workbook_close(wb_);
    wb_ = nullptr;
    if (e != LXW_NO_ERROR) return Status::IOError(std::string("xlsxwriter: ") + lxw_strerror(e));
    std::ifstream in(path_, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in.good() && !in.eof()) return Status::IOError("cannot read back " + path_);
    return bytes.str();
  }

 private:
  std::string path_;
  lxw_workbook* wb_ = nullptr;
};

// Excel refuses sheet names over 31 characters or with []:*?/\ in them.
std::string SheetName(const std::string& name, std::set<std::string>* used) {
  std::string out;
  size_t chars = 0;
  for (size_t i = 0; i < name.size() && chars < 28;) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    const std::string ch = name.substr(i, len);
    out += std::string("[]:*?/\\").find(ch) != std::string::npos && len == 1 ? "_" : ch;
    i += len;
    ++chars;
  }
  if (out.empty()) out = "数据";
  std::string unique = out;
  for (int n = 2; used->count(unique); ++n) unique = out + std::to_string(n);
  used->insert(unique);
  return unique;
}

lxw_format* HeaderFormat(lxw_workbook* wb) {
  lxw_format* f = workbook_add_format(wb);
  format_set_bold(f);
  format_set_bg_color(f, 0xDDE7F3);
  format_set_border(f, LXW_BORDER_THIN);
  return f;
}

}  // namespace

Result<std::string> TemplateWorkbook() {
  TempWorkbook book;
  if (!book.ok()) return Status::IOError("cannot create a temporary workbook");
  lxw_format* header = HeaderFormat(book.wb());
  lxw_format* text = workbook_add_format(book.wb());
  format_set_num_format(text, "@");  // codes and dates stay text, as typed
  for (Kind kind : {Kind::kLicense, Kind::kPenalty}) {
    lxw_worksheet* ws = workbook_add_worksheet(book.wb(), KindTitle(kind));
    lxw_col_t col = 0;
    for (const FieldSpec* f : TemplateFields(kind)) {
      worksheet_write_string(ws, 0, col, TemplateHeader(kind, *f).c_str(), header);
      const std::string note = WireCode(kind, f->code) +
                               (f->type == FieldType::kDate ? "，日期 YYYY-MM-DD" : "") +
                               (f->type == FieldType::kAmount ? "，单位万元" : "");
      worksheet_write_comment(ws, 0, col, note.c_str());
      worksheet_set_column(ws, col, col, f->max_chars > 200 ? 30 : 18, text);
      ++col;
    }
    worksheet_freeze_panes(ws, 1, 0);
  }
  return book.Finish();
}

Result<std::string> ErrorWorkbook(const ImportOutcome& outcome) {
  TempWorkbook book;
  if (!book.ok()) return Status::IOError("cannot create a temporary workbook");
  lxw_format* header = HeaderFormat(book.wb());
  lxw_format* bad = workbook_add_format(book.wb());
  format_set_bg_color(bad, 0xFFC7CE);
  format_set_font_color(bad, 0x9C0006);
  format_set_border(bad, LXW_BORDER_THIN);
  std::set<std::string> used;
  lxw_worksheet* list = workbook_add_worksheet(book.wb(), SheetName("错误清单", &used).c_str());
  const char* headers[] = {"工作表", "行", "列", "字段", "原因"};
  for (lxw_col_t c = 0; c < 5; ++c) worksheet_write_string(list, 0, c, headers[c], header);
  worksheet_set_column(list, 0, 3, 14, nullptr);
  worksheet_set_column(list, 4, 4, 80, nullptr);
  lxw_row_t r = 1;
  // (sheet, row, column) -> reasons, for marking the copies.
  std::map<std::tuple<std::string, int, int>, std::string> marks;
  for (const ImportProblem& p : outcome.problems) {
    worksheet_write_string(list, r, 0, p.sheet.c_str(), nullptr);
    if (p.row > 0) worksheet_write_number(list, r, 1, p.row, nullptr);
    if (p.column >= 0) worksheet_write_string(list, r, 2, ColumnName(p.column).c_str(), nullptr);
    worksheet_write_string(list, r, 3, p.field.c_str(), nullptr);
    worksheet_write_string(list, r, 4, p.reason.c_str(), nullptr);
    ++r;
    if (p.row > 0) {
      std::string& m = marks[{p.sheet, p.row, std::max(p.column, 0)}];
      m += (m.empty() ? "" : "；") + p.reason;
    }
  }
  for (const Sheet& sheet : outcome.source) {
    lxw_worksheet* ws = workbook_add_worksheet(book.wb(), SheetName(sheet.name, &used).c_str());
    for (const SheetRow& row : sheet.rows) {
      const lxw_row_t rr = static_cast<lxw_row_t>(row.number - 1);
      for (size_t c = 0; c < row.cells.size(); ++c) {
        auto m = marks.find({sheet.name, row.number, static_cast<int>(c)});
        lxw_format* f = m != marks.end() ? bad : (rr == 0 ? header : nullptr);
        worksheet_write_string(ws, rr, static_cast<lxw_col_t>(c), row.cells[c].c_str(), f);
      }
      // Marks on cells beyond the row's last value (an empty required cell).
      for (const auto& [key, reason] : marks) {
        if (std::get<0>(key) != sheet.name || std::get<1>(key) != row.number) continue;
        const lxw_col_t c = static_cast<lxw_col_t>(std::get<2>(key));
        if (c >= row.cells.size()) worksheet_write_blank(ws, rr, c, bad);
        if (c < row.cells.size() && row.cells[c].empty()) worksheet_write_blank(ws, rr, c, bad);
        worksheet_write_comment(ws, rr, c, reason.c_str());
      }
    }
  }
  return book.Finish();
}

Result<std::string> TableWorkbook(const std::vector<XlsxTable>& tables) {
  TempWorkbook book;
  if (!book.ok()) return Status::IOError("cannot create a temporary workbook");
  lxw_format* header = HeaderFormat(book.wb());
  std::set<std::string> used;
  for (const XlsxTable& t : tables) {
    lxw_worksheet* ws = workbook_add_worksheet(book.wb(), SheetName(t.sheet, &used).c_str());
    for (size_t c = 0; c < t.headers.size(); ++c) {
      worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), t.headers[c].c_str(), header);
      worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), 14, nullptr);
    }
    for (size_t r = 0; r < t.rows.size(); ++r) {
      for (size_t c = 0; c < t.rows[r].size(); ++c) {
        const std::string& v = t.rows[r][c];
        const auto row = static_cast<lxw_row_t>(r + 1);
        const auto col = static_cast<lxw_col_t>(c);
        char* end = nullptr;
        const double d = std::strtod(v.c_str(), &end);
        if (c < t.numeric.size() && t.numeric[c] && !v.empty() && end && *end == '\0') {
          worksheet_write_number(ws, row, col, d, nullptr);
        } else {
          worksheet_write_string(ws, row, col, v.c_str(), nullptr);
        }
      }
    }
    worksheet_freeze_panes(ws, 1, 0);
  }
  return book.Finish();
}

}  // namespace dpfeed
