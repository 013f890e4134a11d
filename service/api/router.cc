#include "service/api/router.h"

#include <memory>

#include "service/api/compliance_handler.h"
#include "service/api/decision_query_handler.h"
#include "service/api/fields_handler.h"
#include "service/api/matters_handler.h"
#include "service/api/intake_handler.h"
#include "service/api/repair_handler.h"
#include "service/api/reports_handler.h"
#include "service/api/revoke_handler.h"
#include "service/calendar/shanghai_time.h"

namespace dpfeed {

namespace {

std::vector<std::string> Split(const std::string& path) {
  std::vector<std::string> out;
  size_t start = 1;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    if (end > start) out.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::optional<int64_t> ParseId(const std::string& s) {
  if (s.empty() || s.size() > 18) return std::nullopt;
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

std::optional<std::string> BearerToken(const Request& req) {
  auto it = req.find(http::field::authorization);
  if (it == req.end()) return std::nullopt;
  std::string_view v = it->value();
  constexpr std::string_view kScheme = "Bearer ";
  if (v.size() <= kScheme.size() || v.substr(0, kScheme.size()) != kScheme) return std::nullopt;
  return std::string(v.substr(kScheme.size()));
}

}  // namespace

Status RequireRole(const Principal& p, std::initializer_list<Role> roles) {
  for (Role r : roles) {
    if (p.role == r) return Status::Ok();
  }
  return Status::Forbidden(std::string("该令牌角色（") + RoleName(p.role) + "）无权执行此操作");
}

void Router::Handle(Request req, Reply reply) {
  try {
    auto target = ParseTarget(req.target());
    if (!target) {
      ctx_.metrics->CountRequest(std::string(req.method_string()), "invalid", 400);
      reply(ErrorResponse(req, Status::InvalidArgument("请求路径编码无效")));
      return;
    }
    Dispatch(std::move(req), std::move(*target), std::move(reply));
  } catch (const std::exception& e) {
    ctx_.metrics->CountRequest(std::string(req.method_string()), "exception", 500);
    reply(ErrorResponse(req, Status::Corruption(std::string("internal error: ") + e.what())));
  }
}

void Router::Dispatch(Request req, Target target, Reply reply) {
  const std::vector<std::string> seg = Split(target.path);
  const http::verb method = req.method();

  // Decide the route: its metrics label, whether it needs a token, and the
  // handler that runs on a reader thread.
  std::string pattern;
  bool authenticated = true;
  std::function<void(HandlerArgs)> handler;
  std::optional<Kind> kind = seg.size() >= 3 && seg[0] == "api" && seg[1] == "v1"
                                 ? ParseKind(seg[2])
                                 : std::nullopt;
  if (kind && (seg[2] == "licenses" || seg[2] == "penalties")) {
    if (seg.size() == 3 && method == http::verb::post) {
      pattern = "/api/v1/{kind}";
      handler = [k = *kind](HandlerArgs a) { HandleSubmitDecisions(a, k); };
    } else if (seg.size() == 3 && method == http::verb::get) {
      pattern = "/api/v1/{kind}";
      handler = [k = *kind](HandlerArgs a) { HandleListDecisions(a, k); };
    } else if (seg.size() == 4 && method == http::verb::get && ParseId(seg[3])) {
      pattern = "/api/v1/{kind}/{id}";
      handler = [k = *kind, id = *ParseId(seg[3])](HandlerArgs a) { HandleGetDecision(a, k, id); };
    } else if (seg.size() == 5 && method == http::verb::post && ParseId(seg[3]) &&
               seg[4] == "revoke") {
      pattern = "/api/v1/{kind}/{id}/revoke";
      handler = [k = *kind, id = *ParseId(seg[3])](HandlerArgs a) { HandleRevokeDecision(a, k, id); };
    } else if (seg.size() == 5 && method == http::verb::post && ParseId(seg[3]) &&
               seg[4] == "repair" && *kind == Kind::kPenalty) {
      pattern = "/api/v1/penalties/{id}/repair";
      handler = [id = *ParseId(seg[3])](HandlerArgs a) { HandleCreditRepair(a, id); };
    }
  } else if (seg.size() == 4 && seg[0] == "api" && seg[1] == "v1" && seg[2] == "compliance" &&
             method == http::verb::get && (seg[3] == "summary" || seg[3] == "records")) {
    pattern = "/api/v1/compliance/" + seg[3];
    const bool summary = seg[3] == "summary";
    handler = [summary](HandlerArgs a) {
      if (summary) HandleComplianceSummary(a); else HandleComplianceRecords(a);
    };
  } else if (seg.size() >= 3 && seg.size() <= 4 && seg[0] == "api" && seg[1] == "v1" &&
             seg[2] == "matters" &&
             (seg.size() == 3 ? method == http::verb::get || method == http::verb::post
                              : method == http::verb::get && ParseId(seg[3]))) {
    pattern = seg.size() == 3 ? "/api/v1/matters" : "/api/v1/matters/{id}";
    if (seg.size() == 4) {
      handler = [id = *ParseId(seg[3])](HandlerArgs a) { HandleGetMatter(a, id); };
    } else if (method == http::verb::post) {
      handler = [](HandlerArgs a) { HandleChangeMatter(a); };
    } else {
      handler = [](HandlerArgs a) { HandleListMatters(a); };
    }
  } else if (seg.size() == 4 && seg[0] == "api" && seg[1] == "v1" && seg[2] == "compliance" &&
             method == http::verb::get &&
             (seg[3] == "matters" || seg[3] == "unlisted-decisions")) {
    pattern = "/api/v1/compliance/" + seg[3];
    if (seg[3] == "matters") {
      handler = [](HandlerArgs a) { HandleMatterCompliance(a); };
    } else {
      handler = [](HandlerArgs a) { HandleUnlistedDecisions(a); };
    }
  } else if (seg.size() == 4 && seg[0] == "api" && seg[1] == "v1" && seg[2] == "reports" &&
             seg[3] == "annual" && method == http::verb::get) {
    pattern = "/api/v1/reports/annual";
    handler = [](HandlerArgs a) { HandleAnnualReport(a); };
  } else if (seg.size() == 3 && seg[0] == "api" && seg[1] == "v1" && seg[2] == "fields" &&
             method == http::verb::get) {
    pattern = "/api/v1/fields";
    handler = [](HandlerArgs a) { HandleFieldCatalogue(a); };
  } else if (seg.size() == 1 && seg[0] == "healthz" && method == http::verb::get) {
    pattern = "/healthz";
    authenticated = false;
    handler = [](HandlerArgs a) {
      std::vector<std::string> problems;
      for (const auto& check : a.ctx.health_checks) {
        for (std::string& p : check()) problems.push_back(std::move(p));
      }
      std::string body = std::string("{\"status\":\"") + (problems.empty() ? "ok" : "warn") +
                         "\",\"time\":\"" + FormatShanghaiTimestamp(a.ctx.clock->Now()) +
                         "\",\"warnings\":[";
      for (size_t i = 0; i < problems.size(); ++i) {
        body += (i ? ",\"" : "\"") + JsonEscape(problems[i]) + "\"";
      }
      body += "]}";
      a.reply(JsonResponse(a.req, http::status::ok, std::move(body)));
    };
  } else if (seg.size() == 1 && seg[0] == "metrics" && method == http::verb::get) {
    pattern = "/metrics";
    handler = [](HandlerArgs a) {
      if (Status s = RequireRole(a.principal, {Role::kAdmin, Role::kAuditor}); !s.ok()) {
        a.reply(ErrorResponse(a.req, s));
        return;
      }
      a.reply(MakeResponse(a.req, http::status::ok, "text/plain; version=0.0.4; charset=utf-8",
                           a.ctx.metrics->Render(&a.ctx.writer->stats())));
    };
  } else {
    for (const ExtraRoute& r : extra_routes_) {
      if (r.match(method, seg)) {
        pattern = r.pattern;
        authenticated = r.authenticated;
        handler = [h = r.handle, seg](HandlerArgs a) { h(a, seg); };
        break;
      }
    }
  }

  Metrics* metrics = ctx_.metrics;
  const std::string method_name(req.method_string());
  if (!handler) {
    const bool known_path = !seg.empty() && (seg[0] == "api" || seg[0] == "healthz" ||
                                             seg[0] == "metrics");
    metrics->CountRequest(method_name, "unmatched", 404);
    reply(ErrorResponse(req, Status::NotFound(known_path ? "没有该接口或方法不支持：" +
                                                               std::string(req.method_string()) + " " +
                                                               target.path
                                                         : "not found")));
    return;
  }
  Reply counted = [metrics, method_name, pattern, reply = std::move(reply)](Response res) {
    metrics->CountRequest(method_name, pattern, static_cast<int>(res.result_int()));
    reply(std::move(res));
  };

  std::optional<std::string> token;
  if (authenticated) {
    token = BearerToken(req);
    if (!token) {
      counted(ErrorResponse(req, Status::Unauthorized("缺少令牌：请使用 Authorization: Bearer TOKEN")));
      return;
    }
  }
  auto shared_req = std::make_shared<Request>(std::move(req));
  auto shared_target = std::make_shared<Target>(std::move(target));
  ctx_.readers->Submit([this, shared_req, shared_target, token, handler = std::move(handler),
                        counted = std::move(counted)](Database& db) mutable {
    try {
      Principal principal;
      if (token) {
        auto p = Authenticate(db, *token);
        if (!p.ok()) {
          counted(ErrorResponse(*shared_req, p.status().code() == StatusCode::kUnauthorized
                                                 ? Status::Unauthorized("令牌无效或已撤销")
                                                 : p.status()));
          return;
        }
        principal = *p;
      }
      handler(HandlerArgs{ctx_, db, *shared_req, *shared_target, principal, counted});
    } catch (const std::exception& e) {
      counted(ErrorResponse(*shared_req, Status::Corruption(std::string("internal error: ") + e.what())));
    }
  });
}

}  // namespace dpfeed
