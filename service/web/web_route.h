// How console and public pages are added to the api's router: one wrapper
// that finds the session, enforces the role, parses and CSRF-checks form
// posts, keeps the session alive, and hands the page a WebCall.
//
// Thread-safety: the handler runs on a reader thread with that thread's
// read-only connection (like the api's handlers); writes go through
// SubmitWrite to the writer, whose callback replies.
// Contract: a page needing a user answers a request without a valid
// session with 303 to /console/login (a timed-out session is ended, with
// an event); a user of another role gets 403; a POST without the
// session's CSRF token gets 403 and changes nothing. Every reply carries
// the security headers of html.h. Exactly one reply per request.
#ifndef DPFEED_SERVICE_WEB_WEB_ROUTE_H_
#define DPFEED_SERVICE_WEB_WEB_ROUTE_H_

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "service/api/handler.h"
#include "service/api/router.h"
#include "service/calendar/shanghai_time.h"
#include "service/store/department_repository.h"
#include "service/web/form_data.h"
#include "service/web/html.h"
#include "service/web/web_auth.h"
#include "service/web/web_options.h"

namespace dpfeed {

enum class Access {
  kPublic,      // citizens; no session looked up
  kLoggedIn,    // any console user
  kDepartment,  // department users
  kAuditor,     // auditors and administrators
  kAdmin,       // administrators
};

struct WebCall {
  HandlerArgs& a;
  const WebOptions& options;
  const std::vector<std::string>& seg;
  TimePoint now;
  std::optional<CurrentUser> user;
  std::optional<PageUser> page_user;
  std::optional<Department> department;  // the department user's own department
  FormData form;                         // POST bodies

  const Request& req() const { return a.req; }
  const std::map<std::string, std::string>& query() const { return a.target.query; }
  // The query parameter, or "" when absent.
  const std::string& Query(const std::string& name) const;
  void Reply(Response r) { a.reply(std::move(r)); }
  void Html(std::string html, http::status status = http::status::ok);
  void Render(Page page, http::status status = http::status::ok);
  void Message(http::status status, const std::string& title, const std::string& message);
  void Redirect(const std::string& location);
};

using WebHandler = std::function<void(WebCall&)>;
using SegmentMatch = std::function<bool(const std::vector<std::string>&)>;

void AddWebRoute(Router& router, const WebOptions& options, std::string pattern, http::verb verb,
                 SegmentMatch match, Access access, WebHandler handler);

// Runs `job` on the writer; `done` builds the reply from the durable outcome
// (called on the writer thread, with a copy of the request's head).
void SubmitWrite(WebCall& call, std::function<Status(Database&)> job,
                 std::function<Response(const Request& head, const Status& status)> done);

// Matches a path exactly, e.g. {"console", "login"}.
SegmentMatch Path(std::vector<std::string> parts);
// The segment as a positive id, if it is one.
std::optional<int64_t> SegmentId(const std::string& s);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_WEB_WEB_ROUTE_H_
