// The working-day calendar the law counts deadlines on (DOMAIN.md §1, §5):
// Monday-Friday, minus the official holidays, plus the make-up working days
// (调休) of the State Council's annual notices.
//
// A year with no loaded calendar is counted Monday-Friday and every answer
// that touches it is marked provisional.
//
// Thread-safety: immutable after construction; share freely across threads.
// Queries are O(1) or O(log n) (prefix sums over a dense day table covering
// 1900-2199); dates outside that range are counted Monday-Friday,
// provisional.
#ifndef DPFEED_SERVICE_CALENDAR_WORK_CALENDAR_H_
#define DPFEED_SERVICE_CALENDAR_WORK_CALENDAR_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "service/calendar/calendar_file.h"
#include "service/domain/civil_date.h"
#include "service/domain/status.h"

namespace dpfeed {

struct WorkdayAnswer {
  CivilDate date;
  bool provisional = false;  // a year on the way had no loaded calendar
};

struct WorkdayCount {
  int days = 0;  // negative when `to` is before `from`
  bool provisional = false;
};

class WorkCalendar {
 public:
  explicit WorkCalendar(CalendarYears years);

  // The calendar shipped in the binary.
  static std::shared_ptr<const WorkCalendar> BuiltIn();
  // The built-in calendar with each file's years replacing the built-in
  // ones (later files win). Fails with InvalidArgument naming the file and
  // the problem (see calendar_file.h), or IOError when a file is unreadable.
  static Result<WorkCalendar> Load(const std::vector<std::string>& files);

  bool IsWorkday(CivilDate d) const;
  bool HasYear(int year) const { return years_.count(year) != 0; }
  std::vector<int> Years() const;
  // The festival a holiday belongs to, e.g. "春节"; nullopt on other days.
  std::optional<std::string> HolidayName(CivilDate d) const;

  // The n-th working day after `from` (n >= 1; `from` itself never counts).
  WorkdayAnswer AddWorkdays(CivilDate from, int n) const;
  // Working days in (from, to]; the negated count of (to, from] when to < from.
  WorkdayCount WorkdaysBetween(CivilDate from, CivilDate to) const;

  // From 1 November, a warning naming next year when its calendar is absent.
  std::optional<std::string> MissingNextYearWarning(CivilDate today) const;
  // A canonical text of a year's entries ("" when the year is not loaded);
  // a changed value means stored deadlines of that year must be recomputed.
  std::string YearFingerprint(int year) const;

 private:
  bool InTable(CivilDate d) const;
  int IndexOf(CivilDate d) const;
  bool AnyYearMissing(CivilDate a, CivilDate b) const;

  CalendarYears years_;
  std::vector<std::uint8_t> workday_;  // per day from kFirst
  std::vector<std::int32_t> prefix_;   // working days in [kFirst, day]
};

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_CALENDAR_WORK_CALENDAR_H_
