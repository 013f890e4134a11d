// Compliance summary for one department over one year, at 100k and at 10M
// stored decisions (issue: compliance must stay fast at scale: an indexed
// query, not a scan). Each department has 2,000 decisions in the queried
// year in both data sets (a county department's realistic volume); the 10M
// set has 100 times the departments, as a province has. The databases are
// built once under $DPFEED_BENCH_DIR (default /tmp/dpfeed-bench) and
// reused. decision_versions is left empty: the summary never reads it.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

#include "service/compliance/compliance_report.h"
#include "service/calendar/work_calendar.h"
#include "service/store/database.h"
#include "service/store/migrations.h"

using namespace dpfeed;

namespace {

constexpr int kPerDepartment = 2000;

std::string BenchDir() {
  const char* d = std::getenv("DPFEED_BENCH_DIR");
  return d ? d : "/tmp/dpfeed-bench";
}

std::string Stamp(CivilDate d, int minutes) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%sT%02d:%02d:00.000+08:00", FormatCivilDate(d).c_str(),
                9 + minutes / 60 % 8, minutes % 60);
  return buf;
}

// Builds (or reuses) a database with `departments` x kPerDepartment
// decisions dated in 2025.
std::string Build(int departments, const WorkCalendar& calendar) {
  std::filesystem::create_directories(BenchDir());
  const std::string path = BenchDir() + "/compliance-" + std::to_string(departments) + ".db";
  const std::string done = path + ".done";
  if (std::filesystem::exists(done)) return path;
  std::filesystem::remove(path);
  auto db = Database::Open(path);
  if (!db.ok() || !Migrate(**db).ok()) std::abort();
  (*db)->Exec("PRAGMA synchronous=OFF");
  std::mt19937 rng(42);
  const CivilDate first = *ParseCivilDate("2025-01-01");
  Status s;
  Transaction txn(**db);
  for (int d = 1; d <= departments; ++d) {
    Statement* dept = (*db)->Prepare(
        "INSERT INTO departments (id, code, name, uscc, created_at) VALUES (?, ?, ?, ?, '')", &s);
    dept->Bind(1, int64_t{d}).Bind(2, "d" + std::to_string(d)).Bind(3, "部门" + std::to_string(d))
        .Bind(4, "U" + std::to_string(d));
    if (!dept->Run().ok()) std::abort();
  }
  int64_t id = 0;
  for (int i = 0; i < kPerDepartment; ++i) {
    for (int d = 1; d <= departments; ++d) {
      const CivilDate decided = first + date::days{static_cast<int>(rng() % 365)};
      const CivilDate received = decided + date::days{static_cast<int>(rng() % 12)};
      const WorkdayAnswer deadline = calendar.AddWorkdays(decided, 7);
      const bool published = rng() % 10 != 0;
      const CivilDate on = received + date::days{static_cast<int>(rng() % 6)};
      Statement* st = (*db)->Prepare(
          "INSERT INTO decisions (id, department_id, kind, wsh, current_version, decision_date, "
          "received_at, deadline, deadline_provisional, status, portal_published_at, "
          "credit_published_at, planned_version) VALUES (?, ?, ?, ?, 1, ?, ?, ?, 0, 'active', ?, ?, 1)",
          &s);
      ++id;
      st->Bind(1, id).Bind(2, int64_t{d}).Bind(3, i % 5 == 0 ? "penalty" : "license")
          .Bind(4, "W" + std::to_string(id)).Bind(5, FormatCivilDate(decided))
          .Bind(6, Stamp(received, static_cast<int>(rng() % 480)))
          .Bind(7, FormatCivilDate(deadline.date));
      if (published) {
        st->Bind(8, Stamp(on, 30)).Bind(9, Stamp(on, 45));
      } else {
        st->BindNull(8).BindNull(9);
      }
      if (!st->Run().ok()) std::abort();
    }
  }
  if (!txn.Commit().ok()) std::abort();
  (*db)->Exec("ANALYZE");
  std::ofstream(done) << "ok\n";
  return path;
}

void BM_ComplianceSummaryOneDepartmentYear(benchmark::State& state) {
  static auto calendar = WorkCalendar::BuiltIn();
  const int departments = static_cast<int>(state.range(0));
  const std::string path = Build(departments, *calendar);
  Database::Options ro;
  ro.read_only = true;
  auto db = Database::Open(path, ro);
  ComplianceQuery q;
  q.filter.department_id = departments / 2;
  q.filter.from = "2025-01-01";
  q.filter.to = "2025-12-31";
  const CivilDate today = *ParseCivilDate("2026-01-15");
  int rows = 0;
  for (auto _ : state) {
    auto summary = ComplianceSummary(**db, *calendar, today, q);
    if (!summary.ok()) state.SkipWithError("query failed");
    rows = 0;
    for (const SummaryRow& r : *summary) rows += r.total;
    benchmark::DoNotOptimize(rows);
  }
  state.counters["stored_decisions"] = static_cast<double>(departments) * kPerDepartment;
  state.counters["department_channel_records"] = rows;
}

}  // namespace

BENCHMARK(BM_ComplianceSummaryOneDepartmentYear)->Arg(50)->Arg(5000)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
