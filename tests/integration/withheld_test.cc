// Issue 10 §2 and §6 (compliance side), against the real daemon and a real
// receiver: withheld records (不予公开) are stored, counted and shown to
// auditors with their reason, never published; records about minors are
// withheld automatically; a department with nothing published has no
// on-time rate and unpublished records no service lag.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <chrono>
#include <thread>

#include "tests/integration/fixtures.h"
#include "tests/support/http_client.h"
#include "tests/support/http_receiver.h"
#include "tests/support/test_daemon.h"

namespace dpfeed::test {
namespace {

using namespace std::chrono_literals;

rapidjson::Document Json(const std::string& body) { return ParseJson(body); }

// A license to a person born 2010-01-01: a minor on every 2026 date.
constexpr const char* kMinorId = "110105201001010010";

std::string MinorLicense(const std::string& wsh, const std::string& jdrq) {
  std::string body = LicenseJson(wsh, jdrq);
  body.replace(body.find("11010519491231002X"), 18, kMinorId);
  return body;
}

class WithheldTest : public ::testing::Test {
 protected:
  void SetUp() override {
    daemon_ = std::make_unique<TestDaemon>(DPFEED_BINARY, ReceiverChannels(receiver_.port()));
    daemon_->SetClock("2026-11-20T12:00:00");  // Friday
    market_ = daemon_->AddDepartment("scjgj", "安丘市市场监督管理局", kMarketUscc);
    transport_ = daemon_->AddDepartment("jtysj", "安丘市交通运输局", kTransportUscc);
    auditor_ = daemon_->Token("auditor");
    daemon_->Start();
    client_ = std::make_unique<HttpClient>(daemon_->port());
  }

  HttpReceiver receiver_;
  std::unique_ptr<TestDaemon> daemon_;
  std::unique_ptr<HttpClient> client_;
  std::string market_, transport_, auditor_;
};

TEST_F(WithheldTest, WithheldRecordsAreKeptCountedAndNeverPublished) {
  // A trade secret, shared only inside government.
  HttpResult secret =
      client_->Post("/api/v1/penalties",
                    PenaltyJson("安市监罚〔2026〕601号", "2026-11-18", "0.5",
                                ",\"SYFW\":\"1\",\"BYGKLY\":\"商业秘密\",\"BYGKYJ\":"
                                "\"《中华人民共和国政府信息公开条例》第十五条\""),
                    market_);
  ASSERT_EQ(secret.status, 201) << secret.body;
  auto s = Json(secret.body);
  EXPECT_EQ(s["records"][0]["usage_scope"].GetInt(), 1);
  EXPECT_EQ(std::string(s["records"][0]["withheld_reason"].GetString()), "商业秘密");
  // Scope 2 without a reason is refused.
  HttpResult no_reason = client_->Post(
      "/api/v1/penalties", PenaltyJson("安市监罚〔2026〕602号", "2026-11-18", "0.5", ",\"SYFW\":2"),
      market_);
  ASSERT_EQ(no_reason.status, 422) << no_reason.body;
  EXPECT_NE(no_reason.body.find("BYGKLY"), std::string::npos);

  // A minor: withheld automatically, and the department is told.
  HttpResult minor = client_->Post("/api/v1/licenses",
                                   MinorLicense("安市监许〔2026〕601号", "2026-11-18"), market_);
  ASSERT_EQ(minor.status, 201) << minor.body;
  auto m = Json(minor.body);
  EXPECT_EQ(std::string(m["records"][0]["withheld_reason"].GetString()), "未成年人");
  ASSERT_TRUE(m["records"][0].HasMember("warnings")) << minor.body;
  EXPECT_NE(std::string(m["records"][0]["warnings"][0]["reason"].GetString()).find("未满18周岁"),
            std::string::npos);
  const std::string minor_id = std::to_string(m["records"][0]["id"].GetInt64());
  EXPECT_EQ(client_->Get("/api/v1/licenses/" + minor_id + "?view=public", auditor_).status, 403);

  // An ordinary record beside them is published; the withheld ones are not.
  ASSERT_EQ(
      client_
          ->Post("/api/v1/penalties", PenaltyJson("安市监罚〔2026〕603号", "2026-11-18"), market_)
          .status,
      201);
  daemon_->SetClock("2026-11-23T09:00:30");
  const auto until = std::chrono::steady_clock::now() + 20s;
  while (receiver_.RequestCount() < 2 && std::chrono::steady_clock::now() < until)
    std::this_thread::sleep_for(50ms);
  std::this_thread::sleep_for(1s);  // room for anything else the run would send
  ASSERT_EQ(receiver_.RequestCount(), 2u) << daemon_->Log();  // one notice, two channels
  for (const ReceivedRequest& q : receiver_.Requests()) {
    EXPECT_NE(q.body.find("安市监罚〔2026〕603号"), std::string::npos);
    EXPECT_EQ(q.body.find("安市监罚〔2026〕601号"), std::string::npos);
    EXPECT_EQ(q.body.find("安市监许〔2026〕601号"), std::string::npos);
  }
  EXPECT_EQ(client_->Get("/notices?format=json").body.find("行政许可"), std::string::npos);

  // Auditors see them as withheld with their reason, never overdue, even
  // long after the deadline.
  daemon_->SetClock("2026-12-20T12:00:00");
  auto summary = Json(
      client_
          ->Get("/api/v1/compliance/summary?from=2026-11-01&to=2026-11-30&channel=portal", auditor_)
          .body);
  int withheld = 0, overdue = 0;
  std::map<std::string, int> by_reason;
  for (const auto& row : summary["rows"].GetArray()) {
    withheld += row["withheld"].GetInt();
    overdue += row["overdue"].GetInt();
    for (auto it = row["withheld_by_reason"].MemberBegin();
         it != row["withheld_by_reason"].MemberEnd(); ++it) {
      by_reason[it->name.GetString()] += it->value.GetInt();
    }
  }
  EXPECT_EQ(withheld, 2);
  EXPECT_EQ(overdue, 0);
  EXPECT_EQ(by_reason, (std::map<std::string, int>{{"商业秘密", 1}, {"未成年人", 1}}));
  auto records =
      Json(client_
               ->Get("/api/v1/compliance/records?status=withheld&from=2026-11-01&to=2026-11-30",
                     auditor_)
               .body);
  ASSERT_EQ(records["items"].Size(), 2u);
  for (const auto& item : records["items"].GetArray()) {
    EXPECT_FALSE(item["withheld_reason"].IsNull());
    EXPECT_EQ(std::string(item["channels"]["credit"]["status"].GetString()), "withheld");
    EXPECT_TRUE(item["channels"]["credit"]["service_lag_workdays"].IsNull());
  }
  HttpResult csv = client_->Get(
      "/api/v1/compliance/records?status=withheld&from=2026-11-01&to=2026-11-30&format=csv",
      auditor_);
  EXPECT_NE(csv.body.find("商业秘密"), std::string::npos);
  EXPECT_NE(csv.body.find("不予公示"), std::string::npos);
}

TEST_F(WithheldTest, NothingPublishedMeansNoRateAndNoServiceLag) {
  // The transport department has one record, not yet due, nothing published.
  ASSERT_EQ(
      client_
          ->Post("/api/v1/penalties",
                 PenaltyJsonBy("安丘市交通运输局", kTransportUscc, "安交罚〔2026〕61号",
                               "2026-11-19", "0.2"),
                 transport_)
          .status,
      201);
  auto summary =
      Json(client_
               ->Get("/api/v1/compliance/summary?from=2026-11-01&to=2026-11-30&department=jtysj",
                     auditor_)
               .body);
  ASSERT_GE(summary["rows"].Size(), 1u);
  for (const auto& row : summary["rows"].GetArray()) {
    EXPECT_EQ(row["pending"].GetInt(), 1);
    EXPECT_TRUE(row["on_time_rate"].IsNull());
  }
  HttpResult csv = client_->Get(
      "/api/v1/compliance/summary?from=2026-11-01&to=2026-11-30&department=jtysj&format=csv",
      auditor_);
  EXPECT_NE(csv.body.find(",—,"), std::string::npos) << csv.body;
  EXPECT_EQ(csv.body.find("100%"), std::string::npos) << csv.body;
  auto records =
      Json(client_
               ->Get("/api/v1/compliance/records?from=2026-11-01&to=2026-11-30&department=jtysj",
                     auditor_)
               .body);
  ASSERT_EQ(records["items"].Size(), 1u);
  EXPECT_TRUE(records["items"][0]["channels"]["portal"]["service_lag_workdays"].IsNull());
  EXPECT_TRUE(records["items"][0]["channels"]["credit"]["published_at"].IsNull());
}

}  // namespace
}  // namespace dpfeed::test
