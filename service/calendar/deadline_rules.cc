#include "service/calendar/deadline_rules.h"

#include "service/domain/legal_periods.h"

namespace dpfeed {

WorkdayAnswer PublicationDeadline(const WorkCalendar& calendar, CivilDate decided) {
  return calendar.AddWorkdays(decided, kPublicationWorkdays);
}

WorkdayAnswer WithdrawalDeadline(const WorkCalendar& calendar, CivilDate revoked) {
  return calendar.AddWorkdays(revoked, kWithdrawalWorkdays);
}

WorkdayAnswer MatterListDeadline(const WorkCalendar& calendar, CivilDate effective) {
  return calendar.AddWorkdays(effective, kMatterListWorkdays);
}

WorkdayAnswer AtRiskLimit(const WorkCalendar& calendar, CivilDate today) {
  return calendar.AddWorkdays(today, kAtRiskWorkdays);
}

bool IsAtRisk(const WorkCalendar& calendar, CivilDate today, CivilDate deadline) {
  return deadline >= today && deadline <= AtRiskLimit(calendar, today).date;
}

}  // namespace dpfeed
