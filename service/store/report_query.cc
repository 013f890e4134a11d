#include "service/store/report_query.h"

namespace dpfeed {

namespace {
constexpr const char* kCount =
    "SELECT department_id, kind, count(*) FROM decisions WHERE decision_date BETWEEN ? AND ? "
    "GROUP BY department_id, kind";
}  // namespace

Result<std::map<std::pair<int64_t, Kind>, int>> CountDecisionsByDepartment(Database& db,
                                                                           const std::string& from,
                                                                           const std::string& to) {
  Status s;
  Statement* st = db.Prepare(kCount, &s);
  if (st == nullptr) return s;
  st->Bind(1, from).Bind(2, to);
  std::map<std::pair<int64_t, Kind>, int> out;
  while (st->Step(&s)) {
    const auto kind = ParseKind(st->ColumnText(1));
    if (!kind) {
      st->Reset();
      return Status::Corruption("decisions: bad kind");
    }
    out[{st->ColumnInt(0), *kind}] = static_cast<int>(st->ColumnInt(2));
  }
  st->Reset();
  if (!s.ok()) return s;
  return out;
}

}  // namespace dpfeed
