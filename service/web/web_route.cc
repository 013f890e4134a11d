#include "service/web/web_route.h"

#include <memory>

#include "service/store/web_session_repository.h"

namespace dpfeed {

namespace {

bool Allowed(Access access, Role role) {
  switch (access) {
    case Access::kPublic:
    case Access::kLoggedIn:
      return true;
    case Access::kDepartment:
      return role == Role::kDepartment;
    case Access::kAuditor:
      return role == Role::kAuditor || role == Role::kAdmin;
    case Access::kAdmin:
      return role == Role::kAdmin;
  }
  return false;
}

Request Head(const Request& req) {
  Request head(req.method(), req.target(), req.version());
  head.keep_alive(req.keep_alive());
  return head;
}

void Serve(WebCall& c, Access access, const WebHandler& handler) {
  Writer* writer = c.a.ctx.writer;
  if (access != Access::kPublic) {
    SessionLookup found = LookupSession(c.a.db, c.req(), c.now, c.options);
    if (found.expired_id) {
      const std::string at = FormatShanghaiTimestamp(c.now);
      writer->Submit([id = *found.expired_id,
                      at](Database& db) { return EndSession(db, id, "session.expired", at); },
                     [](Status) {});
    }
    if (!found.user.ok()) {
      if (found.user.status().code() != StatusCode::kNotFound &&
          found.user.status().code() != StatusCode::kUnauthorized) {
        return c.Message(http::status::internal_server_error, "出错了", "读取会话失败，请稍后重试");
      }
      std::string location = "/console/login";
      if (found.expired_id) {
        location += "?expired=1";
      } else if (c.req().method() == http::verb::get) {
        location += "?next=" + UrlEncode(std::string(c.req().target()));
      }
      Response r = Redirect(c.req(), location);
      if (found.expired_id)
        r.set(http::field::set_cookie, ClearedSessionCookie(SecureContext(c.req(), c.options)));
      return c.Reply(std::move(r));
    }
    c.user = std::move(found.user.value());
    const User& u = c.user->session.user;
    PageUser pu;
    pu.login = u.login;
    pu.role = u.role;
    pu.csrf = c.user->csrf;
    if (u.department_id) {
      auto d = FindDepartmentById(c.a.db, *u.department_id);
      if (!d.ok()) return c.Message(http::status::internal_server_error, "出错了", "读取部门失败");
      pu.department_name = d->name;
      c.department = std::move(d.value());
    }
    c.page_user = std::move(pu);
    if (c.user->needs_touch) {
      writer->Submit([id = c.user->session.id, at = FormatShanghaiTimestamp(c.now)](
                         Database& db) { return TouchSession(db, id, at); },
                     [](Status) {});
    }
    if (!Allowed(access, u.role)) {
      return c.Message(http::status::forbidden, "无权访问",
                       std::string("您的账户（") + RoleTitle(u.role) + "）无权打开此页面。");
    }
  }
  if (c.req().method() == http::verb::post) {
    auto type = c.req().find(http::field::content_type);
    auto form =
        ParseForm(type == c.req().end() ? std::string_view() : type->value(), c.req().body());
    if (!form.ok())
      return c.Message(http::status::bad_request, "表单无效", form.status().message());
    c.form = std::move(form.value());
    if (c.user && !ConstantTimeEquals(c.form.Get("csrf"), c.user->csrf)) {
      return c.Message(
          http::status::forbidden, "表单已失效",
          "表单缺少有效的安全令牌（可能已过期或来自其他网站），请返回重新打开页面后再提交。");
    }
  }
  handler(c);
}

}  // namespace

const std::string& WebCall::Query(const std::string& name) const {
  static const std::string kEmpty;
  auto it = a.target.query.find(name);
  return it == a.target.query.end() ? kEmpty : it->second;
}

void WebCall::Html(std::string html, http::status status) {
  Reply(HtmlResponse(req(), status, std::move(html)));
}

void WebCall::Render(Page page, http::status status) {
  if (!page.public_site) page.user = page_user;
  Html(RenderPage(page), status);
}

void WebCall::Message(http::status status, const std::string& title, const std::string& message) {
  Reply(MessagePage(req(), status, title, message, page_user));
}

void WebCall::Redirect(const std::string& location) { Reply(dpfeed::Redirect(req(), location)); }

void AddWebRoute(Router& router, const WebOptions& options, std::string pattern, http::verb verb,
                 SegmentMatch match, Access access, WebHandler handler) {
  router.AddRoute(
      {std::move(pattern),
       [verb, match = std::move(match)](http::verb v, const std::vector<std::string>& s) {
         return v == verb && match(s);
       },
       [&options, access, handler = std::move(handler)](HandlerArgs a,
                                                        const std::vector<std::string>& seg) {
         WebCall c{a, options, seg, a.ctx.clock->Now(), {}, {}, {}, {}};
         Serve(c, access, handler);
       },
       false});
}

void SubmitWrite(WebCall& call, std::function<Status(Database&)> job,
                 std::function<Response(const Request& head, const Status& status)> done) {
  call.a.ctx.writer->Submit(std::move(job), [head = Head(call.req()), reply = call.a.reply,
                                             done = std::move(done)](Status s) {
    try {
      reply(done(head, s));
    } catch (const std::exception&) {
      reply(MakeResponse(head, http::status::internal_server_error, "text/plain; charset=utf-8",
                         "internal error\n"));
    }
  });
}

SegmentMatch Path(std::vector<std::string> parts) {
  return [parts = std::move(parts)](const std::vector<std::string>& s) { return s == parts; };
}

std::optional<int64_t> SegmentId(const std::string& s) {
  if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  return std::stoll(s);
}

}  // namespace dpfeed
