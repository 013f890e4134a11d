// Calendar files: the official holidays and make-up working days (调休) of
// whole years, in the format of reference/cn-workdays.json:
//   {"years": {"2026": {"holidays": [{"date": "2026-01-01", "name": "元旦"}, ...],
//                       "workdays": [{"date": "2026-01-04", "name": "元旦"}, ...]}}}
// Comments are allowed (the operator edits these files by hand).
//
// Thread-safety: pure functions.
// Contract: ParseCalendarFile refuses, with InvalidArgument naming the file
// (`origin`), the year and the date, a file that is not JSON, lacks "years",
// has a year key that is not a year, an entry without a valid date, a date
// outside its year key, a date listed twice, or a make-up working day that
// is not a Saturday or Sunday (a weekday is a working day already: listing
// it means the file is wrong).
#ifndef DPFEED_SERVICE_CALENDAR_CALENDAR_FILE_H_
#define DPFEED_SERVICE_CALENDAR_CALENDAR_FILE_H_

#include <map>
#include <string>
#include <string_view>

#include "service/domain/civil_date.h"
#include "service/domain/status.h"

namespace dpfeed {

struct CalendarYear {
  std::map<CivilDate, std::string> holidays;  // date -> festival name
  std::map<CivilDate, std::string> workdays;  // make-up working days (weekend dates)
};

using CalendarYears = std::map<int, CalendarYear>;

Result<CalendarYears> ParseCalendarFile(std::string_view json, const std::string& origin);

// The calendar shipped in the binary (2018-2026, from the State Council's
// annual notices); defined in a source generated at build time.
std::string_view BuiltInCalendarJson();

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_CALENDAR_CALENDAR_FILE_H_
