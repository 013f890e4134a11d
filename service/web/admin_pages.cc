// Administrators' pages: departments, console users and API tokens, the
// outbox (deliveries to the portal and the credit website, failures,
// retries) and the working-day calendar with the daemon's warnings. Every
// change goes through the writer with an event naming the administrator.
#include <memory>

#include "service/calendar/shanghai_time.h"
#include "service/store/delivery_repository.h"
#include "service/store/department_repository.h"
#include "service/store/event_log.h"
#include "service/store/notice_repository.h"
#include "service/store/token_repository.h"
#include "service/store/user_repository.h"
#include "service/web/console_pages.h"
#include "service/web/password_hash.h"
#include "service/web/record_view.h"
#include "service/web/web_route.h"

namespace dpfeed {

namespace {

std::string Field(const char* id, const char* label, const std::string& control) {
  return std::string("<div class=\"field\"><label for=\"") + id + "\">" + label +
         "</label><div class=\"control\">" + control + "</div></div>";
}

std::string DepartmentOptions(const std::vector<Department>& departments, bool blank) {
  std::string h = blank ? "<option value=\"\">（无）</option>" : "";
  for (const Department& d : departments) {
    h += "<option value=\"" + std::to_string(d.id) + "\">" + Esc(d.name) + "（" + Esc(d.code) +
         "）</option>";
  }
  return h;
}

std::string RoleOptions() {
  std::string h;
  for (Role r : {Role::kDepartment, Role::kAuditor, Role::kAdmin}) {
    h += std::string("<option value=\"") + RoleName(r) + "\">" + RoleTitle(r) + "</option>";
  }
  return h;
}

// A small POST form with one button (and hidden fields).
std::string ActionButton(const std::string& action, const std::string& csrf, const char* label,
                         const char* cls = "secondary") {
  return "<form method=\"post\" action=\"" + action + "\" class=\"inline\">" + CsrfField(csrf) +
         "<button type=\"submit\" class=\"" + cls + "\">" + label + "</button></form>";
}

void Overview(WebCall& c) {
  auto departments = ListDepartments(c.a.db);
  auto users = ListUsers(c.a.db);
  auto tokens = ListTokens(c.a.db);
  if (!departments.ok() || !users.ok() || !tokens.ok()) {
    return c.Message(http::status::internal_server_error, "出错了", "读取失败");
  }
  std::map<int64_t, std::string> dept_names;
  for (const Department& d : *departments) dept_names[d.id] = d.name;
  const std::string& csrf = c.user->csrf;
  std::string h;
  if (!c.Query("done").empty())
    h += "<p class=\"message ok\" role=\"status\">" + Esc(c.Query("done")) + "</p>";

  h += "<h2>部门</h2><div class=\"table-wrap\"><table class=\"cards\" "
       "id=\"departments\"><thead><tr><th>代码</th>"
       "<th>名称（公示中的发布单位）</th><th>统一社会信用代码</th><th>无决定也公示</th></tr></"
       "thead><tbody>";
  for (const Department& d : *departments) {
    h += "<tr><td data-label=\"代码\">" + Esc(d.code) + "</td><td data-label=\"名称\">" +
         Esc(FullDepartmentName(c.options.jurisdiction, d.name)) +
         "</td><td data-label=\"统一社会信用代码\">" + Esc(d.uscc) +
         "</td><td data-label=\"无决定也公示\">" + (d.publish_empty ? "是" : "否") + "</td></tr>";
  }
  h += "</tbody></table></div>\n<details><summary>登记部门</summary><form method=\"post\" "
       "action=\"/console/admin/departments\">" +
       CsrfField(csrf) +
       Field("code", "代码（字母数字）", "<input id=\"code\" name=\"code\" required>") +
       Field("name", "名称", "<input id=\"name\" name=\"name\" required>") +
       Field("uscc", "统一社会信用代码",
             "<input id=\"uscc\" name=\"uscc\" required maxlength=\"18\">") +
       "<div class=\"actions\"><button type=\"submit\">登记</button></div></form></details>\n";

  h += "<h2>账户</h2><div class=\"table-wrap\"><table class=\"cards\" "
       "id=\"users\"><thead><tr><th>登录名</th><th>角色</th>"
       "<th>部门</th><th>状态</th><th>操作</th></tr></thead><tbody>";
  const std::string now = FormatShanghaiTimestamp(c.now);
  for (const User& u : *users) {
    const bool locked = u.locked_until && *u.locked_until > now;
    const std::string base = "/console/admin/users/" + std::to_string(u.id);
    std::string actions = ActionButton(base + "/reset", csrf, "重置密码");
    if (locked) actions += ActionButton(base + "/unlock", csrf, "解锁");
    actions += u.disabled_at ? ActionButton(base + "/enable", csrf, "启用")
                             : ActionButton(base + "/disable", csrf, "停用", "danger");
    h += "<tr><td data-label=\"登录名\">" + Esc(u.login) + "</td><td data-label=\"角色\">" +
         RoleTitle(u.role) + "</td><td data-label=\"部门\">" +
         Esc(u.department_id ? dept_names[*u.department_id] : "—") +
         "</td><td data-label=\"状态\">" +
         (u.disabled_at ? "已停用"
          : locked      ? "锁定至 " + Esc(u.locked_until->substr(11, 5))
                        : "正常") +
         "</td><td data-label=\"操作\">" + actions + "</td></tr>";
  }
  h += "</tbody></table></div>\n<details><summary>开设账户</summary><form method=\"post\" "
       "action=\"/console/admin/users\">" +
       CsrfField(csrf) + Field("login", "登录名", "<input id=\"login\" name=\"login\" required>") +
       Field("role", "角色", "<select id=\"role\" name=\"role\">" + RoleOptions() + "</select>") +
       Field("department_id", "部门（部门用户）",
             "<select id=\"department_id\" name=\"department_id\">" +
                 DepartmentOptions(*departments, true) + "</select>") +
       "<p class=\"hint\">初始密码由系统生成并只显示一次，请当面或经安全渠道交给本人。</p>"
       "<div class=\"actions\"><button type=\"submit\">开设</button></div></form></details>\n";

  h += "<h2>接口令牌（业务系统使用）</h2><div class=\"table-wrap\"><table class=\"cards\" "
       "id=\"tokens\"><thead><tr>"
       "<th>编号</th><th>前缀</th><th>角色</th><th>部门</th><th>标签</th><th>状态</th><th>操作</"
       "th></tr></thead><tbody>";
  for (const TokenInfo& t : *tokens) {
    h += "<tr><td data-label=\"编号\">" + std::to_string(t.id) +
         "</td><td data-label=\"前缀\"><code>" + Esc(t.prefix) +
         "…</code></td><td data-label=\"角色\">" + RoleTitle(t.role) +
         "</td><td data-label=\"部门\">" +
         Esc(t.department_id ? dept_names[*t.department_id] : "—") +
         "</td><td data-label=\"标签\">" + Esc(t.label) + "</td><td data-label=\"状态\">" +
         (t.revoked_at ? "已吊销" : "有效") + "</td><td data-label=\"操作\">" +
         (t.revoked_at ? ""
                       : ActionButton("/console/admin/tokens/" + std::to_string(t.id) + "/revoke",
                                      csrf, "吊销", "danger")) +
         "</td></tr>";
  }
  h += "</tbody></table></div>\n<details><summary>发放令牌</summary><form method=\"post\" "
       "action=\"/console/admin/tokens\">" +
       CsrfField(csrf) +
       Field("token_role", "令牌角色",
             "<select id=\"token_role\" name=\"role\">" + RoleOptions() + "</select>") +
       Field("token_department", "令牌所属部门",
             "<select id=\"token_department\" name=\"department_id\">" +
                 DepartmentOptions(*departments, true) + "</select>") +
       Field("label", "令牌标签", "<input id=\"label\" name=\"label\">") +
       "<div class=\"actions\"><button type=\"submit\">发放</button></div></form></details>\n";
  Page p;
  p.title = "部门与账户";
  p.body = std::move(h);
  c.Render(std::move(p));
}

std::string AdminEvent(const WebCall& c, const std::string& what) {
  return "{\"by_user_id\":" + std::to_string(c.user->session.user.id) + ",\"what\":\"" + what +
         "\"}";
}

// Runs `job` and redirects to the overview with a message, or shows the error.
void Change(WebCall& c, std::function<Status(Database&)> job, std::string done,
            std::string back = "/console/admin") {
  auto page_user = c.page_user;
  SubmitWrite(c, std::move(job), [done, back, page_user](const Request& head, const Status& s) {
    if (!s.ok()) {
      return MessagePage(
          head,
          s.code() == StatusCode::kConflict ? http::status::conflict : http::status::bad_request,
          "操作未完成", s.message(), page_user);
    }
    return Redirect(head, back + "?done=" + UrlEncode(done));
  });
}

void AddDepartmentPage(WebCall& c) {
  Department d;
  d.code = c.form.Get("code");
  d.name = c.form.Get("name");
  d.uscc = c.form.Get("uscc");
  const std::string at = FormatShanghaiTimestamp(c.now);
  const std::string detail = AdminEvent(c, "department.added");
  Change(
      c,
      [d, at, detail](Database& db) -> Status {
        auto added = AddDepartment(db, d, at);
        if (!added.ok()) return added.status();
        return AppendEvent(db, {at, "web.admin_change", added->id, std::nullopt, detail});
      },
      "已登记部门 " + d.code);
}

std::optional<Role> FormRole(WebCall& c, std::optional<int64_t>* department) {
  auto role = ParseRole(c.form.Get("role"));
  if (!role) {
    c.Message(http::status::bad_request, "操作未完成", "请选择角色。");
    return std::nullopt;
  }
  *department = SegmentId(c.form.Get("department_id"));
  if ((*role == Role::kDepartment) != department->has_value()) {
    c.Message(http::status::bad_request, "操作未完成",
              "部门用户和部门令牌必须选择部门；其他角色不选部门。");
    return std::nullopt;
  }
  return role;
}

// Shows a secret once (a new password or token), never to be shown again.
Response SecretPage(const Request& head, const std::optional<PageUser>& user,
                    const std::string& title, const std::string& what, const std::string& secret) {
  Page p;
  p.title = title;
  p.user = user;
  p.body = "<p class=\"message warn\">" + Esc(what) +
           "只显示这一次，请立即交给使用者：</p><p class=\"deadline\"><code id=\"secret\">" +
           Esc(secret) + "</code></p><p><a href=\"/console/admin\">返回</a></p>";
  return HtmlResponse(head, http::status::ok, RenderPage(p));
}

void AddUserPage(WebCall& c) {
  std::optional<int64_t> department;
  auto role = FormRole(c, &department);
  if (!role) return;
  const std::string login = c.form.Get("login");
  auto password = RandomPassword();
  auto hash = password.ok() ? HashPassword(*password) : Result<std::string>(password.status());
  if (!hash.ok())
    return c.Message(http::status::internal_server_error, "出错了", hash.status().message());
  const std::string at = FormatShanghaiTimestamp(c.now);
  const int64_t actor = c.user->session.user.id;
  auto page_user = c.page_user;
  SubmitWrite(
      c,
      [login, role = *role, department, hash = *hash, at, actor](Database& db) -> Status {
        return AddUser(db, login, role, department, hash, at, actor).status();
      },
      [login, password = *password, page_user](const Request& head, const Status& s) {
        if (!s.ok())
          return MessagePage(head, http::status::bad_request, "操作未完成", s.message(), page_user);
        return SecretPage(head, page_user, "已开设账户 " + login, "初始密码", password);
      });
}

void UserAction(WebCall& c) {
  const auto id = SegmentId(c.seg[3]);
  const std::string& action = c.seg[4];
  const std::string at = FormatShanghaiTimestamp(c.now);
  const int64_t actor = c.user->session.user.id;
  if (action == "reset") {
    auto password = RandomPassword();
    auto hash = password.ok() ? HashPassword(*password) : Result<std::string>(password.status());
    if (!hash.ok())
      return c.Message(http::status::internal_server_error, "出错了", hash.status().message());
    auto page_user = c.page_user;
    return SubmitWrite(
        c,
        [id, hash = *hash, at, actor](Database& db) {
          return SetUserPassword(db, *id, hash, at, actor);
        },
        [password = *password, page_user](const Request& head, const Status& s) {
          if (!s.ok())
            return MessagePage(head, http::status::not_found, "操作未完成", s.message(), page_user);
          return SecretPage(head, page_user, "密码已重置", "新密码（该账户的登录会话已全部结束）",
                            password);
        });
  }
  if (action == "unlock") {
    return Change(
        c, [id, at, actor](Database& db) { return UnlockUser(db, *id, at, actor); }, "已解锁");
  }
  if (id && *id == actor)
    return c.Message(http::status::bad_request, "操作未完成", "不能停用自己的账户。");
  const bool disable = action == "disable";
  Change(
      c,
      [id, disable, at, actor](Database& db) {
        return SetUserDisabled(db, *id, disable, at, actor);
      },
      disable ? "已停用账户" : "已启用账户");
}

void AddTokenPage(WebCall& c) {
  std::optional<int64_t> department;
  auto role = FormRole(c, &department);
  if (!role) return;
  auto token = std::make_shared<std::string>();
  const std::string at = FormatShanghaiTimestamp(c.now);
  const std::string label = c.form.Get("label");
  const std::string detail = AdminEvent(c, "token.created");
  auto page_user = c.page_user;
  SubmitWrite(
      c,
      [token, role = *role, department, label, at, detail](Database& db) -> Status {
        auto t = CreateToken(db, role, department, label, at);
        if (!t.ok()) return t.status();
        *token = *t;
        return AppendEvent(db, {at, "web.admin_change", department, std::nullopt, detail});
      },
      [token, page_user](const Request& head, const Status& s) {
        if (!s.ok())
          return MessagePage(head, http::status::bad_request, "操作未完成", s.message(), page_user);
        return SecretPage(head, page_user, "已发放令牌", "令牌", *token);
      });
}

void RevokeTokenPage(WebCall& c) {
  const auto id = SegmentId(c.seg[3]);
  const std::string at = FormatShanghaiTimestamp(c.now);
  const std::string detail = AdminEvent(c, "token.revoked");
  Change(
      c,
      [id, at, detail](Database& db) -> Status {
        Status s = RevokeToken(db, *id, at);
        if (!s.ok()) return s;
        return AppendEvent(db, {at, "web.admin_change", std::nullopt, std::nullopt, detail});
      },
      "已吊销令牌 " + std::to_string(*id));
}

const char* StateTitle(DeliveryState s) {
  switch (s) {
    case DeliveryState::kWaiting:
      return "等待门户网站";
    case DeliveryState::kPending:
      return "待推送";
    case DeliveryState::kAcknowledged:
      return "已确认";
    case DeliveryState::kFailed:
      return "失败";
  }
  return "";
}

void Outbox(WebCall& c) {
  std::optional<DeliveryState> state;
  if (!c.Query("state").empty()) {
    state = ParseDeliveryState(c.Query("state"));
    if (!state)
      return c.Message(http::status::bad_request, "查询参数有误",
                       "state 应为 pending, waiting, acknowledged 或 failed");
  }
  auto rows = ListDeliveries(c.a.db, state, 500);
  auto failed = ListDeliveries(c.a.db, DeliveryState::kFailed, 100000);
  if (!rows.ok() || !failed.ok())
    return c.Message(http::status::internal_server_error, "出错了", "读取失败");
  std::string h;
  if (!c.Query("done").empty())
    h += "<p class=\"message ok\" role=\"status\">" + Esc(c.Query("done")) + "</p>";
  std::vector<std::string> problems;
  for (const auto& check : c.a.ctx.health_checks) {
    for (std::string& p : check()) problems.push_back(std::move(p));
  }
  h += "<h2>渠道状态</h2>";
  if (problems.empty()) {
    h += "<p class=\"message ok\">两个渠道正常，没有告警。</p>";
  } else {
    h += "<div class=\"message warn\"><ul>";
    for (const std::string& p : problems) h += "<li>" + Esc(p) + "</li>";
    h += "</ul></div>";
  }
  h += "<p>失败的推送：" + std::to_string(failed->size()) + " 条。";
  if (!failed->empty())
    h += ActionButton("/console/admin/outbox/retry", c.user->csrf, "全部重试", "");
  h += "</p><form class=\"filters\" method=\"get\" action=\"/console/admin/outbox\"><label "
       "for=\"state\">状态"
       "<select id=\"state\" name=\"state\"><option value=\"\">全部</option>";
  for (DeliveryState s : {DeliveryState::kPending, DeliveryState::kWaiting,
                          DeliveryState::kAcknowledged, DeliveryState::kFailed}) {
    h += std::string("<option value=\"") + ToString(s) + "\"" + (state == s ? " selected" : "") +
         ">" + StateTitle(s) + "</option>";
  }
  h += "</select></label><button type=\"submit\">筛选</button></form>";
  h += "<div class=\"table-wrap\"><table class=\"cards\" "
       "id=\"deliveries\"><thead><tr><th>编号</th><th>公示</th>"
       "<th>渠道</th><th>状态</th><th "
       "class=\"num\">尝试次数</th><th>下次尝试</th><th>最近错误</th><th>确认时间</th>"
       "<th>操作</th></tr></thead><tbody>";
  for (const DeliveryRow& d : *rows) {
    h += "<tr><td data-label=\"编号\">" + std::to_string(d.id) + "</td><td data-label=\"公示\">#" +
         std::to_string(d.notice_id) + "</td><td data-label=\"渠道\">" +
         (d.channel == Channel::kPortal ? "门户网站" : "信用网站") +
         "</td><td data-label=\"状态\">" + StateTitle(d.state) +
         "</td><td class=\"num\" data-label=\"尝试次数\">" + std::to_string(d.attempts) +
         "</td><td data-label=\"下次尝试\">" + Esc(d.next_attempt_at.substr(0, 16)) +
         "</td><td data-label=\"最近错误\">" +
         Esc(d.last_error.empty()
                 ? "—"
                 : (d.last_status ? std::to_string(d.last_status) + " " : "") + d.last_error) +
         "</td><td data-label=\"确认时间\">" + Esc(d.acknowledged_at.value_or("—")) +
         "</td><td data-label=\"操作\">" +
         (d.state == DeliveryState::kFailed
              ? ActionButton("/console/admin/outbox/" + std::to_string(d.id) + "/retry",
                             c.user->csrf, "重试")
              : "") +
         "</td></tr>";
  }
  if (rows->empty()) h += "<tr><td colspan=\"9\">没有推送记录。</td></tr>";
  h += "</tbody></table></div>";
  Page p;
  p.title = "推送队列";
  p.body = std::move(h);
  c.Render(std::move(p));
}

void Retry(WebCall& c) {
  std::vector<int64_t> ids;
  if (c.seg.size() == 5) {
    ids.push_back(*SegmentId(c.seg[3]));
  } else {
    auto failed = ListDeliveries(c.a.db, DeliveryState::kFailed, 100000);
    if (!failed.ok()) return c.Message(http::status::internal_server_error, "出错了", "读取失败");
    for (const DeliveryRow& d : *failed) ids.push_back(d.id);
  }
  const std::string at = FormatShanghaiTimestamp(c.now);
  const std::string detail = AdminEvent(c, "deliveries.retried");
  Change(
      c,
      [ids, at, detail](Database& db) -> Status {
        for (int64_t id : ids) {
          if (Status s = RequeueDelivery(db, id, at); !s.ok()) return s;
        }
        return AppendEvent(db, {at, "web.admin_change", std::nullopt, std::nullopt, detail});
      },
      "已重新排队 " + std::to_string(ids.size()) + " 条推送", "/console/admin/outbox");
}

void CalendarPage(WebCall& c) {
  const WorkCalendar& cal = *c.a.ctx.calendar;
  const CivilDate today = ShanghaiDate(c.now);
  const int year = static_cast<int>(date::year_month_day{today}.year());
  std::string h = "<p>已加载的年度工作日历（国务院节假日及调休安排）：</p><ul id=\"years\">";
  for (int y : cal.Years())
    h += "<li>" + std::to_string(y) + (y == year ? "（本年）" : "") + "</li>";
  h += "</ul>";
  std::vector<std::string> warnings;
  if (!cal.HasYear(year))
    warnings.push_back(std::to_string(year) +
                       "年的工作日历未加载，期限暂按周一至周五计算（暂定）。");
  if (auto w = cal.MissingNextYearWarning(today)) warnings.push_back(*w);
  if (warnings.empty()) {
    h += "<p class=\"message ok\">没有告警。</p>";
  } else {
    h += "<div class=\"message warn\"><ul>";
    for (const std::string& w : warnings) h += "<li>" + Esc(w) + "</li>";
    h += "</ul></div>";
  }
  h += "<p class=\"hint\">次年安排发布后（通常在11月或12月），按 "
       "service/calendar/data/cn-workdays.json 的格式写成文件，"
       "列入配置 calendar_files，再执行 systemctl reload dpfeed（SIGHUP，无需重启）；"
       "已保存的暂定期限会自动重新计算。</p>";
  Page p;
  p.title = "工作日历";
  p.body = std::move(h);
  c.Render(std::move(p));
}

bool AdminPath(const std::vector<std::string>& s, std::initializer_list<const char*> rest) {
  if (s.size() != rest.size() + 2 || s[0] != "console" || s[1] != "admin") return false;
  size_t i = 2;
  for (const char* part : rest) {
    if (std::string_view(part) == "{id}" ? !SegmentId(s[i]) : s[i] != part) return false;
    ++i;
  }
  return true;
}

}  // namespace

void RegisterAdminPages(Router& router, const WebOptions& options) {
  auto add = [&](const char* pattern, http::verb verb, SegmentMatch match, WebHandler h) {
    AddWebRoute(router, options, pattern, verb, std::move(match), Access::kAdmin, std::move(h));
  };
  add("/console/admin", http::verb::get, Path({"console", "admin"}), Overview);
  add("/console/admin/departments", http::verb::post, Path({"console", "admin", "departments"}),
      AddDepartmentPage);
  add("/console/admin/users", http::verb::post, Path({"console", "admin", "users"}), AddUserPage);
  add(
      "/console/admin/users/{id}/{action}", http::verb::post,
      [](const std::vector<std::string>& s) {
        return (AdminPath(s, {"users", "{id}", "reset"}) ||
                AdminPath(s, {"users", "{id}", "unlock"}) ||
                AdminPath(s, {"users", "{id}", "disable"}) ||
                AdminPath(s, {"users", "{id}", "enable"}));
      },
      UserAction);
  add("/console/admin/tokens", http::verb::post, Path({"console", "admin", "tokens"}),
      AddTokenPage);
  add(
      "/console/admin/tokens/{id}/revoke", http::verb::post,
      [](const std::vector<std::string>& s) {
        return AdminPath(s, {"tokens", "{id}", "revoke"});
      },
      RevokeTokenPage);
  add("/console/admin/outbox", http::verb::get, Path({"console", "admin", "outbox"}), Outbox);
  add("/console/admin/outbox/retry", http::verb::post,
      Path({"console", "admin", "outbox", "retry"}), Retry);
  add(
      "/console/admin/outbox/{id}/retry", http::verb::post,
      [](const std::vector<std::string>& s) {
        return AdminPath(s, {"outbox", "{id}", "retry"});
      },
      Retry);
  add("/console/admin/calendar", http::verb::get, Path({"console", "admin", "calendar"}),
      CalendarPage);
}

}  // namespace dpfeed
