// The admin's hold on the outbox: a delivery waiting for its next attempt
// can be sent now, and a retried delivery gets a fresh retry schedule.
//
// Every wait here is bounded and polls for the state it needs (the
// daemon records an outcome a moment after the receiver saw the request),
// so a daemon that stops answering fails the test within seconds.
#include <gtest/gtest.h>

#include <functional>

#include "tests/integration/publication_fixture.h"

namespace dpfeed::test {
namespace {

class DeliveryAdminTest : public PublicationTest {
 protected:
  // The portal delivery of the only notice as the admin API shows it; a
  // null document when the API did not answer (a test failure).
  rapidjson::Document PortalDelivery() {
    rapidjson::Document out;
    HttpResult r = client_->Get("/api/v1/deliveries", admin_);
    EXPECT_EQ(r.status, 200) << r.error << r.body;
    auto all = Json(r.body);
    if (r.status != 200 || !all.IsObject() || !all.HasMember("deliveries")) return out;
    for (const auto& d : all["deliveries"].GetArray()) {
      if (std::string(d["channel"].GetString()) == "portal") out.CopyFrom(d, out.GetAllocator());
    }
    return out;
  }

  // Polls the portal delivery until `done` holds of it (or 20 s passed, or
  // the API stopped answering) and returns the last one seen.
  rapidjson::Document WaitForPortal(const std::function<bool(const rapidjson::Value&)>& done) {
    const auto until = std::chrono::steady_clock::now() + 20s;
    for (;;) {
      rapidjson::Document d = PortalDelivery();
      if (!d.IsObject() || done(d) || std::chrono::steady_clock::now() >= until) return d;
      std::this_thread::sleep_for(50ms);
    }
  }
};

std::string State(const rapidjson::Value& d) {
  return d.IsObject() && d.HasMember("state") ? d["state"].GetString() : "(none)";
}

int Attempts(const rapidjson::Value& d) {
  return d.IsObject() && d.HasMember("attempts") ? d["attempts"].GetInt() : -1;
}

TEST_F(DeliveryAdminTest, ADeliveryWaitingForItsNextAttemptIsSentNowWithAFreshSchedule) {
  StartDaemon("2026-11-20T12:00:00");
  Post("penalties", PenaltyJson("安市监罚〔2026〕1号", "2026-11-18"), market_);
  receiver_.SetStatusForAll(503);
  daemon_->SetClock("2026-11-23T09:00:10");
  ASSERT_TRUE(receiver_.WaitForRequests(1, 20s));
  auto d = WaitForPortal([](const rapidjson::Value& v) { return Attempts(v) == 1; });
  ASSERT_TRUE(d.IsObject());
  EXPECT_EQ(State(d), "pending");
  ASSERT_EQ(Attempts(d), 1);
  const std::string id = std::to_string(d["id"].GetInt64());
  const std::string first_next = d["next_attempt_at"].GetString();
  EXPECT_EQ(first_next, "2026-11-23T09:00:15.000+08:00");

  // The clock does not move: only the admin's retry sends it again, and
  // it starts a fresh schedule (the retry is recorded as attempt 1 again).
  HttpResult retry = client_->Post("/api/v1/deliveries/" + id + "/retry", "", admin_);
  ASSERT_EQ(retry.status, 200) << retry.error << retry.body;
  ASSERT_TRUE(receiver_.WaitForRequests(2, 20s));
  d = WaitForPortal([](const rapidjson::Value& v) {
    return Attempts(v) == 1 && State(v) == "pending" &&
           std::string(v["last_error"].GetString()).find("503") != std::string::npos;
  });
  ASSERT_TRUE(d.IsObject());
  EXPECT_EQ(Attempts(d), 1);  // a fresh schedule: its first attempt
  EXPECT_EQ(std::string(d["next_attempt_at"].GetString()), "2026-11-23T09:00:15.000+08:00");

  // Each following day brings one more attempt; ten days after the first
  // the retries have run out, and a retry of the failed delivery starts
  // over instead of failing after one more attempt.
  for (int day = 24; day <= 30; ++day) {
    const size_t seen = receiver_.RequestCount();
    daemon_->SetClock("2026-11-" + std::to_string(day) + "T09:00:00");
    ASSERT_TRUE(receiver_.WaitForRequests(seen + 1, 20s)) << "no attempt on 11-" << day;
  }
  daemon_->SetClock("2026-12-03T09:00:00");
  d = WaitForPortal([](const rapidjson::Value& v) { return State(v) == "failed"; });
  ASSERT_EQ(State(d), "failed");
  const size_t before = receiver_.RequestCount();
  HttpResult all_retry = client_->Post("/api/v1/deliveries/retry", "", admin_);
  ASSERT_EQ(all_retry.status, 200) << all_retry.error << all_retry.body;
  ASSERT_TRUE(receiver_.WaitForRequests(before + 1, 20s));
  d = WaitForPortal(
      [](const rapidjson::Value& v) { return State(v) == "pending" && Attempts(v) == 1; });
  EXPECT_EQ(State(d), "pending");
  EXPECT_EQ(Attempts(d), 1);

  // The credit delivery waits for the portal: nothing to retry there.
  receiver_.SetStatusForAll(200);
  HttpResult waiting = client_->Get("/api/v1/deliveries?state=waiting", admin_);
  ASSERT_EQ(waiting.status, 200) << waiting.error;
  auto all = Json(waiting.body);
  ASSERT_TRUE(all.IsObject() && all.HasMember("deliveries"));
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
