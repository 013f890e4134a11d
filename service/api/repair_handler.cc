#include "service/api/repair_handler.h"

#include <rapidjson/document.h>

#include "service/api/json_body.h"
#include "service/calendar/shanghai_time.h"
#include "service/domain/publicity_rules.h"
#include "service/domain/record_validator.h"
#include "service/store/decision_repository.h"
#include "service/store/repair_repository.h"

namespace dpfeed {

namespace {

// The body's string member, or "" when absent or not a string.
std::string Member(const rapidjson::Document& doc, const char* name) {
  if (!doc.IsObject()) return "";
  auto it = doc.FindMember(name);
  return it != doc.MemberEnd() && it->value.IsString()
             ? std::string(it->value.GetString(), it->value.GetStringLength())
             : "";
}

}  // namespace

void HandleCreditRepair(HandlerArgs a, int64_t id) {
  if (Status s = RequireRole(a.principal, {Role::kDepartment, Role::kAdmin}); !s.ok()) {
    a.reply(ErrorResponse(a.req, Status::Forbidden("信用修复仅限管理员或处罚所属部门")));
    return;
  }
  auto d = GetDecision(a.db, id);
  if (!d.ok() || d->kind != Kind::kPenalty) {
    a.reply(ErrorResponse(a.req, Status::NotFound("没有该行政处罚决定：" + std::to_string(id))));
    return;
  }
  if (a.principal.role == Role::kDepartment && a.principal.department_id != d->department_id) {
    a.reply(ErrorResponse(a.req, Status::Forbidden("只能为本部门的行政处罚办理信用修复")));
    return;
  }
  rapidjson::Document doc;
  if (auto error = ParseJsonBody(a.req, &doc)) return a.reply(std::move(*error));
  const std::string reference = Member(doc, "reference");
  const auto date = NormaliseDateText(Member(doc, "date"));
  if (reference.empty() || Utf8Length(reference) > 128 || !date) {
    a.reply(ErrorResponse(
        a.req,
        Status::InvalidArgument("请求体应为 {\"reference\": \"信用修复决定文号（1到128个字符）\", "
                                "\"date\": \"YYYY-MM-DD\"}")));
    return;
  }
  const auto now = a.ctx.clock->Now();
  const CivilDate repaired = *ParseCivilDate(*date);
  if (repaired > ShanghaiDate(now)) {
    a.reply(ErrorResponse(a.req, Status::InvalidArgument("信用修复日期不能晚于今天：" + *date)));
    return;
  }
  const Severity severity =
      ParseSeverity(d->severity.value_or("")).value_or(a.ctx.publicity.default_severity);
  const auto decided = ParseCivilDate(d->decision_date);
  if (!decided) {
    a.reply(
        ErrorResponse(a.req, Status::Corruption("decision " + std::to_string(id) + ": bad date")));
    return;
  }
  const CivilDate possible = RepairPossibleFrom(a.ctx.publicity, severity, *decided);
  if (repaired < possible) {
    a.reply(ErrorResponse(
        a.req, Status::InvalidArgument(
                   std::string("严重程度为") + SeverityTitle(severity) + "的行政处罚最短公示" +
                   std::to_string(a.ctx.publicity.PeriodOf(severity).min_months) + "个月，自" +
                   FormatCivilDate(possible) + "起方可信用修复（决定日期" + d->decision_date +
                   "，修复日期" + *date + "）")));
    return;
  }
  const std::string at = FormatShanghaiTimestamp(now);
  a.ctx.writer->Submit(
      [id, reference, date = *date, at](Database& db) {
        return RecordCreditRepair(db, id, reference, date, at);
      },
      [head = Request(a.req.method(), a.req.target(), a.req.version()), keep = a.req.keep_alive(),
       reply = a.reply, id, date = *date](Status s) mutable {
        head.keep_alive(keep);
        if (!s.ok()) {
          reply(ErrorResponse(
              head, s.code() == StatusCode::kConflict
                        ? Status::Conflict("该处罚已撤回、公示期满或已信用修复：" + s.message())
                        : s));
          return;
        }
        JsonOut out;
        JsonWriter& w = out.w();
        w.StartObject();
        Key(w, "id");
        w.Int64(id);
        Key(w, "status");
        Str(w, ToString(DecisionStatus::kRepaired));
        Key(w, "repaired_on");
        Str(w, date);
        w.EndObject();
        reply(JsonResponse(head, http::status::ok, out.Take()));
      });
}

}  // namespace dpfeed
