#include "service/web/web_auth.h"

#include <openssl/crypto.h>

#include "service/domain/trim.h"
#include "service/store/event_log.h"
#include "service/store/sha256.h"
#include "service/store/user_repository.h"
#include "service/web/password_hash.h"

namespace dpfeed {

namespace {

// A valid Argon2id hash of a password nobody has, verified against when the
// login does not exist so the reply takes as long as for a real user.
const std::string& DummyHash() {
  static const std::string kHash = [] {
    auto h = HashPassword("dpfeed-no-such-user-password");
    return h.ok() ? *h : std::string();
  }();
  return kHash;
}

}  // namespace

std::optional<std::string> CookieValue(const Request& req, std::string_view name) {
  for (auto it = req.find(http::field::cookie);
       it != req.end() && it->name() == http::field::cookie; ++it) {
    std::string_view rest = it->value();
    while (!rest.empty()) {
      const size_t semi = rest.find(';');
      std::string_view pair = TrimOws(rest.substr(0, semi));
      const size_t eq = pair.find('=');
      if (eq != std::string_view::npos && TrimOws(pair.substr(0, eq)) == name) {
        return std::string(TrimOws(pair.substr(eq + 1)));
      }
      if (semi == std::string_view::npos) break;
      rest.remove_prefix(semi + 1);
    }
  }
  return std::nullopt;
}

std::string CsrfToken(const std::string& session_secret) {
  return Sha256Hex("csrf:" + session_secret).substr(0, 32);
}

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

bool SecureContext(const Request& req, const WebOptions& options) {
  if (options.public_base_url.rfind("https://", 0) == 0) return true;
  auto it = req.find("X-Forwarded-Proto");
  return it != req.end() && it->value() == "https";
}

std::string SessionCookie(const std::string& secret, bool secure) {
  return std::string(kSessionCookie) + "=" + secret + "; Path=/; HttpOnly; SameSite=Strict" +
         (secure ? "; Secure" : "");
}

std::string ClearedSessionCookie(bool secure) {
  return std::string(kSessionCookie) + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" +
         (secure ? "; Secure" : "");
}

SessionLookup LookupSession(Database& db, const Request& req, TimePoint now,
                            const WebOptions& options) {
  SessionLookup out;
  auto secret = CookieValue(req, kSessionCookie);
  if (!secret || secret->size() != 64) return out;
  auto session = FindSession(db, Sha256Hex(*secret));
  if (!session.ok()) {
    out.user = session.status();
    return out;
  }
  const auto last_seen = ParseShanghaiDateTime(session->last_seen_at);
  const auto created = ParseShanghaiDateTime(session->created_at);
  if (!last_seen || !created) {
    out.user = Status::Corruption("session " + std::to_string(session->id) + ": bad timestamp");
    return out;
  }
  if (now - *last_seen > options.idle_timeout || now - *created > options.max_session_age ||
      session->user.disabled_at) {
    out.expired_id = session->id;
    out.user = Status::Unauthorized("会话已超时，请重新登录");
    return out;
  }
  CurrentUser u;
  u.needs_touch = now - *last_seen > std::chrono::minutes(1);
  u.session = std::move(session.value());
  u.csrf = CsrfToken(*secret);
  out.user = std::move(u);
  return out;
}

LoginCheck CheckLogin(Database& db, const std::string& login, const std::string& password,
                      TimePoint now) {
  LoginCheck c;
  auto user = IsValidLogin(login) ? FindUserByLogin(db, login)
                                  : Result<User>(Status::NotFound("invalid login"));
  if (!user.ok()) {
    VerifyPassword(DummyHash(), password);
    c.verdict = LoginVerdict::kUnknownLogin;
    return c;
  }
  c.user = *user;
  if (user->disabled_at) {
    c.verdict = LoginVerdict::kDisabled;
  } else if (user->locked_until && *user->locked_until > FormatShanghaiTimestamp(now)) {
    c.verdict = LoginVerdict::kLocked;
  } else {
    c.verdict = VerifyPassword(user->password_hash, password) ? LoginVerdict::kSuccess
                                                              : LoginVerdict::kWrongPassword;
  }
  return c;
}

Result<std::optional<int64_t>> ApplyLogin(Database& db, const LoginCheck& check,
                                          const std::string& session_hash, TimePoint now,
                                          const WebOptions& options) {
  const std::string at = FormatShanghaiTimestamp(now);
  switch (check.verdict) {
    case LoginVerdict::kUnknownLogin: {
      Status s = RecordUnknownLogin(db, at);
      if (!s.ok()) return s;
      return std::optional<int64_t>();
    }
    case LoginVerdict::kWrongPassword: {
      auto locked = RecordLoginFailure(db, check.user->id, options.max_failed_logins,
                                       FormatShanghaiTimestamp(now + options.lockout), at);
      if (!locked.ok()) return locked.status();
      return std::optional<int64_t>();
    }
    case LoginVerdict::kLocked:
    case LoginVerdict::kDisabled: {
      // Counted like a failure, without extending the lock.
      Status s = AppendEvent(db, {at, "user.login_refused", check.user->department_id, std::nullopt,
                                  "{\"user_id\":" + std::to_string(check.user->id) + "}"});
      if (!s.ok()) return s;
      return std::optional<int64_t>();
    }
    case LoginVerdict::kSuccess: {
      Status s = RecordLoginSuccess(db, check.user->id, at);
      if (!s.ok()) return s;
      auto id = CreateSession(db, check.user->id, session_hash, at);
      if (!id.ok()) return id.status();
      return std::optional<int64_t>(*id);
    }
  }
  return Status::Corruption("unknown login verdict");
}

}  // namespace dpfeed
