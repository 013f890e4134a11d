// Issue 10 §4 against the real daemon and a real receiver: the matter-list
// notice (事项清单公示). Changes in effect go out in the Monday run on both
// channels, per department and kind, with the full current list; a change
// due before the next run goes out at the next tick, with the others; a
// change that takes effect later is published after it does; each
// change's compliance follows the acknowledgements; citizens read the
// notice on its page.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <map>
#include <thread>

#include "tests/integration/receiver_daemon_test.h"

namespace dpfeed::test {
namespace {

using namespace std::chrono_literals;

std::string Matter(const std::string& action, const std::string& code, const std::string& effective,
                   const std::string& name) {
  return "{\"action\":\"" + action + "\",\"kind\":\"license\",\"code\":\"" + code +
         "\",\"name\":\"" + name +
         "\",\"legal_basis\":\"《中华人民共和国食品安全法》第三十五条\","
         "\"agency\":\"安丘市市场监督管理局\",\"category\":\"普通\",\"effective_on\":\"" +
         effective + "\"}";
}

class MatterNoticeTest : public ReceiverDaemonTest {
 protected:
  void Post(const std::string& body) {
    HttpResult r = client_->Post("/api/v1/matters", body, market_);
    ASSERT_EQ(r.status, 201) << r.body;
  }

  // The acknowledged matter-list notices on `target`, once there are `n`.
  std::vector<std::string> Notices(const std::string& target, size_t n) {
    return AckedWith(target, "事项清单公示", n);
  }

  std::map<std::string, std::string> PortalStates() {
    auto d = ParseJson(
        client_->Get("/api/v1/compliance/matters?from=2026-10-01&to=2026-12-31", auditor_).body);
    std::map<std::string, std::string> out;
    for (const auto& item : d["items"].GetArray()) {
      out[std::string(item["code"].GetString()) + "@" + item["effective_on"].GetString()] =
          item["channels"]["portal"]["status"].GetString();
    }
    return out;
  }
};

TEST_F(MatterNoticeTest, ChangesArePublishedWithTheFullListOnBothChannels) {
  Post(Matter("add", "XK-001", "2026-11-02", "食品经营许可"));      // due 11-30
  Post(Matter("add", "XK-002", "2026-11-20", "药品零售许可"));      // due 12-18
  Post(Matter("add", "XK-003", "2026-12-01", "医疗器械经营许可"));  // not yet in effect
  // None due before the next run: they wait for it.
  daemon_->SetClock("2026-11-23T10:16:00");
  std::this_thread::sleep_for(800ms);
  EXPECT_EQ(receiver_.RequestCount(), 0u);
  daemon_->SetClock("2026-11-30T09:00:30");  // the regular run
  auto portal = Notices("/portal", 1);
  ASSERT_EQ(portal.size(), 1u) << daemon_->Log();
  ASSERT_EQ(Notices("/credit", 1).size(), 1u) << daemon_->Log();
  auto first = ParseJson(portal[0]);
  const auto& notice = first["notice"];
  EXPECT_EQ(std::string(notice["title"].GetString()),
            "安丘市市场监督管理局行政许可事项清单公示（2026年11月02日-2026年11月20日）");
  EXPECT_EQ(std::string(notice["type"].GetString()), "matter_list");
  ASSERT_EQ(notice["changes"].Size(), 2u);
  EXPECT_EQ(std::string(notice["changes"][0]["action"].GetString()), "add");
  EXPECT_EQ(std::string(notice["changes"][0]["code"].GetString()), "XK-001");
  ASSERT_EQ(notice["matters"].Size(), 2u);
  EXPECT_EQ(portal[0].find("XK-003"), std::string::npos);
  const std::string html = first["html"].GetString();
  EXPECT_NE(html.find("<td data-label=\"变更类型\">新增</td>"), std::string::npos);
  EXPECT_NE(html.find("现行行政许可事项清单"), std::string::npos);
  EXPECT_NE(html.find("<th scope=\"col\">设定依据</th>"), std::string::npos);
  EXPECT_EQ(PortalStates(), (std::map<std::string, std::string>{{"XK-001@2026-11-02", "on_time"},
                                                                {"XK-002@2026-11-20", "on_time"},
                                                                {"XK-003@2026-12-01", "pending"}}));

  // A change due before the next run goes out at the next tick, with every change
  // in effect beside it and the whole list.
  Post(Matter("change", "XK-001", "2026-11-30", "食品经营许可（含网络经营）"));
  Post(Matter("add", "XK-004", "2026-10-26", "食品生产许可"));  // due 11-23: late
  daemon_->SetClock("2026-11-30T09:16:00");                     // the next tick
  portal = Notices("/portal", 2);
  ASSERT_EQ(portal.size(), 2u) << daemon_->Log();
  ASSERT_EQ(Notices("/credit", 2).size(), 2u) << daemon_->Log();
  auto second = ParseJson(portal[1]);
  ASSERT_EQ(second["notice"]["changes"].Size(), 2u);
  EXPECT_EQ(std::string(second["notice"]["changes"][0]["code"].GetString()), "XK-004");
  EXPECT_EQ(std::string(second["notice"]["changes"][1]["action"].GetString()), "change");
  ASSERT_EQ(second["notice"]["matters"].Size(), 3u);
  EXPECT_EQ(std::string(second["notice"]["matters"][0]["name"].GetString()),
            "食品经营许可（含网络经营）");
  EXPECT_EQ(PortalStates()["XK-004@2026-10-26"], "late");

  // XK-003 took effect on 12-01: published in the next run.
  daemon_->SetClock("2026-12-07T09:00:30");
  portal = Notices("/portal", 3);
  ASSERT_EQ(portal.size(), 3u) << daemon_->Log();
  auto third = ParseJson(portal[2]);
  ASSERT_EQ(third["notice"]["changes"].Size(), 1u);
  EXPECT_EQ(std::string(third["notice"]["changes"][0]["code"].GetString()), "XK-003");
  EXPECT_EQ(third["notice"]["matters"].Size(), 4u);
  ASSERT_EQ(Notices("/credit", 3).size(), 3u);  // sent once the portal's acknowledgement is in
  EXPECT_EQ(PortalStates()["XK-003@2026-12-01"], "on_time");

  // Citizens read it on its page, in the public list of notices.
  auto list = ParseJson(client_->Get("/notices?format=json").body);
  std::string url;
  for (const auto& n : list["notices"].GetArray()) {
    if (std::string(n["type"].GetString()) == "matter_list") url = n["url"].GetString();
  }
  ASSERT_FALSE(url.empty());
  HttpResult page = client_->Get(url);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find("事项清单公示"), std::string::npos);
  EXPECT_NE(page.body.find("食品经营许可"), std::string::npos);
}

}  // namespace
}  // namespace dpfeed::test
