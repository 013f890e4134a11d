// A department's decisions: the list with state and deadline (filters,
// paging), one decision with its versions, its correction and revocation,
// and the notices of this week and next Monday.
#include <map>
#include <memory>

#include "publisher/notice_renderer.h"
#include "redaction/masking_policy.h"
#include "service/calendar/deadline_rules.h"
#include "service/store/event_log.h"
#include "service/store/notice_repository.h"
#include "service/store/record_json.h"
#include "service/store/revocation_repository.h"
#include "service/web/console_pages.h"
#include "service/web/record_view.h"
#include "service/web/web_route.h"

namespace dpfeed {

namespace {

constexpr int kPageSize = 50;

std::string KindTabs(Kind current, const std::string& base) {
  std::string h = "<p class=\"tabs\">";
  for (Kind k : {Kind::kLicense, Kind::kPenalty}) {
    if (k == current) {
      h += std::string("<strong>") + KindTitle(k) + "</strong> ";
    } else {
      h += "<a href=\"" + base + "?kind=" + KindName(k) + "\">" + KindTitle(k) + "</a> ";
    }
  }
  return h + "</p>";
}

// GET /console/records?kind=&from=&to=&after=
void ListRecords(WebCall& c) {
  const Kind kind = ParseKind(c.Query("kind")).value_or(Kind::kLicense);
  DecisionFilter f;
  f.kind = kind;
  f.department_id = c.department->id;
  f.limit = kPageSize + 1;  // one more than shown: tells whether a next page exists
  std::string problems;
  for (const char* name : {"from", "to"}) {
    const std::string& v = c.Query(name);
    if (v.empty()) continue;
    auto d = ParseCivilDate(v);
    if (!d) {
      problems +=
          std::string(name == std::string("from") ? "起始" : "截止") + "日期格式应为 YYYY-MM-DD。";
      continue;
    }
    (std::string(name) == "from" ? f.from : f.to) = FormatCivilDate(*d);
  }
  if (auto after = SegmentId(c.Query("after"))) f.after_id = *after;
  auto rows = ListDecisions(c.a.db, f);
  if (!rows.ok())
    return c.Message(http::status::internal_server_error, "出错了", rows.status().message());
  const bool more = static_cast<int>(rows->size()) > kPageSize;
  if (more) rows->resize(kPageSize);

  const CivilDate today = ShanghaiDate(c.now);
  std::string h;
  if (!problems.empty()) h += "<p class=\"message error\" role=\"alert\">" + Esc(problems) + "</p>";
  h += KindTabs(kind, "/console/records");
  h += "<form class=\"filters\" method=\"get\" action=\"/console/records\">" +
       HiddenField("kind", KindName(kind)) +
       "<label for=\"from\">决定日期自<input type=\"date\" id=\"from\" name=\"from\" value=\"" +
       Esc(c.Query("from")) +
       "\"></label>"
       "<label for=\"to\">至<input type=\"date\" id=\"to\" name=\"to\" value=\"" +
       Esc(c.Query("to")) + "\"></label><button type=\"submit\">筛选</button></form>\n";
  if (rows->empty()) {
    h += "<p>没有符合条件的" + std::string(KindTitle(kind)) + "决定。<a href=\"/console/new/" +
         KindName(kind) + "\">录入一条</a></p>";
  } else {
    h += "<div class=\"table-wrap\"><table "
         "class=\"cards\"><thead><tr><th>文书号</th><th>行政相对人</th>"
         "<th>决定日期</th><th>接收时间</th><th>公示期限</th><th>状态</th><th>版本</th></tr></"
         "thead><tbody>\n";
    for (const DecisionRow& d : *rows) {
      auto rec = DecodeStoredRecord(kind, d.content);
      const std::string name = rec.ok() ? rec->Get("XDR_MC") : "";
      const std::string link =
          "/console/records/" + std::string(KindName(kind)) + "/" + std::to_string(d.id);
      h += "<tr><td data-label=\"文书号\"><a href=\"" + link + "\">" + Esc(d.wsh) +
           "</a></td>"
           "<td data-label=\"行政相对人\">" +
           Esc(name) +
           "</td>"
           "<td data-label=\"决定日期\">" +
           Esc(d.decision_date) +
           "</td>"
           "<td data-label=\"接收时间\">" +
           Esc(d.received_at.substr(0, 16)) +
           "</td>"
           "<td data-label=\"公示期限\">" +
           Esc(d.deadline) + (d.provisional ? "（暂定）" : "") +
           "</td>"
           "<td data-label=\"状态\">" +
           DecisionStateBadge(d, *c.a.ctx.calendar, today) +
           "</td>"
           "<td data-label=\"版本\" class=\"num\">" +
           std::to_string(d.current_version) + "</td></tr>\n";
    }
    h += "</tbody></table></div>\n";
  }
  if (more) {
    h += "<p class=\"pager\"><a href=\"/console/records?kind=" + std::string(KindName(kind)) +
         "&amp;from=" + UrlEncode(c.Query("from")) + "&amp;to=" + UrlEncode(c.Query("to")) +
         "&amp;after=" + std::to_string(rows->back().id) + "\">下一页</a></p>";
  }
  Page p;
  p.title = "本部门决定";
  p.body = std::move(h);
  c.Render(std::move(p));
}

// The decision for /console/records/{kind}/{id}, if the user may see it
// (its department's users and administrators); otherwise replies.
std::optional<DecisionRow> OwnDecision(WebCall& c) {
  const auto kind = ParseKind(c.seg[2]);
  const auto id = SegmentId(c.seg[3]);
  auto d = id ? GetDecision(c.a.db, *id) : Result<DecisionRow>(Status::NotFound(""));
  if (!kind || !d.ok() || d->kind != *kind) {
    c.Message(http::status::not_found, "未找到", "没有该决定。");
    return std::nullopt;
  }
  const User& u = c.user->session.user;
  const bool allowed = u.role == Role::kAdmin ||
                       (u.role == Role::kDepartment && u.department_id == d->department_id);
  if (!allowed) {
    c.Message(http::status::forbidden, "无权访问", "只能查看本部门的决定。");
    return std::nullopt;
  }
  return std::move(d.value());
}

void ShowRecord(WebCall& c) {
  auto d = OwnDecision(c);
  if (!d) return;
  auto record = DecodeStoredRecord(d->kind, d->content);
  if (!record.ok()) return c.Message(http::status::internal_server_error, "出错了", "记录无法读取");
  const std::string base =
      "/console/records/" + std::string(KindName(d->kind)) + "/" + std::to_string(d->id);
  std::string h;
  const std::string& saved = c.Query("saved");
  if (saved == "created") h += "<p class=\"message ok\" role=\"status\">已保存。</p>";
  if (saved == "corrected")
    h += "<p class=\"message ok\" role=\"status\">已保存为新版本（更正）。</p>";
  if (saved == "unchanged")
    h += "<p class=\"message ok\" role=\"status\">内容与已保存的相同，未产生新版本。</p>";
  if (c.Query("revoked") == "1")
    h += "<p class=\"message ok\" role=\"status\">已保存，将在3个工作日内撤下公示。</p>";
  h += "<dl class=\"pairs\"><dt>状态</dt><dd>" +
       DecisionStateBadge(*d, *c.a.ctx.calendar, ShanghaiDate(c.now));
  if (!d->status_reason.empty()) h += " 原因：" + Esc(d->status_reason);
  h += "</dd><dt>决定日期</dt><dd>" + Esc(d->decision_date) + "</dd><dt>公示期限</dt><dd>" +
       Esc(d->deadline) + (d->provisional ? "（暂定）" : "") + "</dd><dt>首次接收</dt><dd>" +
       Esc(d->received_at) + "</dd><dt>门户网站公示</dt><dd>" +
       Esc(d->portal_published_at.value_or("—")) + "</dd><dt>信用网站公示</dt><dd>" +
       Esc(d->credit_published_at.value_or("—")) + "</dd></dl>\n";
  const bool owner = c.user->session.user.role == Role::kDepartment;
  if (owner && d->status == DecisionStatus::kActive) {
    h += "<div class=\"actions\"><a class=\"button\" href=\"/console/new/" +
         std::string(KindName(d->kind)) + "?from=" + std::to_string(d->id) + "\">更正</a></div>\n";
  }
  h +=
      "<h2>原始记录（含个人信息，仅本部门和管理员可见）</h2>\n" + RecordPairs(*record, true, false);
  h += "<h2>公示效果（脱敏后）</h2>\n" +
       RecordPairs(MaskRecord(*record, c.a.ctx.masking), false, true);
  if (auto versions = GetVersions(c.a.db, d->id); versions.ok() && versions->size() > 1) {
    h += "<h2>版本记录</h2><ul>";
    for (const VersionRow& v : *versions) {
      h += "<li>版本 " + std::to_string(v.version) + "，接收于 " + Esc(v.received_at) + "</li>";
    }
    h += "</ul>\n";
  }
  if (owner && (d->status == DecisionStatus::kActive || d->status == DecisionStatus::kRevoked)) {
    const bool amend = d->status == DecisionStatus::kRevoked;
    const bool withdraw = d->revocation_kind == RevocationKind::kWithdraw;
    h += std::string("<h2>") + (amend ? "修改撤下原因" : "撤下公示") +
         "</h2><form method=\"post\" action=\"" + base + "/revoke\">" + CsrfField(c.user->csrf) +
         "<div class=\"field\"><label for=\"kind\">撤下类型</label><div class=\"control\">"
         "<select id=\"kind\" name=\"kind\"><option value=\"revoke\"" +
         (withdraw ? "" : " selected") +
         ">撤销：决定被撤销、变更或确认无效</option><option value=\"withdraw\"" +
         (withdraw ? " selected" : "") +
         ">撤回：信息录入有误</option></select></div></div>"
         "<div class=\"field\"><label for=\"reason\">原因</label><div class=\"control\">"
         "<textarea id=\"reason\" name=\"reason\" rows=\"2\" required maxlength=\"500\">" +
         (amend ? Esc(d->status_reason) : std::string()) +
         "</textarea><p class=\"hint\">3个工作日内撤下公示，数据仍保留；原因随撤下公示发布，"
         "其中的个人信息按规则脱敏。</p></div></div>"
         "<div class=\"actions\"><button type=\"submit\" class=\"danger\">" +
         (amend ? "保存修改" : "撤下该决定") + "</button></div></form>\n";
  }
  Page p;
  p.title = std::string(KindTitle(d->kind)) + "决定 " + d->wsh;
  p.body = std::move(h);
  c.Render(std::move(p));
}

void RevokeRecord(WebCall& c) {
  auto d = OwnDecision(c);
  if (!d) return;
  if (c.user->session.user.role != Role::kDepartment) {
    return c.Message(http::status::forbidden, "无权操作", "只有决定所属部门可以撤下。");
  }
  const std::string reason = c.form.Get("reason");
  if (reason.empty() || Utf8Length(reason) > 500) {
    return c.Message(http::status::bad_request, "无法撤下", "请填写原因（reason，最多500字）。");
  }
  const std::string kind_word = c.form.Get("kind");
  const auto kind =
      kind_word.empty() ? std::optional(RevocationKind::kRevoke) : ParseRevocationKind(kind_word);
  if (!kind) {
    return c.Message(http::status::bad_request, "无法撤下",
                     "撤下类型（kind）应为撤销（revoke）或撤回（withdraw）。");
  }
  const std::string at = FormatShanghaiTimestamp(c.now);
  const std::string back =
      "/console/records/" + std::string(KindName(d->kind)) + "/" + std::to_string(d->id);
  SubmitWrite(
      c,
      [id = d->id, dept = d->department_id, reason, at, kind = *kind,
       user = c.user->session.user.id](Database& db) {
        auto r = RevokeDecision(db, id, kind, reason, at);
        if (!r.ok()) return r.status();
        return AppendEvent(db, {at, "web.decision_revoked", dept, id,
                                "{\"user_id\":" + std::to_string(user) + "}"});
      },
      [back](const Request& head, const Status& s) -> Response {
        if (!s.ok()) {
          return MessagePage(head,
                             s.code() == StatusCode::kConflict ? http::status::conflict
                                                               : http::status::service_unavailable,
                             "无法撤下",
                             s.code() == StatusCode::kConflict ? "该决定已到期或已信用修复。"
                                                               : "保存失败，请重试。",
                             std::nullopt);
        }
        return Redirect(head, back + "?revoked=1");
      });
}

// This week's published notices of the department and what next Monday's
// regular run will publish for it.
void ShowNotices(WebCall& c) {
  const CivilDate today = ShanghaiDate(c.now);
  const CivilDate monday = MondayOf(today);
  const CivilDate next_monday = monday + date::days(7);
  std::string h = "<h2>本周已发布的公示</h2>\n";
  auto notices = ListNotices(c.a.db, false, INT64_MAX, 500);
  if (!notices.ok())
    return c.Message(http::status::internal_server_error, "出错了", notices.status().message());
  int shown = 0;
  std::string rows;
  for (const NoticeRow& n : *notices) {
    if (n.department_id != c.department->id || n.published_on < FormatCivilDate(monday)) continue;
    ++shown;
    rows += "<tr><td data-label=\"标题\">" +
            (n.portal_acknowledged_at
                 ? "<a href=\"/notices/" + std::to_string(n.id) + "\">" + Esc(n.title) + "</a>"
                 : Esc(n.title)) +
            "</td><td data-label=\"发布日期\">" + Esc(n.published_on) +
            "</td><td data-label=\"门户网站\">" + (n.portal_acknowledged_at ? "已发布" : "推送中") +
            "</td></tr>\n";
  }
  if (shown == 0) {
    h += "<p>本周（" + FormatCivilDate(monday) + "起）尚未发布本部门的公示。</p>\n";
  } else {
    h += "<div class=\"table-wrap\"><table "
         "class=\"cards\"><thead><tr><th>标题</th><th>发布日期</th><th>门户网站</th>"
         "</tr></thead><tbody>" +
         rows + "</tbody></table></div>\n";
  }
  // Next Monday's regular run covers decisions of this week (Monday..Sunday).
  std::map<Kind, int> pending;
  std::map<Kind, int> earlier;
  const std::string week_from = FormatCivilDate(monday);
  auto unplanned = ReadUnplanned(c.a.db);
  if (!unplanned.ok())
    return c.Message(http::status::internal_server_error, "出错了", unplanned.status().message());
  for (const PlanningRow& p : *unplanned) {
    if (p.row.department_id != c.department->id) continue;
    (p.row.decision_date >= week_from ? pending : earlier)[p.row.kind]++;
  }
  h += "<h2>下周一（" + FormatCivilDate(next_monday) + "）将发布</h2>\n<ul>";
  for (Kind k : {Kind::kLicense, Kind::kPenalty}) {
    h += "<li>" +
         Esc(NoticeTitle(c.options.jurisdiction, c.department->name, k, NoticeType::kRegular,
                         monday, monday + date::days(6))) +
         "：目前 " + std::to_string(pending[k]) + " 条</li>";
  }
  h += "</ul>\n";
  if (earlier[Kind::kLicense] + earlier[Kind::kPenalty] > 0) {
    h += "<p class=\"message warn\">另有 " +
         std::to_string(earlier[Kind::kLicense] + earlier[Kind::kPenalty]) +
         " 条此前各周的决定尚未公示，将以补充公示尽快发布。</p>\n";
  }
  Page p;
  p.title = "公示安排";
  p.body = std::move(h);
  c.Render(std::move(p));
}

bool RecordPath(const std::vector<std::string>& s, size_t size) {
  return s.size() == size && s[0] == "console" && s[1] == "records" && ParseKind(s[2]) &&
         SegmentId(s[3]);
}

}  // namespace

void RegisterRecordPages(Router& router, const WebOptions& options) {
  AddWebRoute(router, options, "/console/records", http::verb::get, Path({"console", "records"}),
              Access::kDepartment, ListRecords);
  AddWebRoute(
      router, options, "/console/records/{kind}/{id}", http::verb::get,
      [](const std::vector<std::string>& s) { return RecordPath(s, 4); }, Access::kLoggedIn,
      ShowRecord);
  AddWebRoute(
      router, options, "/console/records/{kind}/{id}/revoke", http::verb::post,
      [](const std::vector<std::string>& s) { return RecordPath(s, 5) && s[4] == "revoke"; },
      Access::kDepartment, RevokeRecord);
  AddWebRoute(router, options, "/console/notices", http::verb::get, Path({"console", "notices"}),
              Access::kDepartment, ShowNotices);
}

}  // namespace dpfeed
