// The masked (published) form of records through the two public
// interfaces: `dpfeed redact` on JSON lines, and ?view=public on the API.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <sstream>

#include "tests/integration/fixtures.h"
#include "tests/support/http_client.h"
#include "tests/support/test_daemon.h"

namespace dpfeed::test {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

TEST(RedactCliTest, MasksEachLineAndReportsBadLinesWithoutStopping) {
  TestDaemon d(DPFEED_BINARY);
  const std::string input = std::string("{\"kind\":\"license\",\"record\":") + LicenseJson("安市监许〔2026〕1号", "2026-11-18") +
                            "}\n" + "this is not json\n" + "{\"kind\":\"penalty\",\"record\":" +
                            PenaltyJson("安市监罚〔2026〕1号", "2026-11-18") + "}\n" +
                            "{\"kind\":\"permit\",\"record\":{}}\n" + "{\"kind\":\"penalty\"}\n";
  CommandResult r = d.Cli({"redact"}, input);
  // Three of five lines are bad: each is named on stderr, and the exit
  // status says something failed.
  EXPECT_EQ(r.exit_code, 1) << r.err;
  for (const char* line : {"line 2:", "line 4:", "line 5:"}) {
    EXPECT_NE(r.err.find(line), std::string::npos) << r.err;
  }
  EXPECT_EQ(r.err.find("line 1:"), std::string::npos) << r.err;
  const auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 5u) << r.out;

  rapidjson::Document lic;
  lic.Parse(lines[0].c_str());
  ASSERT_TRUE(lic.IsObject()) << lines[0];
  EXPECT_EQ(std::string(lic["XK_XDR_MC"].GetString()), "张**");
  EXPECT_EQ(std::string(lic["XK_XDR_ZJHM"].GetString()), "110105********002X");
  EXPECT_EQ(std::string(lic["XK_NR"].GetString()), "准予张**食品经营许可，联系电话138****5678");
  EXPECT_EQ(std::string(lic["XK_WSH"].GetString()), "安市监许〔2026〕1号");
  EXPECT_EQ(r.out.find("13812345678"), std::string::npos);
  EXPECT_EQ(r.out.find("张三丰"), std::string::npos);

  EXPECT_NE(lines[1].find("\"error\""), std::string::npos);
  rapidjson::Document pen;
  pen.Parse(lines[2].c_str());
  EXPECT_EQ(std::string(pen["CF_XDR_MC"].GetString()), "安丘市某某食品有限公司");  // legal persons stay
  EXPECT_EQ(std::string(pen["CF_FRDB"].GetString()), "王五");
  EXPECT_EQ(std::string(pen["CF_XDR_SHXYM"].GetString()), kCompanyUscc);
  EXPECT_NE(lines[3].find("\"error\""), std::string::npos);
  EXPECT_NE(lines[4].find("\"error\""), std::string::npos);
}

TEST(PublicViewTest, AnyTokenSeesTheMaskedFormOnlyTheOwnerTheOriginal) {
  TestDaemon d(DPFEED_BINARY);
  d.SetClock("2026-11-20T10:00:00");
  const std::string market = d.AddDepartment("scjgj", "安丘市市场监督管理局", kMarketUscc);
  const std::string transport = d.AddDepartment("jtysj", "安丘市交通运输局", kTransportUscc);
  d.Start();
  HttpClient client(d.port());
  HttpResult r = client.Post("/api/v1/licenses", LicenseJson("安市监许〔2026〕2号", "2026-11-18"), market);
  ASSERT_EQ(r.status, 201) << r.body;
  rapidjson::Document doc;
  doc.Parse(r.body.c_str());
  const std::string path = "/api/v1/licenses/" + std::to_string(doc["records"][0]["id"].GetInt64());

  EXPECT_EQ(client.Get(path, transport).status, 403);
  HttpResult pub = client.Get(path + "?view=public", transport);
  ASSERT_EQ(pub.status, 200) << pub.body;
  EXPECT_EQ(pub.body.find("11010519491231002X"), std::string::npos);
  EXPECT_EQ(pub.body.find("张三丰"), std::string::npos);
  EXPECT_NE(pub.body.find("110105********002X"), std::string::npos);
  EXPECT_EQ(pub.body.find("\"versions\""), std::string::npos);

  HttpResult full = client.Get(path, market);
  ASSERT_EQ(full.status, 200);
  EXPECT_NE(full.body.find("11010519491231002X"), std::string::npos);
  EXPECT_EQ(client.Get(path + "?view=public").status, 401);
}

}  // namespace
}  // namespace dpfeed::test
