// A person on the web console over loopback, as a browser without
// JavaScript is: the login form (its CSRF cookie echoed in the form), the
// session cookie, and the CSRF token every console form carries.
//
// Not thread-safe: one session per test thread.
#ifndef DPFEED_TESTS_INTEGRATION_CONSOLE_SESSION_H_
#define DPFEED_TESTS_INTEGRATION_CONSOLE_SESSION_H_

#include <string>
#include <utility>
#include <vector>

#include "service/web/html.h"
#include "tests/support/http_client.h"

namespace dpfeed::test {

// The value of the first `name="…" value="…"` hidden field in `html`.
inline std::string HiddenValue(const std::string& html, const std::string& name) {
  const std::string key = "name=\"" + name + "\" value=\"";
  const size_t at = html.find(key);
  if (at == std::string::npos) return "";
  const size_t from = at + key.size();
  return html.substr(from, html.find('"', from) - from);
}

class ConsoleSession {
 public:
  using Fields = std::vector<std::pair<std::string, std::string>>;

  explicit ConsoleSession(int port) : client_(port) {}

  // Logs in and reads the CSRF token from the page the console opens
  // after its redirects (its log-out form carries it); false when the
  // console refused.
  bool Login(const std::string& login, const std::string& password) {
    HttpResult r = client_.Request(
        "POST", "/console/login",
        "csrf=t0&login=" + UrlEncode(login) + "&password=" + UrlEncode(password), "",
        {{"Content-Type", "application/x-www-form-urlencoded"},
         {"Cookie", "dpfeed_login_csrf=t0"}});
    if (r.status != 303) return false;
    const std::string cookie = r.headers["set-cookie"];
    cookie_ = cookie.substr(0, cookie.find(';'));
    std::string target = r.headers["location"];
    for (int hops = 0; hops < 3 && csrf_.empty(); ++hops) {
      HttpResult page = Get(target);
      csrf_ = HiddenValue(page.body, "csrf");
      target = page.headers["location"];
    }
    return !csrf_.empty();
  }

  HttpResult Get(const std::string& target) {
    return client_.Request("GET", target, "", "", {{"Cookie", cookie_}});
  }

  // A form as the browser posts it, with the session's CSRF token.
  HttpResult PostForm(const std::string& target, Fields fields) {
    fields.push_back({"csrf", csrf_});
    std::string body;
    for (const auto& [k, v] : fields) body += (body.empty() ? "" : "&") + k + "=" + UrlEncode(v);
    return client_.Request(
        "POST", target, body, "",
        {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", cookie_}});
  }

  // A multipart upload of one file (field "file") with the CSRF token.
  HttpResult Upload(const std::string& target, const std::string& filename,
                    const std::string& bytes) {
    const std::string b = "----dpfeedtestboundary";
    const std::string body =
        "--" + b + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf_ + "\r\n--" +
        b + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename +
        "\"\r\nContent-Type: text/csv\r\n\r\n" + bytes + "\r\n--" + b + "--\r\n";
    return client_.Request(
        "POST", target, body, "",
        {{"Content-Type", "multipart/form-data; boundary=" + b}, {"Cookie", cookie_}});
  }

  const std::string& csrf() const { return csrf_; }

 private:
  HttpClient client_;
  std::string cookie_, csrf_;
};

}  // namespace dpfeed::test

#endif  // DPFEED_TESTS_INTEGRATION_CONSOLE_SESSION_H_
