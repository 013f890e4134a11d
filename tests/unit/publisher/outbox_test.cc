// The outbox against a real SQLite file, the real writer and real local
// HTTP receivers, without a daemon: portal before credit for every notice,
// the two channels served in parallel (a receiver that never answers holds
// up only its own channel), and two outboxes at once (the daemon and the
// CLI) leaving every delivery acknowledged once and no error behind.
#include "publisher/outbox.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <thread>

#include "publisher/http_sink.h"
#include "publisher/planner.h"
#include "service/store/delivery_repository.h"
#include "tests/support/http_receiver.h"
#include "tests/unit/publisher/publisher_fixture.h"

namespace dpfeed::test {
namespace {

using namespace std::chrono_literals;

class OutboxTest : public PublisherTest {
 protected:
  // `notices` regular notices (one department each) planned for Monday.
  void PlanNotices(int notices) {
    const Planner planner(WorkCalendar::BuiltIn(), PlannerOptions{}, *artifacts_);
    for (int i = 0; i < notices; ++i) {
      int64_t dept = market_;
      if (i > 0) {
        auto db = Database::Open(path_);  // AddDepartment takes its own transaction
        ASSERT_TRUE(db.ok());
        dept = Add(**db, "d" + std::to_string(i), "部门" + std::to_string(i), Uscc(i));
      }
      Store(dept, Kind::kPenalty, "罚" + std::to_string(i), "2026-11-18",
            PenaltyJson("罚" + std::to_string(i), "2026-11-18"));
    }
    auto cycle = planner.RunCycle(*reader_, write_, At("2026-11-23T09:00:00"));
    ASSERT_TRUE(cycle.ok()) << cycle.status().ToString();
    ASSERT_EQ(cycle->notices_created, notices);
  }

  static std::string Uscc(int n) {
    static const std::string kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static const int kWeights[17] = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                     29, 25, 13, 8,  24, 10, 30, 28};
    std::string code =
        "11370784MB27" + std::string(5 - std::to_string(n).size(), '0') + std::to_string(n);
    int sum = 0;
    for (int i = 0; i < 17; ++i)
      sum += static_cast<int>(kAlphabet.find(code[static_cast<size_t>(i)])) * kWeights[i];
    return code + kAlphabet[static_cast<size_t>((31 - sum % 31) % 31)];
  }

  std::unique_ptr<HttpSink> Sink(const HttpReceiver& r, const std::string& path,
                                 std::chrono::seconds timeout = 5s) {
    HttpSinkOptions o;
    o.url = r.Url(path);
    o.timeout = timeout;
    auto sink = HttpSink::Create(o);
    EXPECT_TRUE(sink.ok());
    return std::move(sink.value());
  }

  SubmitFn Submit() {
    return [this](WriteJob job, std::function<void(Status)> done) {
      writer_->Submit(std::move(job), std::move(done));
    };
  }

  int Acknowledged(const std::string& channel) {
    return static_cast<int>(
        Count(("SELECT count(*) FROM deliveries WHERE state = 'acknowledged' AND channel = '" +
               channel + "'")
                  .c_str()));
  }
};

TEST_F(OutboxTest, EveryNoticeReachesThePortalBeforeTheCredit) {
  PlanNotices(6);
  HttpReceiver receiver;
  auto portal = Sink(receiver, "/portal");
  auto credit = Sink(receiver, "/credit");
  Outbox outbox({portal.get(), false}, {credit.get(), false}, *artifacts_, path_);
  auto summary = outbox.DeliverDue(Submit(), At("2026-11-23T09:00:10"));
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  EXPECT_EQ(summary->acknowledged, 12);
  EXPECT_EQ(Acknowledged("portal"), 6);
  EXPECT_EQ(Acknowledged("credit"), 6);
  std::map<std::string, std::pair<int, int>> order;  // notice key -> (portal seq, credit seq)
  for (const auto& q : receiver.Requests()) {
    const std::string key = q.headers.at("idempotency-key");
    const std::string notice = key.substr(0, key.rfind('-'));
    (q.target == "/portal" ? order[notice].first : order[notice].second) = q.sequence;
  }
  ASSERT_EQ(order.size(), 6u);
  for (const auto& [notice, seq] : order) EXPECT_LT(seq.first, seq.second) << notice;
  // A second pass finds nothing due.
  auto again = outbox.DeliverDue(Submit(), At("2026-11-23T09:00:20"));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->attempted, 0);
}

// A notice of many stamping jobs (500 decisions a job): once DeliverDue
// returns, every one of its decisions is stamped published on both
// channels, with the acknowledgement's time.
TEST_F(OutboxTest, ALargeNoticeHasEveryDecisionStampedPublishedOnBothChannels) {
  constexpr int kRecords = 5100;
  for (int i = 0; i < kRecords; ++i) {
    Store(market_, Kind::kPenalty, "罚" + std::to_string(i), "2026-11-18",
          PenaltyJson("罚" + std::to_string(i), "2026-11-18"));
  }
  const Planner planner(WorkCalendar::BuiltIn(), PlannerOptions{}, *artifacts_);
  auto cycle = planner.RunCycle(*reader_, write_, At("2026-11-23T09:00:00"));
  ASSERT_TRUE(cycle.ok()) << cycle.status().ToString();
  ASSERT_EQ(cycle->notices_created, 1);
  HttpReceiver receiver;
  auto portal = Sink(receiver, "/portal");
  auto credit = Sink(receiver, "/credit");
  Outbox outbox({portal.get(), false}, {credit.get(), false}, *artifacts_, path_);
  auto summary = outbox.DeliverDue(Submit(), At("2026-11-23T09:00:10"));
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  EXPECT_EQ(Acknowledged("portal"), 1);
  EXPECT_EQ(Acknowledged("credit"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM decisions WHERE portal_published_at IS NOT NULL"),
            kRecords);
  EXPECT_EQ(Count("SELECT count(*) FROM decisions WHERE credit_published_at IS NOT NULL"),
            kRecords);
  EXPECT_EQ(Count("SELECT count(DISTINCT portal_published_at) FROM decisions"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM deliveries WHERE stamped_at IS NULL"), 0);
}

TEST_F(OutboxTest, AReceiverThatNeverAnswersHoldsUpOnlyItsOwnChannel) {
  PlanNotices(8);
  HttpReceiver portal_receiver, credit_receiver;
  credit_receiver.SetDelay(std::chrono::hours(1));  // accepts, reads, never answers
  auto portal = Sink(portal_receiver, "/portal");
  auto credit = Sink(credit_receiver, "/credit", 2s);
  Outbox outbox({portal.get(), false}, {credit.get(), false}, *artifacts_, path_);
  ManualClock clock(At("2026-11-23T09:00:10"));
  ASSERT_TRUE(outbox.Start(Submit(), clock, 20ms).ok());
  // Every notice reaches the portal while the credit receiver holds its
  // connections open. (Credit starts a notice only after the portal's
  // acknowledgement, so wait for its first request too.)
  for (int i = 0; i < 500 && (Acknowledged("portal") < 8 || credit_receiver.RequestCount() < 1);
       ++i)
    std::this_thread::sleep_for(10ms);
  EXPECT_EQ(Acknowledged("portal"), 8);
  EXPECT_EQ(Acknowledged("credit"), 0);
  EXPECT_GE(credit_receiver.RequestCount(), 1u);
  outbox.Stop();
  // The credit deliveries that timed out wait for their retry.
  EXPECT_EQ(Count("SELECT count(*) FROM deliveries WHERE channel = 'credit' AND state = 'pending' "
                  "AND attempts > 0"),
            static_cast<int64_t>(credit_receiver.RequestCount()));
}

TEST_F(OutboxTest, TwoOutboxesAtOnceLeaveEachDeliveryAcknowledgedOnceAndNoError) {
  PlanNotices(5);
  HttpReceiver receiver;
  receiver.SetDelay(50ms);
  auto portal = Sink(receiver, "/portal");
  auto credit = Sink(receiver, "/credit");
  Outbox daemon({portal.get(), false}, {credit.get(), false}, *artifacts_, path_);
  Outbox cli({portal.get(), false}, {credit.get(), false}, *artifacts_, path_);
  Result<DeliverySummary> a = Status::Ok(), b = Status::Ok();
  std::thread t([&] { a = daemon.DeliverDue(Submit(), At("2026-11-23T09:00:10")); });
  b = cli.DeliverDue(Submit(), At("2026-11-23T09:00:12"));
  t.join();
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ(Acknowledged("portal"), 5);
  EXPECT_EQ(Acknowledged("credit"), 5);
  // Same content under the same key, whoever sent it.
  std::map<std::string, std::set<std::string>> bodies;
  for (const auto& q : receiver.Requests()) bodies[q.headers.at("idempotency-key")].insert(q.body);
  EXPECT_EQ(bodies.size(), 10u);
  for (const auto& [key, b2] : bodies) EXPECT_EQ(b2.size(), 1u) << key;
  EXPECT_EQ(Count("SELECT count(*) FROM events WHERE type = 'delivery.acknowledged'"), 10);
}

TEST_F(OutboxTest, AnAdminRetryGivesAFreshScheduleAndSendsAWaitingDeliveryNow) {
  PlanNotices(1);
  HttpReceiver receiver;
  receiver.SetStatusForAll(503);
  auto portal = Sink(receiver, "/portal");
  auto credit = Sink(receiver, "/credit");
  Outbox outbox({portal.get(), false}, {credit.get(), false}, *artifacts_, path_);
  ASSERT_TRUE(outbox.DeliverDue(Submit(), At("2026-11-23T09:00:10")).ok());
  auto d = GetDelivery(*reader_, 1);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->state, DeliveryState::kPending);
  EXPECT_EQ(d->attempts, 1);
  EXPECT_EQ(d->next_attempt_at, "2026-11-23T09:00:15.000+08:00");
  // Waiting for its next attempt: an admin sends it now.
  ASSERT_TRUE(writer_
                  ->Run([](Database& db) {
                    return RequeueDelivery(db, 1, "2026-11-23T09:00:11.000+08:00");
                  })
                  .ok());
  ASSERT_TRUE(outbox.DeliverDue(Submit(), At("2026-11-23T09:00:11")).ok());
  EXPECT_EQ(receiver.RequestCount(), 2u);

  // Nine days of 503: the retries run out and the delivery fails.
  for (int day = 1; day <= 9; ++day) {
    ASSERT_TRUE(
        outbox.DeliverDue(Submit(), At("2026-12-0" + std::to_string(day) + "T09:00:00")).ok());
  }
  d = GetDelivery(*reader_, 1);
  ASSERT_EQ(d->state, DeliveryState::kFailed);
  // The admin's retry starts a fresh schedule: one more failure is a retry
  // in 5 s, not the end.
  ASSERT_TRUE(writer_
                  ->Run([](Database& db) {
                    return RequeueDelivery(db, 1, "2026-12-10T09:00:00.000+08:00");
                  })
                  .ok());
  ASSERT_TRUE(outbox.DeliverDue(Submit(), At("2026-12-10T09:00:00")).ok());
  d = GetDelivery(*reader_, 1);
  EXPECT_EQ(d->state, DeliveryState::kPending);
  EXPECT_EQ(d->attempts, 1);
  EXPECT_EQ(d->next_attempt_at, "2026-12-10T09:00:05.000+08:00");
  // The credit delivery waits for the portal: not retryable by an admin.
  EXPECT_EQ(writer_
                ->Run([](Database& db) {
                  return RequeueDelivery(db, 2, "2026-12-10T09:00:00.000+08:00");
                })
                .code(),
            StatusCode::kConflict);
}

}  // namespace
}  // namespace dpfeed::test
