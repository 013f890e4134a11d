// The console's page frame and the small pieces every page uses: escaping,
// the header with the user's name and the log-out form, the security
// headers (a Content-Security-Policy without inline scripts or styles),
// redirects and error pages.
//
// Thread-safety: pure functions.
// Contract: every text passed as `Esc`aped or through the helpers is
// escaped for HTML; `body` strings are trusted markup built by the pages.
// Pages link /static/console.css and only scripts under /static/.
#ifndef DPFEED_SERVICE_WEB_HTML_H_
#define DPFEED_SERVICE_WEB_HTML_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "service/api/http_message.h"
#include "service/store/token_repository.h"

namespace dpfeed {

// Escapes &, <, >, " and ' (the notice renderer's one escaper).
std::string Esc(std::string_view text);

// What the header shows about the logged-in user.
struct PageUser {
  std::string login;
  Role role = Role::kDepartment;
  std::string department_name;  // department users
  std::string csrf;
};

struct Page {
  std::string title;  // Chinese; the <title> and the <h1>
  std::string body;   // markup after the <h1>
  std::optional<PageUser> user;
  std::vector<std::string> scripts;  // paths under /static/
  bool public_site = false;          // citizens' pages: no console navigation
};

std::string RenderPage(const Page& page);

// The Content-Security-Policy of every console and public page.
inline constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; "
    "base-uri 'none'";

// An HTML reply with the security headers.
Response HtmlResponse(const Request& req, http::status status, std::string html);
// 303 See Other to `location` (a path on this site).
Response Redirect(const Request& req, const std::string& location);
// A page with a heading and one message (errors: 400, 403, 404 ...).
Response MessagePage(const Request& req, http::status status, const std::string& title,
                     const std::string& message, const std::optional<PageUser>& user);

// Form pieces.
std::string CsrfField(const std::string& csrf);
std::string HiddenField(std::string_view name, std::string_view value);
// "部门用户", "审计人员", "管理员".
const char* RoleTitle(Role role);

// Percent-encodes a query-string value.
std::string UrlEncode(std::string_view text);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_WEB_HTML_H_
