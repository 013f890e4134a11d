// Instants <-> Asia/Shanghai calendar dates and timestamps. Legal dates are
// Shanghai dates whatever the machine's local time zone is; the zone comes
// from the system tz database through Howard Hinnant's date/tz.
//
// Thread-safety: pure functions (the zone is looked up once, thread-safely).
#ifndef DPFEED_SERVICE_CALENDAR_SHANGHAI_TIME_H_
#define DPFEED_SERVICE_CALENDAR_SHANGHAI_TIME_H_

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "service/domain/civil_date.h"

namespace dpfeed {

using TimePoint = std::chrono::system_clock::time_point;

// The Shanghai calendar date of an instant.
CivilDate ShanghaiDate(TimePoint t);
// "YYYY-MM-DDTHH:MM:SS.mmm+08:00": sortable as text, which the store relies on.
std::string FormatShanghaiTimestamp(TimePoint t);
// The instant 00:00 Shanghai time on d.
TimePoint ShanghaiMidnight(CivilDate d);
// Parses a Shanghai wall-clock time: "YYYY-MM-DD", "YYYY-MM-DDTHH:MM",
// "YYYY-MM-DDTHH:MM:SS" (a space may replace the T), optionally with
// ".mmm" and a trailing "+08:00" or "Z" (then read as that offset).
// Returns nullopt for anything else.
std::optional<TimePoint> ParseShanghaiDateTime(std::string_view text);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_CALENDAR_SHANGHAI_TIME_H_
