// Log-in, log-out and the console's front door.
#include <memory>

#include "service/store/sha256.h"
#include "service/store/web_session_repository.h"
#include "service/web/console_pages.h"
#include "service/store/random_hex.h"
#include "service/web/web_route.h"

namespace dpfeed {

namespace {

// The login form's CSRF protection: there is no session yet, so the token
// is a cookie of its own echoed in the form (double submit).
constexpr std::string_view kLoginCsrfCookie = "dpfeed_login_csrf";

// Only paths inside the console are followed after log-in.
std::string SafeNext(const std::string& next) {
  if (next.rfind("/console", 0) == 0 && next.find("//") == std::string::npos &&
      next.find('\\') == std::string::npos) {
    return next;
  }
  return "/console";
}

std::string LoginForm(const std::string& csrf, const std::string& next, const std::string& login,
                      const std::string& message) {
  std::string h;
  if (!message.empty()) h += "<p class=\"message error\" role=\"alert\">" + Esc(message) + "</p>\n";
  h += "<form class=\"login\" method=\"post\" action=\"/console/login\">\n";
  h += HiddenField("csrf", csrf) + HiddenField("next", next);
  h += "<p><label for=\"login\">登录名</label>"
       "<input id=\"login\" name=\"login\" autocomplete=\"username\" required value=\"" +
       Esc(login) + "\"" + (login.empty() ? " autofocus" : "") + "></p>\n";
  h += "<p><label for=\"password\">密码</label>"
       "<input id=\"password\" name=\"password\" type=\"password\" "
       "autocomplete=\"current-password\" "
       "required" +
       std::string(login.empty() ? "" : " autofocus") + "></p>\n";
  h += "<p><button type=\"submit\">登录</button></p>\n</form>\n"
       "<p "
       "class=\"hint\">"
       "账户由系统管理员开设；忘记密码请联系管理员重置。连续5次输入错误将锁定15分钟。</p>";
  return h;
}

void ShowLogin(WebCall& c, const std::string& message, const std::string& login,
               http::status status) {
  auto csrf = RandomHex(16);
  if (!csrf.ok())
    return c.Message(http::status::internal_server_error, "出错了", "无法生成安全令牌");
  Page p;
  p.title = "登录";
  p.body = LoginForm(*csrf, SafeNext(c.form.Has("next") ? c.form.Get("next") : c.Query("next")),
                     login, message);
  Response r = HtmlResponse(c.req(), status, RenderPage(p));
  r.set(http::field::set_cookie, std::string(kLoginCsrfCookie) + "=" + *csrf +
                                     "; Path=/console/login; HttpOnly; SameSite=Strict" +
                                     (SecureContext(c.req(), c.options) ? "; Secure" : ""));
  c.Reply(std::move(r));
}

void GetLogin(WebCall& c) {
  if (LookupSession(c.a.db, c.req(), c.now, c.options).user.ok()) return c.Redirect("/console");
  std::string message;
  if (c.Query("expired") == "1") message = "会话已超时，请重新登录。";
  if (c.Query("bye") == "1") message = "您已安全退出。";
  ShowLogin(c, message, "", http::status::ok);
}

void PostLogin(WebCall& c) {
  const auto cookie = CookieValue(c.req(), kLoginCsrfCookie);
  if (!cookie || cookie->empty() || !ConstantTimeEquals(*cookie, c.form.Get("csrf"))) {
    return ShowLogin(c, "登录页面已过期，请重新输入。", c.form.Get("login"),
                     http::status::forbidden);
  }
  const std::string login = c.form.Get("login");
  auto check =
      std::make_shared<LoginCheck>(CheckLogin(c.a.db, login, c.form.Get("password"), c.now));
  auto secret = RandomHex(32);
  if (!secret.ok()) return c.Message(http::status::internal_server_error, "出错了", "无法生成会话");
  auto session_id = std::make_shared<std::optional<int64_t>>();
  const WebOptions& options = c.options;
  const TimePoint now = c.now;
  const std::string next = SafeNext(c.form.Get("next"));
  const bool secure = SecureContext(c.req(), options);
  const std::string csrf = c.form.Get("csrf");
  SubmitWrite(
      c,
      [check, session_id, hash = Sha256Hex(*secret), now, &options](Database& db) -> Status {
        auto r = ApplyLogin(db, *check, hash, now, options);
        if (!r.ok()) return r.status();
        *session_id = *r;
        return Status::Ok();
      },
      [check, session_id, secret = *secret, next, secure, login, csrf, &options](
          const Request& head, const Status& s) -> Response {
        if (!s.ok()) {
          return MessagePage(head, http::status::service_unavailable, "登录失败",
                             "暂时无法登录，请稍后重试。", std::nullopt);
        }
        if (*session_id) {
          Response r = Redirect(head, next);
          r.set(http::field::set_cookie, SessionCookie(secret, secure));
          return r;
        }
        std::string message = "登录名或密码错误。";
        if (check->verdict == LoginVerdict::kLocked ||
            (check->verdict == LoginVerdict::kWrongPassword &&
             check->user->failed_logins + 1 >= options.max_failed_logins)) {
          message = "连续登录失败次数过多，账户已锁定" + std::to_string(options.lockout.count()) +
                    "分钟，请稍后再试或联系管理员。";
        } else if (check->verdict == LoginVerdict::kDisabled) {
          message = "该账户已停用，请联系管理员。";
        }
        Page p;
        p.title = "登录";
        // The login CSRF cookie set with the first form stays valid.
        p.body = LoginForm(csrf, next, login, message);
        return HtmlResponse(head, http::status::unauthorized, RenderPage(p));
      });
}

void PostLogout(WebCall& c) {
  const bool secure = SecureContext(c.req(), c.options);
  SubmitWrite(
      c,
      [id = c.user->session.id, at = FormatShanghaiTimestamp(c.now)](Database& db) {
        return EndSession(db, id, "user.logout", at);
      },
      [secure](const Request& head, const Status&) -> Response {
        Response r = Redirect(head, "/console/login?bye=1");
        r.set(http::field::set_cookie, ClearedSessionCookie(secure));
        return r;
      });
}

void Home(WebCall& c) {
  switch (c.user->session.user.role) {
    case Role::kDepartment:
      return c.Redirect("/console/records");
    case Role::kAuditor:
      return c.Redirect("/console/audit");
    case Role::kAdmin:
      return c.Redirect("/console/admin");
  }
}

}  // namespace

void RegisterAccountPages(Router& router, const WebOptions& options) {
  AddWebRoute(router, options, "/console/login", http::verb::get, Path({"console", "login"}),
              Access::kPublic, GetLogin);
  AddWebRoute(router, options, "/console/login", http::verb::post, Path({"console", "login"}),
              Access::kPublic, PostLogin);
  AddWebRoute(router, options, "/console/logout", http::verb::post, Path({"console", "logout"}),
              Access::kLoggedIn, PostLogout);
  AddWebRoute(router, options, "/console", http::verb::get, Path({"console"}), Access::kLoggedIn,
              Home);
}

}  // namespace dpfeed
