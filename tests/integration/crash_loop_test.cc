// The crash loop of deploy/test (issue 9): kill -9 the daemon again and
// again, during ingest and during delivery, and count what an operator
// would lose: acknowledged records missing after restart, and notices a
// receiver published twice (under two idempotency keys) or never. Every
// count must be zero. A few iterations, bounded to well under two minutes.
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <signal.h>

#include <atomic>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "tests/integration/fixtures.h"
#include "tests/support/http_client.h"
#include "tests/support/http_receiver.h"
#include "tests/support/test_daemon.h"

namespace dpfeed::test {
namespace {

using namespace std::chrono_literals;

constexpr int kIngestKills = 3;
constexpr int kDeliveryKills = 3;

int64_t FirstId(const std::string& body) {
  rapidjson::Document d;
  d.Parse(body.c_str(), body.size());
  return d.IsObject() && d.HasMember("records") ? d["records"][0]["id"].GetInt64() : -1;
}

std::string Channels(int port) {
  const std::string base = "http://127.0.0.1:" + std::to_string(port);
  return "\"channels\": {\"portal\": {\"sink\": \"http\", \"url\": \"" + base +
         "/portal\", \"timeout_s\": 5}, \"credit\": {\"sink\": \"http\", \"url\": \"" + base +
         "/credit\", \"timeout_s\": 5}}";
}

TEST(CrashLoopTest, KillDashNineDuringIngestAndDeliveryLosesAndDuplicatesNothing) {
  HttpReceiver receiver;
  TestDaemon d(DPFEED_BINARY, Channels(receiver.port()));
  d.SetClock("2026-11-20T12:00:00");
  // Eight departments, so the Monday run has eight notices per channel.
  const char* usccs[] = {"11370784MB2850350R", "11370784MB2850351W", "11370784MB28503520",
                         "11370784MB28503533", "11370784MB28503546", "11370784MB28503559",
                         "11370784MB2850356C", "11370784MB2850357F"};
  std::vector<std::string> tokens;
  for (int i = 0; i < 8; ++i) {
    tokens.push_back(
        d.AddDepartment("d" + std::to_string(i), "部门" + std::to_string(i), usccs[i]));
  }
  const std::string auditor = d.Token("auditor");
  d.Start();

  // Ingest: writers post until killed; an acknowledged record is one whose
  // 201 arrived.
  std::set<int64_t> acknowledged;
  size_t lost = 0;
  for (int round = 0; round < kIngestKills; ++round) {
    std::mutex mu;
    std::atomic<bool> stop{false};
    std::vector<std::thread> writers;
    for (int t = 0; t < 4; ++t) {
      writers.emplace_back([&, t] {
        HttpClient c(d.port());
        for (int i = 0; !stop; ++i) {
          const std::string wsh = "罚〔2026〕R" + std::to_string(round) + "T" + std::to_string(t) +
                                  "-" + std::to_string(i) + "号";
          HttpResult r =
              c.Post("/api/v1/penalties",
                     PenaltyJsonBy("部门" + std::to_string(t), usccs[t], wsh, "2026-11-18"),
                     tokens[static_cast<size_t>(t)]);
          if (r.status != 201) break;  // the daemon died mid-request: not acknowledged
          std::lock_guard<std::mutex> lock(mu);
          acknowledged.insert(FirstId(r.body));
        }
      });
    }
    const size_t target = acknowledged.size() + 100 + 50 * static_cast<size_t>(round);
    while (true) {
      {
        std::lock_guard<std::mutex> lock(mu);
        if (acknowledged.size() >= target) break;
      }
      std::this_thread::sleep_for(2ms);
    }
    d.Stop(SIGKILL);
    stop = true;
    for (auto& w : writers) w.join();
    d.Start();
  }
  HttpClient c(d.port());
  for (int64_t id : acknowledged) {
    if (c.Get("/api/v1/penalties/" + std::to_string(id), auditor).status != 200) ++lost;
  }

  // The other four departments decide one penalty each that week.
  for (int i = 4; i < 8; ++i) {
    ASSERT_EQ(c.Post("/api/v1/penalties",
                     PenaltyJsonBy("部门" + std::to_string(i), usccs[i],
                                   "罚〔2026〕W" + std::to_string(i) + "号", "2026-11-18"),
                     tokens[static_cast<size_t>(i)])
                  .status,
              201);
  }

  // Delivery: the Monday run sends sixteen notices (eight per channel);
  // kill -9 while they go out, at a different point each time.
  receiver.SetDelay(80ms);
  d.SetClock("2026-11-23T09:00:30");
  for (int round = 0; round < kDeliveryKills; ++round) {
    const size_t before = receiver.RequestCount();
    receiver.WaitForRequests(before + 2 + 2 * static_cast<size_t>(round), 20s);
    d.Stop(SIGKILL);
    d.Start();
  }
  receiver.SetDelay(0ms);
  std::map<std::string, std::map<std::string, std::set<std::string>>>
      keys;  // channel -> title -> keys
  const auto until = std::chrono::steady_clock::now() + 40s;
  size_t acked_notices = 0;
  while (std::chrono::steady_clock::now() < until) {
    keys.clear();
    acked_notices = 0;
    for (const ReceivedRequest& q : receiver.Requests()) {
      if (q.response_status < 200 || q.response_status >= 300) continue;
      rapidjson::Document body;
      body.Parse(q.body.c_str(), q.body.size());
      const rapidjson::Value& n = body.HasMember("notice") ? body["notice"] : body;
      if (!n.IsObject() || !n.HasMember("title")) continue;
      keys[q.target][n["title"].GetString()].insert(q.headers.at("idempotency-key"));
    }
    for (const auto& [channel, titles] : keys) acked_notices += titles.size();
    if (acked_notices >= 16) break;
    std::this_thread::sleep_for(100ms);
  }
  size_t duplicates = 0;
  for (const auto& [channel, titles] : keys) {
    for (const auto& [title, ks] : titles) duplicates += ks.size() - 1;
  }
  const size_t missing = 16 - std::min<size_t>(acked_notices, 16);
  std::printf(
      "crash loop: %d kills during ingest, %zu acknowledged records, %zu lost; %d kills during "
      "delivery, %zu notices acknowledged, %zu published twice, %zu missing\n",
      kIngestKills, acknowledged.size(), lost, kDeliveryKills, acked_notices, duplicates, missing);
  EXPECT_EQ(lost, 0u);
  EXPECT_EQ(duplicates, 0u);
  EXPECT_EQ(missing, 0u) << d.Log();
}

}  // namespace
}  // namespace dpfeed::test
