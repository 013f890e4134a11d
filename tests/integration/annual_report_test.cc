// Issue 10 §5 against the real daemon: a year of matters and decisions for
// two departments, and every cell of the annual report's two tables
// (第二十条第（五）项 行政许可, 第（六）项 行政处罚) checked in JSON, CSV and
// the CLI, with the XLSX workbook produced by both.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <fstream>
#include <sstream>

#include "tests/integration/fixtures.h"
#include "tests/support/http_client.h"
#include "tests/support/test_daemon.h"

namespace dpfeed::test {
namespace {

rapidjson::Document Json(const std::string& body) { return ParseJson(body); }

class AnnualReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    daemon_.SetClock("2027-01-05T10:00:00");
    market_ = daemon_.AddDepartment("scjgj", "安丘市市场监督管理局", kMarketUscc);
    transport_ = daemon_.AddDepartment("jtysj", "安丘市交通运输局", kTransportUscc);
    auditor_ = daemon_.Token("auditor");
    daemon_.Start();
    client_ = std::make_unique<HttpClient>(daemon_.port());
  }

  void MatterOk(const std::string& token, const std::string& action, const std::string& kind,
                const std::string& code, const std::string& effective) {
    const std::string body = "{\"action\":\"" + action + "\",\"kind\":\"" + kind +
                             "\",\"code\":\"" + code + "\",\"name\":\"事项" + code +
                             "\",\"legal_basis\":\"依据\",\"agency\":\"机关\","
                             "\"effective_on\":\"" +
                             effective + "\"}";
    HttpResult r = client_->Post("/api/v1/matters", body, token);
    ASSERT_EQ(r.status, 201) << r.body;
  }

  void DecisionOk(const std::string& token, const std::string& kind, const std::string& body) {
    HttpResult r = client_->Post("/api/v1/" + kind, body, token);
    ASSERT_EQ(r.status, 201) << r.body;
  }

  std::string TransportPenalty(const std::string& wsh, const std::string& jdrq) {
    return PenaltyJsonBy("安丘市交通运输局", kTransportUscc, wsh, jdrq, "0.2");
  }

  TestDaemon daemon_{DPFEED_BINARY};
  std::string market_, transport_, auditor_;
  std::unique_ptr<HttpClient> client_;
};

TEST_F(AnnualReportTest, EveryCellReconcilesWithTheYearsMattersAndDecisions) {
  // Market, licenses: 3 on the list at the end of 2025; in 2026 one
  // cancelled and two added (+1); one added for 2027 does not count.
  MatterOk(market_, "add", "license", "XK1", "2024-03-01");
  MatterOk(market_, "add", "license", "XK2", "2025-05-01");
  MatterOk(market_, "add", "license", "XK3", "2025-12-31");
  MatterOk(market_, "cancel", "license", "XK2", "2026-04-01");
  MatterOk(market_, "add", "license", "XK4", "2026-02-01");
  MatterOk(market_, "add", "license", "XK5", "2026-12-31");
  MatterOk(market_, "add", "license", "XK6", "2027-01-01");
  MatterOk(market_, "change", "license", "XK1", "2026-06-01");  // a change is not a new matter
  // Market, penalties: 2 at the end of 2025 (one added and cancelled in
  // 2025 does not count), none changed in 2026.
  MatterOk(market_, "add", "penalty", "CF1", "2025-01-01");
  MatterOk(market_, "add", "penalty", "CF2", "2025-01-01");
  MatterOk(market_, "add", "penalty", "CF3", "2025-02-01");
  MatterOk(market_, "cancel", "penalty", "CF3", "2025-09-01");
  // Transport: licenses 0 then +1; penalties 1 then cancelled (-1).
  MatterOk(transport_, "add", "license", "JX1", "2026-07-01");
  MatterOk(transport_, "add", "penalty", "JC1", "2024-01-01");
  MatterOk(transport_, "cancel", "penalty", "JC1", "2026-06-30");

  // Decisions of 2026: market 3 licenses (one about a minor, withheld, still
  // a decision) and 2 penalties; transport 1 penalty on the last day. Others
  // fall outside the year.
  DecisionOk(market_, "licenses", LicenseJson("许1", "2026-01-01"));
  DecisionOk(market_, "licenses", LicenseJson("许2", "2026-06-15"));
  std::string minor = LicenseJson("许3", "2026-12-31");
  minor.replace(minor.find("11010519491231002X"), 18, "110105201001010010");
  DecisionOk(market_, "licenses", minor);
  DecisionOk(market_, "licenses", LicenseJson("许0", "2025-12-31"));
  DecisionOk(market_, "licenses", LicenseJson("许9", "2027-01-04"));
  DecisionOk(market_, "penalties", PenaltyJson("罚1", "2026-03-03"));
  DecisionOk(market_, "penalties", PenaltyJson("罚2", "2026-09-09"));
  DecisionOk(transport_, "penalties", TransportPenalty("交罚1", "2026-12-31"));

  HttpResult r = client_->Get("/api/v1/reports/annual?year=2026", auditor_);
  ASSERT_EQ(r.status, 200) << r.body;
  auto d = Json(r.body);
  EXPECT_EQ(d["year"].GetInt(), 2026);
  ASSERT_EQ(d["tables"].Size(), 2u);
  // department -> {previous, change, decisions}, per table.
  using Cells = std::map<std::string, std::array<int, 3>>;
  auto cells = [&](int t) {
    Cells out;
    const auto& table = d["tables"][t];
    for (const auto& row : table["rows"].GetArray()) {
      out[row["department"].GetString()] = {row["previous_year_items"].GetInt(),
                                            row["change"].GetInt(), row["decisions"].GetInt()};
    }
    const auto& total = table["total"];
    out["合计"] = {total["previous_year_items"].GetInt(), total["change"].GetInt(),
                   total["decisions"].GetInt()};
    return out;
  };
  EXPECT_EQ(std::string(d["tables"][0]["article"].GetString()), "第二十条第（五）项");
  EXPECT_EQ(std::string(d["tables"][0]["title"].GetString()), "行政许可");
  EXPECT_EQ(cells(0), (Cells{{"scjgj", {3, 1, 3}}, {"jtysj", {0, 1, 0}}, {"合计", {3, 2, 3}}}));
  EXPECT_EQ(std::string(d["tables"][1]["article"].GetString()), "第二十条第（六）项");
  EXPECT_EQ(cells(1), (Cells{{"scjgj", {2, 0, 2}}, {"jtysj", {1, -1, 1}}, {"合计", {3, -1, 3}}}));

  // CSV: BOM, Chinese headers, the signed change as the report prints it.
  r = client_->Get("/api/v1/reports/annual?year=2026&format=csv", auditor_);
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(
      r.body.find("上一年项目数量(previous_year_items),本年增/减(change),处理决定数量(decisions)"),
      std::string::npos);
  EXPECT_NE(r.body.find("第二十条第（五）项,行政许可,scjgj,安丘市市场监督管理局,3,+1,3\r\n"),
            std::string::npos)
      << r.body;
  EXPECT_NE(r.body.find("第二十条第（六）项,行政处罚,jtysj,安丘市交通运输局,1,-1,1\r\n"),
            std::string::npos)
      << r.body;
  EXPECT_NE(r.body.find("第二十条第（六）项,行政处罚,,合计,3,-1,3\r\n"), std::string::npos)
      << r.body;

  // XLSX: an Excel workbook with one sheet per table.
  r = client_->Get("/api/v1/reports/annual?year=2026&format=xlsx", auditor_);
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.headers["content-type"],
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(r.body.substr(0, 2), "PK");
  EXPECT_NE(r.body.find("xl/worksheets/sheet2.xml"), std::string::npos);

  // The CLI gives the same JSON and writes the workbook.
  CommandResult cli = daemon_.Cli({"report", "annual", "--year", "2026"});
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  EXPECT_EQ(cli.out, client_->Get("/api/v1/reports/annual?year=2026", auditor_).body + "\n");
  const std::string xlsx = daemon_.dir() + "/report.xlsx";
  cli = daemon_.Cli({"report", "annual", "--year", "2026", "--format", "xlsx", "--output", xlsx});
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  std::ifstream in(xlsx, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_EQ(ss.str().substr(0, 2), "PK");

  // Who may ask, and bad questions.
  EXPECT_EQ(client_->Get("/api/v1/reports/annual?year=2026", market_).status, 403);
  EXPECT_EQ(client_->Get("/api/v1/reports/annual", auditor_).status, 400);
  EXPECT_EQ(client_->Get("/api/v1/reports/annual?year=26x", auditor_).status, 400);
  EXPECT_EQ(client_->Get("/api/v1/reports/annual?year=2026&format=pdf", auditor_).status, 400);
}

}  // namespace
}  // namespace dpfeed::test
