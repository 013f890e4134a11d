#include "service/app/standard_commands.h"

#include <fstream>
#include <iostream>

#include "service/app/app_setup.h"
#include "service/calendar/deadline_rules.h"
#include "service/calendar/shanghai_time.h"
#include "service/compliance/annual_report.h"
#include "service/compliance/annual_report_xlsx.h"
#include "service/json/json_writer.h"
#include "service/store/department_repository.h"
#include "service/store/matter_repository.h"

namespace dpfeed {

namespace {

Result<int64_t> DepartmentId(Database& db, const std::string& code) {
  auto d = FindDepartmentByCode(db, code);
  if (!d.ok()) return Status::InvalidArgument("没有该部门：" + code);
  return d->id;
}

}  // namespace

int RunMatterChange(const Config& config, const MatterArgs& args) {
  auto calendar = LoadCalendar(config);
  if (!calendar.ok()) return Fail(calendar.status());
  auto db = OpenDatabase(config);
  if (!db.ok()) return Fail(db.status());
  auto department = DepartmentId(**db, args.department);
  if (!department.ok()) return Fail(department.status());
  MatterChange change;
  const auto action = ParseMatterAction(args.action);
  const auto kind = ParseKind(args.kind);
  if (!action || !kind) return Fail(Status::InvalidArgument("--kind 应为 license 或 penalty"));
  change.action = *action;
  change.kind = *kind;
  change.fields = {args.code, args.name, args.legal_basis, args.agency, args.category};
  change.effective_on = args.effective;
  change.reason = args.reason;
  const std::vector<FieldIssue> issues = ValidateMatterChange(change);
  if (!issues.empty()) {
    for (const FieldIssue& i : issues)
      std::cerr << "dpfeed: " << i.field << ": " << i.reason << "\n";
    return 1;
  }
  const WorkdayAnswer deadline =
      MatterListDeadline(**calendar, *ParseCivilDate(change.effective_on));
  const std::string now = FormatShanghaiTimestamp(MakeClock(config)->Now());
  Transaction txn(**db);
  if (!txn.begin_status().ok()) return Fail(txn.begin_status());
  auto row = RecordMatterChange(
      **db, {*department, change, FormatCivilDate(deadline.date), deadline.provisional}, now);
  if (!row.ok()) return Fail(row.status());
  if (Status s = txn.Commit(); !s.ok()) return Fail(s);
  JsonOut out;
  JsonWriter& w = out.w();
  w.StartObject();
  Key(w, "matter_id");
  w.Int64(row->matter_id);
  Key(w, "version");
  w.Int(row->version);
  Key(w, "action");
  Str(w, ToString(row->action));
  Key(w, "effective_on");
  Str(w, row->effective_on);
  Key(w, "deadline");
  Str(w, row->deadline);
  w.EndObject();
  std::cout << out.Take() << std::endl;
  return 0;
}

int RunMatterList(const Config& config, const MatterListArgs& args) {
  auto db = OpenDatabase(config);
  if (!db.ok()) return Fail(db.status());
  MatterFilter filter;
  if (!args.department.empty()) {
    auto department = DepartmentId(**db, args.department);
    if (!department.ok()) return Fail(department.status());
    filter.department_id = *department;
  }
  if (!args.kind.empty()) {
    filter.kind = ParseKind(args.kind);
    if (!filter.kind) return Fail(Status::InvalidArgument("--kind 应为 license 或 penalty"));
  }
  std::string as_of = FormatCivilDate(ShanghaiDate(MakeClock(config)->Now()));
  if (!args.as_of.empty()) {
    auto d = ParseCivilDate(args.as_of);
    if (!d) return Fail(Status::InvalidArgument("--as-of 应为 YYYY-MM-DD：" + args.as_of));
    as_of = FormatCivilDate(*d);
  }
  auto rows = MattersInEffect(**db, filter, as_of);
  if (!rows.ok()) return Fail(rows.status());
  auto departments = ListDepartments(**db);
  if (!departments.ok()) return Fail(departments.status());
  std::map<int64_t, std::string> codes;
  for (const Department& d : *departments) codes[d.id] = d.code;
  for (const MatterChangeRow& r : *rows) {
    std::cout << codes[r.department_id] << "\t" << KindName(r.kind) << "\t" << r.fields.code << "\t"
              << r.fields.name << "\t" << r.effective_on << "\n";
  }
  return 0;
}

int RunAnnualReport(const Config& config, const AnnualReportArgs& args) {
  auto db = OpenDatabase(config);
  if (!db.ok()) return Fail(db.status());
  auto report = BuildAnnualReport(**db, args.year);
  if (!report.ok()) return Fail(report.status());
  std::string body;
  if (args.format == "json") {
    body = AnnualReportJson(*report) + "\n";
  } else if (args.format == "csv") {
    body = AnnualReportCsv(*report);
  } else if (args.format == "xlsx") {
    if (args.output.empty())
      return Fail(Status::InvalidArgument("--format xlsx needs --output FILE"));
    auto xlsx = AnnualReportXlsx(*report);
    if (!xlsx.ok()) return Fail(xlsx.status());
    body = std::move(xlsx.value());
  } else {
    return Fail(Status::InvalidArgument("--format must be json, csv or xlsx"));
  }
  if (args.output.empty()) {
    std::cout << body;
    std::cout.flush();
    return 0;
  }
  std::ofstream out(args.output, std::ios::binary | std::ios::trunc);
  out << body;
  out.close();
  if (!out) return Fail(Status::IOError("cannot write " + args.output));
  return 0;
}

}  // namespace dpfeed
