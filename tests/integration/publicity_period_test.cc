// Issue 10 §3 against the real daemon and a real receiver: severity and
// display periods (from YZCD, CF_GSJZQ or the default), CF_GSJZQ outside the
// severity's range refused, minor penalties withheld unless configured, and
// credit repair: refused before the minimum period with the date it becomes
// possible, then withdrawn from both channels and shown to auditors; and
// the end of a display period (a penalty's term, a license's XK_YXQZI): a
// withdrawal on both channels the day after the last day shown.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <chrono>
#include <map>
#include <thread>

#include "tests/integration/fixtures.h"
#include "tests/support/http_client.h"
#include "tests/support/http_receiver.h"
#include "tests/support/test_daemon.h"

namespace dpfeed::test {
namespace {

using namespace std::chrono_literals;

rapidjson::Document Json(const std::string& body) { return ParseJson(body); }

class PublicityPeriodTest : public ::testing::Test {
 protected:
  void Start(const std::string& extra = "") {
    daemon_ =
        std::make_unique<TestDaemon>(DPFEED_BINARY, ReceiverChannels(receiver_.port()) + extra);
    daemon_->SetClock("2026-11-20T12:00:00");  // Friday
    market_ = daemon_->AddDepartment("scjgj", "安丘市市场监督管理局", kMarketUscc);
    transport_ = daemon_->AddDepartment("jtysj", "安丘市交通运输局", kTransportUscc);
    auditor_ = daemon_->Token("auditor");
    admin_ = daemon_->Token("admin");
    daemon_->Start();
    client_ = std::make_unique<HttpClient>(daemon_->port());
  }

  rapidjson::Document PostOk(const std::string& body) {
    HttpResult r = client_->Post("/api/v1/penalties", body, market_);
    EXPECT_EQ(r.status, 201) << r.body;
    return Json(r.body);
  }

  bool WaitFor(const std::function<bool()>& done) {
    const auto until = std::chrono::steady_clock::now() + 20s;
    while (std::chrono::steady_clock::now() < until) {
      if (done()) return true;
      std::this_thread::sleep_for(50ms);
    }
    return false;
  }

  HttpReceiver receiver_;
  std::unique_ptr<TestDaemon> daemon_;
  std::unique_ptr<HttpClient> client_;
  std::string market_, transport_, auditor_, admin_;
};

TEST_F(PublicityPeriodTest, SeverityDecidesTheDisplayPeriod) {
  Start();
  // Default: ordinary, shown one year.
  auto d = PostOk(PenaltyJson("安市监罚〔2026〕701号", "2026-11-18"));
  EXPECT_EQ(std::string(d["records"][0]["severity"].GetString()), "ordinary");
  EXPECT_EQ(std::string(d["records"][0]["display_until"].GetString()), "2027-11-18");
  // From the field: serious, three years.
  d = PostOk(PenaltyJson("安市监罚〔2026〕702号", "2026-11-18", "0.5", ",\"YZCD\":\"严重\""));
  EXPECT_EQ(std::string(d["records"][0]["severity"].GetString()), "serious");
  EXPECT_EQ(std::string(d["records"][0]["display_until"].GetString()), "2029-11-18");
  // From CF_GSJZQ: two years is serious.
  d = PostOk(
      PenaltyJson("安市监罚〔2026〕703号", "2026-11-18", "0.5", ",\"CF_GSJZQ\":\"2028-11-18\""));
  EXPECT_EQ(std::string(d["records"][0]["severity"].GetString()), "serious");
  EXPECT_EQ(std::string(d["records"][0]["display_until"].GetString()), "2028-11-18");
  // Outside the severity's range: refused with the range.
  HttpResult r = client_->Post("/api/v1/penalties",
                               PenaltyJson("安市监罚〔2026〕704号", "2026-11-18", "0.5",
                                           ",\"YZCD\":\"一般\",\"CF_GSJZQ\":\"2028-11-18\""),
                               market_);
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_NE(r.body.find("2027-02-18至2027-11-18"), std::string::npos) << r.body;
  // A minor penalty is kept and counted, not published.
  d = PostOk(PenaltyJson("安市监罚〔2026〕705号", "2026-11-18", "0.5", ",\"YZCD\":\"轻微\""));
  EXPECT_EQ(std::string(d["records"][0]["withheld_reason"].GetString()), "轻微处罚不予公示");
}

TEST_F(PublicityPeriodTest, MinorPenaltiesArePublishedWhenConfiguredForAtMostThreeMonths) {
  Start(", \"publicity\": {\"publish_minor\": true}");
  auto d = PostOk(PenaltyJson("安市监罚〔2026〕711号", "2026-11-18", "0.5", ",\"YZCD\":\"轻微\""));
  EXPECT_FALSE(d["records"][0].HasMember("withheld_reason"));
  EXPECT_EQ(std::string(d["records"][0]["display_until"].GetString()), "2027-02-18");
}

TEST_F(PublicityPeriodTest, TheWindowPerSeverityIsConfiguration) {
  Start(", \"publicity\": {\"ordinary\": {\"min_months\": 6, \"max_months\": 24}}");
  auto d = PostOk(PenaltyJson("安市监罚〔2026〕741号", "2026-11-18"));
  EXPECT_EQ(std::string(d["records"][0]["severity"].GetString()), "ordinary");
  EXPECT_EQ(std::string(d["records"][0]["display_until"].GetString()), "2028-11-18");
  HttpResult r = client_->Post("/api/v1/penalties",
                               PenaltyJson("安市监罚〔2026〕742号", "2026-11-18", "0.5",
                                           ",\"YZCD\":\"一般\",\"CF_GSJZQ\":\"2027-02-18\""),
                               market_);
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_NE(r.body.find("2027-05-18至2028-11-18"), std::string::npos) << r.body;
}

TEST_F(PublicityPeriodTest, CreditRepairWithdrawsFromBothChannelsAfterTheMinimum) {
  Start();
  auto d = PostOk(PenaltyJson("安市监罚〔2026〕721号", "2026-11-18"));
  const std::string path =
      "/api/v1/penalties/" + std::to_string(d["records"][0]["id"].GetInt64()) + "/repair";
  daemon_->SetClock("2026-11-23T09:00:30");
  ASSERT_TRUE(WaitFor([&] { return receiver_.RequestCount() >= 2; })) << daemon_->Log();
  // Citizens find it once the portal's acknowledgement is recorded.
  EXPECT_TRUE(WaitFor(
      [&] { return client_->Get("/search?q=721").body.find("721号") != std::string::npos; }));

  const std::string body = "{\"reference\":\"安信修〔2027〕3号\",\"date\":\"2027-02-01\"}";
  daemon_->SetClock("2027-02-01T10:00:00");
  EXPECT_EQ(client_->Post(path, body, auditor_).status, 403);
  EXPECT_EQ(client_->Post(path, body, transport_).status, 403);
  EXPECT_EQ(client_->Post(path, "{\"reference\":\"\"}", market_).status, 400);
  EXPECT_EQ(client_->Post("/api/v1/licenses/1/repair", body, market_).status, 404);
  // Before the ordinary minimum of 3 months: refused with the date.
  HttpResult early = client_->Post(path, body, market_);
  ASSERT_EQ(early.status, 400) << early.body;
  EXPECT_NE(early.body.find("2027-02-18"), std::string::npos) << early.body;
  // After it: accepted, withdrawn from both channels.
  daemon_->SetClock("2027-03-01T10:00:00");
  const std::string later = "{\"reference\":\"安信修〔2027〕3号\",\"date\":\"2027-03-01\"}";
  HttpResult ok = client_->Post(path, later, admin_);
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(std::string(Json(ok.body)["status"].GetString()), "repaired");
  EXPECT_EQ(client_->Post(path, later, market_).status, 409);
  // The repair is planned at the next tick: the one at 10:00 may have run
  // before the repair was recorded.
  daemon_->SetClock("2027-03-01T10:15:00");
  ASSERT_TRUE(WaitFor([&] { return receiver_.RequestCount() >= 4; })) << daemon_->Log();
  int withdrawals = 0;
  for (const ReceivedRequest& q : receiver_.Requests()) {
    if (q.body.find("信用修复") != std::string::npos &&
        q.body.find("安市监罚〔2026〕721号") != std::string::npos) {
      ++withdrawals;
    }
  }
  EXPECT_EQ(withdrawals, 2);  // portal and credit
  // Nor do citizens find it any more.
  const std::string search = client_->Get("/search?q=721").body;
  EXPECT_NE(search.find("search-summary"), std::string::npos) << search;
  EXPECT_EQ(search.find("721号"), std::string::npos) << search;

  // Auditors see the repair.
  auto records =
      Json(client_->Get("/api/v1/compliance/records?from=2026-11-18&to=2026-11-18", auditor_).body);
  ASSERT_EQ(records["items"].Size(), 1u);
  const auto& item = records["items"][0];
  EXPECT_EQ(std::string(item["status"].GetString()), "repaired");
  EXPECT_EQ(std::string(item["credit_repair"]["reference"].GetString()), "安信修〔2027〕3号");
  EXPECT_EQ(std::string(item["credit_repair"]["date"].GetString()), "2027-03-01");
  EXPECT_EQ(std::string(item["channels"]["portal"]["status"].GetString()), "on_time");
}

TEST_F(PublicityPeriodTest, DisplayPeriodsEndWithAWithdrawalOnBothChannels) {
  Start();
  // An ordinary penalty: shown one year, until 2027-11-18.
  PostOk(PenaltyJson("安市监罚〔2026〕731号", "2026-11-18"));
  // A license valid until 2027-11-20 (XK_YXQZI), and a long-term one.
  std::string limited = LicenseJson("安市监许〔2026〕731号", "2026-11-18");
  limited.replace(limited.find("2099-12-31"), 10, "2027/11/20");
  for (const std::string& body : {limited, LicenseJson("安市监许〔2026〕732号", "2026-11-18")}) {
    HttpResult r = client_->Post("/api/v1/licenses", body, market_);
    ASSERT_EQ(r.status, 201) << r.body;
  }
  daemon_->SetClock("2026-11-23T09:00:30");
  ASSERT_TRUE(WaitFor([&] { return receiver_.RequestCount() >= 4; })) << daemon_->Log();

  auto withdrawn = [&](const std::string& wsh) {
    int n = 0;
    for (const ReceivedRequest& q : receiver_.Requests()) {
      if (q.response_status == 200 && q.body.find("公示期满") != std::string::npos &&
          q.body.find(wsh) != std::string::npos)
        ++n;
    }
    return n;
  };
  // The last day shown is still shown.
  daemon_->SetClock("2027-11-18T23:50:00");
  std::this_thread::sleep_for(800ms);
  EXPECT_EQ(withdrawn("安市监罚〔2026〕731号"), 0);
  // The day after: withdrawn from both channels as 公示期满.
  daemon_->SetClock("2027-11-19T00:15:00");
  ASSERT_TRUE(WaitFor([&] { return withdrawn("安市监罚〔2026〕731号") == 2; })) << daemon_->Log();
  EXPECT_EQ(withdrawn("安市监许〔2026〕731号"), 0);
  daemon_->SetClock("2027-11-21T00:15:00");
  ASSERT_TRUE(WaitFor([&] { return withdrawn("安市监许〔2026〕731号") == 2; })) << daemon_->Log();
  // The long-term license stays; no record is withdrawn twice.
  daemon_->SetClock("2030-01-01T00:15:00");
  std::this_thread::sleep_for(800ms);
  EXPECT_EQ(withdrawn("安市监许〔2026〕732号"), 0);
  EXPECT_EQ(withdrawn("安市监罚〔2026〕731号"), 2);

  // Auditors see the state; citizens no longer find them.
  auto records =
      Json(client_->Get("/api/v1/compliance/records?from=2026-11-18&to=2026-11-18", auditor_).body);
  std::map<std::string, std::string> status;
  for (const auto& item : records["items"].GetArray())
    status[item["wsh"].GetString()] = item["status"].GetString();
  EXPECT_EQ(status["安市监罚〔2026〕731号"], "expired");
  EXPECT_EQ(status["安市监许〔2026〕731号"], "expired");
  EXPECT_EQ(status["安市监许〔2026〕732号"], "active");
  const std::string search = client_->Get("/search?q=%E5%AE%89%E5%B8%82%E7%9B%91").body;  // 安市监
  EXPECT_EQ(search.find("安市监罚〔2026〕731号"), std::string::npos);
  EXPECT_EQ(search.find("安市监许〔2026〕731号"), std::string::npos);
  EXPECT_NE(search.find("安市监许〔2026〕732号"), std::string::npos) << search;
}

}  // namespace
}  // namespace dpfeed::test
