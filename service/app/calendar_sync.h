// Keeps stored deadlines in step with the loaded working-day calendar.
//
// Contract: compares each year's calendar fingerprint with the one stored
// at the last start; for every year that changed (a file added 2027, or
// corrected a built-in year), recomputes the deadlines of decisions dated
// from 1 December of the year before to the end of that year (a deadline
// never reaches further), records the new fingerprints and appends a
// "calendar.changed" event — all in one transaction. Idempotent.
#ifndef DPFEED_SERVICE_APP_CALENDAR_SYNC_H_
#define DPFEED_SERVICE_APP_CALENDAR_SYNC_H_

#include <string>

#include "service/calendar/work_calendar.h"
#include "service/domain/status.h"
#include "service/store/database.h"

namespace dpfeed {

struct CalendarSyncResult {
  std::vector<int> changed_years;
  bool first_recording = false;  // a new database: nothing was stored before
  int recomputed = 0;  // deadlines whose value or provisional flag changed
};

Result<CalendarSyncResult> SyncCalendar(Database& db, const WorkCalendar& calendar,
                                        const std::string& now);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_APP_CALENDAR_SYNC_H_
