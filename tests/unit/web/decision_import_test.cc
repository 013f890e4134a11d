// The import parsers on real files: XLSX workbooks written by libxlsxwriter
// here (shared strings, Excel dates, two sheets), CSV in UTF-8 with a BOM
// and in GB18030 bytes, and the error workbook read back.
#include "service/web/decision_import.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "service/calendar/work_calendar.h"
#include "service/web/spreadsheet.h"
#include "service/web/xlsx_writer.h"

namespace dpfeed {
namespace {

const CivilDate kToday = CivilDate{date::year{2026} / 11 / 23};

Department Market() {
  Department d;
  d.id = 1;
  d.code = "scjgj";
  d.name = "安丘市市场监督管理局";
  d.uscc = "11370784MB28503836";
  return d;
}

const WorkCalendar& Calendar() {
  static const std::shared_ptr<const WorkCalendar> kCalendar = WorkCalendar::BuiltIn();
  return *kCalendar;
}

// A workbook as a department fills the template, written by libxlsxwriter.
// `penalty_rows` are cells under the Chinese penalty headers below.
std::string Workbook(const std::vector<std::vector<std::string>>& penalty_rows,
                     bool license_date_as_date) {
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("dpfeed-import-test-" + std::to_string(getpid()) + ".xlsx"))
                               .string();
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_format* date_format = workbook_add_format(wb);
  format_set_num_format(date_format, "yyyy-mm-dd");
  // Licenses: headers are wire codes; the date cells are real Excel dates.
  lxw_worksheet* lic = workbook_add_worksheet(wb, "行政许可");
  const std::vector<std::string> lh = {
      "序号",    "XK_XDR_MC", "XK_XDR_LB", "XK_XDR_ZJLX", "XK_XDR_ZJHM", "XK_XKWS", "XK_WSH",
      "XK_XKLB", "XK_NR",     "XK_JDRQ",   "XK_YXQZ",     "XK_YXQZI",    "XK_XKJG", "XK_XKJGDM"};
  const std::vector<std::string> lv = {"1",
                                       "张三丰",
                                       "自然人",
                                       "身份证",
                                       "11010519491231002X",
                                       "食品经营许可决定书",
                                       "安市监许〔2026〕1号",
                                       "普通",
                                       "准予食品经营许可",
                                       "",
                                       "",
                                       "2099-12-31",
                                       "安丘市市场监督管理局",
                                       "11370784MB28503836"};
  for (size_t c = 0; c < lh.size(); ++c) {
    worksheet_write_string(lic, 0, c, lh[c].c_str(), nullptr);
    if (!lv[c].empty()) worksheet_write_string(lic, 1, c, lv[c].c_str(), nullptr);
  }
  lxw_datetime decided = {2026, 11, 20, 0, 0, 0};
  if (license_date_as_date) {
    worksheet_write_datetime(lic, 1, 9, &decided, date_format);
    worksheet_write_datetime(lic, 1, 10, &decided, date_format);
  } else {
    worksheet_write_string(lic, 1, 9, "2026/11/20", nullptr);
    worksheet_write_string(lic, 1, 10, "2026-11-20", nullptr);
  }
  // Penalties: Chinese headers, as the credit platforms' template has them.
  lxw_worksheet* pen = workbook_add_worksheet(wb, "行政处罚");
  const std::vector<std::string> ph = {"行政相对人名称",     "行政相对人类别",
                                       "统一社会信用代码",   "法定代表人",
                                       "行政处罚决定书文号", "违法行为类型",
                                       "违法事实",           "处罚依据",
                                       "处罚类别",           "处罚内容",
                                       "罚款金额（万元）",   "处罚决定日期",
                                       "处罚机关",           "处罚机关统一社会信用代码"};
  for (size_t c = 0; c < ph.size(); ++c) worksheet_write_string(pen, 0, c, ph[c].c_str(), nullptr);
  for (size_t r = 0; r < penalty_rows.size(); ++r) {
    for (size_t c = 0; c < penalty_rows[r].size(); ++c) {
      if (!penalty_rows[r][c].empty())
        worksheet_write_string(pen, r + 1, c, penalty_rows[r][c].c_str(), nullptr);
    }
  }
  EXPECT_EQ(workbook_close(wb), LXW_NO_ERROR);
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::filesystem::remove(path);
  return bytes.str();
}

std::vector<std::string> Penalty(const std::string& wsh, const std::string& fine = "0.5",
                                 const std::string& wfxw = "销售过期食品") {
  return {"安丘市某某食品有限公司",
          "法人及非法人组织",
          "91370784MA3C12345X",
          "王五",
          wsh,
          wfxw,
          "当事人销售超过保质期的食品。",
          "《中华人民共和国食品安全法》第一百二十四条",
          "警告;罚款",
          "警告，并处罚款",
          fine,
          "2026-11-20",
          "安丘市市场监督管理局",
          "11370784MB28503836"};
}

TEST(SpreadsheetTest, ReadsSharedStringsDatesAndRowNumbers) {
  auto sheets = ReadXlsx(Workbook({Penalty("安市监罚〔2026〕1号")}, true));
  ASSERT_TRUE(sheets.ok()) << sheets.status().message();
  ASSERT_EQ(sheets->size(), 2u);
  EXPECT_EQ((*sheets)[0].name, "行政许可");
  EXPECT_EQ((*sheets)[1].name, "行政处罚");
  const Sheet& lic = (*sheets)[0];
  ASSERT_EQ(lic.rows.size(), 2u);
  EXPECT_EQ(lic.rows[1].number, 2);
  EXPECT_EQ(lic.rows[1].cells[1], "张三丰");
  EXPECT_EQ(lic.rows[1].cells[9], "46346") << "an Excel date is a serial number";
  EXPECT_EQ(ExcelSerialDate(lic.rows[1].cells[9]), "2026-11-20");
  EXPECT_EQ(ExcelSerialDate("45658"), "2025-01-01");
  EXPECT_EQ(ExcelSerialDate("1"), "1900-01-01");
  EXPECT_FALSE(ExcelSerialDate("2026-11-20").has_value());
  EXPECT_EQ(ColumnName(0), "A");
  EXPECT_EQ(ColumnName(27), "AB");
}

TEST(SpreadsheetTest, RefusesWhatIsNotAWorkbook) {
  EXPECT_EQ(ReadXlsx("not a zip at all").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(ReadXlsx("").status().code(), StatusCode::kInvalidArgument);
}

TEST(DecisionImportTest, GoodWorkbookPreparesEveryRowOfBothSheets) {
  const std::string bytes =
      Workbook({Penalty("安市监罚〔2026〕1号"), Penalty("安市监罚〔2026〕2号")}, true);
  ImportOutcome out = ImportDecisions(bytes, "模板.XLSX", std::nullopt, Market(), Calendar(),
                                      kToday, PublicityRules());
  ASSERT_TRUE(out.ok()) << out.problems.front().Where() << " " << out.problems.front().reason;
  ASSERT_EQ(out.prepared.size(), 3u);
  EXPECT_EQ(out.prepared[0].write.kind, Kind::kLicense);
  EXPECT_EQ(out.prepared[0].record.Get("JDRQ"), "2026-11-20");
  EXPECT_EQ(out.prepared[0].write.deadline, "2026-12-01");
  EXPECT_EQ(out.prepared[2].write.wsh, "安市监罚〔2026〕2号");
  EXPECT_EQ(out.prepared[2].record.Get("SJLYDM"), "11370784MB28503836");
  ASSERT_EQ(out.sheets.size(), 2u);
  EXPECT_EQ(out.sheets[1].records, 2);
}

TEST(DecisionImportTest, OneBadRowRefusesTheWholeFileNamingRowAndColumn) {
  const std::string bytes =
      Workbook({Penalty("安市监罚〔2026〕1号"), Penalty("安市监罚〔2026〕2号", "0", ""),
                Penalty("安市监罚〔2026〕1号")},
               false);
  ImportOutcome out = ImportDecisions(bytes, "a.xlsx", std::nullopt, Market(), Calendar(), kToday,
                                      PublicityRules());
  EXPECT_FALSE(out.ok());
  EXPECT_TRUE(out.prepared.empty()) << "all or nothing";
  bool missing_wfxw = false, bad_fine = false, duplicate = false;
  for (const ImportProblem& p : out.problems) {
    if (p.sheet == "行政处罚" && p.row == 3 && p.column == 5 && p.field == "CF_WFXW")
      missing_wfxw = true;
    if (p.sheet == "行政处罚" && p.row == 3 && p.column == 10 && p.field == "CF_NR_FK")
      bad_fine = true;
    if (p.sheet == "行政处罚" && p.row == 4 && p.column == 4) duplicate = true;
  }
  EXPECT_TRUE(missing_wfxw);
  EXPECT_TRUE(bad_fine);
  EXPECT_TRUE(duplicate);
  EXPECT_EQ(ImportProblem({"行政处罚", 3, 5, "CF_WFXW", ""}).Where(), "行政处罚 第3行 F列");

  // The error workbook lists the problems and marks the cells in a copy.
  auto xlsx = ErrorWorkbook(out);
  ASSERT_TRUE(xlsx.ok());
  auto back = ReadXlsx(*xlsx);
  ASSERT_TRUE(back.ok()) << back.status().message();
  ASSERT_EQ(back->size(), 3u);
  EXPECT_EQ((*back)[0].name, "错误清单");
  EXPECT_EQ((*back)[0].rows.size(), out.problems.size() + 1);
  EXPECT_EQ((*back)[2].name, "行政处罚");
  EXPECT_EQ((*back)[2].rows[2].number, 3);
  EXPECT_EQ((*back)[2].rows[2].cells[4], "安市监罚〔2026〕2号");
}

TEST(DecisionImportTest, UnknownHeaderAndMissingRequiredColumn) {
  auto csv = std::string("\xEF\xBB\xBF") +
             "行政相对人名称,行政相对人类别,颜色\r\n某公司,法人及非法人组织,红\r\n";
  ImportOutcome out =
      ImportDecisions(csv, "x.csv", Kind::kPenalty, Market(), Calendar(), kToday, PublicityRules());
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.problems[0].row, 1);
  EXPECT_EQ(out.problems[0].column, 2);
  EXPECT_NE(out.problems[0].reason.find("颜色"), std::string::npos);
  bool missing_column = false;
  for (const ImportProblem& p : out.problems) {
    missing_column |=
        p.field == "CF_WSH" && p.column == -1 && p.reason.find("表中没有") != std::string::npos;
  }
  EXPECT_TRUE(missing_column);
}

// "行政相对人名称,…" and one penalty, encoded in GB18030 (bytes from Python's
// codec, not from the iconv under test); a quoted cell holds a comma and "".
constexpr char kGb18030Csv[] =
    "\xd0\xd0\xd5\xfe\xcf\xe0\xb6\xd4\xc8\xcb\xc3\xfb\xb3\xc6\x2c\xd0\xd0\xd5\xfe\xcf\xe0\xb6\xd4"
    "\xc8"
    "\xcb\xc0\xe0\xb1\xf0\x2c\xcd\xb3\xd2\xbb\xc9\xe7\xbb\xe1\xd0\xc5\xd3\xc3\xb4\xfa\xc2\xeb\x2c"
    "\xb7"
    "\xa8\xb6\xa8\xb4\xfa\xb1\xed\xc8\xcb\x2c\xd0\xd0\xd5\xfe\xb4\xa6\xb7\xa3\xbe\xf6\xb6\xa8\xca"
    "\xe9"
    "\xce\xc4\xba\xc5\x2c\xce\xa5\xb7\xa8\xd0\xd0\xce\xaa\xc0\xe0\xd0\xcd\x2c\xce\xa5\xb7\xa8\xca"
    "\xc2"
    "\xca\xb5\x2c\xb4\xa6\xb7\xa3\xd2\xc0\xbe\xdd\x2c\xb4\xa6\xb7\xa3\xc0\xe0\xb1\xf0\x2c\xb4\xa6"
    "\xb7"
    "\xa3\xc4\xda\xc8\xdd\x2c\xb7\xa3\xbf\xee\xbd\xf0\xb6\xee\xa3\xa8\xcd\xf2\xd4\xaa\xa3\xa9\x2c"
    "\xb4"
    "\xa6\xb7\xa3\xbe\xf6\xb6\xa8\xc8\xd5\xc6\xda\x2c\xb4\xa6\xb7\xa3\xbb\xfa\xb9\xd8\x2c\xb4\xa6"
    "\xb7"
    "\xa3\xbb\xfa\xb9\xd8\xcd\xb3\xd2\xbb\xc9\xe7\xbb\xe1\xd0\xc5\xd3\xc3\xb4\xfa\xc2\xeb\x0d\x0a"
    "\xb0"
    "\xb2\xc7\xf0\xca\xd0\xc4\xb3\xc4\xb3\xca\xb3\xc6\xb7\xd3\xd0\xcf\xde\xb9\xab\xcb\xbe\x2c\xb7"
    "\xa8"
    "\xc8\xcb\xbc\xb0\xb7\xc7\xb7\xa8\xc8\xcb\xd7\xe9\xd6\xaf\x2c\x39\x31\x33\x37\x30\x37\x38\x34"
    "\x4d"
    "\x41\x33\x43\x31\x32\x33\x34\x35\x58\x2c\xcd\xf5\xce\xe5\x2c\xb0\xb2\xca\xd0\xbc\xe0\xb7\xa3"
    "\xa1"
    "\xb2\x32\x30\x32\x36\xa1\xb3\x37\xba\xc5\x2c\xcf\xfa\xca\xdb\xb9\xfd\xc6\xda\xca\xb3\xc6\xb7"
    "\x2c"
    "\x22\xb5\xb1\xca\xc2\xc8\xcb\xcf\xfa\xca\xdb\xb3\xac\xb9\xfd\xb1\xa3\xd6\xca\xc6\xda\xb5\xc4"
    "\xca"
    "\xb3\xc6\xb7\xa3\xac\x22\x22\xb9\xfd\xc6\xda\x22\x22\xa1\xa3\x22\x2c\xa1\xb6\xd6\xd0\xbb\xaa"
    "\xc8"
    "\xcb\xc3\xf1\xb9\xb2\xba\xcd\xb9\xfa\xca\xb3\xc6\xb7\xb0\xb2\xc8\xab\xb7\xa8\xa1\xb7\xb5\xda"
    "\xd2"
    "\xbb\xb0\xd9\xb6\xfe\xca\xae\xcb\xc4\xcc\xf5\x2c\xbe\xaf\xb8\xe6\x3b\xb7\xa3\xbf\xee\x2c\xbe"
    "\xaf"
    "\xb8\xe6\xa3\xac\xb2\xa2\xb4\xa6\xb7\xa3\xbf\xee\x30\x2e\x35\xcd\xf2\xd4\xaa\x2c\x30\x2e\x35"
    "\x2c"
    "\x32\x30\x32\x36\x2d\x31\x31\x2d\x32\x30\x2c\xb0\xb2\xc7\xf0\xca\xd0\xca\xd0\xb3\xa1\xbc\xe0"
    "\xb6"
    "\xbd\xb9\xdc\xc0\xed\xbe\xd6\x2c\x31\x31\x33\x37\x30\x37\x38\x34\x4d\x42\x32\x38\x35\x30\x33"
    "\x38"
    "\x33\x36\x0d\x0a";

TEST(DecisionImportTest, Gb18030CsvAsExcelInChinaSavesIt) {
  const std::string bytes(kGb18030Csv, sizeof(kGb18030Csv) - 1);
  auto text = DecodeCsvText(bytes);
  ASSERT_TRUE(text.ok()) << text.status().message();
  EXPECT_EQ(text->rfind("行政相对人名称,", 0), 0u);
  ImportOutcome out = ImportDecisions(bytes, "处罚.csv", std::nullopt, Market(), Calendar(), kToday,
                                      PublicityRules());
  ASSERT_TRUE(out.ok()) << out.problems.front().Where() << " " << out.problems.front().reason;
  ASSERT_EQ(out.prepared.size(), 1u);
  EXPECT_EQ(out.prepared[0].write.kind, Kind::kPenalty) << "kind told by the headers";
  EXPECT_EQ(out.prepared[0].record.Get("SY"), "当事人销售超过保质期的食品，\"过期\"。");
  EXPECT_EQ(out.prepared[0].record.Get("NR_FK"), "0.5");
  // Bytes that are neither UTF-8 nor GB18030.
  EXPECT_FALSE(DecodeCsvText(std::string("a,\x81\x20", 4)).ok());
}

TEST(DecisionImportTest, TemplateRoundTrips) {
  auto t = TemplateWorkbook();
  ASSERT_TRUE(t.ok());
  auto sheets = ReadXlsx(*t);
  ASSERT_TRUE(sheets.ok());
  ASSERT_EQ(sheets->size(), 2u);
  EXPECT_EQ((*sheets)[0].rows[0].cells[0], "行政相对人名称");
  EXPECT_EQ((*sheets)[1].name, "行政处罚");
  ImportOutcome out =
      ImportDecisions(*t, "t.xlsx", std::nullopt, Market(), Calendar(), kToday, PublicityRules());
  ASSERT_FALSE(out.ok());
  EXPECT_NE(out.problems[0].reason.find("没有记录"), std::string::npos);
}

}  // namespace
}  // namespace dpfeed
