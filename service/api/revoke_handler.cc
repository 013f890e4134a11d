#include "service/api/revoke_handler.h"

#include <rapidjson/document.h>

#include "service/api/json_body.h"
#include "service/calendar/shanghai_time.h"
#include "service/domain/record.h"
#include "service/store/decision_repository.h"

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
  const std::string now = FormatShanghaiTimestamp(a.ctx.clock->Now());
  a.ctx.writer->Submit(
      [id, reason, now](Database& db) {
        return SetDecisionStatus(db, id, DecisionStatus::kRevoked, reason, now);
      },
      [head = Request(a.req.method(), a.req.target(), a.req.version()), keep = a.req.keep_alive(),
       reply = a.reply, id, now](Status s) mutable {
        head.keep_alive(keep);
        if (!s.ok()) {
          reply(ErrorResponse(head, s.code() == StatusCode::kConflict
                                        ? Status::Conflict("该决定已撤回或已到期：" + s.message())
                                        : s));
          return;
        }
        reply(JsonResponse(head, http::status::ok,
                           "{\"id\":" + std::to_string(id) +
                               ",\"status\":\"revoked\",\"revoked_at\":\"" + now + "\"}"));
      });
}

}  // namespace dpfeed
