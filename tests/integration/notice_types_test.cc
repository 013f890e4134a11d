// Issue 10 §6 against the real daemon and a real receiver: a notice says
// what it is. Records due before the next regular run go out between runs
// in a 提前公示 notice; records of an earlier week in the run's 补充公示
// notice with a neutral note; 逾期 wording only beside the records actually
// past their deadline, on the delivered notice and on its public page.
// Also: a long-term license shows 长期, and a published record that a
// correction made withheld is withdrawn from the channels, search and page.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "tests/integration/receiver_daemon_test.h"

namespace dpfeed::test {
namespace {

class NoticeTypesTest : public ReceiverDaemonTest {
 protected:
  void Post(const std::string& kind, const std::string& body) {
    HttpResult r = client_->Post("/api/v1/" + kind, body, market_);
    ASSERT_TRUE(r.status == 201 || r.status == 200) << r.body;
  }

  std::vector<std::string> PortalWith(const std::string& marker, size_t n = 1) {
    return AckedWith("/portal", marker, n);
  }

  // The record's portal status once the portal's acknowledgement is
  // recorded (the receiver has the notice a moment before the daemon has
  // its reply): polls for up to 10 s while it is still pending or at risk.
  std::string PortalStatus(const std::string& wsh) {
    std::string status = "(none)";
    for (int i = 0; i < 100; ++i) {
      if (i > 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
      auto d = ParseJson(
          client_->Get("/api/v1/compliance/records?from=2026-11-01&to=2026-11-30", auditor_).body);
      for (const auto& item : d["items"].GetArray()) {
        if (wsh == item["wsh"].GetString())
          status = item["channels"]["portal"]["status"].GetString();
      }
      if (status != "pending" && status != "at_risk" && status != "(none)") break;
    }
    return status;
  }
};

TEST_F(NoticeTypesTest, EachNoticeSaysWhatItIsAndMarksOnlyLateRecords) {
  // Deadline 11-24, before the next run: published now, on time.
  Post("penalties", PenaltyJson("安市监罚〔2026〕901号", "2026-11-13"));
  // Deadline 11-19, already passed: published now, marked late.
  Post("penalties", PenaltyJson("安市监罚〔2026〕902号", "2026-11-10"));
  daemon_->SetClock("2026-11-23T10:16:00");  // the next tick
  auto expedited = PortalWith("信息提前公示（");
  ASSERT_EQ(expedited.size(), 1u) << daemon_->Log();
  const std::string& e = expedited[0];
  EXPECT_NE(e.find("为在期限内公开先行公布"), std::string::npos);
  EXPECT_NE(e.find("逾期公示（公示期限2026-11-19）"), std::string::npos);
  EXPECT_EQ(e.find("公示期限2026-11-24"), std::string::npos);  // the on-time one is not marked
  EXPECT_EQ(e.find("补充公示"), std::string::npos);
  EXPECT_EQ(e.find("未及时"), std::string::npos);
  auto notice = ParseJson(e);
  ASSERT_TRUE(notice.IsObject());
  // Its public page marks the same record, and only it. The public list
  // shows it once the portal's acknowledgement is recorded.
  std::string url;
  for (int i = 0; i < 100 && url.empty(); ++i) {
    if (i > 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    auto notices = ParseJson(client_->Get("/notices?format=json").body);
    for (const auto& n : notices["notices"].GetArray()) {
      if (std::string(n["type"].GetString()) == "expedited") url = n["url"].GetString();
    }
  }
  ASSERT_FALSE(url.empty());
  const std::string page = client_->Get(url).body;
  EXPECT_NE(page.find(">逾期公示（公示期限2026-11-19）</td>"), std::string::npos) << page;
  EXPECT_EQ(page.find("公示期限2026-11-24"), std::string::npos);

  // Decided Friday 11-20, received Tuesday after its week's run: the next
  // run publishes it as 补充 with a neutral note, on time, unmarked. A
  // long-term license of the new week reads 长期.
  daemon_->SetClock("2026-11-24T10:00:00");
  Post("penalties", PenaltyJson("安市监罚〔2026〕903号", "2026-11-20"));
  Post("licenses", LicenseJson("安市监许〔2026〕901号", "2026-11-24"));
  daemon_->SetClock("2026-11-30T09:00:30");
  auto supplementary = PortalWith("信息补充公示（");
  ASSERT_EQ(supplementary.size(), 1u) << daemon_->Log();
  const std::string& s = supplementary[0];
  EXPECT_NE(s.find("公布此前各周作出、未列入当周例行公示的决定"), std::string::npos);
  EXPECT_EQ(s.find("逾期"), std::string::npos);
  EXPECT_EQ(s.find("未及时"), std::string::npos);
  auto regular = PortalWith("行政许可信息公示（2026年11月23日-2026年11月29日）");
  ASSERT_EQ(regular.size(), 1u);
  EXPECT_NE(regular[0].find(">长期</td>"), std::string::npos);

  // Compliance agrees with the marks.
  EXPECT_EQ(PortalStatus("安市监罚〔2026〕901号"), "on_time");
  EXPECT_EQ(PortalStatus("安市监罚〔2026〕902号"), "late");
  EXPECT_EQ(PortalStatus("安市监罚〔2026〕903号"), "on_time");
}

TEST_F(NoticeTypesTest, APublishedRecordMadeWithheldIsWithdrawn) {
  Post("penalties", PenaltyJson("安市监罚〔2026〕911号", "2026-11-13"));
  daemon_->SetClock("2026-11-23T10:16:00");
  ASSERT_EQ(PortalWith("安市监罚〔2026〕911号").size(), 1u) << daemon_->Log();
  // Found by citizens on the public search, in its notice's page.
  // The search lists it once the portal's acknowledgement is recorded.
  std::string found;
  for (int i = 0; i < 100 && found.find("href=\"/notices/") == std::string::npos; ++i) {
    if (i > 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    found = client_->Get("/search?q=911").body;
  }
  const size_t link = found.find("href=\"/notices/");
  ASSERT_NE(link, std::string::npos) << found;
  const std::string page = found.substr(link + 6, found.find('"', link + 6) - link - 6);
  EXPECT_NE(client_->Get(page).body.find("安市监罚〔2026〕911号"), std::string::npos) << page;
  Post("penalties",
       PenaltyJson(
           "安市监罚〔2026〕911号", "2026-11-13", "0.5",
           ",\"SYFW\":\"1\",\"BYGKLY\":\"国家秘密\",\"BYGKYJ\":\"《保守国家秘密法》第九条\""));
  daemon_->SetClock("2026-11-23T10:32:00");
  auto withdrawn = PortalWith("依法不予公开");
  ASSERT_EQ(withdrawn.size(), 1u) << daemon_->Log();
  EXPECT_NE(withdrawn[0].find("撤销公示"), std::string::npos);
  // The reason itself is not published.
  EXPECT_EQ(withdrawn[0].find("国家秘密"), std::string::npos);
  // Gone from the public search and from its notice's page.
  EXPECT_EQ(client_->Get("/search?q=911").body.find("911号"), std::string::npos);
  EXPECT_EQ(client_->Get(page).body.find("911号"), std::string::npos);
  for (const ReceivedRequest& q : receiver_.Requests()) {
    EXPECT_EQ(q.body.find("更正公示"), std::string::npos);  // never re-published as a correction
  }
}

}  // namespace
}  // namespace dpfeed::test
