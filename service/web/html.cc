#include "service/web/html.h"

#include "publisher/notice_renderer.h"

namespace dpfeed {

std::string Esc(std::string_view text) { return HtmlEscape(std::string(text)); }

const char* RoleTitle(Role role) {
  switch (role) {
    case Role::kDepartment:
      return "部门用户";
    case Role::kAuditor:
      return "审计人员";
    case Role::kAdmin:
      return "管理员";
  }
  return "";
}

namespace {

std::string Nav(const PageUser& u) {
  std::string h = "<nav aria-label=\"主菜单\"><ul>";
  auto item = [&h](const char* href, const char* label) {
    h += std::string("<li><a href=\"") + href + "\">" + label + "</a></li>";
  };
  switch (u.role) {
    case Role::kDepartment:
      item("/console/records", "本部门决定");
      item("/console/new/license", "录入行政许可");
      item("/console/new/penalty", "录入行政处罚");
      item("/console/import", "批量导入");
      item("/console/notices", "公示安排");
      break;
    case Role::kAuditor:
      item("/console/audit", "合规看板");
      item("/console/audit/records", "记录明细");
      break;
    case Role::kAdmin:
      item("/console/admin", "部门与账户");
      item("/console/admin/outbox", "推送队列");
      item("/console/admin/calendar", "工作日历");
      item("/console/audit", "合规看板");
      break;
  }
  h += "</ul></nav>";
  return h;
}

}  // namespace

std::string RenderPage(const Page& page) {
  std::string h;
  h.reserve(page.body.size() + 2048);
  h += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  h += Esc(page.title);
  h += page.public_site ? " - 双公示信息" : " - 双公示管理平台";
  h += "</title>\n<link rel=\"stylesheet\" href=\"/static/console.css\">\n";
  for (const std::string& s : page.scripts) {
    h += "<script src=\"/static/" + Esc(s) + "\" defer></script>\n";
  }
  h += "</head>\n<body>\n<a class=\"skip\" href=\"#main\">跳到正文</a>\n<header class=\"top\">\n";
  if (page.public_site) {
    h += "<a class=\"brand\" href=\"/\">双公示信息公开</a>\n"
         "<nav aria-label=\"主菜单\"><ul><li><a href=\"/\">公示列表</a></li>"
         "<li><a href=\"/search\">查询</a></li></ul></nav>\n";
  } else {
    h += "<a class=\"brand\" href=\"/console\">双公示管理平台</a>\n";
    if (page.user) {
      const PageUser& u = *page.user;
      h += Nav(u);
      h += "<form class=\"logout\" method=\"post\" action=\"/console/logout\">";
      h += CsrfField(u.csrf);
      h += "<span class=\"who\">" + Esc(u.login) + "（" + RoleTitle(u.role);
      if (!u.department_name.empty()) h += "，" + Esc(u.department_name);
      h += "）</span> <button type=\"submit\">退出登录</button></form>\n";
    }
  }
  h += "</header>\n<main id=\"main\">\n<h1>";
  h += Esc(page.title);
  h += "</h1>\n";
  h += page.body;
  h += "\n</main>\n</body>\n</html>\n";
  return h;
}

Response HtmlResponse(const Request& req, http::status status, std::string html) {
  Response res = MakeResponse(req, status, "text/html; charset=utf-8", std::move(html));
  res.set("Content-Security-Policy", kContentSecurityPolicy);
  res.set("X-Content-Type-Options", "nosniff");
  res.set("X-Frame-Options", "DENY");
  res.set("Referrer-Policy", "same-origin");
  return res;
}

Response Redirect(const Request& req, const std::string& location) {
  Response res = MakeResponse(req, http::status::see_other, "text/plain; charset=utf-8", "");
  res.set(http::field::location, location);
  return res;
}

Response MessagePage(const Request& req, http::status status, const std::string& title,
                     const std::string& message, const std::optional<PageUser>& user) {
  Page p;
  p.title = title;
  p.user = user;
  p.body = "<p class=\"message\" role=\"alert\">" + Esc(message) + "</p>\n<p><a href=\"" +
           std::string(user ? "/console" : "/") + "\">返回首页</a></p>";
  return HtmlResponse(req, status, RenderPage(p));
}

std::string CsrfField(const std::string& csrf) {
  return "<input type=\"hidden\" name=\"csrf\" value=\"" + Esc(csrf) + "\">";
}

std::string HiddenField(std::string_view name, std::string_view value) {
  return "<input type=\"hidden\" name=\"" + Esc(name) + "\" value=\"" + Esc(value) + "\">";
}

std::string UrlEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

}  // namespace dpfeed
