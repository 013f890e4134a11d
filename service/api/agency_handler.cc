#include "service/api/agency_handler.h"

#include <rapidjson/document.h>

#include <memory>

#include "service/api/json_body.h"
#include "service/calendar/shanghai_time.h"
#include "service/store/agency_repository.h"
#include "service/store/department_repository.h"

namespace dpfeed {

namespace {

// The department, or a reply already sent.
std::optional<Department> FindDepartment(HandlerArgs& a, const std::string& code) {
  auto d = FindDepartmentByCode(a.db, code);
  if (d.ok()) return *d;
  a.reply(ErrorResponse(a.req, d.status().code() == StatusCode::kNotFound
                                   ? Status::NotFound("没有该部门：" + code)
                                   : d.status()));
  return std::nullopt;
}

void WriteAgency(JsonWriter& w, const Agency& agency, const std::string& department_code) {
  w.StartObject();
  Key(w, "department");
  Str(w, department_code);
  Key(w, "name");
  Str(w, agency.name);
  Key(w, "uscc");
  Str(w, agency.uscc);
  Key(w, "created_at");
  Str(w, agency.created_at);
  w.EndObject();
}

// Runs `job` on the writer and answers `ok_status` with `body()` after the
// commit, or the job's error.
void WriteThenReply(HandlerArgs& a, Writer::Job job, http::status ok_status,
                    std::function<std::string()> body) {
  a.ctx.writer->Submit(
      std::move(job),
      [head = Request(a.req.method(), a.req.target(), a.req.version()), keep = a.req.keep_alive(),
       reply = a.reply, ok_status, body = std::move(body)](Status s) mutable {
        head.keep_alive(keep);
        if (!s.ok()) return reply(ErrorResponse(head, s));
        reply(JsonResponse(head, ok_status, body()));
      });
}

}  // namespace

void HandleListAgencies(HandlerArgs a, const std::string& code) {
  auto d = FindDepartment(a, code);
  if (!d) return;
  const bool own = a.principal.role == Role::kDepartment && a.principal.department_id == d->id;
  if (!own) {
    if (Status s = RequireRole(a.principal, {Role::kAdmin, Role::kAuditor}); !s.ok()) {
      return a.reply(ErrorResponse(a.req, s));
    }
  }
  auto agencies = ListAgencies(a.db, d->id);
  if (!agencies.ok()) return a.reply(ErrorResponse(a.req, agencies.status()));
  JsonOut out;
  JsonWriter& w = out.w();
  w.StartObject();
  Key(w, "agencies");
  w.StartArray();
  for (const Agency& agency : *agencies) WriteAgency(w, agency, code);
  w.EndArray();
  w.EndObject();
  a.reply(JsonResponse(a.req, http::status::ok, out.Take()));
}

void HandleAddAgency(HandlerArgs a, const std::string& code) {
  if (Status s = RequireRole(a.principal, {Role::kAdmin}); !s.ok()) {
    return a.reply(ErrorResponse(a.req, s));
  }
  auto d = FindDepartment(a, code);
  if (!d) return;
  rapidjson::Document doc;
  if (auto error = ParseJsonBody(a.req, &doc)) return a.reply(std::move(*error));
  const rapidjson::Value& body = doc;  // const: see calendar_file.cc on clang and C++20
  const auto text = [&body](const char* key) -> std::optional<std::string> {
    if (!body.IsObject()) return std::nullopt;
    auto it = body.FindMember(key);
    if (it == body.MemberEnd() || !it->value.IsString()) return std::nullopt;
    return std::string(it->value.GetString(), it->value.GetStringLength());
  };
  const auto name = text("name");
  const auto uscc = text("uscc");
  if (!name || !uscc || doc.MemberCount() != 2) {
    return a.reply(ErrorResponse(
        a.req, Status::InvalidArgument("请求体应为 {\"name\": \"受委托组织名称\", \"uscc\": "
                                       "\"统一社会信用代码\"}")));
  }
  const std::string now = FormatShanghaiTimestamp(a.ctx.clock->Now());
  auto added = std::make_shared<Agency>();
  WriteThenReply(
      a,
      [id = d->id, name = *name, uscc = *uscc, now, added](Database& db) {
        auto r = AddAgency(db, id, name, uscc, now);
        if (!r.ok()) return r.status();
        *added = *r;
        return Status::Ok();
      },
      http::status::created,
      [added, code] {
        JsonOut out;
        WriteAgency(out.w(), *added, code);
        return out.Take();
      });
}

void HandleRemoveAgency(HandlerArgs a, const std::string& code, const std::string& uscc) {
  if (Status s = RequireRole(a.principal, {Role::kAdmin}); !s.ok()) {
    return a.reply(ErrorResponse(a.req, s));
  }
  auto d = FindDepartment(a, code);
  if (!d) return;
  const std::string now = FormatShanghaiTimestamp(a.ctx.clock->Now());
  WriteThenReply(
      a, [id = d->id, uscc, now](Database& db) { return RemoveAgency(db, id, uscc, now); },
      http::status::ok,
      [uscc, now] {
        JsonOut out;
        JsonWriter& w = out.w();
        w.StartObject();
        Key(w, "uscc");
        Str(w, uscc);
        Key(w, "removed_at");
        Str(w, now);
        w.EndObject();
        return out.Take();
      });
}

}  // namespace dpfeed
