// Issue 10 §4 against the real daemon: matter lists (事项清单) added,
// changed and cancelled with effective dates and full history, by API and
// CLI; each change's 20-working-day deadline and compliance state; and the
// auditor's list of decisions whose matter is not on the department's list.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <set>

#include "tests/integration/fixtures.h"
#include "tests/support/http_client.h"
#include "tests/support/http_receiver.h"
#include "tests/support/test_daemon.h"

namespace dpfeed::test {
namespace {

rapidjson::Document Json(const std::string& body) { return ParseJson(body); }

std::string Matter(const std::string& action, const std::string& code, const std::string& effective,
                   const std::string& name = "食品经营许可", const std::string& extra = "") {
  return "{\"action\":\"" + action + "\",\"kind\":\"license\",\"code\":\"" + code +
         "\",\"name\":\"" + name +
         "\",\"legal_basis\":\"《中华人民共和国食品安全法》第三十五条\",\"agency\":"
         "\"安丘市市场监督管理局\","
         "\"category\":\"普通\",\"effective_on\":\"" +
         effective + "\"" + extra + "}";
}

class MatterListTest : public ::testing::Test {
 protected:
  void SetUp() override {
    receiver_.SetStatusForAll(503);
    daemon_.SetClock("2026-11-23T10:00:00");  // Monday
    market_ = daemon_.AddDepartment("scjgj", "安丘市市场监督管理局", kMarketUscc);
    transport_ = daemon_.AddDepartment("jtysj", "安丘市交通运输局", kTransportUscc);
    auditor_ = daemon_.Token("auditor");
    admin_ = daemon_.Token("admin");
    daemon_.Start();
    client_ = std::make_unique<HttpClient>(daemon_.port());
  }

  std::string Deadline(const std::string& date) {
    CommandResult r = daemon_.Cli({"deadline", date, "--workdays", "20"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out.substr(0, 10);
  }

  // Both channels refuse: no matter-list notice gets through, so every
  // state of an unpublished change shows.
  HttpReceiver receiver_;
  TestDaemon daemon_{DPFEED_BINARY, ReceiverChannels(receiver_.port())};
  std::string market_, transport_, auditor_, admin_;
  std::unique_ptr<HttpClient> client_;
};

TEST_F(MatterListTest, AddChangeCancelKeepHistoryAndDeadlines) {
  HttpResult r = client_->Post("/api/v1/matters", Matter("add", "XK-001", "2026-11-02"), market_);
  ASSERT_EQ(r.status, 201) << r.body;
  auto d = Json(r.body);
  const std::string id = std::to_string(d["matter_id"].GetInt64());
  EXPECT_EQ(std::string(d["deadline"].GetString()), Deadline("2026-11-02"));
  EXPECT_EQ(client_->Post("/api/v1/matters", Matter("add", "XK-001", "2026-11-03"), market_).status,
            409);
  r = client_->Post("/api/v1/matters",
                    Matter("change", "XK-001", "2026-11-10", "食品经营许可（含网络经营）"),
                    market_);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(Json(r.body)["version"].GetInt(), 2);
  r = client_->Post("/api/v1/matters", Matter("change", "XK-001", "2026-11-05"), market_);
  EXPECT_EQ(r.status, 400) << r.body;  // before the latest change
  EXPECT_NE(r.body.find("2026-11-10"), std::string::npos);
  EXPECT_EQ(
      client_->Post("/api/v1/matters", Matter("change", "XK-404", "2026-11-10"), market_).status,
      404);
  r = client_->Post("/api/v1/matters",
                    "{\"action\":\"cancel\",\"kind\":\"license\",\"code\":\"XK-001\",\"effective_"
                    "on\":\"2026-11-20\","
                    "\"reason\":\"权力下放\"}",
                    market_);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(std::string(Json(r.body)["name"].GetString()), "食品经营许可（含网络经营）");
  EXPECT_EQ(
      client_->Post("/api/v1/matters", Matter("change", "XK-001", "2026-11-21"), market_).status,
      409);
  // Bad input names the field.
  r = client_->Post("/api/v1/matters", Matter("add", "XK 002", "2026-13-01", ""), market_);
  ASSERT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("name"), std::string::npos);
  EXPECT_NE(r.body.find("effective_on"), std::string::npos);
  EXPECT_NE(r.body.find("事项编码"), std::string::npos);
  // A name with a control character (JSON \u0007) or a right-to-left
  // override is refused like a department's name, and nothing is stored.
  for (const char* name : {"食品\\u0007经营许可", "食品\u202e经营许可"}) {
    r = client_->Post("/api/v1/matters", Matter("add", "XK-003", "2026-11-02", name), market_);
    EXPECT_EQ(r.status, 400) << r.body;
    EXPECT_NE(r.body.find("事项名称含有控制字符"), std::string::npos) << r.body;
  }
  EXPECT_EQ(client_->Get("/api/v1/matters", market_).body.find("XK-003"), std::string::npos);
  EXPECT_EQ(
      client_->Post("/api/v1/matters", Matter("add", "XK-002", "2026-11-02"), auditor_).status,
      403);

  // In effect on each date.
  auto at = [&](const std::string& date) {
    auto l = Json(client_->Get("/api/v1/matters?as_of=" + date, market_).body);
    return l["items"].Size() == 0 ? std::string("-")
                                  : std::string(l["items"][0]["name"].GetString());
  };
  EXPECT_EQ(at("2026-11-01"), "-");
  EXPECT_EQ(at("2026-11-02"), "食品经营许可");
  EXPECT_EQ(at("2026-11-15"), "食品经营许可（含网络经营）");
  EXPECT_EQ(at("2026-11-20"), "-");
  // The full history, each change with its compliance.
  auto h = Json(client_->Get("/api/v1/matters/" + id, market_).body);
  ASSERT_EQ(h["history"].Size(), 3u);
  EXPECT_EQ(std::string(h["history"][2]["action"].GetString()), "cancel");
  EXPECT_EQ(std::string(h["history"][2]["reason"].GetString()), "权力下放");
  EXPECT_EQ(client_->Get("/api/v1/matters/" + id, transport_).status, 403);
  EXPECT_EQ(Json(client_->Get("/api/v1/matters?as_of=2026-11-15", transport_).body)["items"].Size(),
            0u);
  EXPECT_EQ(Json(client_->Get("/api/v1/matters?as_of=2026-11-15", auditor_).body)["items"].Size(),
            1u);

  // An admin keeps another department's list; the CLI too.
  r = client_->Post(
      "/api/v1/matters",
      Matter("add", "JT-001", "2026-11-02", "道路运输经营许可", ",\"department\":\"jtysj\""),
      admin_);
  ASSERT_EQ(r.status, 201) << r.body;
  CommandResult cli = daemon_.Cli(
      {"matter", "add", "--department", "jtysj", "--kind", "penalty", "--code", "JT-CF-1", "--name",
       "对未取得道路运输经营许可擅自经营的处罚", "--legal-basis", "《道路运输条例》第六十三条",
       "--agency", "安丘市交通运输局", "--effective", "2026/11/03"});
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  EXPECT_NE(cli.out.find("\"deadline\":\"" + Deadline("2026-11-03") + "\""), std::string::npos)
      << cli.out;
  cli = daemon_.Cli({"matter", "list", "--department", "jtysj"});
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  EXPECT_NE(cli.out.find("JT-001"), std::string::npos);
  EXPECT_NE(cli.out.find("JT-CF-1"), std::string::npos);
  cli = daemon_.Cli({"matter", "cancel", "--department", "jtysj", "--kind", "penalty", "--code",
                     "JT-CF-9", "--effective", "2026-11-04"});
  EXPECT_EQ(cli.exit_code, 1);
  EXPECT_NE(cli.err.find("JT-CF-9"), std::string::npos);
}

TEST_F(MatterListTest, EachChangeHasADeadlineAndAState) {
  // Monday 2026-11-23: effective 10-09 -> deadline passed; 10-26 -> due today
  // (at risk); 11-20 -> pending.
  for (const auto& [code, date] : std::vector<std::pair<std::string, std::string>>{
           {"XK-101", "2026-10-09"}, {"XK-102", "2026-10-26"}, {"XK-103", "2026-11-20"}}) {
    ASSERT_EQ(client_->Post("/api/v1/matters", Matter("add", code, date), market_).status, 201);
  }
  EXPECT_EQ(Deadline("2026-10-26"), "2026-11-23");  // today: due, not yet overdue
  HttpResult r = client_->Get("/api/v1/compliance/matters?from=2026-10-01&to=2026-11-30", auditor_);
  ASSERT_EQ(r.status, 200) << r.body;
  auto d = Json(r.body);
  ASSERT_EQ(d["items"].Size(), 3u);
  std::map<std::string, std::string> state;
  for (const auto& item : d["items"].GetArray()) {
    state[item["code"].GetString()] = item["channels"]["portal"]["status"].GetString();
  }
  EXPECT_EQ(state, (std::map<std::string, std::string>{
                       {"XK-101", "overdue"}, {"XK-102", "at_risk"}, {"XK-103", "pending"}}));
  EXPECT_TRUE(d["items"][0]["late_recording"].GetBool());
  r = client_->Get(
      "/api/v1/compliance/matters?from=2026-10-01&to=2026-11-30&status=overdue&format=csv",
      auditor_);
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(r.body.find("XK-101"), std::string::npos);
  EXPECT_EQ(r.body.find("XK-103"), std::string::npos);
  EXPECT_EQ(client_->Get("/api/v1/compliance/matters", market_).status, 403);
}

TEST_F(MatterListTest, AuditorsListDecisionsWhoseMatterIsNotOnTheList) {
  ASSERT_EQ(client_->Post("/api/v1/matters", Matter("add", "XK-201", "2026-01-01"), market_).status,
            201);
  ASSERT_EQ(client_->Post("/api/v1/matters", Matter("add", "XK-202", "2026-01-01"), market_).status,
            201);
  ASSERT_EQ(client_
                ->Post("/api/v1/matters",
                       "{\"action\":\"cancel\",\"kind\":\"license\",\"code\":\"XK-202\","
                       "\"effective_on\":\"2026-11-01\"}",
                       market_)
                .status,
            201);
  auto post = [&](const std::string& wsh, const std::string& code) {
    HttpResult r = client_->Post(
        "/api/v1/licenses", LicenseJson(wsh, "2026-11-18", ",\"SXBM\":\"" + code + "\""), market_);
    EXPECT_EQ(r.status, 201) << r.body;
  };
  post("安市监许〔2026〕801号", "XK-201");  // on the list
  post("安市监许〔2026〕802号", "XK-202");  // cancelled before the decision
  post("安市监许〔2026〕803号", "XK-999");  // never on the list
  ASSERT_EQ(
      client_->Post("/api/v1/licenses", LicenseJson("安市监许〔2026〕804号", "2026-11-18"), market_)
          .status,
      201);
  HttpResult r =
      client_->Get("/api/v1/compliance/unlisted-decisions?from=2026-11-01&to=2026-11-30", auditor_);
  ASSERT_EQ(r.status, 200) << r.body;
  auto d = Json(r.body);
  ASSERT_EQ(d["items"].Size(), 2u) << r.body;
  std::map<std::string, std::string> reasons;
  for (const auto& item : d["items"].GetArray())
    reasons[item["wsh"].GetString()] = item["reason"].GetString();
  EXPECT_NE(reasons["安市监许〔2026〕802号"].find("2026-11-01"), std::string::npos);
  EXPECT_NE(reasons["安市监许〔2026〕803号"].find("不在"), std::string::npos);
}

}  // namespace
}  // namespace dpfeed::test
