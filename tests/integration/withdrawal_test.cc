// Withdrawals (撤回 / 撤销) end to end, with the real daemon and a real HTTP
// receiver on both channels: a reason is free text and is masked like any
// other, a withdrawal is never held back by its own reason, and the
// department can amend the reason.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "tests/integration/publication_fixture.h"

namespace dpfeed::test {
namespace {

class WithdrawalTest : public PublicationTest {
 protected:
  // Receipts of withdrawal notices on `path`.
  std::vector<ReceivedRequest> Withdrawals(const std::string& path) {
    std::vector<ReceivedRequest> out;
    for (const ReceivedRequest& q : Acked(receiver_, path)) {
      auto d = Json(q.body);
      const auto& n = d.HasMember("notice") ? d["notice"] : d;
      if (n.HasMember("type") && std::string(n["type"].GetString()) == "withdrawal")
        out.push_back(q);
    }
    return out;
  }

  // The public pages (/notices/{id}) of the withdrawal notices, in order.
  std::vector<std::string> WithdrawalPages() {
    std::vector<std::string> out;
    auto list = Json(client_->Get("/notices?format=json").body);
    for (const auto& n : list["notices"].GetArray()) {
      if (std::string(n["type"].GetString()) == "withdrawal")
        out.insert(out.begin(), client_->Get(n["url"].GetString()).body);  // newest first
    }
    return out;
  }

  bool WaitWithdrawals(const std::string& path, size_t n) {
    const auto until = std::chrono::steady_clock::now() + 20s;
    while (std::chrono::steady_clock::now() < until) {
      if (Withdrawals(path).size() >= n) return true;
      std::this_thread::sleep_for(50ms);
    }
    return false;
  }

  std::string Revoke(int64_t id, const std::string& body, int expected) {
    HttpResult r =
        client_->Post("/api/v1/penalties/" + std::to_string(id) + "/revoke", body, market_);
    EXPECT_EQ(r.status, expected) << r.body;
    return r.body;
  }
};

TEST_F(WithdrawalTest, APhoneNumberInTheReasonIsMaskedAndNeverHoldsTheWithdrawalBack) {
  StartDaemon("2026-11-20T12:00:00");
  const int64_t id = Post("penalties", PenaltyJson("安市监罚〔2026〕701号", "2026-11-18"), market_);
  daemon_->SetClock("2026-11-23T09:00:10");
  ASSERT_TRUE(WaitAcked("/credit", 1)) << daemon_->Log();

  Revoke(id, "{\"reason\":\"经行政复议撤销。举报人李建国（联系电话13912345678、0536-12341234）\"}",
         200);
  daemon_->SetClock("2026-11-23T09:15:10");  // the next tick, the same working day
  ASSERT_TRUE(WaitWithdrawals("/credit", 1)) << daemon_->Log();
  for (const std::string path : {"/portal", "/credit"}) {
    const auto w = Withdrawals(path);
    ASSERT_EQ(w.size(), 1u) << path;
    EXPECT_EQ(w[0].body.find("13912345678"), std::string::npos) << w[0].body;
    EXPECT_EQ(w[0].body.find("12341234"), std::string::npos) << w[0].body;
    EXPECT_NE(w[0].body.find("139****5678"), std::string::npos) << w[0].body;
    EXPECT_NE(w[0].body.find("0536-****1234"), std::string::npos) << w[0].body;
    EXPECT_NE(w[0].body.find("决定已撤销：经行政复议撤销。举报人李**"), std::string::npos)
        << w[0].body;
  }
  for (const auto& q : receiver_.Requests())
    EXPECT_EQ(q.body.find("13912345678"), std::string::npos);
  EXPECT_EQ(daemon_->Log().find("13912345678"), std::string::npos);
  EXPECT_EQ(daemon_->Log().find("leak guard blocked"), std::string::npos) << daemon_->Log();

  // The public view shows the reason masked; the owner sees it as written.
  HttpResult pub =
      client_->Get("/api/v1/penalties/" + std::to_string(id) + "?view=public", auditor_);
  ASSERT_EQ(pub.status, 200) << pub.body;
  EXPECT_EQ(pub.body.find("13912345678"), std::string::npos) << pub.body;
  EXPECT_NE(pub.body.find("139****5678"), std::string::npos) << pub.body;
  HttpResult full = client_->Get("/api/v1/penalties/" + std::to_string(id), market_);
  EXPECT_NE(full.body.find("13912345678"), std::string::npos) << full.body;
  // Auditors read it masked: the record and the compliance report's reason.
  HttpResult audited = client_->Get("/api/v1/penalties/" + std::to_string(id), auditor_);
  EXPECT_EQ(audited.body.find("13912345678"), std::string::npos) << audited.body;
  HttpResult report =
      client_->Get("/api/v1/compliance/records?from=2026-11-01&to=2026-11-30", auditor_);
  ASSERT_EQ(report.status, 200) << report.body;
  EXPECT_NE(report.body.find("139****5678"), std::string::npos) << report.body;
  EXPECT_EQ(report.body.find("13912345678"), std::string::npos) << report.body;
}

TEST_F(WithdrawalTest, TheDepartmentAmendsTheReasonAndSaysWhetherItIsRevokedOrWithdrawn) {
  StartDaemon("2026-11-20T12:00:00");
  const int64_t id = Post("penalties", PenaltyJson("安市监罚〔2026〕702号", "2026-11-18"), market_);
  daemon_->SetClock("2026-11-23T09:00:10");
  ASSERT_TRUE(WaitAcked("/credit", 1)) << daemon_->Log();

  std::string body = Revoke(id, "{\"reason\":\"行政复议撤销\"}", 200);
  EXPECT_NE(body.find("\"outcome\":\"revoked\""), std::string::npos) << body;
  EXPECT_NE(body.find("\"kind\":\"revoke\""), std::string::npos) << body;
  daemon_->SetClock("2026-11-23T09:15:10");
  ASSERT_TRUE(WaitWithdrawals("/credit", 1)) << daemon_->Log();
  EXPECT_NE(Withdrawals("/portal")[0].body.find("决定已撤销：行政复议撤销"), std::string::npos);

  // A second call amends: it was data entered in error (撤回), not a
  // revoked decision; the withdrawal goes out again with the new wording.
  Revoke(id, "{\"reason\":\"文书号录入错误\",\"kind\":\"bogus\"}", 400);
  body = Revoke(id, "{\"reason\":\"文书号录入错误\",\"kind\":\"withdraw\"}", 200);
  EXPECT_NE(body.find("\"outcome\":\"amended\""), std::string::npos) << body;
  body = Revoke(id, "{\"reason\":\"文书号录入错误\",\"kind\":\"withdraw\"}", 200);
  EXPECT_NE(body.find("\"outcome\":\"unchanged\""), std::string::npos) << body;
  daemon_->SetClock("2026-11-23T09:30:10");
  ASSERT_TRUE(WaitWithdrawals("/credit", 2)) << daemon_->Log();
  for (const std::string path : {"/portal", "/credit"}) {
    const auto w = Withdrawals(path);
    ASSERT_EQ(w.size(), 2u) << path;
    EXPECT_NE(w[1].body.find("信息录入有误，已撤回：文书号录入错误"), std::string::npos)
        << w[1].body;
    EXPECT_EQ(w[1].body.find("决定已撤销"), std::string::npos) << w[1].body;
  }
  // The public pages say which, too.
  const auto pages = WithdrawalPages();
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_NE(pages[0].find("决定已撤销：行政复议撤销"), std::string::npos) << pages[0];
  EXPECT_NE(pages[1].find("信息录入有误，已撤回：文书号录入错误"), std::string::npos) << pages[1];
  EXPECT_NE(pages[1].find("信息录入有误（撤回）"), std::string::npos) << pages[1];  // the note
  auto stored = Json(client_->Get("/api/v1/penalties/" + std::to_string(id), market_).body);
  EXPECT_EQ(std::string(stored["status_reason"].GetString()), "文书号录入错误");
  EXPECT_EQ(std::string(stored["revocation_kind"].GetString()), "withdraw");
  // Audit-logged once, without the reason text.
  const std::string db = daemon_->database_path();
  EXPECT_EQ(
      QueryNumber(db, "SELECT COUNT(*) FROM events WHERE type = 'decision.revocation_amended'"), 1);
  EXPECT_EQ(QueryNumber(db, "SELECT COUNT(*) FROM events WHERE detail LIKE '%录入错误%'"), 0);
}

TEST_F(WithdrawalTest, AFlaggedRecordIsHeldTheRestPublishedOnTimeAndItFollowsOnceCorrected) {
  StartDaemon("2026-11-20T12:00:00");
  // An ID number typed into a public field of one record: masking does not
  // touch the field, the guard finds the number.
  const std::string planted = ",\"CF_SJLY\":\"安丘市市场监督管理局110101199003071233\"";
  Post("penalties", PenaltyJson("安市监罚〔2026〕801号", "2026-11-17"), market_);
  const int64_t bad = Post(
      "penalties", PenaltyJson("安市监罚〔2026〕802号", "2026-11-18", "0.5", planted), market_);
  Post("penalties", PenaltyJson("安市监罚〔2026〕803号", "2026-11-19"), market_);
  daemon_->SetClock("2026-11-23T09:00:30");
  ASSERT_TRUE(WaitAcked("/credit", 1)) << daemon_->Log();

  // The regular notice went out on time with the two clean records.
  for (const std::string path : {"/portal", "/credit"}) {
    const auto got = Acked(receiver_, path);
    ASSERT_EQ(got.size(), 1u) << path;
    EXPECT_EQ(Title(got[0]),
              "安丘市市场监督管理局行政处罚信息公示（2026年11月16日-2026年11月22日）");
    EXPECT_NE(got[0].body.find("安市监罚〔2026〕801号"), std::string::npos);
    EXPECT_NE(got[0].body.find("安市监罚〔2026〕803号"), std::string::npos);
    EXPECT_EQ(got[0].body.find("安市监罚〔2026〕802号"), std::string::npos);
  }
  for (const auto& q : receiver_.Requests())
    EXPECT_EQ(q.body.find("110101199003071233"), std::string::npos);

  // The alert names the record and the category, never the value.
  const std::string log = daemon_->Log();
  EXPECT_NE(log.find("leak guard held decision " + std::to_string(bad) + " (id_number)"),
            std::string::npos)
      << log;
  EXPECT_EQ(log.find("110101199003071233"), std::string::npos);
  EXPECT_NE(client_->Get("/healthz").body.find("held by the leak guard"), std::string::npos);
  EXPECT_NE(client_->Get("/metrics", admin_).body.find("dpfeed_records_held_by_leak_guard 1"),
            std::string::npos)
      << client_->Get("/metrics", admin_).body;
  const std::string held_events =
      "SELECT COUNT(*) FROM events WHERE type = 'decision.held' AND decision_id = " +
      std::to_string(bad);
  EXPECT_EQ(QueryNumber(daemon_->database_path(), held_events.c_str()), 1);
  EXPECT_EQ(PortalStatus("2026-11-17", "on_time"), "on_time");

  // Still held at the next tick; corrected, it goes out in a supplementary
  // notice (补充公示) at the tick after the correction, on both channels.
  daemon_->SetClock("2026-11-23T09:15:30");
  std::this_thread::sleep_for(800ms);
  EXPECT_EQ(Acked(receiver_, "/portal").size(), 1u);
  Post("penalties", PenaltyJson("安市监罚〔2026〕802号", "2026-11-18"), market_);
  daemon_->SetClock("2026-11-23T09:30:30");
  ASSERT_TRUE(WaitAcked("/credit", 2)) << daemon_->Log();
  for (const std::string path : {"/portal", "/credit"}) {
    const auto got = Acked(receiver_, path);
    ASSERT_EQ(got.size(), 2u) << path;
    EXPECT_EQ(Title(got[1]),
              "安丘市市场监督管理局行政处罚信息补充公示（2026年11月18日-2026年11月18日）");
    EXPECT_NE(got[1].body.find("安市监罚〔2026〕802号"), std::string::npos);
  }
  EXPECT_EQ(client_->Get("/healthz").body.find("held by the leak guard"), std::string::npos);
}

}  // namespace
}  // namespace dpfeed::test
