// Weekly publication end to end: the real daemon, a real local HTTP
// receiver standing in for the portal and the credit website, and a clock
// the test moves (a week, a holiday, a day of outage) without sleeping.
#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <rapidjson/document.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <map>
#include <set>
#include <thread>

#include "tests/integration/publication_fixture.h"

namespace dpfeed::test {
namespace {

using namespace std::chrono_literals;

TEST_F(PublicationTest, AFullWeekReachesBothChannelsWithStandardTitles) {
  StartDaemon("2026-11-20T12:00:00");  // Friday of the week 11-16..11-22
  Post("licenses", LicenseJson("安市监许〔2026〕201号", "2026-11-16"), market_);
  Post("licenses", LicenseJson("安市监许〔2026〕202号", "2026-11-19"), market_);
  Post("penalties", PenaltyJson("安市监罚〔2026〕201号", "2026-11-18"), market_);
  Post("penalties",
       PenaltyJsonBy("安丘市交通运输局", kTransportUscc, "安交罚〔2026〕7号", "2026-11-20", "0.2"),
       transport_);
  // Nothing is published before the Monday run.
  std::this_thread::sleep_for(600ms);
  EXPECT_TRUE(Acked(receiver_, "/portal").empty());

  daemon_->SetClock("2026-11-23T09:00:30");
  ASSERT_TRUE(WaitAcked("/credit", 3)) << daemon_->Log();
  std::multiset<std::string> titles;
  for (const auto& q : Acked(receiver_, "/portal")) titles.insert(Title(q));
  EXPECT_EQ(titles, (std::multiset<std::string>{
                        "安丘市市场监督管理局行政许可信息公示（2026年11月16日-2026年11月22日）",
                        "安丘市市场监督管理局行政处罚信息公示（2026年11月16日-2026年11月22日）",
                        "安丘市交通运输局行政处罚信息公示（2026年11月16日-2026年11月22日）"}));

  // Portal first, then credit, for every notice; headers as configured.
  std::map<std::string, std::pair<std::string, std::string>> key_times;  // key -> (portal, credit)
  for (const ReceivedRequest& q : receiver_.Requests()) {
    const std::string key = q.headers.at("idempotency-key");
    const std::string base = key.substr(0, key.rfind('-'));
    if (q.target == "/portal") {
      EXPECT_EQ(q.headers.at("authorization"), "Bearer portal-token");
      key_times[base].first = std::to_string(q.sequence);
    } else {
      key_times[base].second = std::to_string(q.sequence);
    }
    // The Standard Webhooks signature verifies with the key the secret
    // carries (base64 after "whsec_"), as the standard's libraries do.
    const std::string signed_text = q.headers.at("webhook-id") + "." + q.headers.at("webhook-timestamp") + "." + q.body;
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int mac_len = 0;
    HMAC(EVP_sha256(), kSecretKey, static_cast<int>(strlen(kSecretKey)),
         reinterpret_cast<const unsigned char*>(signed_text.data()), signed_text.size(), mac, &mac_len);
    EXPECT_EQ(q.headers.at("webhook-signature"), "v1," + Base64(mac, mac_len));
  }
  for (const auto& [key, seq] : key_times) {
    ASSERT_FALSE(seq.first.empty()) << key;
    ASSERT_FALSE(seq.second.empty()) << key;
    EXPECT_LT(std::stoi(seq.first), std::stoi(seq.second)) << key;
  }

  // Masked: the natural person's name, ID number and phone never leave.
  for (const ReceivedRequest& q : receiver_.Requests()) {
    EXPECT_EQ(q.body.find("张三丰"), std::string::npos);
    EXPECT_EQ(q.body.find("11010519491231002X"), std::string::npos);
    EXPECT_EQ(q.body.find("13812345678"), std::string::npos);
  }
  // The credit website gets the standard's codes; legal persons stay visible.
  bool saw_company = false;
  for (const auto& q : Acked(receiver_, "/credit")) {
    auto d = Json(q.body);
    for (const auto& rec : d["records"].GetArray()) {
      if (rec.HasMember("CF_XDR_MC")) {
        EXPECT_EQ(std::string(rec["CF_XDR_MC"].GetString()), "安丘市某某食品有限公司");
        EXPECT_EQ(std::string(rec["CF_XDR_SHXYM"].GetString()), kCompanyUscc);
        saw_company = true;
      }
      if (rec.HasMember("XK_XDR_MC")) {
        EXPECT_EQ(std::string(rec["XK_XDR_MC"].GetString()), "张**");
      }
    }
  }
  EXPECT_TRUE(saw_company);

  // The rendered notices live as files named by their SHA-256, outside SQLite.
  int artifact_files = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(daemon_->database_path() + "-artifacts")) {
    if (!e.is_regular_file()) continue;
    ++artifact_files;
    EXPECT_EQ(e.path().parent_path().filename().string(), e.path().filename().string().substr(0, 2));
  }
  EXPECT_EQ(artifact_files, 9);  // 3 notices x (page, portal JSON, credit JSON)

  // Public pages and feeds list the notices; the page is HTML with charset.
  HttpResult list = client_->Get("/notices?format=json");
  ASSERT_EQ(list.status, 200);
  auto l = Json(list.body);
  ASSERT_EQ(l["notices"].Size(), 3u);
  HttpResult page = client_->Get(l["notices"][0]["url"].GetString());
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(page.body.find("name=\"viewport\""), std::string::npos);
  EXPECT_NE(client_->Get("/feed.atom").body.find("行政处罚信息公示"), std::string::npos);
  EXPECT_EQ(Json(client_->Get("/feed.json").body)["items"].Size(), 3u);

  // Compliance: everything on time on both channels.
  auto summary = Json(client_->Get("/api/v1/compliance/summary?from=2026-11-16&to=2026-11-22", auditor_).body);
  int on_time = 0, total = 0;
  for (const auto& row : summary["rows"].GetArray()) {
    on_time += row["on_time"].GetInt();
    total += row["total"].GetInt();
  }
  EXPECT_EQ(total, 8);  // 4 records x 2 channels
  EXPECT_EQ(on_time, 8);

  // The publish command for the same instant creates nothing new.
  CommandResult again = daemon_->Cli({"publish", "--as-of", "2026-11-23T09:00:30"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(Json(again.out)["notices_created"].GetInt(), 0) << again.out;
}

TEST_F(PublicationTest, HtmlIsEscapedAgainstInjection) {
  StartDaemon("2026-11-20T12:00:00");
  Post("penalties",
       PenaltyJson("安市监罚〔2026〕301号", "2026-11-18", "0.5", ",\"CF_BZ\":\"<script>alert(1)</script>\""),
       market_);
  daemon_->SetClock("2026-11-23T09:01:00");
  ASSERT_TRUE(WaitAcked("/portal", 1));
  const std::string html = Json(Acked(receiver_, "/portal")[0].body)["html"].GetString();
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
}

TEST_F(PublicationTest, AHolidayRunIsHeldToTheNextWorkingDayWhenConfigured) {
  StartDaemon("2026-10-02T12:00:00", ", \"schedule\": {\"hold_on_holidays\": true}");
  Post("penalties", PenaltyJson("安市监罚〔2026〕401号", "2026-09-30"), market_);
  // Monday 10-05 is National Day: held.
  daemon_->SetClock("2026-10-05T09:30:00");
  std::this_thread::sleep_for(800ms);
  EXPECT_TRUE(Acked(receiver_, "/portal").empty());
  // Thursday 10-08 is the first working day.
  daemon_->SetClock("2026-10-08T09:00:05");
  ASSERT_TRUE(WaitAcked("/portal", 1)) << daemon_->Log();
  EXPECT_EQ(Title(Acked(receiver_, "/portal")[0]),
            "安丘市市场监督管理局行政处罚信息公示（2026年09月28日-2026年10月04日）");
  EXPECT_EQ(PortalStatus("2026-09-30", "on_time"), "on_time");
  auto rec = Json(client_->Get("/api/v1/compliance/records?from=2026-09-30&to=2026-09-30", auditor_).body);
  EXPECT_EQ(std::string(rec["items"][0]["deadline"].GetString()), "2026-10-15");
}

TEST_F(PublicationTest, ARecordDueBeforeTheNextRunIsPublishedAtOnceAsExpedited) {
  StartDaemon("2026-11-25T10:00:00");  // Wednesday, after the Monday run
  // Decided 11-16: deadline 11-25 is today, before next Monday's run.
  Post("penalties", PenaltyJson("安市监罚〔2026〕501号", "2026-11-16"), market_);
  // Decided 11-23: deadline 12-02, after next Monday: waits for the run.
  Post("penalties", PenaltyJson("安市监罚〔2026〕502号", "2026-11-23"), market_);
  daemon_->SetClock("2026-11-25T10:15:00");  // the next tick
  ASSERT_TRUE(WaitAcked("/portal", 1)) << daemon_->Log();
  EXPECT_EQ(Title(Acked(receiver_, "/portal")[0]),
            "安丘市市场监督管理局行政处罚信息提前公示（2026年11月16日-2026年11月16日）");
  EXPECT_EQ(Json(Acked(receiver_, "/portal")[0].body)["notice"]["records"].Size(), 1u);
  EXPECT_EQ(PortalStatus("2026-11-16", "on_time"), "on_time");
  daemon_->SetClock("2026-11-30T09:00:10");
  ASSERT_TRUE(WaitAcked("/portal", 2));
  EXPECT_EQ(Title(Acked(receiver_, "/portal")[1]),
            "安丘市市场监督管理局行政处罚信息公示（2026年11月23日-2026年11月29日）");
}

TEST_F(PublicationTest, CorrectionIsRepublishedAndRevocationWithdrawn) {
  StartDaemon("2026-11-20T12:00:00");
  const int64_t a = Post("penalties", PenaltyJson("安市监罚〔2026〕601号", "2026-11-17"), market_);
  const int64_t b = Post("penalties", PenaltyJson("安市监罚〔2026〕602号", "2026-11-18"), market_);
  daemon_->SetClock("2026-11-23T09:00:10");
  ASSERT_TRUE(WaitAcked("/credit", 1));

  Post("penalties", PenaltyJson("安市监罚〔2026〕601号", "2026-11-17", "0.9"), market_);
  HttpResult revoke = client_->Post("/api/v1/penalties/" + std::to_string(b) + "/revoke",
                                    "{\"reason\":\"行政复议撤销\"}", market_);
  ASSERT_EQ(revoke.status, 200) << revoke.body;
  // Revoking again with the same reason changes nothing (a new reason
  // amends it: WithdrawalTest).
  HttpResult again = client_->Post("/api/v1/penalties/" + std::to_string(b) + "/revoke",
                                   "{\"reason\":\"行政复议撤销\"}", market_);
  EXPECT_EQ(again.status, 200);
  EXPECT_NE(again.body.find("\"outcome\":\"unchanged\""), std::string::npos) << again.body;
  EXPECT_EQ(client_->Post("/api/v1/penalties/" + std::to_string(a) + "/revoke", "{}", market_).status, 400);
  EXPECT_EQ(client_->Post("/api/v1/penalties/" + std::to_string(a) + "/revoke", "{\"reason\":\"x\"}", auditor_).status, 403);

  daemon_->SetClock("2026-11-23T09:15:10");  // next tick
  ASSERT_TRUE(WaitAcked("/credit", 3)) << daemon_->Log();
  std::set<std::string> titles;
  for (const auto& q : Acked(receiver_, "/credit")) titles.insert(Title(q));
  EXPECT_TRUE(titles.count("安丘市市场监督管理局行政处罚信息更正公示（2026年11月17日-2026年11月17日）"));
  EXPECT_TRUE(titles.count("安丘市市场监督管理局行政处罚信息撤销公示（2026年11月18日-2026年11月18日）"));
  for (const auto& q : Acked(receiver_, "/credit")) {
    auto d = Json(q.body);
    if (std::string(d["type"].GetString()) == "withdrawal") {
      EXPECT_EQ(std::string(d["action"].GetString()), "withdraw");
      EXPECT_EQ(std::string(d["records"][0]["CF_WSH"].GetString()), "安市监罚〔2026〕602号");
    }
  }
  // The public page of the first notice no longer shows the revoked record;
  // the database keeps it.
  auto list = Json(client_->Get("/notices?format=json").body);
  bool checked = false;
  for (const auto& n : list["notices"].GetArray()) {
    if (std::string(n["type"].GetString()) != "regular") continue;
    const std::string page = client_->Get(n["url"].GetString()).body;
    EXPECT_EQ(page.find("安市监罚〔2026〕602号"), std::string::npos);
    EXPECT_NE(page.find("安市监罚〔2026〕601号"), std::string::npos);
    checked = true;
  }
  EXPECT_TRUE(checked);
  auto stored = Json(client_->Get("/api/v1/penalties/" + std::to_string(b), market_).body);
  EXPECT_EQ(std::string(stored["status"].GetString()), "revoked");
}

TEST_F(PublicationTest, AReceiverDownForADayGetsEverythingOnceWhenBack) {
  StartDaemon("2026-11-20T12:00:00");
  for (int i = 0; i < 3; ++i) {
    Post("penalties", PenaltyJson("安市监罚〔2026〕70" + std::to_string(i) + "号", "2026-11-1" + std::to_string(6 + i)), market_);
  }
  Post("licenses", LicenseJson("安市监许〔2026〕701号", "2026-11-17"), market_);
  receiver_.SetDown(true);
  daemon_->SetClock("2026-11-23T09:00:10");
  ASSERT_TRUE(receiver_.WaitForRequests(2, 10s));
  // A simulated day of outage, an hour at a time.
  for (int h = 10; h <= 33; ++h) {
    const int day = 23 + h / 24;
    const int hour = h % 24;
    daemon_->SetClock("2026-11-" + std::to_string(day) + "T" + (hour < 10 ? "0" : "") + std::to_string(hour) + ":00:10");
    std::this_thread::sleep_for(250ms);
  }
  EXPECT_TRUE(Acked(receiver_, "/portal").empty());
  HttpResult health = client_->Get("/healthz");
  EXPECT_NE(health.body.find("at risk"), std::string::npos) << health.body;
  receiver_.SetDown(false);
  daemon_->SetClock("2026-11-25T09:00:00");
  ASSERT_TRUE(WaitAcked("/credit", 2)) << daemon_->Log();
  std::this_thread::sleep_for(500ms);
  // Exactly one acknowledged receipt per idempotency key, one key per notice.
  std::map<std::string, int> acked;
  for (const auto& q : receiver_.Requests()) {
    if (q.response_status == 200) ++acked[q.headers.at("idempotency-key")];
  }
  EXPECT_EQ(acked.size(), 4u);
  for (const auto& [key, n] : acked) EXPECT_EQ(n, 1) << key;
}

TEST_F(PublicationTest, KillDashNineDuringDeliveryNeverPublishesANoticeTwice) {
  StartDaemon("2026-11-20T12:00:00");
  for (int d = 0; d < 12; ++d) {
    const std::string code = "d" + std::to_string(d);
    // Twelve departments, one notice each.
    const char* usccs[] = {"11370784MB2850350R", "11370784MB2850351W", "11370784MB28503520", "11370784MB28503533", "11370784MB28503546", "11370784MB28503559", "11370784MB2850356C", "11370784MB2850357F", "11370784MB2850358J", "11370784MB2850359M", "11370784MB2850360T", "11370784MB2850361X"};
    const std::string token = daemon_->AddDepartment(code, "部门" + std::to_string(d), usccs[d]);
    Post("penalties",
         PenaltyJsonBy("部门" + std::to_string(d), usccs[d], "罚〔2026〕" + std::to_string(d) + "号", "2026-11-18"),
         token);
  }
  receiver_.SetDelay(150ms);
  daemon_->SetClock("2026-11-23T09:00:10");
  ASSERT_TRUE(receiver_.WaitForRequests(3, 10s));
  daemon_->Stop(SIGKILL);
  receiver_.SetDelay(0ms);
  daemon_->Start();
  ASSERT_TRUE(WaitAcked("/credit", 12, 30s)) << daemon_->Log();
  // Each notice went out under one key per channel, whatever was retried.
  std::map<std::string, std::set<std::string>> keys_by_title;
  for (const auto& q : receiver_.Requests()) {
    keys_by_title[q.target + Title(q)].insert(q.headers.at("idempotency-key"));
  }
  EXPECT_EQ(keys_by_title.size(), 24u);
  for (const auto& [title, keys] : keys_by_title) EXPECT_EQ(keys.size(), 1u) << title;
}

TEST_F(PublicationTest, APermanentRefusalFailsAndCanBeRetried) {
  StartDaemon("2026-11-20T12:00:00");
  Post("penalties", PenaltyJson("安市监罚〔2026〕801号", "2026-11-18"), market_);
  receiver_.SetStatusForAll(422);
  daemon_->SetClock("2026-11-23T09:00:10");
  ASSERT_TRUE(receiver_.WaitForRequests(1, 10s));
  std::this_thread::sleep_for(500ms);
  auto failed = Json(client_->Get("/api/v1/deliveries?state=failed", admin_).body);
  ASSERT_EQ(failed["deliveries"].Size(), 1u);
  EXPECT_EQ(failed["deliveries"][0]["last_status"].GetInt(), 422);
  EXPECT_FALSE(std::string(failed["deliveries"][0]["last_error"].GetString()).empty());
  EXPECT_EQ(receiver_.Requests().size(), 1u);  // not retried on its own
  EXPECT_NE(client_->Get("/healthz").body.find("failed permanently"), std::string::npos);
  EXPECT_EQ(client_->Get("/api/v1/deliveries?state=failed", auditor_).status, 403);

  receiver_.SetStatusForAll(200);
  HttpResult retry = client_->Post("/api/v1/deliveries/retry", "", admin_);
  ASSERT_EQ(retry.status, 200) << retry.body;
  ASSERT_TRUE(WaitAcked("/credit", 1));
}

TEST_F(PublicationTest, ARunMissedWhileStoppedHappensAtStartOnce) {
  StartDaemon("2026-11-20T12:00:00");
  Post("penalties", PenaltyJson("安市监罚〔2026〕601号", "2026-11-18"), market_);
  ASSERT_EQ(daemon_->Stop(SIGTERM), 0);
  // Down over the Monday run; back on Wednesday.
  daemon_->SetClock("2026-11-25T10:00:00");
  daemon_->Start();
  client_ = std::make_unique<HttpClient>(daemon_->port());
  ASSERT_TRUE(WaitAcked("/credit", 1)) << daemon_->Log();
  const auto portal = Acked(receiver_, "/portal");
  ASSERT_EQ(portal.size(), 1u);
  EXPECT_EQ(Title(portal[0]), "安丘市市场监督管理局行政处罚信息公示（2026年11月16日-2026年11月22日）");
  // A second restart the same day creates and sends nothing new.
  ASSERT_EQ(daemon_->Stop(SIGTERM), 0);
  daemon_->SetClock("2026-11-25T11:00:00");
  daemon_->Start();
  std::this_thread::sleep_for(1500ms);
  EXPECT_EQ(receiver_.Requests().size(), 2u);
}

TEST_F(PublicationTest, TheLeakGuardBlocksANoticeWithAPlantedLeak) {
  StartDaemon("2026-11-20T12:00:00");
  // An ID number typed into a public field the masking does not touch (the
  // data-source unit is published as written).
  Post("penalties",
       PenaltyJson("安市监罚〔2026〕901号", "2026-11-18", "0.5",
                   ",\"CF_SJLY\":\"安丘市市场监督管理局110101199003071233\""),
       market_);
  Post("penalties",
       PenaltyJsonBy("安丘市交通运输局", kTransportUscc, "安交罚〔2026〕9号", "2026-11-19", "0.2"),
       transport_);
  daemon_->SetClock("2026-11-23T09:00:30");
  ASSERT_TRUE(WaitAcked("/credit", 1)) << daemon_->Log();
  std::this_thread::sleep_for(800ms);

  // Only the clean notice left dpfeed; nothing sent carries the ID number.
  const auto portal = Acked(receiver_, "/portal");
  ASSERT_EQ(portal.size(), 1u);
  EXPECT_EQ(Title(portal[0]), "安丘市交通运输局行政处罚信息公示（2026年11月16日-2026年11月22日）");
  for (const auto& q : receiver_.Requests()) EXPECT_EQ(q.body.find("110101199003071233"), std::string::npos);
  EXPECT_EQ(Json(client_->Get("/notices?format=json").body)["notices"].Size(), 1u);

  // The alert: health, metrics and an error log line that names no value.
  // The notice's only record was held (issue 8 §8: a flag holds only what
  // it must), so nothing of that notice was written.
  EXPECT_NE(client_->Get("/healthz").body.find("held by the leak guard"), std::string::npos);
  EXPECT_NE(client_->Get("/metrics", admin_).body.find("dpfeed_records_held_by_leak_guard 1"),
            std::string::npos);
  EXPECT_NE(daemon_->Log().find("leak guard held decision"), std::string::npos);
  EXPECT_EQ(daemon_->Log().find("110101199003071233"), std::string::npos);

  // The record stays owed: the auditor sees it unpublished.
  auto rows = Json(client_->Get("/api/v1/compliance/records?from=2026-11-16&to=2026-11-22&department=scjgj",
                                auditor_).body);
  ASSERT_TRUE(rows.HasMember("items"));
  ASSERT_EQ(rows["items"].Size(), 1u);
  EXPECT_EQ(std::string(rows["items"][0]["wsh"].GetString()), "安市监罚〔2026〕901号");
}

}  // namespace
}  // namespace dpfeed::test
