#include "service/app/report_commands.h"

#include <rapidjson/document.h>

#include <iostream>

#include "redaction/masking_policy.h"
#include "service/app/app_setup.h"
#include "service/calendar/clock.h"
#include "service/calendar/shanghai_time.h"
#include "service/compliance/compliance_format.h"
#include "service/compliance/compliance_params.h"
#include "service/json/json_reader.h"
#include "service/json/json_writer.h"
#include "service/store/department_repository.h"
#include "service/store/record_json.h"

namespace dpfeed {

namespace {
void WarnProvisional(CivilDate from, CivilDate to) {
  std::cerr << "warning: provisional: the working-day calendar for part of "
            << FormatCivilDate(from) << ".." << FormatCivilDate(to)
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
  auto departments = ListDepartments(**db);
  if (!departments.ok()) return Fail(departments.status());
  const auto now = MakeClock(config)->Now();
  const std::map<std::string, std::string> params = {
      {"from", args.from}, {"to", args.to},           {"department", args.department},
      {"kind", args.kind}, {"channel", args.channel}, {"format", args.format}};
  auto p =
      ParseComplianceParams(params, *departments, ShanghaiDate(now), ComplianceQuestion::kSummary);
  if (!p.ok()) return Fail(p.status());
  auto rows = ComplianceSummary(**db, **calendar, ShanghaiDate(now), p->query);
  if (!rows.ok()) return Fail(rows.status());
  bool provisional = false;
  for (const SummaryRow& r : *rows) provisional |= r.provisional;
  if (provisional)
    std::cerr << "warning: some figures are provisional (calendar year not loaded)\n";
  if (p->csv) {
    std::cout << SummaryCsv(*rows, p->departments);
  } else {
    std::cout << SummaryJson(*rows, p->departments, FormatShanghaiTimestamp(now)) << std::endl;
  }
  return 0;
}

int RunRedact(const Config& config, std::istream& in, std::ostream& out) {
  const MaskingPolicy policy = MakeMaskingPolicy(config);
  std::string line;
  size_t number = 0, failed = 0;
  // A bad line keeps its place in the output (an error object) and is
  // reported on stderr; the exit status says whether any line failed.
  auto error = [&](const std::string& why) {
    ++failed;
    out << "{\"error\":\"" << JsonEscape(why) << "\"}\n";
    std::cerr << "dpfeed redact: line " << number << ": " << ValidUtf8(why) << "\n";
  };
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    rapidjson::Document doc;
    if (auto e = ParseJson(line, JsonReadOptions{}, &doc)) {
      error(e->kind == JsonReadError::Kind::kDuplicateKey ? "duplicate key " + e->key
                                                          : "not valid JSON: " + e->detail);
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
  if (failed > 0) {
    std::cerr << "dpfeed redact: " << failed << " of " << number << " lines failed" << std::endl;
    return 1;
  }
  return 0;
}

}  // namespace dpfeed
