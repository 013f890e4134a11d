// Acknowledgements reach the decisions' first-publication times through
// the stamper (service/store/publication_stamps.h): what readers see is the
// same before and after stamping, the earliest acknowledgement wins
// whichever is stamped first, a withdrawal notice publishes nothing, and
// the daemon's stamper stamps once the lanes pause. A real SQLite file and
// the real writer; no daemon.
#include "publisher/publication_stamper.h"

#include <gtest/gtest.h>

#include <thread>

#include "publisher/http_sink.h"
#include "publisher/outbox.h"
#include "publisher/planner.h"
#include "service/store/compliance_query.h"
#include "service/store/delivery_repository.h"
#include "service/store/publication_stamps.h"
#include "service/store/revocation_repository.h"
#include "tests/support/http_receiver.h"
#include "tests/unit/publisher/publisher_fixture.h"

namespace dpfeed::test {
namespace {

using namespace std::chrono_literals;

constexpr const char* kFirstAck = "2026-11-23T09:20:00.000+08:00";
constexpr const char* kLaterAck = "2026-11-23T09:30:00.000+08:00";

class PublicationStamperTest : public PublisherTest {
 protected:
  SubmitFn Submit() {
    return [this](WriteJob job, std::function<void(Status)> done) {
      writer_->SubmitBackground(std::move(job), std::move(done));
    };
  }
  int64_t PlanAt(const std::string& when) {
    const Planner planner(WorkCalendar::BuiltIn(), PlannerOptions{}, *artifacts_);
    auto cycle = planner.RunCycle(*reader_, write_, At(when));
    EXPECT_TRUE(cycle.ok()) << cycle.status().ToString();
    return Count("SELECT max(id) FROM notices");
  }
  int64_t DeliveryOf(int64_t notice, const char* channel) {
    return Count(("SELECT id FROM deliveries WHERE notice_id = " + std::to_string(notice) +
                  " AND channel = '" + channel + "'")
                     .c_str());
  }
  void Acknowledge(int64_t delivery, const char* at) {
    Status s =
        writer_->Run([&](Database& db) { return RecordAcknowledged(db, delivery, 200, at); });
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  int Stamp() {
    Database::Options ro;
    ro.read_only = true;
    PublicationStamper stamper(std::move(Database::Open(path_, ro).value()));
    auto n = stamper.StampAll(Submit(), "2026-11-23T10:00:00.000+08:00");
    EXPECT_TRUE(n.ok()) << n.status().ToString();
    return n.ok() ? *n : -1;
  }
  std::optional<std::string> Portal(int64_t decision) {
    auto d = GetDecision(*reader_, decision);
    EXPECT_TRUE(d.ok()) << d.status().ToString();
    return d.ok() ? d->portal_published_at : std::nullopt;
  }
  std::optional<std::string> CompliancePortal(int64_t decision) {
    std::optional<std::string> out;
    Status s = ForEachComplianceRow(*reader_, ComplianceFilter{}, [&](const ComplianceRow& r) {
      if (r.id == decision) out = r.portal_published_at;
    });
    EXPECT_TRUE(s.ok()) << s.ToString();
    return out;
  }
  int64_t StoredPortalColumns() {
    return Count("SELECT count(*) FROM decisions WHERE portal_published_at IS NOT NULL");
  }
};

TEST_F(PublicationStamperTest, AnAcknowledgementReadsAsPublishedBeforeAndAfterStamping) {
  const int64_t d = Penalty("罚1", "2026-11-18");
  const int64_t notice = PlanAt("2026-11-23T09:00:00");
  Acknowledge(DeliveryOf(notice, "portal"), kFirstAck);
  // One row written: the delivery. The decision reads as published anyway.
  EXPECT_EQ(StoredPortalColumns(), 0);
  EXPECT_EQ(Portal(d), kFirstAck);
  EXPECT_EQ(CompliancePortal(d), kFirstAck);
  EXPECT_EQ(GetDecision(*reader_, d)->credit_published_at, std::nullopt);
  EXPECT_EQ(CountUnstampedAcknowledgements(*reader_).value(), 1);

  EXPECT_EQ(Stamp(), 1);
  EXPECT_EQ(StoredPortalColumns(), 1);
  EXPECT_EQ(Portal(d), kFirstAck);
  EXPECT_EQ(CompliancePortal(d), kFirstAck);
  EXPECT_EQ(CountUnstampedAcknowledgements(*reader_).value(), 0);
  EXPECT_EQ(Stamp(), 0);  // nothing left
}

TEST_F(PublicationStamperTest, TheEarliestAcknowledgementWinsWhicheverIsStampedFirst) {
  const int64_t d = Penalty("罚1", "2026-11-18");
  const int64_t regular = PlanAt("2026-11-23T09:00:00");
  Penalty("罚1", "2026-11-18", "0.8");  // corrected: a correction notice carries it again
  const int64_t correction = PlanAt("2026-11-23T09:15:00");
  ASSERT_NE(regular, correction);
  ASSERT_EQ(Count(("SELECT count(*) FROM notice_items WHERE action = 'correct' AND notice_id = " +
                   std::to_string(correction))
                      .c_str()),
            1);
  // The lanes record the correction's acknowledgement first, and it is
  // stamped; then the regular notice's, with an earlier time.
  Acknowledge(DeliveryOf(correction, "portal"), kLaterAck);
  EXPECT_EQ(Stamp(), 1);
  EXPECT_EQ(Portal(d), kLaterAck);
  Acknowledge(DeliveryOf(regular, "portal"), kFirstAck);
  EXPECT_EQ(Portal(d), kFirstAck);
  EXPECT_EQ(CompliancePortal(d), kFirstAck);
  EXPECT_EQ(Stamp(), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM decisions WHERE portal_published_at = "
                  "'2026-11-23T09:20:00.000+08:00'"),
            1);
  EXPECT_EQ(Portal(d), kFirstAck);
}

TEST_F(PublicationStamperTest, AWithdrawalNoticePublishesNothing) {
  const int64_t d = Penalty("罚1", "2026-11-18");
  PlanAt("2026-11-23T09:00:00");
  ASSERT_TRUE(writer_
                  ->Run([&](Database& db) {
                    return RevokeDecision(db, d, RevocationKind::kWithdraw, "录入错误",
                                          "2026-11-23T09:05:00.000+08:00")
                        .status();
                  })
                  .ok());
  const int64_t withdrawal = PlanAt("2026-11-23T09:15:00");
  ASSERT_EQ(Count(("SELECT count(*) FROM notice_items WHERE action = 'withdraw' AND notice_id = " +
                   std::to_string(withdrawal))
                      .c_str()),
            1);
  Acknowledge(DeliveryOf(withdrawal, "portal"), kFirstAck);
  EXPECT_EQ(Portal(d), std::nullopt);
  EXPECT_EQ(CompliancePortal(d), std::nullopt);
  EXPECT_EQ(Stamp(), 1);
  EXPECT_EQ(Portal(d), std::nullopt);
  EXPECT_EQ(StoredPortalColumns(), 0);
}

TEST_F(PublicationStamperTest, TheDaemonsStamperStampsOnceTheLanesPause) {
  for (int i = 0; i < 30; ++i) Penalty("罚" + std::to_string(i), "2026-11-18");
  PlanAt("2026-11-23T09:00:00");
  HttpReceiver receiver;
  HttpSinkOptions o;
  o.url = receiver.Url("/portal");
  auto portal = HttpSink::Create(o);
  o.url = receiver.Url("/credit");
  auto credit = HttpSink::Create(o);
  ASSERT_TRUE(portal.ok() && credit.ok());
  Outbox outbox({portal->get(), false}, {credit->get(), false}, *artifacts_, path_);
  ManualClock clock(At("2026-11-23T09:00:10"));
  ASSERT_TRUE(outbox.Start(Submit(), clock, 20ms).ok());
  // Bounded wait for the lanes and then the stamper (it polls every second).
  for (int i = 0; i < 1000 && Count("SELECT count(*) FROM decisions WHERE portal_published_at "
                                    "IS NOT NULL AND credit_published_at IS NOT NULL") < 30;
       ++i)
    std::this_thread::sleep_for(10ms);
  outbox.Stop();
  EXPECT_EQ(Count("SELECT count(*) FROM deliveries WHERE state = 'acknowledged'"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM deliveries WHERE stamped_at IS NOT NULL"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM decisions d JOIN deliveries x ON x.channel = 'portal' "
                  "WHERE d.portal_published_at = x.acknowledged_at"),
            30);
  EXPECT_EQ(Count("SELECT count(*) FROM decisions d JOIN deliveries x ON x.channel = 'credit' "
                  "WHERE d.credit_published_at = x.acknowledged_at"),
            30);
  EXPECT_TRUE(outbox.Problems().empty());
}

}  // namespace
}  // namespace dpfeed::test
