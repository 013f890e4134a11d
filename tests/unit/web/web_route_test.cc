// The console's routes through the real router, writer and reader pool on a
// real SQLite file, without sockets or a browser: sessions, roles, CSRF on
// every POST, and the security headers.
#include <gtest/gtest.h>

#include <future>

#include "service/api/router.h"
#include "service/calendar/shanghai_time.h"
#include "service/store/decision_repository.h"
#include "service/store/reader_pool.h"
#include "service/store/sha256.h"
#include "service/store/user_repository.h"
#include "service/store/web_session_repository.h"
#include "service/store/writer.h"
#include "service/web/console_pages.h"
#include "service/web/password_hash.h"
#include "service/web/web_auth.h"
#include "tests/unit/web/web_test_db.h"

namespace dpfeed {
namespace {

class WebRouteTest : public WebDbTest {
 protected:
  void SetUp() override {
    WebDbTest::SetUp();
    const std::string at = "2026-11-23T10:00:00.000+08:00";
    auto h = HashPassword("correct horse battery", PasswordCost{1, 1024, 1});
    ASSERT_TRUE(h.ok());
    auto staff =
        AddUser(*db_, "zhang.san", Role::kDepartment, department_.id, *h, at, std::nullopt);
    ASSERT_TRUE(staff.ok());
    ASSERT_TRUE(CreateSession(*db_, staff->id, Sha256Hex(kStaffSecret), at).ok());
    db_.reset();  // the writer owns the write connection from here
    auto writer_db = Database::Open((dir_ / "t.db").string());
    ASSERT_TRUE(writer_db.ok());
    writer_ = std::make_unique<Writer>(std::move(writer_db.value()));
    ReaderPool::Options reader_options;
    reader_options.threads = 1;
    auto readers = ReaderPool::Open((dir_ / "t.db").string(), reader_options);
    ASSERT_TRUE(readers.ok());
    readers_ = std::move(readers.value());
    ctx_.writer = writer_.get();
    ctx_.readers = readers_.get();
    ctx_.calendar = WorkCalendar::BuiltIn();
    ctx_.clock = &clock_;
    ctx_.metrics = &metrics_;
    ctx_.jurisdiction = "安丘市";
    router_ = std::make_unique<Router>(ctx_);
    options_.jurisdiction = "安丘市";
    RegisterWebRoutes(*router_, options_);
  }
  void TearDown() override {
    readers_->Stop();
    writer_->Stop();
    WebDbTest::TearDown();
  }

  Response Send(http::verb verb, const std::string& target, const std::string& cookie = "",
                const std::string& form = "") {
    Request req(verb, target, 11);
    if (!cookie.empty()) req.set(http::field::cookie, "dpfeed_session=" + cookie);
    if (verb == http::verb::post) {
      req.set(http::field::content_type, "application/x-www-form-urlencoded");
      req.body() = form;
      req.prepare_payload();
    }
    std::promise<Response> done;
    router_->Handle(std::move(req), [&done](Response r) { done.set_value(std::move(r)); });
    return done.get_future().get();
  }

  static constexpr const char* kStaffSecret =
      "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
  ManualClock clock_{*ParseShanghaiDateTime("2026-11-23T10:05:00")};
  Metrics metrics_;
  ApiContext ctx_;
  WebOptions options_;
  std::unique_ptr<Writer> writer_;
  std::unique_ptr<ReaderPool> readers_;
  std::unique_ptr<Router> router_;
};

TEST_F(WebRouteTest, WithoutASessionTheConsoleSendsYouToTheLoginPage) {
  Response r = Send(http::verb::get, "/console/records?kind=penalty");
  EXPECT_EQ(r.result(), http::status::see_other);
  EXPECT_EQ(r[http::field::location], "/console/login?next=%2Fconsole%2Frecords%3Fkind%3Dpenalty");
  Response login = Send(http::verb::get, "/console/login");
  EXPECT_EQ(login.result(), http::status::ok);
  EXPECT_NE(std::string(login["Content-Security-Policy"]).find("script-src 'self'"),
            std::string::npos);
  EXPECT_NE(std::string(login[http::field::set_cookie]).find("dpfeed_login_csrf="),
            std::string::npos);
}

TEST_F(WebRouteTest, ADepartmentUserSeesOwnPagesButNotTheAuditorsOrAdmins) {
  EXPECT_EQ(Send(http::verb::get, "/console/records", kStaffSecret).result(), http::status::ok);
  EXPECT_EQ(Send(http::verb::get, "/console/new/license", kStaffSecret).result(), http::status::ok);
  EXPECT_EQ(Send(http::verb::get, "/console/audit", kStaffSecret).result(),
            http::status::forbidden);
  EXPECT_EQ(Send(http::verb::get, "/console/admin", kStaffSecret).result(),
            http::status::forbidden);
}

TEST_F(WebRouteTest, APostWithoutTheSessionsCsrfTokenIsRefused) {
  const std::string form = "XK_WSH=x&action=preview";
  Response forged = Send(http::verb::post, "/console/new/license", kStaffSecret, form);
  EXPECT_EQ(forged.result(), http::status::forbidden);
  Response wrong = Send(http::verb::post, "/console/new/license", kStaffSecret,
                        form + "&csrf=" + CsrfToken("other"));
  EXPECT_EQ(wrong.result(), http::status::forbidden);
  Response right = Send(http::verb::post, "/console/new/license", kStaffSecret,
                        form + "&csrf=" + CsrfToken(kStaffSecret));
  EXPECT_EQ(right.result(), http::status::unprocessable_entity)
      << "past CSRF: the record is validated";
  EXPECT_NE(right.body().find("id=\"e_XK_XDR_MC\""), std::string::npos);
}

TEST_F(WebRouteTest, TheDepartmentWithdrawsARecordAsEnteredInErrorAndAmendsTheReason) {
  DecisionWrite w;
  w.department_id = department_.id;
  w.kind = Kind::kPenalty;
  w.wsh = "安市监罚〔2026〕9号";
  w.decision_date = "2026-11-18";
  w.deadline = "2026-11-27";
  w.content = "{\"CF_XDR_MC\":\"安丘市某某食品有限公司\",\"CF_WSH\":\"安市监罚〔2026〕9号\"}";
  int64_t id = 0;
  ASSERT_TRUE(writer_
                  ->Run([&](Database& db) {
                    auto r = UpsertDecision(db, w, "2026-11-23T10:00:00.000+08:00");
                    if (r.ok()) id = r->id;
                    return r.status();
                  })
                  .ok());
  const std::string page = "/console/records/penalty/" + std::to_string(id);
  const std::string csrf = "&csrf=" + CsrfToken(kStaffSecret);
  EXPECT_EQ(
      Send(http::verb::post, page + "/revoke", kStaffSecret, "kind=bogus&reason=x" + csrf).result(),
      http::status::bad_request);
  Response r =
      Send(http::verb::post, page + "/revoke", kStaffSecret,
           "kind=withdraw&reason=%E5%BD%95%E5%85%A5%E9%94%99%E8%AF%AF" + csrf);  // 录入错误
  ASSERT_EQ(r.result(), http::status::see_other) << r.body();
  std::string body = Send(http::verb::get, page, kStaffSecret).body();
  EXPECT_NE(body.find("已撤回"), std::string::npos) << body;
  EXPECT_NE(body.find("修改撤下原因"), std::string::npos);
  // Amended: a revoked decision (撤销) after all, with its reason.
  r = Send(http::verb::post, page + "/revoke", kStaffSecret,
           "kind=revoke&reason=%E5%A4%8D%E8%AE%AE%E6%92%A4%E9%94%80" + csrf);  // 复议撤销
  ASSERT_EQ(r.result(), http::status::see_other) << r.body();
  body = Send(http::verb::get, page, kStaffSecret).body();
  EXPECT_NE(body.find("已撤销"), std::string::npos) << body;
  EXPECT_NE(body.find("原因：复议撤销"), std::string::npos) << body;
}

TEST_F(WebRouteTest, AnIdleSessionEndsAndItsCookieIsCleared) {
  clock_.Set(*ParseShanghaiDateTime("2026-11-23T10:31:00"));  // 31 minutes after the login
  Response r = Send(http::verb::get, "/console/records", kStaffSecret);
  EXPECT_EQ(r.result(), http::status::see_other);
  EXPECT_EQ(r[http::field::location], "/console/login?expired=1");
  EXPECT_NE(std::string(r[http::field::set_cookie]).find("Max-Age=0"), std::string::npos);
}

TEST_F(WebRouteTest, StaticAssetsAndPublicPagesNeedNoSession) {
  Response css = Send(http::verb::get, "/static/console.css");
  EXPECT_EQ(css.result(), http::status::ok);
  EXPECT_EQ(css[http::field::content_type], "text/css; charset=utf-8");
  Response echarts = Send(http::verb::get, "/static/echarts.min.js");
  EXPECT_EQ(echarts.result(), http::status::ok);
  EXPECT_GT(echarts.body().size(), 500000u) << "ECharts is embedded, not fetched from elsewhere";
  EXPECT_EQ(Send(http::verb::get, "/static/nosuch.js").result(), http::status::not_found);
  Response home = Send(http::verb::get, "/");
  EXPECT_EQ(home.result(), http::status::ok);
  EXPECT_EQ(home.body().find("<script"), std::string::npos)
      << "public pages work without JavaScript";
}

}  // namespace
}  // namespace dpfeed
