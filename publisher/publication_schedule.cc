#include "publisher/publication_schedule.h"

#include "service/calendar/shanghai_time.h"

namespace dpfeed {

PublicationSchedule::PublicationSchedule(std::shared_ptr<const WorkCalendar> calendar,
                                         ScheduleOptions options)
    : calendar_(std::move(calendar)), options_(options) {}

PublicationSchedule::TimePoint PublicationSchedule::RunTime(CivilDate covered_monday) const {
  CivilDate day = covered_monday + date::days{7 + options_.run_weekday - 1};
  if (options_.hold_on_holidays) {
    for (int i = 0; i < 30 && !calendar_->IsWorkday(day); ++i) day += date::days{1};
  }
  return ShanghaiMidnight(day) + std::chrono::hours(options_.run_hour) +
         std::chrono::minutes(options_.run_minute);
}

CivilDate PublicationSchedule::LatestDueWeek(TimePoint now) const {
  // Start from the week whose run could be in the future and step back.
  CivilDate monday = MondayOf(ShanghaiDate(now)) + date::days{7};
  while (RunTime(monday) > now) monday -= date::days{7};
  return monday;
}

PublicationSchedule::TimePoint PublicationSchedule::NextRunAfter(TimePoint now) const {
  CivilDate monday = LatestDueWeek(now) + date::days{7};
  while (RunTime(monday) <= now) monday += date::days{7};
  return RunTime(monday);
}

}  // namespace dpfeed
