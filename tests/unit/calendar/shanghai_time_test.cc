#include "service/calendar/shanghai_time.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "service/calendar/clock.h"

namespace dpfeed {
namespace {

TEST(ShanghaiTimeTest, DateIsShanghaiNotUtc) {
  // 2026-11-22T17:30Z is already Monday 01:30 in Shanghai.
  const TimePoint t = date::sys_days(date::year{2026} / 11 / 22) + std::chrono::hours(17) +
                      std::chrono::minutes(30);
  EXPECT_EQ(FormatCivilDate(ShanghaiDate(t)), "2026-11-23");
  EXPECT_EQ(FormatShanghaiTimestamp(t), "2026-11-23T01:30:00.000+08:00");
}

TEST(ShanghaiTimeTest, IgnoresTheMachineTimeZone) {
  setenv("TZ", "America/Los_Angeles", 1);
  tzset();
  const auto t = ParseShanghaiDateTime("2026-11-23T00:10:00");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(FormatCivilDate(ShanghaiDate(*t)), "2026-11-23");
  unsetenv("TZ");
  tzset();
}

TEST(ShanghaiTimeTest, ParsesTheAcceptedForms) {
  const TimePoint nine = ShanghaiMidnight(*ParseCivilDate("2026-11-23")) + std::chrono::hours(9);
  EXPECT_EQ(ParseShanghaiDateTime("2026-11-23T09:00"), nine);
  EXPECT_EQ(ParseShanghaiDateTime("2026-11-23 09:00:00"), nine);
  EXPECT_EQ(ParseShanghaiDateTime("2026-11-23T09:00:00.000+08:00"), nine);
  EXPECT_EQ(ParseShanghaiDateTime("2026-11-23T01:00:00Z"), nine);
  EXPECT_EQ(ParseShanghaiDateTime("2026-11-23"), nine - std::chrono::hours(9));
  const auto round = ParseShanghaiDateTime(FormatShanghaiTimestamp(nine + std::chrono::milliseconds(250)));
  EXPECT_EQ(round, nine + std::chrono::milliseconds(250));
  for (const char* bad : {"", "2026-11-23T", "2026-11-23T25:00", "2026-11-23T09:00:00+8", "tomorrow",
                          "2026-02-30T09:00", "2026-11-23T09:00:00.", "2026-11-23X09:00"}) {
    EXPECT_FALSE(ParseShanghaiDateTime(bad).has_value()) << bad;
  }
}

TEST(ManualClockTest, MovesOnlyWhenTold) {
  const TimePoint start = *ParseShanghaiDateTime("2026-11-23T09:00");
  ManualClock clock(start);
  EXPECT_EQ(clock.Now(), start);
  clock.Advance(std::chrono::hours(24 * 7));
  EXPECT_EQ(FormatCivilDate(ShanghaiDate(clock.Now())), "2026-11-30");
}

}  // namespace
}  // namespace dpfeed
