#include "service/calendar/work_calendar.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>

#include "service/calendar/calendar_file.h"

namespace dpfeed {
namespace {

CivilDate D(const char* text) { return *ParseCivilDate(text); }
std::string Deadline(const WorkCalendar& c, const char* from, int n = 7) {
  return FormatCivilDate(c.AddWorkdays(D(from), n).date);
}

TEST(WorkCalendarTest, SpringFestival2026WithMakeUpSaturdays) {
  auto c = WorkCalendar::BuiltIn();
  // Feb 14 (Sat) and Feb 28 (Sat) are make-up working days; Feb 15-23 off.
  EXPECT_EQ(Deadline(*c, "2026-02-13"), "2026-03-02");
  EXPECT_FALSE(c->AddWorkdays(D("2026-02-13"), 7).provisional);
  EXPECT_TRUE(c->IsWorkday(D("2026-02-14")));
  EXPECT_FALSE(c->IsWorkday(D("2026-02-16")));
  EXPECT_EQ(c->HolidayName(D("2026-02-17")).value_or(""), "春节");
}

TEST(WorkCalendarTest, NationalDayBlocks) {
  auto c = WorkCalendar::BuiltIn();
  EXPECT_EQ(Deadline(*c, "2026-09-30"), "2026-10-15");  // Oct 10 (Sat) works
  EXPECT_EQ(Deadline(*c, "2025-09-30"), "2025-10-16");  // Oct 1-8 off, Oct 11 (Sat) works
}

TEST(WorkCalendarTest, DeadlineAcrossYearEndAndNewYearMakeUpSunday) {
  auto c = WorkCalendar::BuiltIn();
  // 2026-01-01..03 off, 2026-01-04 (Sun) a working day.
  EXPECT_EQ(Deadline(*c, "2025-12-26"), "2026-01-07");
  EXPECT_EQ(Deadline(*c, "2025-01-24"), "2025-02-10");  // Spring Festival 2025
}

TEST(WorkCalendarTest, DecisionOnAHolidayCountsFromTheNextWorkingDay) {
  auto c = WorkCalendar::BuiltIn();
  EXPECT_EQ(Deadline(*c, "2026-10-03", 1), "2026-10-08");
  EXPECT_EQ(Deadline(*c, "2026-11-21", 1), "2026-11-23");  // Saturday -> Monday
}

// An independent count, stepping day by day over the raw file data, for the
// working day before and the first day of every holiday block 2018-2026.
TEST(WorkCalendarTest, EveryHolidayBlockMatchesDayByDayCount) {
  auto years = ParseCalendarFile(BuiltInCalendarJson(), "built-in");
  ASSERT_TRUE(years.ok()) << years.status().ToString();
  std::set<CivilDate> off, on;
  for (const auto& [y, cal] : *years) {
    for (const auto& [d, n] : cal.holidays) off.insert(d);
    for (const auto& [d, n] : cal.workdays) on.insert(d);
  }
  auto naive_workday = [&](CivilDate d) {
    if (on.count(d)) return true;
    if (off.count(d)) return false;
    return date::weekday(d).iso_encoding() <= 5;
  };
  auto c = WorkCalendar::BuiltIn();
  int blocks = 0;
  for (CivilDate h : off) {
    if (off.count(h - date::days{1})) continue;  // not the start of a block
    ++blocks;
    for (CivilDate from : {h - date::days{1}, h, h - date::days{3}}) {
      CivilDate expect = from;
      for (int left = 7; left > 0;) {
        expect += date::days{1};
        if (naive_workday(expect)) --left;
      }
      EXPECT_EQ(FormatCivilDate(c->AddWorkdays(from, 7).date), FormatCivilDate(expect))
          << "from " << FormatCivilDate(from);
      EXPECT_EQ(c->WorkdaysBetween(from, expect).days, 7) << FormatCivilDate(from);
    }
  }
  EXPECT_GE(blocks, 9 * 6);  // at least six festivals a year, 2018-2026
  for (int y = 2018; y <= 2026; ++y) EXPECT_TRUE(c->HasYear(y)) << y;
}

TEST(WorkCalendarTest, YearWithoutCalendarIsProvisionalMondayToFriday) {
  auto c = WorkCalendar::BuiltIn();
  ASSERT_FALSE(c->HasYear(2027));
  const WorkdayAnswer a = c->AddWorkdays(D("2027-01-04"), 7);
  EXPECT_EQ(FormatCivilDate(a.date), "2027-01-13");
  EXPECT_TRUE(a.provisional);
  const WorkdayAnswer cross = c->AddWorkdays(D("2026-12-28"), 7);
  EXPECT_EQ(FormatCivilDate(cross.date), "2027-01-06");  // Jan 1 2027 counted: no notice yet
  EXPECT_TRUE(cross.provisional);
  EXPECT_TRUE(c->WorkdaysBetween(D("2026-12-30"), D("2027-01-05")).provisional);
  EXPECT_FALSE(c->WorkdaysBetween(D("2026-12-01"), D("2026-12-31")).provisional);
}

TEST(WorkCalendarTest, WorkdaysBetweenIsHalfOpenAndSigned) {
  auto c = WorkCalendar::BuiltIn();
  EXPECT_EQ(c->WorkdaysBetween(D("2026-11-23"), D("2026-11-23")).days, 0);
  EXPECT_EQ(c->WorkdaysBetween(D("2026-11-20"), D("2026-11-23")).days, 1);  // Fri -> Mon
  EXPECT_EQ(c->WorkdaysBetween(D("2026-11-23"), D("2026-11-20")).days, -1);
  EXPECT_EQ(c->WorkdaysBetween(D("2026-09-30"), D("2026-10-15")).days, 7);
}

TEST(WorkCalendarTest, MissingNextYearWarningFromFirstOfNovember) {
  auto c = WorkCalendar::BuiltIn();
  EXPECT_FALSE(c->MissingNextYearWarning(D("2026-10-31")).has_value());
  ASSERT_TRUE(c->MissingNextYearWarning(D("2026-11-01")).has_value());
  EXPECT_NE(c->MissingNextYearWarning(D("2026-11-01"))->find("2027"), std::string::npos);
  EXPECT_FALSE(c->MissingNextYearWarning(D("2025-11-15")).has_value());
}

class CalendarFileTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& text) {
    const std::string path = testing::TempDir() + "/cal_" + std::to_string(counter_++) + ".json";
    std::ofstream(path) << text;
    files_.push_back(path);
    return path;
  }
  void TearDown() override {
    for (const auto& f : files_) std::remove(f.c_str());
  }
  std::vector<std::string> files_;
  int counter_ = 0;
};

TEST_F(CalendarFileTest, AddedYearIsNoLongerProvisional) {
  const std::string path = Write(R"({
    // 2027, as an operator would add it
    "years": {"2027": {
      "holidays": [{"date": "2027-01-01", "name": "元旦"}],
      "workdays": [{"date": "2027-01-09", "name": "元旦"}]}}})");
  auto c = WorkCalendar::Load({path});
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_TRUE(c->HasYear(2027));
  EXPECT_FALSE(c->IsWorkday(D("2027-01-01")));
  EXPECT_TRUE(c->IsWorkday(D("2027-01-09")));
  const WorkdayAnswer a = c->AddWorkdays(D("2026-12-28"), 7);
  EXPECT_EQ(FormatCivilDate(a.date), "2027-01-07");
  EXPECT_FALSE(a.provisional);
  EXPECT_NE(c->YearFingerprint(2027), WorkCalendar::BuiltIn()->YearFingerprint(2027));
  EXPECT_EQ(WorkCalendar::BuiltIn()->YearFingerprint(2027), "");
}

TEST_F(CalendarFileTest, FileOverridesBuiltInYear) {
  const std::string path = Write(R"({"years": {"2026": {"holidays": [{"date": "2026-11-23"}]}}})");
  auto c = WorkCalendar::Load({path});
  ASSERT_TRUE(c.ok());
  EXPECT_FALSE(c->IsWorkday(D("2026-11-23")));
  EXPECT_TRUE(c->IsWorkday(D("2026-02-16")));  // the built-in 2026 is replaced wholesale
}

TEST_F(CalendarFileTest, RefusesBadFilesWithTheReason) {
  struct Case {
    const char* text;
    const char* reason;
  } cases[] = {
      {"{not json", "not valid JSON"},
      {R"({"holidays": []})", "years"},
      {R"({"years": {"20x7": {}}})", "not a year"},
      {R"({"years": {"2027": {"holidays": [{"date": "2027-13-01"}]}}})", "not a date"},
      {R"({"years": {"2027": {"holidays": [{"date": "2028-01-01"}]}}})", "not in year 2027"},
      {R"({"years": {"2027": {"holidays": [{"date": "2027-01-01"}, {"date": "2027-01-01"}]}}})", "listed twice"},
      {R"({"years": {"2027": {"holidays": [{"date": "2027-01-02"}], "workdays": [{"date": "2027-01-02"}]}}})",
       "listed twice"},
      {R"({"years": {"2027": {"workdays": [{"date": "2027-01-04"}]}}})", "is a weekday"},
  };
  for (const Case& k : cases) {
    const std::string path = Write(k.text);
    auto c = WorkCalendar::Load({path});
    ASSERT_FALSE(c.ok()) << k.text;
    EXPECT_NE(c.status().message().find(k.reason), std::string::npos) << c.status().message();
    EXPECT_NE(c.status().message().find(path), std::string::npos) << c.status().message();
  }
  auto missing = WorkCalendar::Load({"/nonexistent/calendar.json"});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kIOError);
}

}  // namespace
}  // namespace dpfeed
