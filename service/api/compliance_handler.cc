#include "service/api/compliance_handler.h"

#include "service/api/compliance_report.h"
#include "service/calendar/shanghai_time.h"
#include "service/store/decision_repository.h"
#include "service/store/department_repository.h"

namespace dpfeed {

namespace {

struct Params {
  ComplianceQuery query;
  bool csv = false;
  std::set<ComplianceStatus> statuses;
  int64_t after = 0;
  int limit = 500;
  DepartmentNames departments;
};

// Parses the common parameters; on a problem replies 400/403 and returns
// nullopt.
std::optional<Params> ParseParams(HandlerArgs& a, bool records) {
  if (Status s = RequireRole(a.principal, {Role::kAuditor, Role::kAdmin}); !s.ok()) {
    a.reply(ErrorResponse(a.req, Status::Forbidden("合规查询仅限审计或管理员令牌")));
    return std::nullopt;
  }
  const auto& q = a.target.query;
  auto bad = [&](const std::string& why) {
    a.reply(ErrorResponse(a.req, Status::InvalidArgument(why)));
    return std::nullopt;
  };
  Params p;
  const CivilDate today = ShanghaiDate(a.ctx.clock->Now());
  const date::year_month_day ymd{today};
  p.query.filter.from = FormatCivilDate(CivilDate{ymd.year() / date::January / 1});
  p.query.filter.to = FormatCivilDate(today);
  for (const char* name : {"from", "to"}) {
    auto it = q.find(name);
    if (it == q.end() || it->second.empty()) continue;
    auto d = ParseCivilDate(it->second);
    if (!d) return bad(std::string(name) + " 参数应为日期 YYYY-MM-DD：" + it->second);
    (std::string(name) == "from" ? p.query.filter.from : p.query.filter.to) = FormatCivilDate(*d);
  }
  if (p.query.filter.from > p.query.filter.to) return bad("from 不能晚于 to");
  auto departments = ListDepartments(a.db);
  if (!departments.ok()) {
    a.reply(ErrorResponse(a.req, departments.status()));
    return std::nullopt;
  }
  for (const Department& d : *departments) p.departments[d.id] = {d.code, d.name};
  if (auto it = q.find("department"); it != q.end() && !it->second.empty()) {
    std::optional<int64_t> id;
    for (const Department& d : *departments) {
      if (d.code == it->second) id = d.id;
    }
    if (!id) return bad("没有该部门：" + it->second);
    p.query.filter.department_id = id;
  }
  if (auto it = q.find("kind"); it != q.end() && !it->second.empty()) {
    auto kind = ParseKind(it->second);
    if (!kind) return bad("kind 参数应为 license 或 penalty：" + it->second);
    p.query.filter.kind = kind;
  }
  if (auto it = q.find("channel"); it != q.end() && !it->second.empty()) {
    if (it->second == "portal") p.query.channel = Channel::kPortal;
    else if (it->second == "credit") p.query.channel = Channel::kCredit;
    else return bad("channel 参数应为 portal 或 credit：" + it->second);
  }
  if (auto it = q.find("format"); it != q.end() && !it->second.empty()) {
    if (it->second != "csv" && it->second != "json") return bad("format 参数应为 json 或 csv");
    p.csv = it->second == "csv";
  }
  if (!records) return p;
  if (auto it = q.find("status"); it != q.end() && !it->second.empty()) {
    size_t start = 0;
    while (start <= it->second.size()) {
      size_t end = it->second.find(',', start);
      if (end == std::string::npos) end = it->second.size();
      const std::string name = it->second.substr(start, end - start);
      auto s = ParseComplianceStatus(name);
      if (!s) return bad("status 参数取值应为 on_time, late, overdue, at_risk, pending：" + name);
      p.statuses.insert(*s);
      start = end + 1;
    }
  }
  for (const char* name : {"after", "limit"}) {
    auto it = q.find(name);
    if (it == q.end() || it->second.empty()) continue;
    char* end = nullptr;
    const long long v = std::strtoll(it->second.c_str(), &end, 10);
    const bool is_limit = std::string(name) == "limit";
    if (*end != '\0' || v < (is_limit ? 1 : 0) || (is_limit && v > 5000)) {
      return bad(std::string(name) + (is_limit ? " 参数应为1到5000之间的整数" : " 参数应为非负整数"));
    }
    if (is_limit) p.limit = static_cast<int>(v); else p.after = v;
  }
  return p;
}

}  // namespace

void HandleComplianceSummary(HandlerArgs a) {
  auto p = ParseParams(a, false);
  if (!p) return;
  const auto now = a.ctx.clock->Now();
  auto rows = ComplianceSummary(a.db, *a.ctx.calendar, ShanghaiDate(now), p->query);
  if (!rows.ok()) {
    a.reply(ErrorResponse(a.req, rows.status()));
    return;
  }
  if (p->csv) {
    Response res = MakeResponse(a.req, http::status::ok, "text/csv; charset=utf-8",
                                SummaryCsv(*rows, p->departments));
    res.set(http::field::content_disposition, "attachment; filename=\"compliance-summary.csv\"");
    a.reply(std::move(res));
    return;
  }
  a.reply(JsonResponse(a.req, http::status::ok,
                       SummaryJson(*rows, p->departments, FormatShanghaiTimestamp(now))));
}

void HandleComplianceRecords(HandlerArgs a) {
  auto p = ParseParams(a, true);
  if (!p) return;
  auto rows = ComplianceRecords(a.db, *a.ctx.calendar, ShanghaiDate(a.ctx.clock->Now()), p->query,
                                p->statuses, p->after, p->limit);
  if (!rows.ok()) {
    a.reply(ErrorResponse(a.req, rows.status()));
    return;
  }
  std::map<int64_t, std::string> wsh;
  for (const RecordCompliance& r : *rows) {
    if (auto d = GetDecision(a.db, r.id); d.ok()) wsh[r.id] = d->wsh;
  }
  if (p->csv) {
    Response res = MakeResponse(a.req, http::status::ok, "text/csv; charset=utf-8",
                                RecordsCsv(*rows, p->departments, wsh));
    res.set(http::field::content_disposition, "attachment; filename=\"compliance-records.csv\"");
    a.reply(std::move(res));
    return;
  }
  std::optional<int64_t> next;
  if (static_cast<int>(rows->size()) == p->limit) next = rows->back().id;
  a.reply(JsonResponse(a.req, http::status::ok, RecordsJson(*rows, p->departments, wsh, next)));
}

}  // namespace dpfeed
