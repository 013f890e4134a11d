#include "service/api/compliance_handler.h"

#include "service/calendar/shanghai_time.h"
#include "service/compliance/compliance_format.h"
#include "service/compliance/compliance_params.h"
#include "service/store/decision_repository.h"
#include "service/store/department_repository.h"

namespace dpfeed {

namespace {

// Authorises and parses the common parameters; on a problem replies 400/403
// and returns nullopt.
std::optional<ComplianceParams> ParseParams(HandlerArgs& a, ComplianceQuestion question) {
  if (Status s = RequireRole(a.principal, {Role::kAuditor, Role::kAdmin}); !s.ok()) {
    a.reply(ErrorResponse(a.req, Status::Forbidden("合规查询仅限审计或管理员令牌")));
    return std::nullopt;
  }
  auto departments = ListDepartments(a.db);
  if (!departments.ok()) {
    a.reply(ErrorResponse(a.req, departments.status()));
    return std::nullopt;
  }
  auto p = ParseComplianceParams(a.target.query, *departments, ShanghaiDate(a.ctx.clock->Now()),
                                 question);
  if (!p.ok()) {
    a.reply(ErrorResponse(a.req, p.status()));
    return std::nullopt;
  }
  return std::move(p.value());
}

}  // namespace

void HandleComplianceSummary(HandlerArgs a) {
  auto p = ParseParams(a, ComplianceQuestion::kSummary);
  if (!p) return;
  const auto now = a.ctx.clock->Now();
  auto rows = ComplianceSummary(a.db, *a.ctx.calendar, ShanghaiDate(now), p->query);
  if (!rows.ok()) {
    a.reply(ErrorResponse(a.req, rows.status()));
    return;
  }
  if (p->csv) {
    a.reply(AttachmentResponse(a.req, "text/csv; charset=utf-8", SummaryCsv(*rows, p->departments),
                               "compliance-summary.csv"));
    return;
  }
  a.reply(JsonResponse(a.req, http::status::ok,
                       SummaryJson(*rows, p->departments, FormatShanghaiTimestamp(now))));
}

void HandleComplianceRecords(HandlerArgs a) {
  auto p = ParseParams(a, ComplianceQuestion::kRecords);
  if (!p) return;
  auto rows = ComplianceRecords(a.db, *a.ctx.calendar, ShanghaiDate(a.ctx.clock->Now()), p->query,
                                p->statuses, p->after, p->limit);
  if (!rows.ok()) {
    a.reply(ErrorResponse(a.req, rows.status()));
    return;
  }
  const RecordDetailsById wsh = LoadRecordDetails(a.db, *rows, a.ctx.masking);
  if (p->csv) {
    a.reply(AttachmentResponse(a.req, "text/csv; charset=utf-8",
                               RecordsCsv(*rows, p->departments, wsh), "compliance-records.csv"));
    return;
  }
  std::optional<int64_t> next;
  if (static_cast<int>(rows->size()) == p->limit) next = rows->back().id;
  a.reply(JsonResponse(a.req, http::status::ok, RecordsJson(*rows, p->departments, wsh, next)));
}

}  // namespace dpfeed
