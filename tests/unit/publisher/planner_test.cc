// The planner against a real SQLite file and the real writer, without a
// daemon: which notices a cycle makes, that it commits only what is still
// current, and that repeating a cycle makes nothing new.
#include "publisher/planner.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <filesystem>
#include <optional>
#include <set>
#include <span>

#include "publisher/notice_commits.h"
#include "service/store/backup.h"
#include "service/store/notice_commit.h"
#include "service/store/notice_pages.h"
#include "service/store/notice_repository.h"
#include "service/store/revocation_repository.h"
#include "tests/unit/publisher/publisher_fixture.h"

namespace dpfeed::test {
namespace {

class PlannerTest : public PublisherTest {
 protected:
  Planner MakePlanner(int threads = 2) {
    PlannerOptions o;
    o.jurisdiction = "安丘市";
    o.threads = threads;
    return Planner(WorkCalendar::BuiltIn(), o, *artifacts_);
  }

  // Two departments posting in turn: each notice's decisions alternate
  // with the other's in the table.
  void PostInTurn(int each) {
    for (int i = 0; i < each; ++i) {
      Penalty("罚" + std::to_string(i), "2026-11-18");
      Store(transport_, Kind::kPenalty, "交罚" + std::to_string(i), "2026-11-18",
            PenaltyJson("交罚" + std::to_string(i), "2026-11-18"));
    }
  }

  // The portal JSON of notice `id`, parsed.
  rapidjson::Document PortalJson(int64_t id) {
    auto n = GetNotice(*reader_, id);
    EXPECT_TRUE(n.ok()) << n.status().ToString();
    rapidjson::Document d;
    if (!n.ok()) return d;
    auto bytes = artifacts_->Get(n->artifacts.portal_json);
    EXPECT_TRUE(bytes.ok());
    d.Parse(bytes->c_str());
    return d;
  }
};

TEST_F(PlannerTest, TheMondayRunMakesOneNoticePerDepartmentAndKindAndIsIdempotent) {
  Penalty("罚1", "2026-11-17");
  Penalty("罚2", "2026-11-18");
  Store(market_, Kind::kLicense, "许1", "2026-11-19", LicenseJson("许1", "2026-11-19"));
  Store(transport_, Kind::kPenalty, "交罚1", "2026-11-20", PenaltyJson("交罚1", "2026-11-20"));
  Penalty("罚0", "2026-11-10");  // an earlier week: supplementary
  Penalty("罚9", "2026-11-24");  // after the covered week: waits
  const Planner planner = MakePlanner();

  auto before = planner.RunCycle(*reader_, write_, At("2026-11-23T08:59:00"));
  ASSERT_TRUE(before.ok()) << before.status().ToString();
  // Before 09:00 the run for 11-09..11-15 is the latest due (already late
  // for 罚0's week): it takes 罚0; nothing of 11-16..11-22 goes out.
  EXPECT_EQ(before->regular_week, "2026-11-09");

  auto run = planner.RunCycle(*reader_, write_, At("2026-11-23T09:00:00"));
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  EXPECT_EQ(run->regular_week, "2026-11-16");
  EXPECT_EQ(run->notices_by_type["regular"], 3);
  EXPECT_EQ(run->records_planned, 4);
  EXPECT_EQ(Count("SELECT count(*) FROM decisions WHERE planned_version IS NULL"), 1);  // 罚9
  // Every notice has its three artifacts as files, and two deliveries.
  EXPECT_EQ(Count("SELECT count(*) FROM notices WHERE portal_html_sha256 IS NULL"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM deliveries"), 2 * Count("SELECT count(*) FROM notices"));

  auto again = planner.RunCycle(*reader_, write_, At("2026-11-23T09:00:00"));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->notices_created, 0);
  EXPECT_EQ(again->regular_week, "");
}

TEST_F(PlannerTest, ADryRunWritesNothing) {
  Penalty("罚1", "2026-11-17");
  const Planner planner = MakePlanner();
  const int64_t events = Count("SELECT count(*) FROM events");
  auto dry = planner.DryRun(*reader_, At("2026-11-23T09:00:00"));
  ASSERT_TRUE(dry.ok());
  ASSERT_EQ(dry->notices.size(), 1u);
  EXPECT_EQ(dry->notices[0].title,
            "安丘市市场监督管理局行政处罚信息公示（2026年11月16日-2026年11月22日）");
  EXPECT_EQ(dry->notices[0].records, 1);
  EXPECT_EQ(Count("SELECT count(*) FROM notices"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM publication_runs"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM events"), events);
  EXPECT_FALSE(std::filesystem::exists(artifacts_->dir()));
}

TEST_F(PlannerTest, ARecordCorrectedWhilePlanningIsPlannedAgainNeverPublishedStale) {
  const int64_t a = Penalty("罚1", "2026-11-17", "0.5");
  Penalty("罚2", "2026-11-18", "0.5");
  const Planner planner = MakePlanner();
  // The department corrects 罚1 after the snapshot was read, just before
  // the notice's commit (the first write of the cycle).
  bool corrected = false;
  const WriteFn racing = [&](const WriteJob& job) {
    if (!corrected) {
      corrected = true;
      Store(market_, Kind::kPenalty, "罚1", "2026-11-17", PenaltyJson("罚1", "2026-11-17", "0.9"));
    }
    return write_(job);
  };
  auto run = planner.RunCycle(*reader_, racing, At("2026-11-23T09:00:00"));
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  EXPECT_EQ(run->stale, 1);
  EXPECT_EQ(run->notices_created, 1);
  EXPECT_EQ(run->regular_week, "2026-11-16");
  ASSERT_EQ(Count("SELECT count(*) FROM notices"), 1);
  EXPECT_EQ(Count("SELECT version FROM notice_items WHERE decision_id = 1"), 2);
  auto json = PortalJson(1);
  ASSERT_TRUE(json.IsObject());
  bool saw = false;
  for (const auto& r : json["records"].GetArray()) {
    if (std::string(r["CF_WSH"].GetString()) != "罚1") continue;
    EXPECT_EQ(std::string(r["CF_NR_FK"].GetString()), "0.9");
    saw = true;
  }
  EXPECT_TRUE(saw);
  EXPECT_EQ(Count("SELECT planned_version FROM decisions WHERE id = 1"), 2);
  (void)a;
}

TEST_F(PlannerTest, ARecordRevokedWhilePlanningStaysOutOfTheNotice) {
  const int64_t a = Penalty("罚1", "2026-11-17");
  Penalty("罚2", "2026-11-18");
  const Planner planner = MakePlanner();
  bool revoked = false;
  const WriteFn racing = [&](const WriteJob& job) {
    if (!revoked) {
      revoked = true;
      EXPECT_TRUE(writer_
                      ->Run([&](Database& db) {
                        return SetDecisionStatus(db, a, DecisionStatus::kRevoked, "复议撤销",
                                                 kReceived);
                      })
                      .ok());
    }
    return write_(job);
  };
  auto run = planner.RunCycle(*reader_, racing, At("2026-11-23T09:00:00"));
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  EXPECT_EQ(run->stale, 1);
  ASSERT_EQ(Count("SELECT count(*) FROM notices"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM notice_items"), 1);
  EXPECT_EQ(PortalJson(1)["records"].Size(), 1u);
  // Never published, so nothing to withdraw later either.
  auto later = planner.RunCycle(*reader_, write_, At("2026-11-23T09:15:00"));
  ASSERT_TRUE(later.ok());
  EXPECT_EQ(later->notices_created, 0);
}

TEST_F(PlannerTest, ALargeNoticeIsWrittenInShortJobsAndTakenApartWhenADecisionChangesHalfWay) {
  const int n = static_cast<int>(kItemsPerJob) * 2 + 50;
  for (int i = 0; i < n; ++i) Penalty("罚" + std::to_string(i), "2026-11-18");
  const Planner planner = MakePlanner();
  // Correct a decision of the last chunk after the notice's first job.
  int jobs = 0;
  const WriteFn racing = [&](const WriteJob& job) {
    if (++jobs == 2)
      Store(market_, Kind::kPenalty, "罚" + std::to_string(n - 1), "2026-11-18",
            PenaltyJson("罚" + std::to_string(n - 1), "2026-11-18", "0.9"));
    return write_(job);
  };
  auto run = planner.RunCycle(*reader_, racing, At("2026-11-23T09:00:00"));
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  EXPECT_EQ(run->stale, 1);
  EXPECT_EQ(run->notices_created, 1);
  EXPECT_EQ(Count("SELECT count(*) FROM notices"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM notices WHERE complete = 0"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM notice_items"), n);
  EXPECT_EQ(Count("SELECT count(*) FROM deliveries"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM events WHERE type = 'notice.abandoned'"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM decisions WHERE planned_version IS NULL OR planned_version "
                  "<> current_version"),
            0);
}

TEST_F(PlannerTest, TheNoticesOfARunAreWrittenTogetherInDecisionIdOrder) {
  const int each = static_cast<int>(kBatchItemsPerJob);
  PostInTurn(each);
  // After every job, the decisions planned so far are the first ones by
  // id: written notice by notice, the first jobs would plan every other.
  int jobs = 0, out_of_order = 0;
  const WriteFn watching = [&](const WriteJob& job) {
    Status s = write_(job);
    ++jobs;
    out_of_order += static_cast<int>(
        Count("SELECT count(*) FROM decisions WHERE planned_version IS NULL AND id < (SELECT "
              "max(id) FROM decisions WHERE planned_version IS NOT NULL)"));
    return s;
  };
  auto run = MakePlanner().RunCycle(*reader_, watching, At("2026-11-23T09:00:00"));
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  EXPECT_EQ(run->notices_created, 2);
  EXPECT_EQ(run->records_planned, 2 * each);
  EXPECT_GE(jobs, 4);  // rows, items in two jobs, deliveries
  EXPECT_EQ(out_of_order, 0);
  EXPECT_EQ(Count("SELECT count(*) FROM notices WHERE complete = 0"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM deliveries"), 4);
  // Each notice holds its own department's decisions only.
  EXPECT_EQ(Count("SELECT count(*) FROM notice_items i JOIN notices n ON n.id = i.notice_id "
                  "JOIN decisions d ON d.id = i.decision_id WHERE d.department_id <> "
                  "n.department_id"),
            0);
}

TEST_F(PlannerTest, ADecisionChangedWhileARunIsWrittenTakesApartOnlyItsNotice) {
  const int each = static_cast<int>(kBatchItemsPerJob);
  PostInTurn(each);
  // After the rows and the first items are in, the transport department
  // corrects its last decision (in the last job of items).
  int jobs = 0;
  const WriteFn racing = [&](const WriteJob& job) {
    if (++jobs == 3) {
      const std::string wsh = "交罚" + std::to_string(each - 1);
      Store(transport_, Kind::kPenalty, wsh, "2026-11-18", PenaltyJson(wsh, "2026-11-18", "0.9"));
    }
    return write_(job);
  };
  auto run = MakePlanner().RunCycle(*reader_, racing, At("2026-11-23T09:00:00"));
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  EXPECT_EQ(run->stale, 1);
  EXPECT_EQ(run->notices_created, 2);  // the market's once, the transport's planned again
  EXPECT_EQ(run->regular_week, "2026-11-16");
  EXPECT_EQ(Count("SELECT count(*) FROM events WHERE type = 'notice.abandoned'"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM notices"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM notices WHERE complete = 0"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM notice_items"), 2 * each);
  EXPECT_EQ(Count("SELECT count(DISTINCT decision_id) FROM notice_items"), 2 * each);
  EXPECT_EQ(Count("SELECT count(*) FROM decisions WHERE planned_version IS NULL OR planned_version "
                  "<> current_version"),
            0);
  // The market's notice was written once, before the transport's again.
  EXPECT_EQ(Count("SELECT department_id FROM notices ORDER BY id LIMIT 1"), market_);
  EXPECT_EQ(Count("SELECT version FROM notice_items WHERE decision_id = (SELECT max(id) FROM "
                  "decisions)"),
            2);
}

TEST_F(PlannerTest, ANoticeLeftHalfWrittenByACrashIsTakenApartAndPlannedAgain) {
  const int n = static_cast<int>(kItemsPerJob) + 10;
  for (int i = 0; i < n; ++i) Penalty("罚" + std::to_string(i), "2026-11-18");
  // What a cycle killed after its first job leaves: the notice's row,
  // incomplete, with a lease that ran out, and its first items marked.
  auto rows = ReadUnplanned(*reader_);
  ASSERT_TRUE(rows.ok());
  NoticeWrite w;
  w.run_key = "regular:2026-11-16:" + std::to_string(market_) + ":penalty";
  w.department_id = market_;
  w.kind = Kind::kPenalty;
  w.title = "t";
  for (const PlanningRow& r : *rows) {
    NoticeItem item;
    item.decision_id = r.row.id;
    item.version = r.row.current_version;
    w.items.push_back(item);
  }
  ASSERT_TRUE(writer_
                  ->Run([&](Database& db) -> Status {
                    auto r =
                        BeginNotice(db, w, std::span<const NoticeItem>(w.items).first(kItemsPerJob),
                                    "2026-11-23T09:00:00.000+08:00", 1);
                    return r.ok() ? Status::Ok() : r.status();
                  })
                  .ok());
  EXPECT_EQ(Count("SELECT count(*) FROM decisions WHERE planned_version IS NULL"), 10);

  auto run = MakePlanner().RunCycle(*reader_, write_, At("2026-11-23T09:00:00"));
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  EXPECT_EQ(run->notices_created, 1);
  EXPECT_EQ(run->records_planned, n);
  EXPECT_EQ(Count("SELECT count(*) FROM notices WHERE complete = 0"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM notice_items"), n);
  EXPECT_EQ(Count("SELECT count(*) FROM deliveries"), 2);
}

TEST_F(PlannerTest, ANoticeAnotherPlannerBeganUnderTheSameIdIsNotWrittenTo) {
  // Ids are used again once a notice is taken apart: a planner whose lease
  // ran out must not add its items to (complete, or take apart) the notice
  // another planner began under the same id, even at the very same instant
  // (`dpfeed publish --as-of` twice at once).
  const int64_t d = Penalty("罚1", "2026-11-18");
  const std::string now = "2026-11-23T09:00:00.000+08:00";
  NoticeWrite theirs;
  theirs.run_key = "regular:2026-11-16:" + std::to_string(market_) + ":penalty";
  theirs.department_id = market_;
  theirs.kind = Kind::kPenalty;
  theirs.title = "t";
  theirs.planner = "their-token";
  NoticeItem item;
  item.decision_id = d;
  item.version = 1;
  int64_t id = 0;
  ASSERT_TRUE(writer_
                  ->Run([&](Database& db) -> Status {
                    auto r = BeginNotice(db, theirs, {}, now, 1);
                    if (!r.ok()) return r.status();
                    id = r->notice_id;
                    return Status::Ok();
                  })
                  .ok());
  const NoticeItemRef ref{id, &item};
  for (const std::string planner : {"our-token", "their-token"}) {
    NoticeWrite w = theirs;
    w.planner = planner;
    std::optional<CommitOutcome::Kind> added, items, completed;
    Status s = writer_->Run([&](Database& db) -> Status {
      auto a = AddItemsOfNotices(db, std::span(&ref, 1), {}, now, planner, 1);
      auto b = AddNoticeItems(db, id, {}, now, planner, 1);
      auto c = CompleteNotice(db, id, w, now);
      if (!a.ok() || !b.ok() || !c.ok()) return Status::IOError("failed");
      added = a->kind;
      items = b->kind;
      completed = c->kind;
      return Status::Conflict("leave it as it was");
    });
    EXPECT_EQ(s.code(), StatusCode::kConflict);
    const auto expected = planner == "our-token" ? CommitOutcome::kStale : CommitOutcome::kDone;
    EXPECT_EQ(added, expected) << planner;
    EXPECT_EQ(items, expected) << planner;
    EXPECT_EQ(completed, expected) << planner;
  }
  // Taking it apart as ours leaves it alone; as theirs, it goes.
  ASSERT_TRUE(writer_
                  ->Run([&](Database& db) {
                    return AbandonNotice(db, id, std::nullopt, now, std::string("our-token"));
                  })
                  .ok());
  EXPECT_EQ(Count("SELECT count(*) FROM notices"), 1);
  ASSERT_TRUE(writer_
                  ->Run([&](Database& db) {
                    return AbandonNotice(db, id, std::nullopt, now, std::string("their-token"));
                  })
                  .ok());
  EXPECT_EQ(Count("SELECT count(*) FROM notices"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM notice_items"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM decisions WHERE planned_version IS NOT NULL"), 0);
}

// A daemon killed (kill -9) after the batch's rows are in, and restarted
// (RestartSec=5) before their 10 s lease ran out.
TEST_F(PlannerTest, ACrashMidBatchAndAQuickRestartKeepTheWeeksRegularNotices) {
  PostInTurn(5);
  int jobs = 0;
  const WriteFn dying = [&](const WriteJob& job) -> Status {
    if (++jobs > 1) return Status::IOError("killed");  // nothing after the rows
    return write_(job);
  };
  auto crashed = MakePlanner().RunCycle(*reader_, dying, At("2026-11-23T09:00:00"));
  ASSERT_FALSE(crashed.ok());
  ASSERT_EQ(Count("SELECT count(*) FROM notices WHERE complete = 0"), 2);
  // The restarted daemon's catch-up cycle, seconds later.
  auto restarted = MakePlanner().RunCycle(*reader_, write_, At("2026-11-23T09:00:06"));
  ASSERT_TRUE(restarted.ok()) << restarted.status().ToString();
  EXPECT_EQ(restarted->regular_week, "") << "the run is done while its notices are half-written";
  // The leases run out; the next cycle takes the rows apart.
  ASSERT_TRUE(writer_
                  ->Run([&](Database& db) {
                    return db.Exec("UPDATE notices SET planning_until = 1 WHERE complete = 0");
                  })
                  .ok());
  auto later = MakePlanner().RunCycle(*reader_, write_, At("2026-11-23T09:00:20"));
  ASSERT_TRUE(later.ok()) << later.status().ToString();
  EXPECT_EQ(Count("SELECT count(*) FROM notices WHERE type = 'regular' AND complete = 1"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM decisions WHERE planned_version IS NULL"), 0);
}

// Our lease ran out, another planner took our notice apart and began its
// own under the same id; our stale handling must not take theirs apart.
TEST_F(PlannerTest, AStaleNoticeOfTheBatchDoesNotTakeApartAnotherPlannersNotice) {
  const int64_t d = Penalty("罚1", "2026-11-18");
  const std::string ours = "2026-11-23T09:00:00.000+08:00";
  const std::string theirs = "2026-11-23T09:00:15.000+08:00";
  NoticeItem item;
  item.decision_id = d;
  item.version = 1;
  NoticeWrite w;
  w.run_key = "expedited:" + ours;
  w.department_id = market_;
  w.kind = Kind::kPenalty;
  w.title = "t";
  w.items = {item};
  NoticeWrite other = w;
  other.run_key = "expedited:" + theirs;
  int jobs = 0;
  const WriteFn hook = [&](const WriteJob& job) -> Status {
    if (++jobs == 2) {  // after our rows: theirs replaces ours under id 1
      Status s = writer_->Run([&](Database& db) -> Status {
        Status a = AbandonNotice(db, 1, std::nullopt, theirs);
        if (!a.ok()) return a;
        auto r = BeginNotice(db, other, other.items, theirs, 9'999'999'999'999);
        if (!r.ok()) return r.status();
        return r->notice_id == 1 ? Status::Ok() : Status::Corruption("id not reused");
      });
      if (!s.ok()) return s;
    }
    return write_(job);
  };
  NoticeBatch batch(hook, ours);
  batch.Add(w);
  auto out = batch.Flush();
  ASSERT_TRUE(out.ok()) << out.status().ToString();
  EXPECT_EQ((*out)[0].kind, CommitOutcome::kStale);
  const std::string theirs_row =
      "SELECT count(*) FROM notices WHERE id = 1 AND run_key = 'expedited:" + theirs + "'";
  EXPECT_EQ(Count(theirs_row.c_str()), 1)
      << "their notice was taken apart by our stale handling";
  EXPECT_EQ(Count("SELECT count(*) FROM decisions WHERE planned_version IS NOT NULL"), 1);
}

// A decision revoked after its item is written and before its notice is
// complete; a second planner (dpfeed publish beside the daemon) plans its
// withdrawal meanwhile.
TEST_F(PlannerTest, AWithdrawalIsNeverDeliverableBeforeThePublicationItWithdraws) {
  const int64_t d = Penalty("罚1", "2026-11-18");
  Penalty("罚2", "2026-11-18");
  Database::Options ro;
  ro.read_only = true;
  auto second_reader = Database::Open(path_, ro);
  ASSERT_TRUE(second_reader.ok());
  int jobs = 0;
  const WriteFn racing = [&](const WriteJob& job) -> Status {
    if (++jobs == 3) {  // rows, items in; before the deliveries
      EXPECT_TRUE(writer_
                      ->Run([&](Database& db) {
                        return RevokeDecision(db, d, RevocationKind::kRevoke, "复议撤销",
                                              "2026-11-23T09:00:01.000+08:00")
                            .status();
                      })
                      .ok());
      auto other = MakePlanner().RunCycle(**second_reader, write_, At("2026-11-23T09:00:02"));
      EXPECT_TRUE(other.ok());
    }
    return write_(job);
  };
  auto run = MakePlanner().RunCycle(*reader_, racing, At("2026-11-23T09:00:00"));
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  // Every withdrawal's deliveries come after those of the notice that
  // published the decision (the outbox sends in delivery id order).
  EXPECT_EQ(Count("SELECT count(*) FROM deliveries w JOIN notices wn ON wn.id = w.notice_id "
                  "AND wn.type = 'withdrawal' JOIN notice_items wi ON wi.notice_id = wn.id "
                  "JOIN notice_items pi ON pi.decision_id = wi.decision_id AND pi.action = "
                  "'publish' JOIN deliveries p ON p.notice_id = pi.notice_id AND p.channel = "
                  "w.channel WHERE w.id < p.id"),
            0);
  ASSERT_TRUE(MakePlanner().RunCycle(*reader_, write_, At("2026-11-23T09:10:00")).ok());
  EXPECT_EQ(Count("SELECT count(*) FROM notices WHERE type = 'withdrawal' AND complete = 1"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM decisions WHERE withdrawn_at IS NOT NULL"), 1);
}

TEST_F(PlannerTest, TwoPlannersAtOnceNeverPlanADecisionTwice) {
  for (int i = 0; i < 40; ++i) {
    Penalty("罚" + std::to_string(i), "2026-11-" + std::to_string(16 + i % 7));
  }
  const Planner planner = MakePlanner(1);
  Database::Options ro;
  ro.read_only = true;
  auto second_reader = Database::Open(path_, ro);
  ASSERT_TRUE(second_reader.ok());
  // A late supplementary at two different instants (as the daemon's tick
  // and `dpfeed publish --as-of` beside it would), concurrently.
  Result<CycleSummary> r1 = Status::Ok(), r2 = Status::Ok();
  std::thread t1([&] { r1 = planner.RunCycle(*reader_, write_, At("2026-11-25T10:00:00")); });
  std::thread t2(
      [&] { r2 = planner.RunCycle(**second_reader, write_, At("2026-11-25T10:05:00")); });
  t1.join();
  t2.join();
  ASSERT_TRUE(r1.ok()) << r1.status().ToString();
  ASSERT_TRUE(r2.ok()) << r2.status().ToString();
  EXPECT_EQ(Count("SELECT count(*) FROM notice_items"), 40);
  EXPECT_EQ(Count("SELECT count(DISTINCT decision_id) FROM notice_items"), 40);
}

TEST_F(PlannerTest, AWithdrawalShowsTheMaskedReason) {
  const int64_t a = Penalty("罚1", "2026-11-17");
  const Planner planner = MakePlanner();
  ASSERT_TRUE(planner.RunCycle(*reader_, write_, At("2026-11-23T09:00:00")).ok());
  ASSERT_TRUE(writer_
                  ->Run([&](Database& db) {
                    return SetDecisionStatus(db, a, DecisionStatus::kRevoked,
                                             "经复议撤销，联系人电话13812345678", kReceived);
                  })
                  .ok());
  auto run = planner.RunCycle(*reader_, write_, At("2026-11-23T09:15:00"));
  ASSERT_TRUE(run.ok());
  ASSERT_EQ(run->notices_by_type["withdrawal"], 1)
      << (run->notices.empty() ? "" : run->notices[0].title);
  auto json = PortalJson(2);
  const std::string reason = json["records"][0]["withdrawal_reason"].GetString();
  EXPECT_EQ(reason.find("13812345678"), std::string::npos) << reason;
  EXPECT_NE(reason.find("138****5678"), std::string::npos) << reason;
}

// Issue 8 §6: data entered in error is withdrawn (撤回), a decision revoked
// is 撤销, in the notice's title as in each record's wording.
TEST_F(PlannerTest, AWithdrawalOfDataEnteredInErrorIsTitled撤回) {
  const int64_t a = Penalty("罚1", "2026-11-17");
  const int64_t b =
      Store(transport_, Kind::kPenalty, "罚2", "2026-11-17", PenaltyJson("罚2", "2026-11-17"));
  const Planner planner = MakePlanner();
  ASSERT_TRUE(planner.RunCycle(*reader_, write_, At("2026-11-23T09:00:00")).ok());
  ASSERT_TRUE(writer_
                  ->Run([&](Database& db) -> Status {
                    auto r = RevokeDecision(db, a, RevocationKind::kWithdraw, "录入错误",
                                            "2026-11-23T09:05:00.000+08:00");
                    if (!r.ok()) return r.status();
                    return RevokeDecision(db, b, RevocationKind::kRevoke, "复议撤销",
                                          "2026-11-23T09:05:00.000+08:00")
                        .status();
                  })
                  .ok());
  auto run = planner.RunCycle(*reader_, write_, At("2026-11-23T09:15:00"));
  ASSERT_TRUE(run.ok());
  ASSERT_EQ(run->notices_by_type["withdrawal"], 2);
  std::set<std::string> titles;
  for (const auto& n : run->notices) titles.insert(n.title);
  EXPECT_TRUE(
      titles.count("安丘市市场监督管理局行政处罚信息撤回公示（2026年11月17日-2026年11月17日）"))
      << *titles.begin();
  EXPECT_TRUE(titles.count("安丘市交通运输局行政处罚信息撤销公示（2026年11月17日-2026年11月17日）"))
      << *titles.rbegin();
}

TEST_F(PlannerTest, AWithdrawnDecisionLeavesItsNoticesPageThroughANewGuardedPageOnce) {
  const int64_t a = Penalty("罚1", "2026-11-17");
  Penalty("罚2", "2026-11-18");
  const Planner planner = MakePlanner();
  ASSERT_TRUE(planner.RunCycle(*reader_, write_, At("2026-11-23T09:00:00")).ok());
  auto before = GetNotice(*reader_, 1);
  ASSERT_TRUE(before.ok());
  EXPECT_EQ(before->page_revision, 0);
  EXPECT_EQ(before->page_html, before->artifacts.portal_html);  // the portal's page

  ASSERT_TRUE(writer_
                  ->Run([&](Database& db) {
                    return SetDecisionStatus(db, a, DecisionStatus::kRevoked, "复议撤销",
                                             kReceived);
                  })
                  .ok());
  auto run = planner.RunCycle(*reader_, write_, At("2026-11-23T09:15:00"));
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  EXPECT_EQ(run->pages_revised, 1);
  auto after = GetNotice(*reader_, 1);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->page_revision, 1);
  EXPECT_EQ(after->artifacts.portal_html, before->artifacts.portal_html);  // kept as pushed
  auto page = artifacts_->Get(after->page_html);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->find("罚1"), std::string::npos);
  EXPECT_NE(page->find("罚2"), std::string::npos);
  EXPECT_NE(page->find(before->title), std::string::npos);  // its own title, date and period
  EXPECT_NE(page->find("共 1 条"), std::string::npos);
  auto json = artifacts_->Get(after->page_json);
  ASSERT_TRUE(json.ok());
  EXPECT_EQ(json->find("罚1"), std::string::npos);
  // The withdrawal notice keeps the record it withdraws.
  auto withdrawal = GetNotice(*reader_, 2);
  ASSERT_TRUE(withdrawal.ok());
  EXPECT_EQ(withdrawal->type, NoticeType::kWithdrawal);
  EXPECT_EQ(withdrawal->page_revision, 0);

  // Nothing more to do at the next cycle.
  auto again = planner.RunCycle(*reader_, write_, At("2026-11-23T09:30:00"));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->pages_revised, 0);
  EXPECT_EQ(Count("SELECT count(*) FROM notice_pages"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM decisions WHERE page_dropped_at IS NOT NULL"), 1);

  // A backup's check finds the new page among the artifacts it needs.
  EXPECT_TRUE(CheckArtifactsPresent(path_, artifacts_->dir()).ok());
  std::filesystem::remove(artifacts_->PathOf(after->page_html));
  EXPECT_EQ(CheckArtifactsPresent(path_, artifacts_->dir()).code(), StatusCode::kNotFound);
}

TEST_F(PlannerTest, APageBuiltOnAnOlderRevisionIsNotStored) {
  const int64_t a = Penalty("罚1", "2026-11-17");
  Penalty("罚2", "2026-11-18");
  ASSERT_TRUE(MakePlanner().RunCycle(*reader_, write_, At("2026-11-23T09:00:00")).ok());
  NoticePageWrite page;
  page.notice_id = 1;
  page.revision = 1;
  page.html_sha256 = page.json_sha256 = std::string(64, 'a');
  page.records = 1;
  page.dropped = {a};
  for (bool expected : {true, false}) {  // a second cycle built on revision 0 too
    bool inserted = !expected;
    ASSERT_TRUE(writer_
                    ->Run([&](Database& db) -> Status {
                      auto r = InsertNoticePage(db, page, kReceived);
                      if (!r.ok()) return r.status();
                      inserted = *r;
                      return Status::Ok();
                    })
                    .ok());
    EXPECT_EQ(inserted, expected);
  }
  EXPECT_EQ(Count("SELECT count(*) FROM notice_pages"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM notice_items WHERE dropped_at IS NOT NULL"), 1);
}

}  // namespace
}  // namespace dpfeed::test
