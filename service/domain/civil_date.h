// Civil (calendar) dates as the law counts them: Asia/Shanghai dates without
// a time of day, held as date::sys_days so arithmetic is exact.
//
// Thread-safety: pure functions.
#ifndef DPFEED_SERVICE_DOMAIN_CIVIL_DATE_H_
#define DPFEED_SERVICE_DOMAIN_CIVIL_DATE_H_

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace dpfeed {

using CivilDate = date::sys_days;

// Parses "YYYY-MM-DD" or "YYYY/MM/DD" (zero-padded, a real calendar date,
// years 1900..2199). Returns nullopt for anything else.
std::optional<CivilDate> ParseCivilDate(std::string_view text);

// "YYYY-MM-DD".
std::string FormatCivilDate(CivilDate d);

// "YYYY年MM月DD日", as the notice titles print dates.
std::string FormatChineseDate(CivilDate d);

// The Monday of the ISO week containing d.
CivilDate MondayOf(CivilDate d);

// d plus n calendar months, clamped to the month's last day.
CivilDate AddMonths(CivilDate d, int n);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_DOMAIN_CIVIL_DATE_H_
