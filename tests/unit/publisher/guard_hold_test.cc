// A flag holds only what it must (issue 8 §8): the planner against a real
// SQLite file, the real writer and artifact store. A record the leak guard
// flags is held, the rest of its notice is published; held, it is tried
// again at every cycle and goes out in a supplementary notice once
// corrected; a person's name inside a longer public name flags nothing.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "publisher/planner.h"
#include "service/store/notice_commit.h"
#include "service/store/notice_repository.h"
#include "service/store/revocation_repository.h"
#include "tests/unit/publisher/publisher_fixture.h"

namespace dpfeed::test {
namespace {

class GuardHoldTest : public PublisherTest {
 protected:
  Planner MakePlanner() {
    PlannerOptions o;
    o.jurisdiction = "安丘市";
    return Planner(WorkCalendar::BuiltIn(), o, *artifacts_);
  }

  // The document numbers in notice `id`'s portal JSON.
  std::vector<std::string> NumbersIn(int64_t id) {
    std::vector<std::string> out;
    auto n = GetNotice(*reader_, id);
    if (!n.ok()) return out;
    auto bytes = artifacts_->Get(n->artifacts.portal_json);
    if (!bytes.ok()) return out;
    rapidjson::Document d;
    d.Parse(bytes->c_str());
    for (const auto& r : d["records"].GetArray()) out.push_back(r["CF_WSH"].GetString());
    return out;
  }
};

TEST_F(GuardHoldTest, AFlaggedRecordIsHeldTheRestPublishedAndItFollowsOnceCorrected) {
  Penalty("罚1", "2026-11-17");
  const int64_t bad = Penalty("罚2", "2026-11-18", "0.5",
                              ",\"CF_SJLY\":\"安丘市市场监督管理局110101199003071233\"");
  Penalty("罚3", "2026-11-19");
  const Planner planner = MakePlanner();
  auto run = planner.RunCycle(*reader_, write_, At("2026-11-23T09:00:00"));
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  EXPECT_EQ(run->blocked, 0);
  EXPECT_EQ(run->held_records, 1);
  ASSERT_EQ(run->notices_created, 1);
  ASSERT_EQ(run->notices.size(), 1u);
  EXPECT_EQ(run->notices[0].held, std::vector<int64_t>{bad});
  EXPECT_EQ(run->notices[0].leak_categories, std::vector<std::string>{"id_number"});
  EXPECT_EQ(NumbersIn(1), (std::vector<std::string>{"罚1", "罚3"}));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM decisions WHERE held_at IS NOT NULL"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM events WHERE type = 'decision.held'"), 1);

  // Uncorrected, it is held again (one event per hold, not per cycle).
  run = planner.RunCycle(*reader_, write_, At("2026-11-23T09:15:00"));
  ASSERT_TRUE(run.ok());
  EXPECT_EQ(run->held_records, 1);
  EXPECT_EQ(run->notices_created, 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM events WHERE type = 'decision.held'"), 1);

  // Corrected: a supplementary notice at the next cycle.
  Penalty("罚2", "2026-11-18");
  run = planner.RunCycle(*reader_, write_, At("2026-11-23T09:30:00"));
  ASSERT_TRUE(run.ok());
  EXPECT_EQ(run->held_records, 0);
  ASSERT_EQ(run->notices_by_type["supplementary"], 1);
  EXPECT_EQ(NumbersIn(2), std::vector<std::string>{"罚2"});
}

TEST_F(GuardHoldTest, ANameInsideALongerNameOfAnotherRecordFlagsNothing) {
  // A natural person 袁鹏 and, in another record, the legal representative
  // 袁鹏琦 (public): 袁鹏 stands inside 袁鹏琦 in the notice.
  const std::string person =
      "{\"CF_XDR_MC\":\"袁鹏\",\"CF_XDR_LB\":\"自然人\",\"CF_XDR_ZJLX\":\"身份证\","
      "\"CF_XDR_ZJHM\":\"110101199003071233\",\"CF_WSH\":\"罚4\",\"CF_WFXW\":\"无证经营\","
      "\"CF_SY\":\"当事人袁鹏无证经营。\",\"CF_YJ\":\"《无证无照经营查处办法》第十三条\","
      "\"CF_CFLB\":\"警告\",\"CF_NR\":\"警告\",\"CF_JDRQ\":\"2026-11-17\","
      "\"CF_CFJG\":\"安丘市市场监督管理局\",\"CF_CFJGDM\":\"11370784MB28503836\"}";
  Store(market_, Kind::kPenalty, "罚4", "2026-11-17", person);
  std::string firm = PenaltyJson("罚5", "2026-11-18");
  for (auto [from, to] : {std::pair<std::string, std::string>{"王五", "袁鹏琦"},
                          {"当事人于2026年", "法定代表人袁鹏琦到场；当事人于2026年"}}) {
    firm.replace(firm.find(from), from.size(), to);
  }
  Store(market_, Kind::kPenalty, "罚5", "2026-11-18", firm);
  auto run = MakePlanner().RunCycle(*reader_, write_, At("2026-11-23T09:00:00"));
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  EXPECT_EQ(run->blocked, 0);
  EXPECT_EQ(run->held_records, 0);
  ASSERT_EQ(run->notices_created, 1);
  EXPECT_EQ(NumbersIn(1), (std::vector<std::string>{"罚4", "罚5"}));
}

TEST_F(GuardHoldTest, AWithdrawalIsNeverHeldBackByWhatItWithdraws) {
  // Published clean, then corrected with an ID number typed into a public
  // field (the correction is held), then revoked: the withdrawal goes out,
  // showing only what identifies the decision.
  const int64_t id = Penalty("罚6", "2026-11-17");
  const Planner planner = MakePlanner();
  ASSERT_TRUE(planner.RunCycle(*reader_, write_, At("2026-11-23T09:00:00")).ok());
  Penalty("罚6", "2026-11-17", "0.5", ",\"CF_SJLY\":\"安丘市市场监督管理局110101199003071233\"");
  auto run = planner.RunCycle(*reader_, write_, At("2026-11-23T09:15:00"));
  ASSERT_TRUE(run.ok());
  EXPECT_EQ(run->held_records, 1);
  EXPECT_EQ(run->notices_created, 0);
  ASSERT_TRUE(writer_
                  ->Run([&](Database& db) {
                    return SetDecisionStatus(db, id, DecisionStatus::kRevoked,
                                             "复议撤销，联系人身份证110101199003071233", kReceived);
                  })
                  .ok());
  run = planner.RunCycle(*reader_, write_, At("2026-11-23T09:30:00"));
  ASSERT_TRUE(run.ok());
  EXPECT_EQ(run->held_records, 0);
  ASSERT_EQ(run->notices_by_type["withdrawal"], 1);
  EXPECT_EQ(NumbersIn(2), std::vector<std::string>{"罚6"});
  auto n = GetNotice(*reader_, 2);
  ASSERT_TRUE(n.ok());
  for (const std::string& hash :
       {n->artifacts.portal_html, n->artifacts.portal_json, n->artifacts.credit_json}) {
    auto bytes = artifacts_->Get(hash);
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(bytes->find("110101199003071233"), std::string::npos) << *bytes;
    EXPECT_NE(bytes->find("决定已撤销：复议撤销，联系人身份证110101********1233"),
              std::string::npos)
        << *bytes;  // the reason was not the problem: it stays
    EXPECT_EQ(bytes->find("安丘市市场监督管理局110101"), std::string::npos) << *bytes;
  }
}

TEST_F(GuardHoldTest, AWithdrawalPlannedBeforeTheKindWasAmendedIsStale) {
  // Planned as 撤销, amended to 撤回 before the commit: the notice would
  // say the wrong one, so it is not written (the next pass plans again).
  const int64_t id = Penalty("罚7", "2026-11-17");
  ASSERT_TRUE(MakePlanner().RunCycle(*reader_, write_, At("2026-11-23T09:00:00")).ok());
  ASSERT_TRUE(writer_
                  ->Run([&](Database& db) {
                    return RevokeDecision(db, id, RevocationKind::kWithdraw, "录入错误", kReceived)
                        .status();
                  })
                  .ok());
  auto commit = [&](RevocationKind planned) {
    NoticeWrite n;
    n.run_key = std::string("withdrawal:test:") + ToString(planned);
    n.department_id = market_;
    n.kind = Kind::kPenalty;
    n.type = NoticeType::kWithdrawal;
    n.title = "t";
    n.period_from = n.period_to = n.published_on = "2026-11-23";
    NoticeItem item;
    item.decision_id = id;
    item.version = 1;
    item.action = NoticeAction::kWithdraw;
    item.status = DecisionStatus::kRevoked;
    item.status_reason = "录入错误";
    item.revocation_kind = planned;
    n.items.push_back(item);
    CommitOutcome outcome;
    const Status s = writer_->Run([&](Database& db) {
      auto r = InsertNotice(db, n, kReceived);
      if (!r.ok()) return r.status();
      outcome = *r;
      // A stale job rolls back, as the planner's does.
      return outcome.kind == CommitOutcome::kStale ? Status::Conflict("stale") : Status::Ok();
    });
    EXPECT_EQ(s.ok(), outcome.kind != CommitOutcome::kStale) << s.ToString();
    return outcome.kind;
  };
  EXPECT_EQ(commit(RevocationKind::kRevoke), CommitOutcome::kStale);
  EXPECT_EQ(commit(RevocationKind::kWithdraw), CommitOutcome::kDone);
}

}  // namespace
}  // namespace dpfeed::test
