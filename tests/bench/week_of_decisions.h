// A week's decisions for the publication benches, written straight into a
// dpfeed database as intake would have stored them: `departments`
// departments (codes d0, d1, ...) and `records` decisions dated 2026-11-16
// to 2026-11-22 spread across them, one license in four a penalty, all due
// by 2026-11-30 (so Monday 2026-11-23's regular run publishes them all).
// The departments post in turn. By default the date cycles with every
// decision (the worst case for the indexes ordered by date: neighbouring
// ids on seven dates); `in_date_order` posts the week day by day, as a
// real week arrives.
//
// Thread-safety: none needed (one call, before the database is shared).
// Contract: aborts on any database error (a benchmark's set-up).
#ifndef DPFEED_TESTS_BENCH_WEEK_OF_DECISIONS_H_
#define DPFEED_TESTS_BENCH_WEEK_OF_DECISIONS_H_

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "service/store/database.h"
#include "service/store/decision_repository.h"
#include "service/store/migrations.h"
#include "tests/integration/fixtures.h"

namespace dpfeed::test {

// A valid 统一社会信用代码 for bench department `n`.
inline std::string BenchUscc(int n) {
  static const std::string kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static const int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  char base[32];
  std::snprintf(base, sizeof(base), "11370784MB2%06d", n);
  std::string code = base;
  int sum = 0;
  for (int i = 0; i < 17; ++i)
    sum += static_cast<int>(kAlphabet.find(code[static_cast<size_t>(i)])) * kWeights[i];
  return code + kAlphabet[static_cast<size_t>((31 - sum % 31) % 31)];
}

// Adds the departments and decisions to the database at `path` (migrated
// here if new). Decisions go to `extra_department_ids` first when given
// (departments registered through the CLI), then to the new ones.
inline void PopulateWeek(const std::string& path, int records, int departments,
                         std::vector<int64_t> extra_department_ids = {},
                         bool in_date_order = false) {
  auto db = Database::Open(path);
  if (!db.ok() || !Migrate(**db).ok()) std::abort();
  Transaction txn(**db);
  std::vector<int64_t> ids = std::move(extra_department_ids);
  for (int d = 0; static_cast<int>(ids.size()) < departments; ++d) {
    Status s;
    Statement* st = (*db)->Prepare(
        "INSERT INTO departments (code, name, uscc, created_at) VALUES (?, ?, ?, '')", &s);
    st->Bind(1, "d" + std::to_string(d)).Bind(2, "部门" + std::to_string(d)).Bind(3, BenchUscc(d));
    if (!st->Run().ok()) std::abort();
    ids.push_back((*db)->LastInsertRowId());
  }
  for (int i = 0; i < records; ++i) {
    const int day = in_date_order ? static_cast<int>(int64_t{i} * 7 / records) : i % 7;
    const std::string jdrq = "2026-11-" + std::to_string(16 + day);
    DecisionWrite w;
    w.department_id = ids[static_cast<size_t>(i) % ids.size()];
    w.kind = i % 4 == 0 ? Kind::kPenalty : Kind::kLicense;
    w.wsh = "文〔2026〕" + std::to_string(i) + "号";
    w.decision_date = jdrq;
    w.content = w.kind == Kind::kPenalty ? PenaltyJson(w.wsh, jdrq) : LicenseJson(w.wsh, jdrq);
    w.deadline = "2026-11-30";
    if (!UpsertDecision(**db, w, "2026-11-22T10:00:00.000+08:00").ok()) std::abort();
  }
  if (!txn.Commit().ok()) std::abort();
}

}  // namespace dpfeed::test

#endif  // DPFEED_TESTS_BENCH_WEEK_OF_DECISIONS_H_
