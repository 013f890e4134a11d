#include "service/compliance/compliance_params.h"

#include <cerrno>
#include <cstdlib>

namespace dpfeed {

namespace {

// The value of a parameter, or "" when absent.
const std::string& Param(const std::map<std::string, std::string>& params, const char* name) {
  static const std::string kEmpty;
  auto it = params.find(name);
  return it == params.end() ? kEmpty : it->second;
}

Status Bad(const std::string& why) { return Status::InvalidArgument(why); }

}  // namespace

Result<ComplianceParams> ParseComplianceParams(const std::map<std::string, std::string>& params,
                                               const std::vector<Department>& departments,
                                               CivilDate today, ComplianceQuestion question) {
  ComplianceParams p;
  const date::year_month_day ymd{today};
  p.query.filter.from = FormatCivilDate(CivilDate{ymd.year() / date::January / 1});
  p.query.filter.to = FormatCivilDate(today);
  for (const char* name : {"from", "to"}) {
    const std::string& v = Param(params, name);
    if (v.empty()) continue;
    auto d = ParseCivilDate(v);
    if (!d) return Bad(std::string(name) + " 参数应为日期 YYYY-MM-DD：" + v);
    (std::string_view(name) == "from" ? p.query.filter.from : p.query.filter.to) =
        FormatCivilDate(*d);
  }
  if (p.query.filter.from > p.query.filter.to) return Bad("from 不能晚于 to");

  for (const Department& d : departments) p.departments[d.id] = {d.code, d.name};
  if (const std::string& code = Param(params, "department"); !code.empty()) {
    for (const Department& d : departments) {
      if (d.code == code) p.query.filter.department_id = d.id;
    }
    if (!p.query.filter.department_id) return Bad("没有该部门：" + code);
  }
  if (const std::string& v = Param(params, "kind"); !v.empty()) {
    p.query.filter.kind = ParseKind(v);
    if (!p.query.filter.kind) return Bad("kind 参数应为 license 或 penalty：" + v);
  }
  if (const std::string& v = Param(params, "channel"); !v.empty()) {
    p.query.channel = ParseChannel(v);
    if (!p.query.channel) return Bad("channel 参数应为 portal 或 credit：" + v);
  }
  if (const std::string& v = Param(params, "format"); !v.empty()) {
    if (v != "csv" && v != "json") return Bad("format 参数应为 json 或 csv：" + v);
    p.csv = v == "csv";
  }
  if (question == ComplianceQuestion::kSummary) return p;

  if (const std::string& v = Param(params, "status"); !v.empty()) {
    size_t start = 0;
    while (start <= v.size()) {
      size_t end = v.find(',', start);
      if (end == std::string::npos) end = v.size();
      const std::string name = v.substr(start, end - start);
      auto s = ParseComplianceStatus(name);
      if (!s) return Bad("status 参数取值应为 on_time, late, overdue, at_risk, pending, withheld：" + name);
      p.statuses.insert(*s);
      start = end + 1;
    }
  }
  for (const char* name : {"after", "limit"}) {
    const std::string& v = Param(params, name);
    if (v.empty()) continue;
    char* end = nullptr;
    errno = 0;
    const long long n = std::strtoll(v.c_str(), &end, 10);
    const bool is_limit = std::string_view(name) == "limit";
    if (errno != 0 || *end != '\0' || n < (is_limit ? 1 : 0) || (is_limit && n > 5000)) {
      return Bad(std::string(name) +
                 (is_limit ? " 参数应为1到5000之间的整数：" : " 参数应为非负整数：") + v);
    }
    if (is_limit) {
      p.limit = static_cast<int>(n);
    } else {
      p.after = n;
    }
  }
  return p;
}

}  // namespace dpfeed
