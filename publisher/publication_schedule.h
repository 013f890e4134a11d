// When regular runs happen (DOMAIN.md §1, weekly rhythm): the week covered
// by a run is Monday..Sunday; its run is on `run_weekday` of the following
// week at `run_time` Asia/Shanghai, or, with hold_on_holidays, on the
// first working day from then.
//
// Thread-safety: immutable after construction.
#ifndef DPFEED_PUBLISHER_PUBLICATION_SCHEDULE_H_
#define DPFEED_PUBLISHER_PUBLICATION_SCHEDULE_H_

#include <chrono>
#include <memory>
#include <optional>

#include "service/calendar/work_calendar.h"
#include "service/domain/civil_date.h"

namespace dpfeed {

struct ScheduleOptions {
  int run_weekday = 1;  // ISO weekday, 1 = Monday (default)
  int run_hour = 9;     // default 09:00
  int run_minute = 0;
  bool hold_on_holidays = false;  // default: run anyway on a holiday
};

class PublicationSchedule {
 public:
  using TimePoint = std::chrono::system_clock::time_point;
  PublicationSchedule(std::shared_ptr<const WorkCalendar> calendar, ScheduleOptions options);

  // The moment of the regular run covering the week that starts on
  // `covered_monday`.
  TimePoint RunTime(CivilDate covered_monday) const;
  // The Monday of the latest covered week whose run time is <= now.
  CivilDate LatestDueWeek(TimePoint now) const;
  // The next regular run strictly after now.
  TimePoint NextRunAfter(TimePoint now) const;

 private:
  std::shared_ptr<const WorkCalendar> calendar_;
  ScheduleOptions options_;
};

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_PUBLICATION_SCHEDULE_H_
