#include "service/app/report_commands.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <iostream>

#include "redaction/masking_policy.h"
#include "service/api/compliance_report.h"
#include "service/api/http_message.h"
#include "service/app/app_setup.h"
#include "service/calendar/clock.h"
#include "service/calendar/shanghai_time.h"
#include "service/store/department_repository.h"
#include "service/store/record_json.h"

namespace dpfeed {

namespace {
void WarnProvisional(CivilDate from, CivilDate to) {
  std::cerr << "warning: provisional: the working-day calendar for part of " << FormatCivilDate(from)
            << ".." << FormatCivilDate(to)
            << " is not loaded; counted Monday to Friday. Add the year's calendar file to "
               "calendar_files."
            << std::endl;
}
}  // namespace

int RunDeadline(const Config& config, const std::string& date, int workdays) {
  auto calendar = LoadCalendar(config);
  if (!calendar.ok()) return Fail(calendar.status());
  auto d = ParseCivilDate(date);
  if (!d) return Fail(Status::InvalidArgument("DATE must be YYYY-MM-DD or YYYY/MM/DD: " + date));
  if (workdays < 0) return Fail(Status::InvalidArgument("--workdays must not be negative"));
  const WorkdayAnswer a = (*calendar)->AddWorkdays(*d, workdays);
  if (a.provisional) WarnProvisional(*d, a.date);
  std::cout << FormatCivilDate(a.date) << std::endl;
  return 0;
}

int RunWorkdays(const Config& config, const std::string& from, const std::string& to) {
  auto calendar = LoadCalendar(config);
  if (!calendar.ok()) return Fail(calendar.status());
  auto f = ParseCivilDate(from);
  auto t = ParseCivilDate(to);
  if (!f || !t) return Fail(Status::InvalidArgument("FROM and TO must be YYYY-MM-DD"));
  const WorkdayCount c = (*calendar)->WorkdaysBetween(*f, *t);
  if (c.provisional) WarnProvisional(*f, *t);
  std::cout << c.days << std::endl;
  return 0;
}

int RunCompliance(const Config& config, const ComplianceArgs& args) {
  auto calendar = LoadCalendar(config);
  if (!calendar.ok()) return Fail(calendar.status());
  auto db = OpenDatabase(config);
  if (!db.ok()) return Fail(db.status());
  ComplianceQuery q;
  for (auto [text, out] : {std::pair{&args.from, &q.filter.from}, {&args.to, &q.filter.to}}) {
    if (text->empty()) continue;
    auto d = ParseCivilDate(*text);
    if (!d) return Fail(Status::InvalidArgument("--from/--to must be YYYY-MM-DD: " + *text));
    *out = FormatCivilDate(*d);
  }
  auto departments = ListDepartments(**db);
  if (!departments.ok()) return Fail(departments.status());
  DepartmentNames names;
  for (const Department& d : *departments) {
    names[d.id] = {d.code, d.name};
    if (d.code == args.department) q.filter.department_id = d.id;
  }
  if (!args.department.empty() && !q.filter.department_id) {
    return Fail(Status::NotFound("no department with code " + args.department));
  }
  if (!args.kind.empty()) {
    q.filter.kind = ParseKind(args.kind);
    if (!q.filter.kind) return Fail(Status::InvalidArgument("--kind must be license or penalty"));
  }
  if (args.channel == "portal") q.channel = Channel::kPortal;
  else if (args.channel == "credit") q.channel = Channel::kCredit;
  else if (!args.channel.empty()) return Fail(Status::InvalidArgument("--channel must be portal or credit"));
  const auto now = MakeClock(config)->Now();
  auto rows = ComplianceSummary(**db, **calendar, ShanghaiDate(now), q);
  if (!rows.ok()) return Fail(rows.status());
  bool provisional = false;
  for (const SummaryRow& r : *rows) provisional |= r.provisional;
  if (provisional) std::cerr << "warning: some figures are provisional (calendar year not loaded)\n";
  if (args.format == "csv") {
    std::cout << SummaryCsv(*rows, names);
  } else if (args.format == "json") {
    std::cout << SummaryJson(*rows, names, FormatShanghaiTimestamp(now)) << std::endl;
  } else {
    return Fail(Status::InvalidArgument("--format must be csv or json"));
  }
  return 0;
}

int RunRedact(const Config& config, std::istream& in, std::ostream& out) {
  const MaskingPolicy policy = MakeMaskingPolicy(config);
  std::string line;
  auto error = [&out](const std::string& why) {
    out << "{\"error\":\"" << JsonEscape(why) << "\"}\n";
  };
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseValidateEncodingFlag>(line.c_str(), line.size());
    if (doc.HasParseError()) {
      error(std::string("not valid JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()));
      continue;
    }
    if (!doc.IsObject() || !doc.HasMember("kind") || !doc["kind"].IsString() ||
        !doc.HasMember("record") || !doc["record"].IsObject()) {
      error("expected {\"kind\":\"license\"|\"penalty\",\"record\":{...}}");
      continue;
    }
    auto kind = ParseKind(doc["kind"].GetString());
    if (!kind) {
      error("kind must be license or penalty");
      continue;
    }
    Record record;
    record.kind = *kind;
    std::vector<FieldIssue> issues;
    if (!DecodeRecord(doc["record"], &record, &issues)) {
      error(issues.front().field + ": " + issues.front().reason);
      continue;
    }
    out << EncodeRecord(MaskRecord(record, policy)) << "\n";
  }
  out.flush();
  return 0;
}

}  // namespace dpfeed
