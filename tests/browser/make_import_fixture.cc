// Writes the browser tests' import files with libxlsxwriter, as a
// department would fill the national template:
//   make_import_fixture OUT.xlsx good|bad
// "good": a sheet 行政许可 with one license and a sheet 行政处罚 with two
// penalties; "bad": the same with the second penalty missing its 违法行为类型
// and carrying a fine of "abc" (sheet row 3).
#include <xlsxwriter.h>

#include <cstdio>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s OUT.xlsx good|bad\n", argv[0]);
    return 2;
  }
  const bool bad = std::string(argv[2]) == "bad";
  lxw_workbook* wb = workbook_new(argv[1]);
  lxw_format* date_format = workbook_add_format(wb);
  format_set_num_format(date_format, "yyyy-mm-dd");
  lxw_datetime decided = {2026, 11, 20, 0, 0, 0};

  lxw_worksheet* lic = workbook_add_worksheet(wb, "行政许可");
  const std::vector<std::string> lh = {"行政相对人名称",
                                       "行政相对人类别",
                                       "统一社会信用代码",
                                       "法定代表人",
                                       "行政许可决定文书名称",
                                       "行政许可决定文书号",
                                       "许可类别",
                                       "许可内容",
                                       "许可决定日期",
                                       "有效期自",
                                       "有效期至",
                                       "许可机关",
                                       "许可机关统一社会信用代码"};
  const std::vector<std::string> lv = {"安丘市某某餐饮有限公司",
                                       "法人及非法人组织",
                                       "91370784MA3C12345X",
                                       "赵六",
                                       "食品经营许可决定书",
                                       "安市监许〔2026〕101号",
                                       "普通",
                                       "准予食品经营许可",
                                       "",
                                       "",
                                       "2031-11-19",
                                       "安丘市市场监督管理局",
                                       "11370784MB28503836"};
  for (size_t c = 0; c < lh.size(); ++c) {
    worksheet_write_string(lic, 0, c, lh[c].c_str(), nullptr);
    if (!lv[c].empty()) worksheet_write_string(lic, 1, c, lv[c].c_str(), nullptr);
  }
  worksheet_write_datetime(lic, 1, 8, &decided, date_format);
  worksheet_write_datetime(lic, 1, 9, &decided, date_format);

  lxw_worksheet* pen = workbook_add_worksheet(wb, "行政处罚");
  const std::vector<std::string> ph = {"行政相对人名称",     "行政相对人类别",
                                       "统一社会信用代码",   "法定代表人",
                                       "行政处罚决定书文号", "违法行为类型",
                                       "违法事实",           "处罚依据",
                                       "处罚类别",           "处罚内容",
                                       "罚款金额（万元）",   "处罚决定日期",
                                       "处罚机关",           "处罚机关统一社会信用代码"};
  for (size_t c = 0; c < ph.size(); ++c) worksheet_write_string(pen, 0, c, ph[c].c_str(), nullptr);
  for (int r = 1; r <= 2; ++r) {
    const std::string wsh = "安市监罚〔2026〕10" + std::to_string(r) + "号";
    const bool broken = bad && r == 2;
    const std::vector<std::string> v = {"安丘市某某超市有限公司",
                                        "法人及非法人组织",
                                        "91370784MA3C12345X",
                                        "钱七",
                                        wsh,
                                        broken ? "" : "销售不合格商品",
                                        "当事人销售不合格商品。",
                                        "《中华人民共和国产品质量法》第四十九条",
                                        "警告;罚款",
                                        "警告，并处罚款",
                                        broken ? "abc" : "0.3",
                                        "",
                                        "安丘市市场监督管理局",
                                        "11370784MB28503836"};
    for (size_t c = 0; c < v.size(); ++c) {
      if (!v[c].empty()) worksheet_write_string(pen, r, c, v[c].c_str(), nullptr);
    }
    worksheet_write_datetime(pen, r, 11, &decided, date_format);
  }
  return workbook_close(wb) == LXW_NO_ERROR ? 0 : 1;
}
