#include "service/app/import_command.h"

#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "service/app/app_setup.h"
#include "service/calendar/shanghai_time.h"
#include "service/store/event_log.h"
#include "service/web/decision_import.h"

namespace dpfeed {

namespace {

int ReportProblems(const ImportOutcome& outcome) {
  for (const ImportProblem& p : outcome.problems) {
    std::cerr << p.Where() << (p.field.empty() ? "" : " " + p.field) << ": " << p.reason << "\n";
  }
  std::cerr << "dpfeed: " << outcome.problems.size() << " problem(s); nothing was imported"
            << std::endl;
  return 1;
}

}  // namespace

int RunImport(const Config& config, const ImportArgs& args) {
  std::optional<Kind> kind;
  if (!args.kind.empty()) {
    kind = ParseKind(args.kind);
    if (!kind) return Fail(Status::InvalidArgument("--kind must be license or penalty"));
  }
  std::ifstream in(args.file, std::ios::binary);
  if (!in) return Fail(Status::IOError("cannot read " + args.file));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  auto calendar = LoadCalendar(config);
  if (!calendar.ok()) return Fail(calendar.status());
  auto db = OpenDatabase(config);
  if (!db.ok()) return Fail(db.status());
  auto department = FindDepartmentByCode(**db, args.department);
  if (!department.ok()) return Fail(Status::NotFound("no department " + args.department));
  const auto now = MakeClock(config)->Now();
  ImportOutcome outcome = ImportDecisions(bytes.str(), args.file, kind, *department, **calendar,
                                          ShanghaiDate(now), config.publicity, config.jurisdiction);
  if (!outcome.ok()) return ReportProblems(outcome);
  const std::string at = FormatShanghaiTimestamp(now);
  Transaction txn(**db);
  if (!txn.begin_status().ok()) return Fail(txn.begin_status());
  std::vector<PartyConflict> conflicts;
  auto stored = StoreDecisions(**db, outcome.prepared, at, &conflicts);
  if (!conflicts.empty()) {  // the transaction is rolled back: nothing stored
    AddDecisionProblems(outcome, conflicts);
    return ReportProblems(outcome);
  }
  if (!stored.ok()) return Fail(stored.status());
  Status s =
      AppendEvent(**db, {at, "import.completed", department->id, std::nullopt,
                         "{\"records\":" + std::to_string(stored->size()) + ",\"by\":\"cli\"}"});
  if (!s.ok()) return Fail(s);
  if (s = txn.Commit(); !s.ok()) return Fail(s);
  std::map<WriteOutcome, int> counts;
  for (const DecisionWriteResult& r : *stored) counts[r.outcome]++;
  std::cout << "imported " << stored->size() << " records: " << counts[WriteOutcome::kCreated]
            << " created, " << counts[WriteOutcome::kCorrected] << " corrected, "
            << counts[WriteOutcome::kUnchanged] << " unchanged" << std::endl;
  return 0;
}

}  // namespace dpfeed
