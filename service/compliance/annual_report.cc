#include "service/compliance/annual_report.h"

#include <map>
#include <utility>

#include "service/compliance/csv_cell.h"
#include "service/json/json_writer.h"
#include "service/store/department_repository.h"
#include "service/store/matter_repository.h"
#include "service/store/report_query.h"

namespace dpfeed {

namespace {

using Counts = std::map<std::pair<int64_t, Kind>, int>;

Result<Counts> MattersAt(Database& db, const std::string& date) {
  auto rows = MattersInEffect(db, MatterFilter{}, date);
  if (!rows.ok()) return rows.status();
  Counts out;
  for (const MatterChangeRow& r : *rows) ++out[{r.department_id, r.kind}];
  return out;
}

int CountOf(const Counts& c, int64_t department, Kind kind) {
  auto it = c.find({department, kind});
  return it == c.end() ? 0 : it->second;
}

void WriteRow(JsonWriter& w, const AnnualReportRow& r) {
  w.StartObject();
  Key(w, "department");
  Str(w, r.department_code);
  Key(w, "department_name");
  Str(w, r.department_name);
  Key(w, "previous_year_items");
  w.Int(r.previous_year_items);
  Key(w, "change");
  w.Int(r.change);
  Key(w, "decisions");
  w.Int(r.decisions);
  w.EndObject();
}

std::string CsvRow(const AnnualReportTable& t, const AnnualReportRow& r) {
  return std::string(t.article) + "," + KindTitle(t.kind) + "," + CsvCell(r.department_code) + "," +
         CsvCell(r.department_name) + "," + std::to_string(r.previous_year_items) + "," +
         SignedChange(r.change) + "," + std::to_string(r.decisions) + "\r\n";  // our own number
}

}  // namespace

std::string SignedChange(int change) {
  if (change > 0) return "+" + std::to_string(change);
  return std::to_string(change);
}

Result<AnnualReport> BuildAnnualReport(Database& db, int year) {
  if (year < 2000 || year > 2199) {
    return Status::InvalidArgument("year 参数应为2000到2199之间的年份：" + std::to_string(year));
  }
  const std::string y = std::to_string(year);
  auto before = MattersAt(db, std::to_string(year - 1) + "-12-31");
  if (!before.ok()) return before.status();
  auto after = MattersAt(db, y + "-12-31");
  if (!after.ok()) return after.status();
  auto decided = CountDecisionsByDepartment(db, y + "-01-01", y + "-12-31");
  if (!decided.ok()) return decided.status();
  auto departments = ListDepartments(db);
  if (!departments.ok()) return departments.status();

  AnnualReport report;
  report.year = year;
  for (Kind kind : {Kind::kLicense, Kind::kPenalty}) {
    AnnualReportTable t;
    t.kind = kind;
    t.article = kind == Kind::kLicense ? "第二十条第（五）项" : "第二十条第（六）项";
    t.total.department_name = "合计";
    for (const Department& d : *departments) {
      AnnualReportRow r;
      r.department_code = d.code;
      r.department_name = d.name;
      r.previous_year_items = CountOf(*before, d.id, kind);
      r.change = CountOf(*after, d.id, kind) - r.previous_year_items;
      auto it = decided->find({d.id, kind});
      r.decisions = it == decided->end() ? 0 : it->second;
      t.total.previous_year_items += r.previous_year_items;
      t.total.change += r.change;
      t.total.decisions += r.decisions;
      t.rows.push_back(std::move(r));
    }
    report.tables.push_back(std::move(t));
  }
  return report;
}

std::string AnnualReportJson(const AnnualReport& report) {
  JsonOut out;
  JsonWriter& w = out.w();
  w.StartObject();
  Key(w, "year");
  w.Int(report.year);
  Key(w, "tables");
  w.StartArray();
  for (const AnnualReportTable& t : report.tables) {
    w.StartObject();
    Key(w, "article");
    Str(w, t.article);
    Key(w, "title");
    Str(w, KindTitle(t.kind));
    Key(w, "kind");
    Str(w, KindName(t.kind));
    Key(w, "rows");
    w.StartArray();
    for (const AnnualReportRow& r : t.rows) WriteRow(w, r);
    w.EndArray();
    Key(w, "total");
    WriteRow(w, t.total);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return out.Take();
}

std::string AnnualReportCsv(const AnnualReport& report) {
  std::string out = kCsvBom;
  out +=
      "表格(article),信息内容(kind),部门代码(department),部门名称(department_name),"
      "上一年项目数量(previous_year_items),本年增/减(change),处理决定数量(decisions)\r\n";
  for (const AnnualReportTable& t : report.tables) {
    for (const AnnualReportRow& r : t.rows) out += CsvRow(t, r);
    out += CsvRow(t, t.total);
  }
  return out;
}

}  // namespace dpfeed
