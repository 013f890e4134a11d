#include "service/calendar/deadline_rules.h"

#include <gtest/gtest.h>

namespace dpfeed {
namespace {

CivilDate D(const char* s) { return *ParseCivilDate(s); }

TEST(DeadlineRulesTest, PublicationDeadlineIsTheSeventhWorkingDay) {
  const auto cal = WorkCalendar::BuiltIn();
  // DOMAIN.md's example: 02-14 is a make-up working day, 02-15..02-23 Spring Festival.
  EXPECT_EQ(PublicationDeadline(*cal, D("2026-02-13")).date, D("2026-03-02"));
  EXPECT_EQ(PublicationDeadline(*cal, D("2026-11-20")).date, D("2026-12-01"));
  EXPECT_FALSE(PublicationDeadline(*cal, D("2026-11-20")).provisional);
}

TEST(DeadlineRulesTest, WithdrawalDeadlineIsTheThirdWorkingDay) {
  const auto cal = WorkCalendar::BuiltIn();
  EXPECT_EQ(WithdrawalDeadline(*cal, D("2026-11-27")).date, D("2026-12-02"));
}

TEST(DeadlineRulesTest, AtRiskWithinTwoWorkingDaysUntilTheDeadlinePasses) {
  const auto cal = WorkCalendar::BuiltIn();
  const CivilDate friday = D("2026-11-27");
  EXPECT_EQ(AtRiskLimit(*cal, friday).date, D("2026-12-01"));
  EXPECT_TRUE(IsAtRisk(*cal, friday, friday));
  EXPECT_TRUE(IsAtRisk(*cal, friday, D("2026-11-30")));
  EXPECT_TRUE(IsAtRisk(*cal, friday, D("2026-12-01")));
  EXPECT_FALSE(IsAtRisk(*cal, friday, D("2026-12-02")));
  EXPECT_FALSE(IsAtRisk(*cal, friday, D("2026-11-26")));  // passed: overdue, not at risk
}

}  // namespace
}  // namespace dpfeed
