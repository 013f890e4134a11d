#include "service/api/service_handler.h"

#include "service/calendar/shanghai_time.h"

namespace dpfeed {

void HandleHealth(HandlerArgs a) {
  std::vector<std::string> problems;
  for (const auto& check : a.ctx.health_checks) {
    for (std::string& p : check()) problems.push_back(std::move(p));
  }
  JsonOut out;
  JsonWriter& w = out.w();
  w.StartObject();
  Key(w, "status");
  Str(w, problems.empty() ? "ok" : "warn");
  Key(w, "time");
  Str(w, FormatShanghaiTimestamp(a.ctx.clock->Now()));
  Key(w, "warnings");
  w.StartArray();
  for (const std::string& p : problems) Str(w, p);
  w.EndArray();
  w.EndObject();
  a.reply(JsonResponse(a.req, http::status::ok, out.Take()));
}

void HandleMetrics(HandlerArgs a) {
  if (Status s = RequireRole(a.principal, {Role::kAdmin, Role::kAuditor}); !s.ok()) {
    return a.reply(ErrorResponse(a.req, s));
  }
  a.reply(MakeResponse(a.req, http::status::ok, "text/plain; version=0.0.4; charset=utf-8",
                       a.ctx.metrics->Render()));
}

void HandleOpenApi(HandlerArgs a) {
  a.reply(JsonResponse(a.req, http::status::ok, std::string(OpenApiJson())));
}

}  // namespace dpfeed
