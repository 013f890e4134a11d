#include "service/store/compliance_query.h"

#include "service/store/publication_stamps.h"

namespace dpfeed {

namespace {
// One statement per filter shape, so each uses the best index: with a
// department, the covering index; without, the decision_date index.
#define DPFEED_COMPLIANCE_COLUMNS                                                   \
  "SELECT id, department_id, kind, decision_date, deadline, deadline_provisional, " \
  "received_at, " DPFEED_PUBLISHED_AT("portal") ", " DPFEED_PUBLISHED_AT(           \
      "credit") ", status, withheld_reason FROM decisions d "
constexpr const char* kByDepartmentKind = DPFEED_COMPLIANCE_COLUMNS
    "WHERE department_id = ? AND kind = ? AND decision_date BETWEEN ? AND ?";
constexpr const char* kByDepartment = DPFEED_COMPLIANCE_COLUMNS
    "WHERE department_id = ? AND kind IN ('license', 'penalty') AND decision_date BETWEEN ? AND ?";
constexpr const char* kByKind =
    DPFEED_COMPLIANCE_COLUMNS "WHERE kind = ? AND decision_date BETWEEN ? AND ?";
constexpr const char* kAll = DPFEED_COMPLIANCE_COLUMNS "WHERE decision_date BETWEEN ? AND ?";
#undef DPFEED_COMPLIANCE_COLUMNS
}  // namespace

Status ForEachComplianceRow(Database& db, const ComplianceFilter& f,
                            const std::function<void(const ComplianceRow&)>& fn) {
  const char* sql =
      f.department_id ? (f.kind ? kByDepartmentKind : kByDepartment) : (f.kind ? kByKind : kAll);
  Status s;
  Statement* st = db.Prepare(sql, &s);
  if (st == nullptr) return s;
  int i = 1;
  if (f.department_id) st->Bind(i++, *f.department_id);
  if (f.kind) st->Bind(i++, KindName(*f.kind));
  st->Bind(i, f.from);
  st->Bind(i + 1, f.to);
  ComplianceRow row;
  while (st->Step(&s)) {
    row.id = st->ColumnInt(0);
    row.department_id = st->ColumnInt(1);
    const auto kind = ParseKind(st->ColumnText(2));
    const auto status = ParseDecisionStatus(st->ColumnText(9));
    if (!kind || !status) {
      st->Reset();
      return Status::Corruption("decision " + std::to_string(row.id) + ": bad kind or status");
    }
    row.kind = *kind;
    row.decision_date = st->ColumnText(3);
    row.deadline = st->ColumnText(4);
    row.provisional = st->ColumnInt(5) != 0;
    row.received_at = st->ColumnText(6);
    row.portal_published_at = st->ColumnOptionalText(7);
    row.credit_published_at = st->ColumnOptionalText(8);
    row.status = *status;
    row.withheld_reason = st->ColumnOptionalText(10);
    fn(row);
  }
  st->Reset();
  return s;
}

}  // namespace dpfeed
