// The deadline rules of DOMAIN.md §1 and §5 in one place: the publication
// deadline of a decision (the 7th working day after it), of a matter-list
// change (the 20th working day after it), the withdrawal
// deadline of a revoked decision (3 working days), and when an unpublished
// record is at risk (its deadline within 2 working days). Intake, the
// calendar resync, the compliance report and the publication worker all
// call these; none counts working days for a legal period on its own.
//
// Thread-safety: pure functions over an immutable calendar.
#ifndef DPFEED_SERVICE_CALENDAR_DEADLINE_RULES_H_
#define DPFEED_SERVICE_CALENDAR_DEADLINE_RULES_H_

#include "service/calendar/work_calendar.h"
#include "service/domain/civil_date.h"

namespace dpfeed {

// Decided on `decided` (day 0): the last day on which publication is on time.
WorkdayAnswer PublicationDeadline(const WorkCalendar& calendar, CivilDate decided);

// Revoked on `revoked`: the last day on which the withdrawal is on time.
WorkdayAnswer WithdrawalDeadline(const WorkCalendar& calendar, CivilDate revoked);

// A matter-list change effective on `effective`: the last day on which its
// publication is on time.
WorkdayAnswer MatterListDeadline(const WorkCalendar& calendar, CivilDate effective);

// The latest deadline that is at risk on `today`: an unpublished record whose
// deadline is on or before this date (and not before today) is at risk.
WorkdayAnswer AtRiskLimit(const WorkCalendar& calendar, CivilDate today);

// Whether an unpublished record with this deadline is at risk on `today`
// (deadline not passed, and within the at-risk working days).
bool IsAtRisk(const WorkCalendar& calendar, CivilDate today, CivilDate deadline);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_CALENDAR_DEADLINE_RULES_H_
