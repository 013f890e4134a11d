// Auditors' pages: the compliance dashboard per department and kind (the
// same report and parameter parser as /api/v1/compliance), the on-time rate
// over weeks as a table that dashboard.js draws with ECharts, the lag split,
// drill-down to records, and the API's exports plus XLSX.
#include <algorithm>
#include <cstdio>
#include <optional>

#include "service/calendar/shanghai_time.h"
#include "service/compliance/compliance_format.h"
#include "service/compliance/compliance_params.h"
#include "service/store/decision_repository.h"
#include "service/web/console_pages.h"
#include "service/web/record_view.h"
#include "service/web/spreadsheet.h"
#include "service/web/web_route.h"
#include "service/web/xlsx_writer.h"

namespace dpfeed {

namespace {

constexpr int kWeeksCharted = 12;
constexpr int kRecordsPerPage = 100;

// "—" when nothing was due (never 100 %).
std::string Percent(std::optional<double> rate) {
  if (!rate) return "—";
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%.1f%%", *rate * 100);
  return buf;
}

// The query with `channel` defaulting to portal (the first platform), so
// the dashboard's numbers are those of /api/v1/compliance/summary?channel=portal.
std::map<std::string, std::string> DashboardQuery(const WebCall& c) {
  auto q = c.query();
  if (q["channel"].empty()) q["channel"] = "portal";
  return q;
}

// Parses the shared parameters; replies 400 with the parser's message.
std::optional<ComplianceParams> Params(WebCall& c, const std::map<std::string, std::string>& query,
                                       ComplianceQuestion question) {
  auto departments = ListDepartments(c.a.db);
  if (!departments.ok()) {
    c.Message(http::status::internal_server_error, "出错了", departments.status().message());
    return std::nullopt;
  }
  auto p = ParseComplianceParams(query, *departments, ShanghaiDate(c.now), question);
  if (!p.ok()) {
    c.Message(http::status::bad_request, "查询参数有误", p.status().message());
    return std::nullopt;
  }
  return std::move(p.value());
}

std::string QueryString(const std::map<std::string, std::string>& q,
                        const std::map<std::string, std::string>& overrides) {
  std::map<std::string, std::string> all = q;
  for (const auto& [k, v] : overrides) all[k] = v;
  std::string out;
  for (const auto& [k, v] : all) {
    if (v.empty() || k == "after") continue;
    out += (out.empty() ? "?" : "&amp;") + UrlEncode(k) + "=" + UrlEncode(v);
  }
  return out;
}

std::string Filters(const WebCall& c, const ComplianceParams& p, const std::string& action,
                    bool statuses) {
  const auto& q = c.query();
  auto value = [&](const char* k) {
    auto it = q.find(k);
    return it == q.end() ? std::string() : it->second;
  };
  std::string h = "<form class=\"filters\" method=\"get\" action=\"" + action + "\">";
  h += "<label for=\"from\">决定日期自<input type=\"date\" id=\"from\" name=\"from\" value=\"" +
       Esc(p.query.filter.from) + "\"></label>";
  h += "<label for=\"to\">至<input type=\"date\" id=\"to\" name=\"to\" value=\"" +
       Esc(p.query.filter.to) + "\"></label>";
  h += "<label for=\"department\">部门<select id=\"department\" name=\"department\"><option "
       "value=\"\">全部</option>";
  for (const auto& [id, names] : p.departments) {
    h += "<option value=\"" + Esc(names.first) + "\"" +
         (value("department") == names.first ? " selected" : "") + ">" +
         Esc(FullDepartmentName(c.options.jurisdiction, names.second)) + "</option>";
  }
  h += "</select></label><label for=\"kind\">类别<select id=\"kind\" name=\"kind\"><option "
       "value=\"\">全部</option>";
  for (Kind k : {Kind::kLicense, Kind::kPenalty}) {
    h += std::string("<option value=\"") + KindName(k) + "\"" +
         (value("kind") == KindName(k) ? " selected" : "") + ">" + KindTitle(k) + "</option>";
  }
  const std::string channel = value("channel").empty() && !statuses ? "portal" : value("channel");
  h += "</select></label><label for=\"channel\">渠道<select id=\"channel\" name=\"channel\">";
  if (statuses) h += "<option value=\"\">全部</option>";
  h += std::string("<option value=\"portal\"") + (channel == "portal" ? " selected" : "") +
       ">政府门户网站</option>";
  h += std::string("<option value=\"credit\"") + (channel == "credit" ? " selected" : "") +
       ">信用网站</option></select></label>";
  if (statuses) {
    h += "<label for=\"status\">状态<select id=\"status\" name=\"status\"><option "
         "value=\"\">全部</option>";
    for (ComplianceStatus s :
         {ComplianceStatus::kOnTime, ComplianceStatus::kLate, ComplianceStatus::kOverdue,
          ComplianceStatus::kAtRisk, ComplianceStatus::kPending, ComplianceStatus::kWithheld}) {
      h += std::string("<option value=\"") + ComplianceStatusName(s) + "\"" +
           (value("status") == ComplianceStatusName(s) ? " selected" : "") + ">" +
           ComplianceStatusTitle(s) + "</option>";
    }
    h += "</select></label>";
  }
  return h + "<button type=\"submit\">查询</button></form>\n";
}

struct Totals {
  int total = 0, on_time = 0, late = 0, overdue = 0, at_risk = 0, pending = 0, withheld = 0,
      late_submissions = 0;
  std::map<std::string, int> withheld_by_reason;
  void Add(const SummaryRow& r) {
    total += r.total, on_time += r.on_time, late += r.late, overdue += r.overdue;
    at_risk += r.at_risk, pending += r.pending, withheld += r.withheld;
    late_submissions += r.late_submissions;
    for (const auto& [reason, n] : r.withheld_by_reason) withheld_by_reason[reason] += n;
  }
  std::optional<double> Rate() const {
    const int due = on_time + late + overdue;
    if (due == 0) return std::nullopt;
    return static_cast<double>(on_time) / due;
  }
};

std::string Kpi(const char* id, const std::string& value, const char* label) {
  return std::string("<div class=\"kpi\" id=\"kpi-") + id + "\"><span class=\"value\">" +
         Esc(value) + "</span><span class=\"label\">" + label + "</span></div>";
}

void Dashboard(WebCall& c) {
  const auto query = DashboardQuery(c);
  auto p = Params(c, query, ComplianceQuestion::kSummary);
  if (!p) return;
  const CivilDate today = ShanghaiDate(c.now);
  auto rows = ComplianceSummary(c.a.db, *c.a.ctx.calendar, today, p->query);
  if (!rows.ok())
    return c.Message(http::status::internal_server_error, "出错了", rows.status().message());

  Totals all;
  for (const SummaryRow& r : *rows) all.Add(r);
  std::string h = Filters(c, *p, "/console/audit", false);
  h += "<div class=\"kpis\">" + Kpi("total", std::to_string(all.total), "决定总数") +
       Kpi("on_time", std::to_string(all.on_time), "按时公示") +
       Kpi("late", std::to_string(all.late), "逾期公示") +
       Kpi("overdue", std::to_string(all.overdue), "超期未公示") +
       Kpi("at_risk", std::to_string(all.at_risk), "临期未公示") +
       Kpi("pending", std::to_string(all.pending), "待公示") +
       Kpi("withheld", std::to_string(all.withheld), "不予公开") +
       Kpi("rate", Percent(all.Rate()), "按时公示率") + "</div>\n";
  h += "<p class=\"hint\">逾期原因：部门报送迟延 " + std::to_string(all.late_submissions) +
       " 条（决定到期后才报送），发布迟延 " +
       std::to_string(all.late + all.overdue - all.late_submissions) +
       " 条（按时报送但未按时公示）。按时公示率 = 按时 ÷（按时 + 逾期公示 + 超期未公示）。</p>\n";
  if (all.withheld > 0) {
    h += "<p class=\"hint\" id=\"withheld-reasons\">不予公开的决定（依法不公示，不计入按时率）：";
    bool first = true;
    for (const auto& [reason, n] : all.withheld_by_reason) {
      h += (first ? "" : "；") + Esc(reason.empty() ? "未说明原因" : reason) + " " +
           std::to_string(n) + " 条";
      first = false;
    }
    h += "。</p>\n";
  }

  // Per department and kind, with drill-down links.
  h += "<h2>各部门情况</h2>\n<div class=\"table-wrap\"><table class=\"cards\" "
       "id=\"summary\"><thead><tr>"
       "<th>部门</th><th>类别</th><th class=\"num\">总数</th><th class=\"num\">按时</th><th "
       "class=\"num\">逾期公示</th>"
       "<th class=\"num\">超期未公示</th><th class=\"num\">临期</th><th class=\"num\">待公示</th>"
       "<th class=\"num\">不予公开</th>"
       "<th class=\"num\">部门迟延</th><th class=\"num\">发布迟延</th><th "
       "class=\"num\">按时率</th></tr></thead><tbody>\n";
  for (const SummaryRow& r : *rows) {
    const auto& names = p->departments[r.department_id];
    auto cell = [&](const char* label, int n, const char* status) {
      std::string v = std::to_string(n);
      if (n > 0 && status) {
        v = "<a href=\"/console/audit/records" +
            QueryString(
                query,
                {{"department", names.first}, {"kind", KindName(r.kind)}, {"status", status}}) +
            "\">" + v + "</a>";
      }
      return std::string("<td class=\"num\" data-label=\"") + label + "\">" + v + "</td>";
    };
    h += "<tr><td data-label=\"部门\">" +
         Esc(FullDepartmentName(c.options.jurisdiction, names.second)) +
         "</td><td data-label=\"类别\">" + KindTitle(r.kind) + "</td>" +
         cell("总数", r.total, nullptr) + cell("按时", r.on_time, "on_time") +
         cell("逾期公示", r.late, "late") + cell("超期未公示", r.overdue, "overdue") +
         cell("临期", r.at_risk, "at_risk") + cell("待公示", r.pending, "pending") +
         cell("不予公开", r.withheld, "withheld") + cell("部门迟延", r.late_submissions, nullptr) +
         cell("发布迟延", r.late + r.overdue - r.late_submissions, nullptr) +
         "<td class=\"num\" data-label=\"按时率\">" + Percent(r.OnTimeRate()) + "</td></tr>\n";
  }
  if (rows->empty()) h += "<tr><td colspan=\"12\">所选范围内没有决定。</td></tr>\n";
  h += "</tbody></table></div>\n";

  // On-time rate per week (Monday..Sunday of the decision date), newest last.
  h += "<h2>按周按时公示率</h2>\n<div id=\"weekly-chart\" class=\"chart\" role=\"img\" "
       "aria-label=\"按周按时公示率折线图，数据见下表\"></div>\n";
  h += "<div class=\"table-wrap\"><table id=\"weekly\"><thead><tr><th>周（决定日期）</th><th "
       "class=\"num\">应公示</th>"
       "<th class=\"num\">按时</th><th class=\"num\">逾期公示</th><th class=\"num\">超期未公示</th>"
       "<th class=\"num\">按时率</th></tr></thead><tbody>\n";
  const auto from = ParseCivilDate(p->query.filter.from);
  const auto to = ParseCivilDate(p->query.filter.to);
  if (from && to) {
    CivilDate week = MondayOf(*to);
    std::vector<std::string> lines;
    for (int i = 0; i < kWeeksCharted && week + date::days(6) >= *from;
         ++i, week -= date::days(7)) {
      ComplianceQuery wq = p->query;
      wq.filter.from = FormatCivilDate(std::max(week, *from));
      wq.filter.to = FormatCivilDate(std::min(week + date::days(6), *to));
      auto wrows = ComplianceSummary(c.a.db, *c.a.ctx.calendar, today, wq);
      if (!wrows.ok())
        return c.Message(http::status::internal_server_error, "出错了", wrows.status().message());
      Totals t;
      for (const SummaryRow& r : *wrows) t.Add(r);
      const int due = t.on_time + t.late + t.overdue;
      lines.push_back("<tr><td>" + FormatCivilDate(week).substr(5) + "至" +
                      FormatCivilDate(week + date::days(6)).substr(5) + "</td><td class=\"num\">" +
                      std::to_string(due) + "</td><td class=\"num\">" + std::to_string(t.on_time) +
                      "</td><td class=\"num\">" + std::to_string(t.late) +
                      "</td><td class=\"num\">" + std::to_string(t.overdue) +
                      "</td><td class=\"num\" data-rate=\"" +
                      (due == 0 ? std::string() : std::to_string(*t.Rate())) + "\">" +
                      Percent(t.Rate()) + "</td></tr>\n");
    }
    std::reverse(lines.begin(), lines.end());
    for (const std::string& l : lines) h += l;
  }
  h += "</tbody></table></div>\n";
  h += "<h2>导出</h2><p class=\"actions\">";
  for (const char* what : {"summary", "records"}) {
    for (const char* format : {"csv", "xlsx"}) {
      h += "<a class=\"button secondary\" href=\"/console/audit/export" +
           QueryString(query, {{"what", what}, {"format", format}}) + "\">" +
           (std::string(what) == "summary" ? "汇总" : "明细") + "（" +
           (std::string(format) == "csv" ? "CSV" : "XLSX") + "）</a> ";
    }
  }
  h += "</p>\n";
  Page page;
  page.title = "合规看板";
  page.body = std::move(h);
  page.scripts = {"echarts.min.js", "dashboard.js"};
  c.Render(std::move(page));
}

void Records(WebCall& c) {
  auto query = c.query();
  if (query.find("limit") == query.end()) query["limit"] = std::to_string(kRecordsPerPage);
  auto p = Params(c, query, ComplianceQuestion::kRecords);
  if (!p) return;
  // One more than shown: tells whether a next page exists.
  auto rows = ComplianceRecords(c.a.db, *c.a.ctx.calendar, ShanghaiDate(c.now), p->query,
                                p->statuses, p->after, p->limit + 1);
  if (!rows.ok())
    return c.Message(http::status::internal_server_error, "出错了", rows.status().message());
  const bool more = static_cast<int>(rows->size()) > p->limit;
  if (more) rows->resize(p->limit);
  const RecordDetailsById details = LoadRecordDetails(c.a.db, *rows, c.a.ctx.masking);
  std::string h = Filters(c, *p, "/console/audit/records", true);
  h +=
      "<div class=\"table-wrap\"><table class=\"cards\" "
      "id=\"records\"><thead><tr><th>部门</th><th>类别</th>"
      "<th>文书号</th><th>决定日期</th><th>接收时间</th><th>公示期限</th><th>渠道</th><th>状态</th>"
      "<th class=\"num\">部门用时（工作日）</th><th "
      "class=\"num\">发布用时（工作日）</th></tr></thead><tbody>\n";
  for (const RecordCompliance& r : *rows) {
    for (const ChannelCompliance& ch : r.channels) {
      h += "<tr><td data-label=\"部门\">" +
           Esc(FullDepartmentName(c.options.jurisdiction, p->departments[r.department_id].second)) +
           "</td><td data-label=\"类别\">" + KindTitle(r.kind) + "</td><td data-label=\"文书号\">" +
           Esc(details.count(r.id) ? details.at(r.id).wsh : "") +
           "</td><td data-label=\"决定日期\">" + Esc(r.decision_date) +
           "</td><td data-label=\"接收时间\">" + Esc(r.received_at.substr(0, 16)) +
           "</td><td data-label=\"公示期限\">" + Esc(r.deadline) +
           (r.provisional ? "（暂定）" : "") + "</td><td data-label=\"渠道\">" +
           (ch.channel == Channel::kPortal ? "门户网站" : "信用网站") +
           "</td><td data-label=\"状态\"><span class=\"state " + ComplianceStatusName(ch.status) +
           "\">" + ComplianceStatusTitle(ch.status) + "</span>" +
           (r.late_submission ? " 报送迟延" : "") +
           "</td><td class=\"num\" data-label=\"部门用时\">" +
           std::to_string(r.department_lag_workdays) +
           "</td><td class=\"num\" data-label=\"发布用时\">" +
           (ch.service_lag_workdays ? std::to_string(*ch.service_lag_workdays) : "—") +
           "</td></tr>\n";
    }
  }
  if (rows->empty()) h += "<tr><td colspan=\"10\">没有符合条件的记录。</td></tr>\n";
  h += "</tbody></table></div>\n";
  if (more) {
    h += "<p class=\"pager\"><a href=\"/console/audit/records" +
         QueryString(c.query(), {{"after", ""}}) + (c.query().empty() ? "?" : "&amp;") +
         "after=" + std::to_string(rows->back().id) + "\">下一页</a></p>";
  }
  Page page;
  page.title = "记录明细";
  page.body = std::move(h);
  c.Render(std::move(page));
}

// The API's CSV, or the same table as XLSX (read back from that CSV so the
// columns can never differ).
void Export(WebCall& c) {
  const bool records = c.Query("what") == "records";
  const bool xlsx = c.Query("format") == "xlsx";
  auto query = records ? c.query() : DashboardQuery(c);
  query.erase("format");
  auto p = Params(c, query, records ? ComplianceQuestion::kRecords : ComplianceQuestion::kSummary);
  if (!p) return;
  const CivilDate today = ShanghaiDate(c.now);
  std::string csv;
  if (records) {
    auto rows =
        ComplianceRecords(c.a.db, *c.a.ctx.calendar, today, p->query, p->statuses, p->after, 5000);
    if (!rows.ok())
      return c.Message(http::status::internal_server_error, "出错了", rows.status().message());
    csv = RecordsCsv(*rows, p->departments, LoadRecordDetails(c.a.db, *rows, c.a.ctx.masking));
  } else {
    auto rows = ComplianceSummary(c.a.db, *c.a.ctx.calendar, today, p->query);
    if (!rows.ok())
      return c.Message(http::status::internal_server_error, "出错了", rows.status().message());
    csv = SummaryCsv(*rows, p->departments);
  }
  const std::string name = records ? "compliance-records" : "compliance-summary";
  if (!xlsx) {
    return c.Reply(
        AttachmentResponse(c.req(), "text/csv; charset=utf-8", std::move(csv), name + ".csv"));
  }
  auto text = DecodeCsvText(csv);
  auto sheet = text.ok() ? ParseCsv(*text) : Result<Sheet>(text.status());
  if (!sheet.ok() || sheet->rows.empty())
    return c.Message(http::status::internal_server_error, "出错了", "导出失败");
  XlsxTable table;
  table.sheet = records ? "明细" : "汇总";
  table.headers = sheet->rows.front().cells;
  table.numeric.assign(table.headers.size(), true);
  for (size_t r = 1; r < sheet->rows.size(); ++r) table.rows.push_back(sheet->rows[r].cells);
  auto bytes = TableWorkbook({table});
  if (!bytes.ok())
    return c.Message(http::status::internal_server_error, "出错了", bytes.status().message());
  c.Reply(AttachmentResponse(c.req(), kXlsxContentType, std::move(bytes.value()), name + ".xlsx"));
}

}  // namespace

void RegisterAuditPages(Router& router, const WebOptions& options) {
  AddWebRoute(router, options, "/console/audit", http::verb::get, Path({"console", "audit"}),
              Access::kAuditor, Dashboard);
  AddWebRoute(router, options, "/console/audit/records", http::verb::get,
              Path({"console", "audit", "records"}), Access::kAuditor, Records);
  AddWebRoute(router, options, "/console/audit/export", http::verb::get,
              Path({"console", "audit", "export"}), Access::kAuditor, Export);
}

}  // namespace dpfeed
