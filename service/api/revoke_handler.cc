#include "service/api/revoke_handler.h"

#include <rapidjson/document.h>

#include <memory>

#include "service/api/json_body.h"
#include "service/calendar/shanghai_time.h"
#include "service/domain/record.h"
#include "service/store/decision_repository.h"
#include "service/store/revocation_repository.h"

namespace dpfeed {

void HandleRevokeDecision(HandlerArgs a, Kind kind, int64_t id) {
  if (Status s = RequireRole(a.principal, {Role::kDepartment}); !s.ok()) {
    a.reply(ErrorResponse(a.req, Status::Forbidden("只有决定所属部门可以撤回")));
    return;
  }
  auto d = GetDecision(a.db, id);
  if (!d.ok() || d->kind != kind) {
    a.reply(ErrorResponse(a.req, Status::NotFound("没有该决定：" + std::to_string(id))));
    return;
  }
  if (d->department_id != a.principal.department_id) {
    a.reply(ErrorResponse(a.req, Status::Forbidden("只能撤回本部门的决定")));
    return;
  }
  rapidjson::Document doc;
  if (auto error = ParseJsonBody(a.req, &doc)) return a.reply(std::move(*error));
  if (!doc.IsObject() || !doc.HasMember("reason") || !doc["reason"].IsString() ||
      doc["reason"].GetStringLength() == 0) {
    a.reply(ErrorResponse(
        a.req,
        Status::InvalidArgument("请求体应为 {\"reason\": \"撤回原因\"}，reason 为必填字符串")));
    return;
  }
  std::string reason(doc["reason"].GetString(), doc["reason"].GetStringLength());
  if (Utf8Length(reason) > 500) {
    a.reply(ErrorResponse(a.req, Status::InvalidArgument("reason 最多500个字符")));
    return;
  }
  RevocationKind kind_of_revocation = RevocationKind::kRevoke;
  if (doc.HasMember("kind")) {
    const auto parsed =
        doc["kind"].IsString() ? ParseRevocationKind(doc["kind"].GetString()) : std::nullopt;
    if (!parsed) {
      a.reply(ErrorResponse(
          a.req, Status::InvalidArgument("kind 应为 revoke（撤销：决定被撤销、变更或确认无效）"
                                         "或 withdraw（撤回：信息录入有误）")));
      return;
    }
    kind_of_revocation = *parsed;
  }
  const std::string now = FormatShanghaiTimestamp(a.ctx.clock->Now());
  auto outcome = std::make_shared<RevokeOutcome>(RevokeOutcome::kRevoked);
  a.ctx.writer->Submit(
      [id, reason, now, kind_of_revocation, outcome](Database& db) -> Status {
        auto r = RevokeDecision(db, id, kind_of_revocation, reason, now);
        if (!r.ok()) return r.status();
        *outcome = *r;
        return Status::Ok();
      },
      [head = Request(a.req.method(), a.req.target(), a.req.version()), keep = a.req.keep_alive(),
       reply = a.reply, id, now, kind_of_revocation, outcome](Status s) mutable {
        head.keep_alive(keep);
        if (!s.ok()) {
          reply(
              ErrorResponse(head, s.code() == StatusCode::kConflict
                                      ? Status::Conflict("该决定已到期或已信用修复：" + s.message())
                                      : s));
          return;
        }
        const char* word = *outcome == RevokeOutcome::kRevoked   ? "revoked"
                           : *outcome == RevokeOutcome::kAmended ? "amended"
                                                                 : "unchanged";
        reply(JsonResponse(head, http::status::ok,
                           "{\"id\":" + std::to_string(id) + ",\"status\":\"revoked\",\"kind\":\"" +
                               ToString(kind_of_revocation) + "\",\"outcome\":\"" + word +
                               "\",\"at\":\"" + now + "\"}"));
      });
}

}  // namespace dpfeed
