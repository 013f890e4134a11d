// Who is using the console: the session cookie, its lookup, CSRF tokens,
// and the login decision with its lock-out.
//
// The cookie `dpfeed_session` holds 32 random bytes (hex); the database
// holds only their SHA-256. It is HttpOnly and SameSite=Strict, and Secure
// when the console is served over TLS (an https public_base_url, or a proxy
// saying X-Forwarded-Proto: https). The CSRF token of a session is derived
// from its secret (SHA-256 of "csrf:" + secret), so it needs no storage,
// differs per session and is useless without the cookie; every form
// carries it and every POST is refused without it.
//
// Thread-safety: pure functions, plus functions on the caller's connection.
// Contract: LookupSession is NotFound without a cookie or for an unknown
// or ended session, and Unauthorized (with the session id in `expired_id`)
// for a session past its idle timeout or maximum age; the caller ends it.
#ifndef DPFEED_SERVICE_WEB_WEB_AUTH_H_
#define DPFEED_SERVICE_WEB_WEB_AUTH_H_

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "service/api/http_message.h"
#include "service/calendar/shanghai_time.h"
#include "service/domain/status.h"
#include "service/store/database.h"
#include "service/store/web_session_repository.h"
#include "service/web/web_options.h"

namespace dpfeed {

inline constexpr std::string_view kSessionCookie = "dpfeed_session";

// The value of cookie `name` in the request, if any.
std::optional<std::string> CookieValue(const Request& req, std::string_view name);

std::string CsrfToken(const std::string& session_secret);
bool ConstantTimeEquals(std::string_view a, std::string_view b);

// Whether replies to this request should set Secure cookies.
bool SecureContext(const Request& req, const WebOptions& options);
std::string SessionCookie(const std::string& secret, bool secure);
std::string ClearedSessionCookie(bool secure);

struct CurrentUser {
  WebSession session;
  std::string csrf;
  bool needs_touch = false;  // last_seen_at is over a minute old
};

struct SessionLookup {
  Result<CurrentUser> user = Status::NotFound("no session");
  std::optional<int64_t> expired_id;  // set when the session timed out
};
SessionLookup LookupSession(Database& db, const Request& req, TimePoint now,
                            const WebOptions& options);

// The decision on one login attempt, before anything is written.
enum class LoginVerdict { kSuccess, kWrongPassword, kUnknownLogin, kLocked, kDisabled };
struct LoginCheck {
  LoginVerdict verdict = LoginVerdict::kUnknownLogin;
  std::optional<User> user;
};
// Verifies the password (Argon2id; also for an unknown login, against a
// dummy hash, so timing does not tell which logins exist).
LoginCheck CheckLogin(Database& db, const std::string& login, const std::string& password,
                      TimePoint now);

// The writes that follow a check, on the writer's connection: counts a
// failure (locking at the limit) or records the success and opens a
// session with `session_hash`. Returns the session id on success.
Result<std::optional<int64_t>> ApplyLogin(Database& db, const LoginCheck& check,
                                          const std::string& session_hash, TimePoint now,
                                          const WebOptions& options);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_WEB_WEB_AUTH_H_
