// Passwords, sessions, CSRF tokens and the lock-out, against a real SQLite
// file and the real Argon2id hashing (no browser).
#include "service/web/web_auth.h"

#include <gtest/gtest.h>

#include "service/store/sha256.h"
#include "service/store/user_repository.h"
#include "service/store/web_session_repository.h"
#include "service/web/password_hash.h"
#include "tests/unit/web/web_test_db.h"

namespace dpfeed {
namespace {

TimePoint At(const char* shanghai) { return *ParseShanghaiDateTime(shanghai); }

// Cheap cost for tests that hash many times; the encoded string carries it.
constexpr PasswordCost kTestCost{1, 1024, 1};

TEST(PasswordHashTest, VerifiesOnlyTheRightPassword) {
  auto h = HashPassword("correct horse battery", kTestCost);
  ASSERT_TRUE(h.ok());
  EXPECT_EQ(h->rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(VerifyPassword(*h, "correct horse battery"));
  EXPECT_FALSE(VerifyPassword(*h, "correct horse batterY"));
  EXPECT_FALSE(VerifyPassword("not-a-hash", "correct horse battery"));
  // The same password twice gets two salts.
  EXPECT_NE(*h, *HashPassword("correct horse battery", kTestCost));
}

TEST(PasswordHashTest, DefaultCostIsArgon2idAtNineteenMebibytes) {
  auto h = HashPassword("correct horse battery");
  ASSERT_TRUE(h.ok());
  EXPECT_NE(h->find("m=19456,t=2,p=1"), std::string::npos) << *h;
}

TEST(PasswordHashTest, RulesAndRandomPasswords) {
  EXPECT_FALSE(CheckPasswordRules("short", "x").ok());
  EXPECT_FALSE(CheckPasswordRules("zhang.san.1", "zhang.san.1").ok());
  EXPECT_TRUE(CheckPasswordRules("一二三四五六七八九十", "x").ok());
  auto p = RandomPassword();
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->size(), 16u);
  EXPECT_TRUE(CheckPasswordRules(*p, "x").ok());
  EXPECT_NE(*p, *RandomPassword());
}

TEST(CookieTest, FindsTheSessionCookieAmongOthers) {
  Request req(http::verb::get, "/console", 11);
  req.set(http::field::cookie, "a=1; dpfeed_session=abc ; b=2");
  EXPECT_EQ(CookieValue(req, kSessionCookie), "abc");
  EXPECT_EQ(CookieValue(req, "b"), "2");
  EXPECT_FALSE(CookieValue(req, "dpfeed").has_value());
  EXPECT_EQ(SessionCookie("s", false), "dpfeed_session=s; Path=/; HttpOnly; SameSite=Strict");
  EXPECT_NE(SessionCookie("s", true).find("; Secure"), std::string::npos);
  WebOptions tls;
  tls.public_base_url = "https://gk.example.gov.cn";
  EXPECT_TRUE(SecureContext(req, tls));
  EXPECT_FALSE(SecureContext(req, WebOptions{}));
  req.set("X-Forwarded-Proto", "https");
  EXPECT_TRUE(SecureContext(req, WebOptions{}));
}

TEST(CsrfTest, TokenIsPerSessionAndComparedInConstantTime) {
  const std::string a = CsrfToken(std::string(64, 'a'));
  EXPECT_EQ(a, CsrfToken(std::string(64, 'a')));
  EXPECT_NE(a, CsrfToken(std::string(64, 'b')));
  EXPECT_EQ(a.size(), 32u);
  EXPECT_TRUE(ConstantTimeEquals(a, a));
  EXPECT_FALSE(ConstantTimeEquals(a, a.substr(1)));
  EXPECT_FALSE(ConstantTimeEquals(a, ""));
}

class LoginTest : public WebDbTest {
 protected:
  void SetUp() override {
    WebDbTest::SetUp();
    auto h = HashPassword("correct horse battery", kTestCost);
    ASSERT_TRUE(h.ok());
    auto u = AddUser(*db_, "zhang.san", Role::kDepartment, department_.id, *h,
                     "2026-11-23T09:00:00.000+08:00", std::nullopt);
    ASSERT_TRUE(u.ok()) << u.status().ToString();
    user_ = *u;
  }

  // One attempt, checked and applied as the login page does.
  LoginCheck Attempt(const std::string& password, TimePoint now,
                     std::optional<int64_t>* session = nullptr) {
    // Each attempt gets its own cookie value; secret_ is the last session's.
    const std::string secret = std::string(60, 'c') + std::to_string(1000 + attempts_++);
    LoginCheck c = CheckLogin(*db_, "zhang.san", password, now);
    auto applied = ApplyLogin(*db_, c, Sha256Hex(secret), now, options_);
    EXPECT_TRUE(applied.ok()) << applied.status().ToString();
    if (applied.ok() && *applied) secret_ = secret;
    if (session != nullptr && applied.ok()) *session = *applied;
    return c;
  }

  int Events(const std::string& type) {
    Status s;
    Statement* st = db_->Prepare("SELECT count(*) FROM events WHERE type = ?", &s);
    st->Bind(1, type);
    st->Step(&s);
    const int n = static_cast<int>(st->ColumnInt(0));
    st->Reset();
    return n;
  }

  Request WithCookie(const std::string& secret) {
    Request req(http::verb::get, "/console", 11);
    req.set(http::field::cookie, "dpfeed_session=" + secret);
    return req;
  }

  User user_;
  WebOptions options_;
  std::string secret_;
  int attempts_ = 0;
};

TEST_F(LoginTest, RightPasswordOpensASessionStoredOnlyAsItsHash) {
  std::optional<int64_t> session;
  EXPECT_EQ(Attempt("correct horse battery", At("2026-11-23T10:00:00"), &session).verdict,
            LoginVerdict::kSuccess);
  ASSERT_TRUE(session.has_value());
  EXPECT_EQ(Events("user.login"), 1);
  Status s;
  Statement* st = db_->Prepare("SELECT count(*) FROM web_sessions WHERE session_hash = ?", &s);
  st->Bind(1, secret_);
  st->Step(&s);
  EXPECT_EQ(st->ColumnInt(0), 0) << "the cookie value itself must not be stored";
  st->Reset();

  SessionLookup found =
      LookupSession(*db_, WithCookie(secret_), At("2026-11-23T10:10:00"), options_);
  ASSERT_TRUE(found.user.ok());
  EXPECT_EQ(found.user->session.user.login, "zhang.san");
  EXPECT_EQ(found.user->csrf, CsrfToken(secret_));
  EXPECT_TRUE(found.user->needs_touch);
  EXPECT_FALSE(
      LookupSession(*db_, WithCookie(std::string(64, 'd')), At("2026-11-23T10:10:00"), options_)
          .user.ok());
}

TEST_F(LoginTest, IdleSessionExpiresAndLogoutEndsIt) {
  std::optional<int64_t> session;
  Attempt("correct horse battery", At("2026-11-23T10:00:00"), &session);
  ASSERT_TRUE(session.has_value());
  // Touched at 10:20: still alive at 10:49, 30 minutes after the touch.
  ASSERT_TRUE(TouchSession(*db_, *session, "2026-11-23T10:20:00.000+08:00").ok());
  EXPECT_TRUE(
      LookupSession(*db_, WithCookie(secret_), At("2026-11-23T10:49:00"), options_).user.ok());
  SessionLookup late =
      LookupSession(*db_, WithCookie(secret_), At("2026-11-23T10:51:00"), options_);
  EXPECT_FALSE(late.user.ok());
  EXPECT_EQ(late.expired_id, session);

  ASSERT_TRUE(EndSession(*db_, *session, "user.logout", "2026-11-23T10:21:00.000+08:00").ok());
  EXPECT_EQ(Events("user.logout"), 1);
  EXPECT_FALSE(
      LookupSession(*db_, WithCookie(secret_), At("2026-11-23T10:22:00"), options_).user.ok());
  EXPECT_EQ(EndSession(*db_, *session, "user.logout", "2026-11-23T10:23:00.000+08:00").code(),
            StatusCode::kNotFound);
}

TEST_F(LoginTest, FiveWrongPasswordsLockTheAccountEvenForTheRightOne) {
  const TimePoint t = At("2026-11-23T10:00:00");
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(Attempt("wrong password", t).verdict, LoginVerdict::kWrongPassword);
  }
  EXPECT_FALSE(FindUserById(*db_, user_.id)->locked_until.has_value());
  EXPECT_EQ(Attempt("wrong password", t).verdict, LoginVerdict::kWrongPassword);
  EXPECT_TRUE(FindUserById(*db_, user_.id)->locked_until.has_value());
  EXPECT_EQ(Events("user.locked"), 1);
  EXPECT_EQ(Events("user.login_failed"), 5);

  std::optional<int64_t> session;
  EXPECT_EQ(Attempt("correct horse battery", At("2026-11-23T10:14:00"), &session).verdict,
            LoginVerdict::kLocked);
  EXPECT_FALSE(session.has_value());
  // After the 15-minute lock the right password works and clears the count.
  EXPECT_EQ(Attempt("correct horse battery", At("2026-11-23T10:16:00"), &session).verdict,
            LoginVerdict::kSuccess);
  EXPECT_TRUE(session.has_value());
  EXPECT_EQ(FindUserById(*db_, user_.id)->failed_logins, 0);
}

TEST_F(LoginTest, UnknownLoginAndDisabledAccountNeverOpenASession) {
  LoginCheck unknown =
      CheckLogin(*db_, "li.si", "correct horse battery", At("2026-11-23T10:00:00"));
  EXPECT_EQ(unknown.verdict, LoginVerdict::kUnknownLogin);
  EXPECT_EQ(CheckLogin(*db_, "<script>", "x", At("2026-11-23T10:00:00")).verdict,
            LoginVerdict::kUnknownLogin);
  ASSERT_TRUE(
      SetUserDisabled(*db_, user_.id, true, "2026-11-23T10:00:00.000+08:00", std::nullopt).ok());
  std::optional<int64_t> session;
  EXPECT_EQ(Attempt("correct horse battery", At("2026-11-23T10:01:00"), &session).verdict,
            LoginVerdict::kDisabled);
  EXPECT_FALSE(session.has_value());
}

TEST_F(LoginTest, PasswordResetEndsSessionsAndUnlocks) {
  std::optional<int64_t> session;
  Attempt("correct horse battery", At("2026-11-23T10:00:00"), &session);
  for (int i = 0; i < 5; ++i) Attempt("wrong password", At("2026-11-23T10:01:00"));
  auto h = HashPassword("a new long password", kTestCost);
  ASSERT_TRUE(SetUserPassword(*db_, user_.id, *h, "2026-11-23T10:02:00.000+08:00", 7).ok());
  EXPECT_FALSE(
      LookupSession(*db_, WithCookie(secret_), At("2026-11-23T10:03:00"), options_).user.ok());
  EXPECT_EQ(Attempt("a new long password", At("2026-11-23T10:03:00")).verdict,
            LoginVerdict::kSuccess);
  EXPECT_EQ(Events("user.password_reset"), 1);
}

TEST_F(LoginTest, LoginsAreUniqueAndDepartmentUsersNeedADepartment) {
  EXPECT_EQ(AddUser(*db_, "zhang.san", Role::kAuditor, std::nullopt, "h", "t", std::nullopt)
                .status()
                .code(),
            StatusCode::kConflict);
  EXPECT_EQ(AddUser(*db_, "li.si", Role::kDepartment, std::nullopt, "h", "t", std::nullopt)
                .status()
                .code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(
      AddUser(*db_, "a b", Role::kAuditor, std::nullopt, "h", "t", std::nullopt).status().code(),
      StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace dpfeed
