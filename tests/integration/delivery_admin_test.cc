// The admin's hold on the outbox: a delivery waiting for its next attempt
// can be sent now, and a retried delivery gets a fresh retry schedule.
#include <gtest/gtest.h>

#include "tests/integration/publication_fixture.h"

namespace dpfeed::test {
namespace {

using DeliveryAdminTest = PublicationTest;

// The portal delivery of the only notice, as the admin API shows it.
rapidjson::Document PortalDelivery(HttpClient& client, const std::string& admin) {
  rapidjson::Document out;
  auto all = Json(client.Get("/api/v1/deliveries", admin).body);
  for (const auto& d : all["deliveries"].GetArray()) {
    if (std::string(d["channel"].GetString()) == "portal") out.CopyFrom(d, out.GetAllocator());
  }
  return out;
}

TEST_F(DeliveryAdminTest, ADeliveryWaitingForItsNextAttemptIsSentNowWithAFreshSchedule) {
  StartDaemon("2026-11-20T12:00:00");
  Post("penalties", PenaltyJson("安市监罚〔2026〕1号", "2026-11-18"), market_);
  receiver_.SetStatusForAll(503);
  daemon_->SetClock("2026-11-23T09:00:10");
  ASSERT_TRUE(receiver_.WaitForRequests(1, 10s));
  std::this_thread::sleep_for(500ms);
  auto d = PortalDelivery(*client_, admin_);
  ASSERT_TRUE(d.IsObject());
  EXPECT_EQ(std::string(d["state"].GetString()), "pending");
  EXPECT_EQ(d["attempts"].GetInt(), 1);
  const std::string id = std::to_string(d["id"].GetInt64());

  // The clock does not move: only the admin's retry sends it again.
  HttpResult retry = client_->Post("/api/v1/deliveries/" + id + "/retry", "", admin_);
  ASSERT_EQ(retry.status, 200) << retry.body;
  ASSERT_TRUE(receiver_.WaitForRequests(2, 10s));
  std::this_thread::sleep_for(500ms);
  d = PortalDelivery(*client_, admin_);
  EXPECT_EQ(d["attempts"].GetInt(), 1);  // a fresh schedule: its first attempt
  EXPECT_EQ(std::string(d["next_attempt_at"].GetString()), "2026-11-23T09:00:15.000+08:00");

  // Nine days later the retries have run out; a retry of the failed
  // delivery starts over instead of failing after one more attempt.
  for (int day = 24; day <= 30; ++day) {
    daemon_->SetClock("2026-11-" + std::to_string(day) + "T09:00:00");
    std::this_thread::sleep_for(300ms);
  }
  daemon_->SetClock("2026-12-03T09:00:00");
  for (int i = 0;
       i < 100 && std::string(PortalDelivery(*client_, admin_)["state"].GetString()) != "failed";
       ++i) {
    std::this_thread::sleep_for(100ms);
  }
  ASSERT_EQ(std::string(PortalDelivery(*client_, admin_)["state"].GetString()), "failed");
  const size_t before = receiver_.RequestCount();
  ASSERT_EQ(client_->Post("/api/v1/deliveries/retry", "", admin_).status, 200);
  ASSERT_TRUE(receiver_.WaitForRequests(before + 1, 10s));
  std::this_thread::sleep_for(500ms);
  d = PortalDelivery(*client_, admin_);
  EXPECT_EQ(std::string(d["state"].GetString()), "pending");
  EXPECT_EQ(d["attempts"].GetInt(), 1);

  // The credit delivery waits for the portal: nothing to retry there.
  receiver_.SetStatusForAll(200);
  auto all = Json(client_->Get("/api/v1/deliveries?state=waiting", admin_).body);
  ASSERT_EQ(all["deliveries"].Size(), 1u);
  EXPECT_EQ(client_
                ->Post("/api/v1/deliveries/" +
                           std::to_string(all["deliveries"][0]["id"].GetInt64()) + "/retry",
                       "", admin_)
                .status,
            409);
}

}  // namespace
}  // namespace dpfeed::test
