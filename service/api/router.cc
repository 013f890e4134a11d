#include "service/api/router.h"

#include <algorithm>
#include <cctype>
#include <memory>

#include "service/api/api_routes.h"

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

bool IsPlaceholder(const std::string& part) {
  return part.size() > 2 && part.front() == '{' && part.back() == '}';
}

// A value a placeholder accepts, to ask an extra route's matcher about it.
std::string SampleValue(const std::string& part) {
  if (part == "{kind}") return "penalties";
  if (part == "{id}") return "1";
  return "x";
}

constexpr http::verb kMethods[] = {http::verb::get, http::verb::post, http::verb::put,
                                   http::verb::delete_, http::verb::patch};

Status Unauthorized(bool missing) {
  return Status::Unauthorized(missing ? "缺少令牌：请使用 Authorization: Bearer TOKEN"
                                      : "令牌无效或已撤销");
}

// A queue refused the request (full, or it waited too long): 503.
Status Busy(const Status& s) {
  return Status::IOError("服务繁忙，请稍后重试（" + s.message() + "）");
}

}  // namespace

std::optional<std::string> ParseBearer(std::string_view v) {
  constexpr std::string_view kScheme = "bearer";
  if (v.size() <= kScheme.size() + 1) return std::nullopt;
  for (size_t i = 0; i < kScheme.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(v[i])) != kScheme[i]) return std::nullopt;
  }
  if (v[kScheme.size()] != ' ') return std::nullopt;
  v.remove_prefix(kScheme.size());
  while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
  if (v.empty() || v.find(' ') != std::string_view::npos) return std::nullopt;
  return std::string(v);
}

std::string MethodLabel(const Request& req) {
  if (req.method() == http::verb::unknown) return "OTHER";
  return std::string(http::to_string(req.method()));
}

Status RequireRole(const Principal& p, std::initializer_list<Role> roles) {
  for (Role r : roles) {
    if (p.role == r) return Status::Ok();
  }
  return Status::Forbidden(std::string("该令牌角色（") + RoleName(p.role) + "）无权执行此操作");
}

bool Router::Route::Matches(http::verb verb, const std::vector<std::string>& seg) const {
  if (match) return match(verb, seg);
  if (verb != *method || seg.size() != parts.size()) return false;
  for (size_t i = 0; i < parts.size(); ++i) {
    const std::string& p = parts[i];
    if (!IsPlaceholder(p)) {
      if (p != seg[i]) return false;
    } else if (p == "{kind}") {
      if (seg[i] != "licenses" && seg[i] != "penalties") return false;
    } else if (p == "{id}") {
      if (!ParseRouteId(seg[i])) return false;
    }
  }
  return true;
}

Router::Router(ApiContext& ctx) : ctx_(ctx) {
  for (const ApiRoute& r : ApiRoutes()) Add(r.method, r.pattern, r.authenticated, r.handle);
}

void Router::Add(http::verb method, std::string pattern, bool authenticated,
                 std::function<void(HandlerArgs, const std::vector<std::string>&)> handle) {
  Route r;
  r.method = method;
  r.parts = Split(pattern);
  r.pattern = std::move(pattern);
  r.authenticated = authenticated;
  r.handle = std::move(handle);
  routes_.push_back(std::move(r));
}

void Router::AddRoute(ExtraRoute extra) {
  Route r;
  r.parts = Split(extra.pattern);
  r.pattern = std::move(extra.pattern);
  r.authenticated = extra.authenticated;
  r.match = std::move(extra.match);
  r.handle = std::move(extra.handle);
  routes_.push_back(std::move(r));
}

std::vector<Router::RouteInfo> Router::Routes() const {
  std::vector<RouteInfo> out;
  for (const Route& r : routes_) {
    if (r.method) {
      out.push_back({std::string(http::to_string(*r.method)), r.pattern, r.authenticated});
      continue;
    }
    std::vector<std::string> sample;
    for (const std::string& p : r.parts) sample.push_back(IsPlaceholder(p) ? SampleValue(p) : p);
    for (http::verb v : kMethods) {
      if (r.match(v, sample))
        out.push_back({std::string(http::to_string(v)), r.pattern, r.authenticated});
    }
  }
  return out;
}

const Router::Route* Router::Find(const Request& req, std::vector<std::string>* segments,
                                  std::optional<Response>* refusal) const {
  auto target = ParseTarget(req.target());
  if (!target) {
    ctx_.metrics->CountRequest(MethodLabel(req), "invalid", 400);
    *refusal = ErrorResponse(req, Status::InvalidArgument("请求路径编码无效"));
    return nullptr;
  }
  *segments = Split(target->path);
  for (const Route& r : routes_) {
    if (r.Matches(req.method(), *segments)) return &r;
  }
  std::string allow;
  for (http::verb v : kMethods) {
    for (const Route& r : routes_) {
      if (r.Matches(v, *segments)) {
        allow += (allow.empty() ? "" : ", ") + std::string(http::to_string(v));
        break;
      }
    }
  }
  if (!allow.empty()) {
    ctx_.metrics->CountRequest(MethodLabel(req), "unmatched", 405);
    Response res = ErrorResponse(req, Status::NotFound("该接口不支持此方法；支持：" + allow));
    res.result(http::status::method_not_allowed);
    res.set(http::field::allow, allow);
    *refusal = std::move(res);
    return nullptr;
  }
  ctx_.metrics->CountRequest(MethodLabel(req), "unmatched", 404);
  *refusal = ErrorResponse(req, Status::NotFound("没有该接口：" + target->path));
  return nullptr;
}

void Router::Admit(const Request& head, AdmitDone done) {
  try {
    std::vector<std::string> segments;
    std::optional<Response> refusal;
    const Route* route = Find(head, &segments, &refusal);
    if (route == nullptr) return done(std::move(refusal), std::nullopt);
    if (!route->authenticated) return done(std::nullopt, std::nullopt);
    Metrics* metrics = ctx_.metrics;
    auto count = [metrics, method = MethodLabel(head),
                  pattern = route->pattern](const Response& r) {
      metrics->CountRequest(method, pattern, static_cast<int>(r.result_int()));
    };
    const auto auth = head.find(http::field::authorization);
    std::optional<std::string> token =
        auth == head.end() ? std::nullopt : ParseBearer(auth->value());
    if (!token) {
      Response res = ErrorResponse(head, Unauthorized(true));
      count(res);
      return done(std::move(res), std::nullopt);
    }
    // The head's own fields, for the refusal built on the reader thread.
    auto shell = std::make_shared<Request>(head.method(), head.target(), head.version());
    shell->keep_alive(head.keep_alive());
    ctx_.readers->Submit(
        [token = std::move(*token), shell, done, count](Database& db) {
          auto p = Authenticate(db, token);
          if (p.ok()) return done(std::nullopt, *p);
          Response res = ErrorResponse(*shell, p.status().code() == StatusCode::kUnauthorized
                                                   ? Unauthorized(false)
                                                   : p.status());
          count(res);
          done(std::move(res), std::nullopt);
        },
        [shell, done, count](Status s) {
          Response res = ErrorResponse(*shell, Busy(s));
          count(res);
          done(std::move(res), std::nullopt);
        });
  } catch (const std::exception& e) {
    done(ErrorResponse(head, Status::Corruption(std::string("internal error: ") + e.what())),
         std::nullopt);
  }
}

void Router::Handle(Request req, Reply reply) {
  Handle(std::move(req), std::move(reply), std::nullopt);
}

void Router::Handle(Request req, Reply reply, std::optional<Principal> admitted) {
  try {
    std::vector<std::string> segments;
    std::optional<Response> refusal;
    const Route* route = Find(req, &segments, &refusal);
    if (route == nullptr) return reply(std::move(*refusal));
    auto target = std::make_shared<Target>(*ParseTarget(req.target()));
    Run(*route, std::make_shared<Request>(std::move(req)), std::move(target), std::move(segments),
        std::move(admitted), std::move(reply));
  } catch (const std::exception& e) {
    ctx_.metrics->CountRequest(MethodLabel(req), "exception", 500);
    reply(ErrorResponse(req, Status::Corruption(std::string("internal error: ") + e.what())));
  }
}

void Router::Run(const Route& route, std::shared_ptr<Request> req, std::shared_ptr<Target> target,
                 std::vector<std::string> segments, std::optional<Principal> admitted,
                 Reply reply) {
  Metrics* metrics = ctx_.metrics;
  Reply counted = [metrics, method = MethodLabel(*req), pattern = route.pattern,
                   reply = std::move(reply)](Response res) {
    metrics->CountRequest(method, pattern, static_cast<int>(res.result_int()));
    reply(std::move(res));
  };
  std::optional<std::string> token;
  if (route.authenticated && !admitted) {
    const auto auth = req->find(http::field::authorization);
    token = auth == req->end() ? std::nullopt : ParseBearer(auth->value());
    if (!token) return counted(ErrorResponse(*req, Unauthorized(true)));
  }
  ctx_.readers->Submit(
      [this, req, target, token, admitted, segments = std::move(segments), handle = route.handle,
       counted](Database& db) mutable {
        try {
          Principal principal;
          if (admitted) {
            principal = *admitted;
          } else if (token) {
            auto p = Authenticate(db, *token);
            if (!p.ok()) {
              return counted(ErrorResponse(*req, p.status().code() == StatusCode::kUnauthorized
                                                     ? Unauthorized(false)
                                                     : p.status()));
            }
            principal = *p;
          }
          handle(HandlerArgs{ctx_, db, *req, *target, principal, counted}, segments);
        } catch (const std::exception& e) {
          counted(
              ErrorResponse(*req, Status::Corruption(std::string("internal error: ") + e.what())));
        }
      },
      [req, counted](Status s) mutable { counted(ErrorResponse(*req, Busy(s))); });
}

}  // namespace dpfeed
