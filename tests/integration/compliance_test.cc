// Compliance queries for auditors against the real daemon, with the clock
// fixed and the portal channel unreachable (nothing gets published), so
// records are overdue, at risk or pending by their dates alone.
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <rapidjson/document.h>
#include <sys/socket.h>
#include <sqlite3.h>
#include <unistd.h>

#include <csignal>
#include <fstream>

#include "tests/integration/fixtures.h"
#include "tests/support/http_client.h"
#include "tests/support/test_daemon.h"

namespace dpfeed::test {
namespace {

// A loopback port with nothing listening.
int ClosedPort() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof(a));
  socklen_t len = sizeof(a);
  getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  close(fd);
  return ntohs(a.sin_port);
}

std::string UnreachableChannels() {
  const std::string url = "http://127.0.0.1:" + std::to_string(ClosedPort()) + "/";
  return "\"channels\": {\"portal\": {\"sink\": \"http\", \"url\": \"" + url + "portal\", \"timeout_s\": 2}, "
         "\"credit\": {\"sink\": \"http\", \"url\": \"" + url + "credit\", \"timeout_s\": 2}}";
}

class ComplianceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    daemon_.SetClock("2026-11-23T10:00:00");  // a Monday
    market_ = daemon_.AddDepartment("scjgj", "安丘市市场监督管理局", kMarketUscc);
    auditor_ = daemon_.Token("auditor");
    daemon_.Start();
    client_ = std::make_unique<HttpClient>(daemon_.port());
    // Deadline 2026-11-19: passed, and received after it (a late submission).
    Post(PenaltyJson("安市监罚〔2026〕101号", "2026-11-10"));
    // Deadline 2026-11-24: one working day left.
    Post(PenaltyJson("安市监罚〔2026〕102号", "2026-11-13"));
    // Deadline 2026-12-01: six working days left.
    Post(PenaltyJson("安市监罚〔2026〕103号", "2026-11-20"));
  }

  void Post(const std::string& body) {
    HttpResult r = client_->Post("/api/v1/penalties", body, market_);
    ASSERT_EQ(r.status, 201) << r.body;
  }

  TestDaemon daemon_{DPFEED_BINARY, UnreachableChannels()};
  std::string market_, auditor_;
  std::unique_ptr<HttpClient> client_;
};

TEST_F(ComplianceTest, SummaryCountsOverdueAtRiskAndPending) {
  HttpResult r = client_->Get(
      "/api/v1/compliance/summary?from=2026-11-01&to=2026-11-30&department=scjgj&kind=penalty&channel=portal",
      auditor_);
  ASSERT_EQ(r.status, 200) << r.body;
  rapidjson::Document d;
  d.Parse(r.body.c_str());
  ASSERT_EQ(d["rows"].Size(), 1u) << r.body;
  const auto& row = d["rows"][0];
  EXPECT_EQ(std::string(row["department"].GetString()), "scjgj");
  EXPECT_EQ(std::string(row["channel"].GetString()), "portal");
  EXPECT_EQ(row["total"].GetInt(), 3);
  EXPECT_EQ(row["overdue"].GetInt(), 1);
  EXPECT_EQ(row["at_risk"].GetInt(), 1);
  EXPECT_EQ(row["pending"].GetInt(), 1);
  EXPECT_EQ(row["on_time"].GetInt(), 0);
  EXPECT_EQ(row["late_submissions"].GetInt(), 1);
  EXPECT_DOUBLE_EQ(row["on_time_rate"].GetDouble(), 0.0);
  EXPECT_FALSE(row["provisional"].GetBool());
}

TEST_F(ComplianceTest, RecordsExplainWhoseLagItWas) {
  HttpResult r = client_->Get("/api/v1/compliance/records?status=overdue&from=2026-11-01&to=2026-11-30",
                              auditor_);
  ASSERT_EQ(r.status, 200) << r.body;
  rapidjson::Document d;
  d.Parse(r.body.c_str());
  ASSERT_EQ(d["items"].Size(), 1u) << r.body;
  const auto& item = d["items"][0];
  EXPECT_EQ(std::string(item["wsh"].GetString()), "安市监罚〔2026〕101号");
  EXPECT_EQ(std::string(item["deadline"].GetString()), "2026-11-19");
  EXPECT_TRUE(item["late_submission"].GetBool());
  EXPECT_EQ(item["department_lag_workdays"].GetInt(), 9);  // 11-10 -> 11-23
  EXPECT_EQ(std::string(item["channels"]["portal"]["status"].GetString()), "overdue");
  EXPECT_TRUE(item["channels"]["portal"]["published_at"].IsNull());

  r = client_->Get("/api/v1/compliance/records?status=at_risk,pending&from=2026-11-01&to=2026-11-30&channel=credit",
                   auditor_);
  d.Parse(r.body.c_str());
  EXPECT_EQ(d["items"].Size(), 2u) << r.body;
  EXPECT_EQ(client_->Get("/api/v1/compliance/records?status=bogus", auditor_).status, 400);
}

TEST_F(ComplianceTest, CsvOpensInExcelWithChineseHeaders) {
  HttpResult r = client_->Get("/api/v1/compliance/summary?from=2026-11-01&to=2026-11-30&format=csv", auditor_);
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.headers["content-type"], "text/csv; charset=utf-8");
  ASSERT_GE(r.body.size(), 3u);
  EXPECT_EQ(r.body.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(r.body.find("部门代码(department)"), std::string::npos);
  EXPECT_NE(r.body.find("超期未公示(overdue)"), std::string::npos);
  EXPECT_NE(r.body.find("scjgj,安丘市市场监督管理局,行政处罚,政府门户网站,3,0,0,1,1,1,0,0%"), std::string::npos) << r.body;

  r = client_->Get("/api/v1/compliance/records?format=csv&from=2026-11-01&to=2026-11-30", auditor_);
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("决定文书号(WSH)"), std::string::npos);
  EXPECT_NE(r.body.find("安市监罚〔2026〕101号"), std::string::npos);
  EXPECT_NE(r.body.find("超期未公示"), std::string::npos);
}

TEST_F(ComplianceTest, OnlyAuditorsAndAdminsMayAsk) {
  EXPECT_EQ(client_->Get("/api/v1/compliance/summary", market_).status, 403);
  EXPECT_EQ(client_->Get("/api/v1/compliance/records", market_).status, 403);
  EXPECT_EQ(client_->Get("/api/v1/compliance/summary").status, 401);
  EXPECT_EQ(client_->Get("/api/v1/compliance/summary", daemon_.Token("admin")).status, 200);
  EXPECT_EQ(client_->Get("/api/v1/compliance/summary?from=2026-02-30", auditor_).status, 400);
  EXPECT_EQ(client_->Get("/api/v1/compliance/summary?department=nope", auditor_).status, 400);
}

TEST_F(ComplianceTest, CommandLineGivesTheSameSummary) {
  CommandResult r = daemon_.Cli({"compliance", "--from", "2026-11-01", "--to", "2026-11-30", "--department",
                                 "scjgj", "--kind", "penalty", "--channel", "portal"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  rapidjson::Document d;
  d.Parse(r.out.c_str());
  ASSERT_TRUE(d.IsObject()) << r.out;
  EXPECT_EQ(d["rows"][0]["overdue"].GetInt(), 1);
  EXPECT_EQ(d["rows"][0]["at_risk"].GetInt(), 1);
  r = daemon_.Cli({"compliance", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.substr(0, 3), "\xEF\xBB\xBF");
}

TEST_F(ComplianceTest, DeadlinesInAYearWithoutCalendarAreProvisional) {
  daemon_.SetClock("2027-03-01T10:00:00");
  HttpResult r = client_->Post("/api/v1/penalties", PenaltyJson("安市监罚〔2027〕1号", "2027-02-26"), market_);
  ASSERT_EQ(r.status, 201) << r.body;
  rapidjson::Document d;
  d.Parse(r.body.c_str());
  EXPECT_TRUE(d["records"][0]["deadline_provisional"].GetBool());
  EXPECT_EQ(std::string(d["records"][0]["deadline"].GetString()), "2027-03-09");
  r = client_->Get("/api/v1/compliance/summary?from=2027-01-01&to=2027-12-31", auditor_);
  d.Parse(r.body.c_str());
  EXPECT_TRUE(d["rows"][0]["provisional"].GetBool());
  // /healthz warns that the 2027 calendar is missing (it is 2027 already).
  HttpResult health = client_->Get("/healthz");
  EXPECT_NE(health.body.find("2027"), std::string::npos) << health.body;
  CommandResult cli = daemon_.Cli({"deadline", "2027-02-26"});
  EXPECT_EQ(cli.exit_code, 0);
  EXPECT_NE(cli.out.find("2027-03-09"), std::string::npos);
  EXPECT_NE(cli.err.find("provisional"), std::string::npos);
}

void WriteText(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::trunc);
  out << text;
}

TEST(CalendarFileIntegrationTest, AddingNextYearRecomputesStoredDeadlinesAtStart) {
  TestDaemon d(DPFEED_BINARY, UnreachableChannels() + ", \"calendar_files\": [\"calendar-extra.json\"]");
  WriteText(d.dir() + "/calendar-extra.json", "{\"years\": {}}");
  d.SetClock("2026-12-28T10:00:00");
  const std::string market = d.AddDepartment("scjgj", "安丘市市场监督管理局", kMarketUscc);
  const std::string admin = d.Token("admin");
  d.Start();
  auto client = std::make_unique<HttpClient>(d.port());
  HttpResult r = client->Post("/api/v1/penalties", PenaltyJson("安市监罚〔2026〕999号", "2026-12-28"), market);
  ASSERT_EQ(r.status, 201) << r.body;
  rapidjson::Document doc;
  doc.Parse(r.body.c_str());
  const int64_t id = doc["records"][0]["id"].GetInt64();
  EXPECT_EQ(std::string(doc["records"][0]["deadline"].GetString()), "2027-01-06");  // Mon-Fri guess
  EXPECT_TRUE(doc["records"][0]["deadline_provisional"].GetBool());
  ASSERT_EQ(d.Stop(SIGTERM), 0);

  // The operator adds 2027 (here: 1 and 4 January off) and restarts.
  WriteText(d.dir() + "/calendar-extra.json",
            R"({"years": {"2027": {"holidays": [{"date": "2027-01-01", "name": "元旦"},
                                                 {"date": "2027-01-04", "name": "元旦"}]}}})");
  d.Start();
  client = std::make_unique<HttpClient>(d.port());
  r = client->Get("/api/v1/penalties/" + std::to_string(id), admin);
  ASSERT_EQ(r.status, 200) << r.body;
  doc.Parse(r.body.c_str());
  EXPECT_EQ(std::string(doc["deadline"].GetString()), "2027-01-08") << r.body;
  EXPECT_FALSE(doc["deadline_provisional"].GetBool());
  ASSERT_EQ(d.Stop(SIGTERM), 0);

  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(d.database_path().c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT count(*) FROM events WHERE type = 'calendar.changed' AND detail LIKE '%2027%'", -1,
                     &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_GE(sqlite3_column_int(st, 0), 1);
  sqlite3_finalize(st);
  sqlite3_close(db);

  // A file naming a weekday as a make-up working day is refused at start.
  WriteText(d.dir() + "/calendar-extra.json",
            R"({"years": {"2027": {"workdays": [{"date": "2027-01-05", "name": "x"}]}}})");
  try {
    d.Start();
    ADD_FAILURE() << "the daemon started with a bad calendar file";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("2027-01-05"), std::string::npos) << e.what();
  }
}

TEST(CalendarCliTest, DeadlineAndWorkdays) {
  TestDaemon d(DPFEED_BINARY);
  CommandResult r = d.Cli({"deadline", "2026-02-13"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.substr(r.out.rfind('\n', r.out.size() - 2) + 1), "2026-03-02\n");
  EXPECT_TRUE(r.err.empty()) << r.err;
  r = d.Cli({"deadline", "2026/09/30", "--workdays", "3"});
  EXPECT_EQ(r.out, "2026-10-10\n");  // 10-10 is a make-up Saturday
  r = d.Cli({"workdays", "2026-09-30", "2026-10-15"});
  EXPECT_EQ(r.out, "7\n");
  EXPECT_NE(d.Cli({"deadline", "2026-13-01"}).exit_code, 0);
}

}  // namespace
}  // namespace dpfeed::test
