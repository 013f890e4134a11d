// Intake over loopback HTTP against the real daemon and a real SQLite file.
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <sqlite3.h>

#include <atomic>
#include <set>
#include <thread>

#include "tests/integration/fixtures.h"
#include "tests/support/http_client.h"
#include "tests/support/test_daemon.h"

namespace dpfeed::test {
namespace {

rapidjson::Document Json(const std::string& body) {
  rapidjson::Document d;
  d.Parse(body.c_str());
  return d;
}

class IntakeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    daemon_.SetClock("2026-11-23T10:00:00");
    market_ = daemon_.AddDepartment("scjgj", "安丘市市场监督管理局", kMarketUscc);
    transport_ = daemon_.AddDepartment("jtysj", "安丘市交通运输局", kTransportUscc);
    auditor_ = daemon_.Token("auditor");
    admin_ = daemon_.Token("admin");
    daemon_.Start();
    client_ = std::make_unique<HttpClient>(daemon_.port());
  }

  TestDaemon daemon_{DPFEED_BINARY};
  std::string market_, transport_, auditor_, admin_;
  std::unique_ptr<HttpClient> client_;
};

TEST_F(IntakeTest, StoresARecordAndReturnsIdVersionReceivedAtAndDeadline) {
  HttpResult r = client_->Post("/api/v1/penalties", PenaltyJson("安市监罚〔2026〕1号", "2026-11-20"), market_);
  ASSERT_EQ(r.status, 201) << r.body;
  auto d = Json(r.body);
  const auto& rec = d["records"][0];
  EXPECT_GT(rec["id"].GetInt64(), 0);
  EXPECT_EQ(rec["version"].GetInt(), 1);
  EXPECT_EQ(std::string(rec["outcome"].GetString()), "created");
  EXPECT_EQ(std::string(rec["received_at"].GetString()).substr(0, 19), "2026-11-23T10:00:00");
  EXPECT_EQ(std::string(rec["deadline"].GetString()), "2026-12-01");
  EXPECT_FALSE(rec["deadline_provisional"].GetBool());

  HttpResult got = client_->Get("/api/v1/penalties/" + std::to_string(rec["id"].GetInt64()), market_);
  ASSERT_EQ(got.status, 200) << got.body;
  auto g = Json(got.body);
  EXPECT_EQ(std::string(g["record"]["CF_WSH"].GetString()), "安市监罚〔2026〕1号");
  // The data-source unit is filled from the token's department.
  EXPECT_EQ(std::string(g["record"]["CF_SJLYDM"].GetString()), kMarketUscc);
  EXPECT_EQ(std::string(g["record"]["CF_SJLY"].GetString()), "安丘市市场监督管理局");
  EXPECT_EQ(g["versions"].Size(), 1u);
}

TEST_F(IntakeTest, AuthMatrix) {
  const std::string body = PenaltyJson("安市监罚〔2026〕2号", "2026-11-20");
  EXPECT_EQ(client_->Post("/api/v1/penalties", body).status, 401);
  EXPECT_EQ(client_->Post("/api/v1/penalties", body, "dpf_not_a_token").status, 401);
  EXPECT_EQ(client_->Post("/api/v1/penalties", body, auditor_).status, 403);
  EXPECT_EQ(client_->Post("/api/v1/penalties", body, admin_).status, 403);
  // Another department's data-source code: 403, and nothing stored.
  HttpResult foreign = client_->Post(
      "/api/v1/penalties",
      PenaltyJson("交罚〔2026〕9号", "2026-11-20", "0.5", std::string(",\"CF_SJLYDM\":\"") + kTransportUscc + "\""),
      market_);
  EXPECT_EQ(foreign.status, 403) << foreign.body;
  EXPECT_NE(foreign.body.find("CF_SJLYDM"), std::string::npos);

  HttpResult ok = client_->Post("/api/v1/penalties", body, market_);
  ASSERT_EQ(ok.status, 201);
  const std::string path = "/api/v1/penalties/" + std::to_string(Json(ok.body)["records"][0]["id"].GetInt64());
  EXPECT_EQ(client_->Get(path, market_).status, 200);
  EXPECT_EQ(client_->Get(path, transport_).status, 403);
  EXPECT_EQ(client_->Get(path, auditor_).status, 200);
  EXPECT_EQ(client_->Get(path, admin_).status, 200);
  EXPECT_EQ(client_->Get(path).status, 401);
  EXPECT_EQ(client_->Get("/api/v1/licenses/" + path.substr(path.rfind('/') + 1), market_).status, 404);

  // The transport department's list does not show the market's record.
  auto list = Json(client_->Get("/api/v1/penalties?from=2026-11-01&to=2026-11-30", transport_).body);
  EXPECT_EQ(list["items"].Size(), 0u);
  list = Json(client_->Get("/api/v1/penalties?from=2026-11-01&to=2026-11-30", auditor_).body);
  EXPECT_EQ(list["items"].Size(), 1u);
}

// DOMAIN §4: the unmasked original is readable only by the owning
// department and administrators. An auditor reads every record, masked as
// the public would see it, in one record, its versions and the list.
TEST_F(IntakeTest, AuditorsReadRecordsMaskedAndOnlyOwnersAndAdminsTheOriginal) {
  HttpResult ok =
      client_->Post("/api/v1/licenses", LicenseJson("安市监许〔2026〕77号", "2026-11-20"), market_);
  ASSERT_EQ(ok.status, 201) << ok.body;
  const std::string path =
      "/api/v1/licenses/" + std::to_string(Json(ok.body)["records"][0]["id"].GetInt64());
  for (const std::string* token : {&market_, &admin_}) {
    HttpResult full = client_->Get(path, *token);
    ASSERT_EQ(full.status, 200);
    EXPECT_NE(full.body.find("11010519491231002X"), std::string::npos);
    EXPECT_NE(full.body.find("\"view\":\"full\""), std::string::npos);
  }
  HttpResult audit = client_->Get(path, auditor_);
  ASSERT_EQ(audit.status, 200) << audit.body;
  EXPECT_NE(audit.body.find("\"view\":\"masked\""), std::string::npos) << audit.body;
  auto doc = Json(audit.body);
  EXPECT_STREQ(doc["record"]["XK_WSH"].GetString(), "安市监许〔2026〕77号");
  EXPECT_STREQ(doc["record"]["XK_XDR_MC"].GetString(), "张**");
  ASSERT_EQ(doc["versions"].Size(), 1u);
  for (const char* personal : {"11010519491231002X", "13812345678", "张三丰"}) {
    EXPECT_EQ(audit.body.find(personal), std::string::npos) << personal << " in " << audit.body;
  }
  EXPECT_EQ(client_->Get(path + "?view=full", auditor_).status, 403);
  HttpResult list = client_->Get("/api/v1/licenses?from=2026-11-01&to=2026-11-30", auditor_);
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(Json(list.body)["items"].Size(), 1u);
  EXPECT_EQ(list.body.find("11010519491231002X"), std::string::npos) << list.body;
  EXPECT_EQ(list.body.find("13812345678"), std::string::npos) << list.body;
  list = client_->Get("/api/v1/licenses?from=2026-11-01&to=2026-11-30", admin_);
  EXPECT_NE(list.body.find("11010519491231002X"), std::string::npos);
}

TEST_F(IntakeTest, RevokedTokenIsRefused) {
  const std::string token = daemon_.Token("department", "scjgj");
  EXPECT_EQ(client_->Post("/api/v1/penalties", PenaltyJson("安市监罚〔2026〕3号", "2026-11-20"), token).status, 201);
  CommandResult list = daemon_.Cli({"token", "list"});
  ASSERT_EQ(list.exit_code, 0);
  EXPECT_EQ(list.out.find(token), std::string::npos) << "token list must not show secrets";
  // The newest token is the last line.
  const std::string last = list.out.substr(list.out.rfind('\n', list.out.size() - 2) + 1);
  const std::string id = last.substr(0, last.find('\t'));
  ASSERT_EQ(daemon_.Cli({"token", "revoke", "--id", id}).exit_code, 0);
  EXPECT_EQ(client_->Post("/api/v1/penalties", PenaltyJson("安市监罚〔2026〕4号", "2026-11-20"), token).status, 401);
}

TEST_F(IntakeTest, ResubmissionIsANoOpAndChangedContentIsANewVersion) {
  const std::string body = PenaltyJson("安市监罚〔2026〕5号", "2026-11-20");
  HttpResult first = client_->Post("/api/v1/penalties", body, market_);
  ASSERT_EQ(first.status, 201);
  HttpResult again = client_->Post("/api/v1/penalties", body, market_);
  ASSERT_EQ(again.status, 200) << again.body;
  auto f = Json(first.body), a = Json(again.body);
  EXPECT_EQ(f["records"][0]["id"].GetInt64(), a["records"][0]["id"].GetInt64());
  EXPECT_EQ(a["records"][0]["version"].GetInt(), 1);
  EXPECT_EQ(std::string(a["records"][0]["outcome"].GetString()), "unchanged");

  HttpResult corrected = client_->Post("/api/v1/penalties", PenaltyJson("安市监罚〔2026〕5号", "2026-11-20", "0.8"), market_);
  ASSERT_EQ(corrected.status, 201);
  auto c = Json(corrected.body);
  EXPECT_EQ(c["records"][0]["id"].GetInt64(), f["records"][0]["id"].GetInt64());
  EXPECT_EQ(c["records"][0]["version"].GetInt(), 2);
  EXPECT_EQ(std::string(c["records"][0]["outcome"].GetString()), "corrected");
  auto g = Json(client_->Get("/api/v1/penalties/" + std::to_string(c["records"][0]["id"].GetInt64()), market_).body);
  ASSERT_EQ(g["versions"].Size(), 2u);
  EXPECT_EQ(std::string(g["versions"][0]["record"]["CF_NR_FK"].GetString()), "0.5");
  EXPECT_EQ(std::string(g["versions"][1]["record"]["CF_NR_FK"].GetString()), "0.8");
  EXPECT_EQ(std::string(g["record"]["CF_NR_FK"].GetString()), "0.8");
}

TEST_F(IntakeTest, ABadBatchStoresNothingAndListsEachProblem) {
  std::string batch = "[" + PenaltyJson("安市监罚〔2026〕6号", "2026-11-20") + "," +
                      PenaltyJson("安市监罚〔2026〕7号", "2026/11/19") + "," +
                      PenaltyJson("安市监罚〔2026〕8号", "2026-11-30", "0") + "]";
  HttpResult r = client_->Post("/api/v1/penalties", batch, market_);
  ASSERT_EQ(r.status, 422) << r.body;
  auto d = Json(r.body);
  ASSERT_EQ(d["records"].Size(), 1u);
  EXPECT_EQ(d["records"][0]["index"].GetInt(), 2);
  std::set<std::string> fields;
  for (const auto& e : d["records"][0]["errors"].GetArray()) fields.insert(e["field"].GetString());
  EXPECT_TRUE(fields.count("CF_JDRQ"));   // in the future
  EXPECT_TRUE(fields.count("CF_NR_FK"));  // 罚款 needs an amount > 0
  auto list = Json(client_->Get("/api/v1/penalties?from=2026-01-01&to=2026-12-31", market_).body);
  EXPECT_EQ(list["items"].Size(), 0u);

  // The same batch without the bad record goes through whole; the slash
  // date is normalised.
  batch = "[" + PenaltyJson("安市监罚〔2026〕6号", "2026-11-20") + "," +
          PenaltyJson("安市监罚〔2026〕7号", "2026/11/19") + "]";
  ASSERT_EQ(client_->Post("/api/v1/penalties", batch, market_).status, 201);
  list = Json(client_->Get("/api/v1/penalties?from=2026-11-19&to=2026-11-19", market_).body);
  ASSERT_EQ(list["items"].Size(), 1u);
  EXPECT_EQ(std::string(list["items"][0]["record"]["CF_JDRQ"].GetString()), "2026-11-19");
}

TEST_F(IntakeTest, MalformedInputGetsAClear400AndChangesNothing) {
  auto post = [&](const std::string& body) { return client_->Post("/api/v1/penalties", body, market_); };
  HttpResult r = post("{\"CF_WSH\": ");
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("JSON"), std::string::npos);
  EXPECT_EQ(post(std::string("{\"CF_XDR_MC\":\"\xff\xfe\"}")).status, 400);  // invalid UTF-8
  r = post(PenaltyJson("安市监罚〔2026〕9号", "2026-11-20", "0.5", ",\"CF_BZ\":12"));
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("CF_BZ"), std::string::npos);
  r = post(PenaltyJson("安市监罚〔2026〕9号", "2026-11-20", "0.5", ",\"CF_XKWS\":\"x\""));
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("CF_XKWS"), std::string::npos);
  EXPECT_EQ(post("42").status, 400);
  EXPECT_EQ(post("[]").status, 400);
  std::string many = "[";
  for (int i = 0; i < 1001; ++i) many += (i ? ",{}" : "{}");
  EXPECT_EQ(post(many + "]").status, 400);
  // Over the 8 MiB default body limit.
  HttpResult big = post("[\"" + std::string(9 * 1024 * 1024, 'a') + "\"]");
  EXPECT_TRUE(big.status == 413 || big.status == 0) << big.status;
  // A raw request that is not HTTP.
  EXPECT_NE(client_->Raw("NOT HTTP AT ALL\r\n\r\n").find("400"), std::string::npos);
  // The daemon is still up, and nothing was stored.
  HttpClient fresh(daemon_.port());
  auto list = Json(fresh.Get("/api/v1/penalties?from=2026-01-01&to=2026-12-31", market_).body);
  EXPECT_EQ(list["items"].Size(), 0u);
  EXPECT_EQ(fresh.Get("/healthz").status, 200);
}

TEST_F(IntakeTest, ListPagesByDecisionDate) {
  std::string batch = "[";
  for (int i = 1; i <= 25; ++i) {
    const std::string day = i < 10 ? "0" + std::to_string(i) : std::to_string(i);
    batch += (i > 1 ? "," : "") + LicenseJson("安市监许〔2026〕" + std::to_string(i) + "号", "2026-10-" + day);
  }
  ASSERT_EQ(client_->Post("/api/v1/licenses", batch + "]", market_).status, 201);
  std::set<std::string> seen;
  std::string after = "0";
  for (int page = 0; page < 10 && after != "null"; ++page) {
    auto d = Json(client_->Get("/api/v1/licenses?from=2026-10-05&to=2026-10-20&limit=4&after=" + after, market_).body);
    for (const auto& item : d["items"].GetArray()) seen.insert(item["decision_date"].GetString());
    after = d["next_after"].IsNull() ? "null" : std::to_string(d["next_after"].GetInt64());
  }
  EXPECT_EQ(seen.size(), 16u);
  EXPECT_EQ(*seen.begin(), "2026-10-05");
  EXPECT_EQ(*seen.rbegin(), "2026-10-20");
  EXPECT_EQ(client_->Get("/api/v1/licenses?from=2026-13-01", market_).status, 400);
  EXPECT_EQ(client_->Get("/api/v1/licenses?limit=0", market_).status, 400);
}

TEST_F(IntakeTest, HealthAndMetrics) {
  ASSERT_EQ(client_->Post("/api/v1/penalties", PenaltyJson("安市监罚〔2026〕10号", "2026-11-20"), market_).status, 201);
  HttpResult h = client_->Get("/healthz");
  EXPECT_EQ(h.status, 200);
  EXPECT_EQ(client_->Get("/metrics").status, 401);
  EXPECT_EQ(client_->Get("/metrics", market_).status, 403);
  HttpResult m = client_->Get("/metrics", admin_);
  ASSERT_EQ(m.status, 200);
  EXPECT_NE(m.body.find("dpfeed_http_requests_total{method=\"POST\",route=\"/api/v1/{kind}\",status=\"201\"} 1"),
            std::string::npos) << m.body;
  EXPECT_NE(m.body.find("dpfeed_records_stored_total 1"), std::string::npos);
  EXPECT_NE(m.body.find("dpfeed_commit_duration_seconds_bucket{le=\"+Inf\"}"), std::string::npos);
}

TEST_F(IntakeTest, RestartKeepsDataAndSigtermExitsCleanly) {
  HttpResult r = client_->Post("/api/v1/licenses", LicenseJson("安市监许〔2026〕99号", "2026-11-16"), market_);
  ASSERT_EQ(r.status, 201);
  const std::string path = "/api/v1/licenses/" + std::to_string(Json(r.body)["records"][0]["id"].GetInt64());
  client_.reset();
  EXPECT_EQ(daemon_.Stop(SIGTERM), 0) << daemon_.Log();
  daemon_.Start();
  HttpClient again(daemon_.port());
  HttpResult got = again.Get(path, market_);
  ASSERT_EQ(got.status, 200);
  EXPECT_EQ(std::string(Json(got.body)["record"]["XK_WSH"].GetString()), "安市监许〔2026〕99号");
}

TEST_F(IntakeTest, RefusesADatabaseFromANewerSchema) {
  client_.reset();
  ASSERT_EQ(daemon_.Stop(SIGTERM), 0);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(daemon_.database_path().c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  EXPECT_THROW(daemon_.Start(), std::runtime_error);
  EXPECT_NE(daemon_.Log().find("newer"), std::string::npos) << daemon_.Log();
}

TEST_F(IntakeTest, KillDashNineDuringLoadLosesNoAcknowledgedRecord) {
  std::atomic<bool> stop{false};
  std::mutex mu;
  std::set<int64_t> acknowledged;
  std::vector<std::thread> writers;
  for (int t = 0; t < 8; ++t) {
    writers.emplace_back([&, t] {
      HttpClient c(daemon_.port());
      for (int i = 0; !stop && i < 100000; ++i) {
        HttpResult r = c.Post("/api/v1/penalties",
                              PenaltyJson("安市监罚〔2026〕K" + std::to_string(t) + "-" + std::to_string(i) + "号",
                                          "2026-11-20"),
                              market_);
        if (r.status != 201) break;  // the daemon died mid-request: not acknowledged
        std::lock_guard<std::mutex> lock(mu);
        acknowledged.insert(Json(r.body)["records"][0]["id"].GetInt64());
      }
    });
  }
  while (true) {
    {
      std::lock_guard<std::mutex> lock(mu);
      if (acknowledged.size() >= 300) break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  daemon_.Stop(SIGKILL);
  stop = true;
  for (auto& w : writers) w.join();
  daemon_.Start();
  HttpClient c(daemon_.port());
  size_t found = 0;
  for (int64_t id : acknowledged) {
    if (c.Get("/api/v1/penalties/" + std::to_string(id), auditor_).status == 200) ++found;
  }
  EXPECT_EQ(found, acknowledged.size());
}

}  // namespace
}  // namespace dpfeed::test
