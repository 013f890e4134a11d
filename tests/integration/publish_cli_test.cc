// `dpfeed publish --as-of` against the real daemon's database: refused
// instants, the dry run, and the command run beside the daemon.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>

#include "tests/integration/publication_fixture.h"

namespace dpfeed::test {
namespace {

using PublishCliTest = PublicationTest;

TEST_F(PublishCliTest, AnInstantInTheFutureOrABareDateIsRefused) {
  StartDaemon("2026-11-20T12:00:00");  // Friday; the Monday run is three days ahead
  Post("penalties", PenaltyJson("安市监罚〔2026〕1号", "2026-11-18"), market_);
  CommandResult future = daemon_->Cli({"publish", "--as-of", "2026-11-23T09:00:30"});
  EXPECT_NE(future.exit_code, 0);
  EXPECT_NE(future.err.find("future"), std::string::npos) << future.err;
  CommandResult bare = daemon_->Cli({"publish", "--as-of", "2026-11-20"});
  EXPECT_NE(bare.exit_code, 0);
  EXPECT_NE(bare.err.find("time of day"), std::string::npos) << bare.err;
  EXPECT_EQ(QueryNumber(daemon_->database_path(), "SELECT count(*) FROM notices"), 0);
  EXPECT_EQ(receiver_.RequestCount(), 0u);
  EXPECT_NE(daemon_->Cli({"publish", "--help"}).out.find("bare date is refused"),
            std::string::npos);
}

TEST_F(PublishCliTest, ADryRunPrintsWhatWouldBePublishedAndWritesNothing) {
  StartDaemon("2026-11-20T12:00:00");
  Post("penalties", PenaltyJson("安市监罚〔2026〕1号", "2026-11-18"), market_);
  Post("penalties", PenaltyJson("安市监罚〔2026〕2号", "2026-11-19"), market_);
  const int64_t events = QueryNumber(daemon_->database_path(), "SELECT count(*) FROM events");
  const int64_t runs =
      QueryNumber(daemon_->database_path(), "SELECT count(*) FROM publication_runs");
  CommandResult dry = daemon_->Cli({"publish", "--as-of", "2026-11-23T09:00:30", "--dry-run"});
  ASSERT_EQ(dry.exit_code, 0) << dry.err;
  auto out = Json(dry.out);
  ASSERT_TRUE(out.IsObject()) << dry.out;
  EXPECT_TRUE(out["dry_run"].GetBool());
  ASSERT_EQ(out["notices"].Size(), 1u);
  EXPECT_EQ(std::string(out["notices"][0]["title"].GetString()),
            "安丘市市场监督管理局行政处罚信息公示（2026年11月16日-2026年11月22日）");
  EXPECT_EQ(out["notices"][0]["records"].GetInt(), 2);
  EXPECT_EQ(QueryNumber(daemon_->database_path(), "SELECT count(*) FROM notices"), 0);
  EXPECT_EQ(QueryNumber(daemon_->database_path(), "SELECT count(*) FROM publication_runs"), runs);
  EXPECT_EQ(QueryNumber(daemon_->database_path(), "SELECT count(*) FROM events"), events);
  EXPECT_FALSE(std::filesystem::exists(daemon_->database_path() + "-artifacts"));
  EXPECT_EQ(receiver_.RequestCount(), 0u);
}

TEST_F(PublishCliTest, RunBesideTheDaemonItLeavesEveryNoticeSentOnceAndNoErrorBehind) {
  StartDaemon("2026-11-20T12:00:00");
  const char* usccs[] = {"11370784MB2850350R", "11370784MB2850351W", "11370784MB28503520",
                         "11370784MB28503533"};
  for (int d = 0; d < 4; ++d) {
    const std::string token =
        daemon_->AddDepartment("d" + std::to_string(d), "部门" + std::to_string(d), usccs[d]);
    Post("penalties",
         PenaltyJsonBy("部门" + std::to_string(d), usccs[d],
                       "罚〔2026〕" + std::to_string(d) + "号", "2026-11-18"),
         token);
  }
  // Slow answers, so the daemon and the command are sending at once.
  receiver_.SetDelay(300ms);
  daemon_->SetClock("2026-11-23T09:00:10");
  ASSERT_TRUE(receiver_.WaitForRequests(1, 10s));
  CommandResult cli = daemon_->Cli({"publish", "--as-of", "2026-11-23T09:00:10"});
  EXPECT_EQ(cli.exit_code, 0) << cli.err;
  ASSERT_TRUE(WaitAcked("/credit", 4, 30s)) << daemon_->Log();
  receiver_.SetDelay(0ms);
  // Every delivery recorded as acknowledged, whoever sent it; one content
  // per key; and /healthz clean once the passes are over.
  for (int i = 0;
       i < 100 && QueryNumber(daemon_->database_path(),
                              "SELECT count(*) FROM deliveries WHERE state <> 'acknowledged'") != 0;
       ++i) {
    std::this_thread::sleep_for(50ms);
  }
  EXPECT_EQ(QueryNumber(daemon_->database_path(),
                        "SELECT count(*) FROM deliveries WHERE state <> 'acknowledged'"),
            0);
  EXPECT_EQ(QueryNumber(daemon_->database_path(), "SELECT count(*) FROM notices"), 4);
  std::map<std::string, std::set<std::string>> bodies;
  for (const auto& q : receiver_.Requests()) bodies[q.headers.at("idempotency-key")].insert(q.body);
  EXPECT_EQ(bodies.size(), 8u);
  for (const auto& [key, b] : bodies) EXPECT_EQ(b.size(), 1u) << key;
  std::this_thread::sleep_for(500ms);
  HttpResult health = client_->Get("/healthz");
  EXPECT_EQ(health.body.find("failed"), std::string::npos) << health.body;
  EXPECT_EQ(health.body.find("not pending"), std::string::npos) << health.body;
}

}  // namespace
}  // namespace dpfeed::test
