// How the console shows a decision record: its fields as label-value pairs
// (Chinese name with the field code beside it for staff, without codes for
// the public), every field present with "—" for an empty one, and the
// badge of a decision's publication state.
//
// Thread-safety: pure functions.
#ifndef DPFEED_SERVICE_WEB_RECORD_VIEW_H_
#define DPFEED_SERVICE_WEB_RECORD_VIEW_H_

#include <string>

#include "service/calendar/work_calendar.h"
#include "service/domain/civil_date.h"
#include "service/domain/display_name.h"
#include "service/domain/record.h"
#include "service/store/decision_repository.h"

namespace dpfeed {

// `<dl class="pairs">` of every field of the kind; `with_codes` adds the
// wire code after each name. Fields absent from `shown_fields_of` (e.g.
// FR_ZJHM after masking) are left out when `published_only`.
std::string RecordPairs(const Record& record, bool with_codes, bool published_only);

// 待公示 / 即将到期 / 已逾期 / 已公示 / 已撤回 / 已到期, as a badge.
std::string DecisionStateBadge(const DecisionRow& d, const WorkCalendar& calendar, CivilDate today);

// "许可" / "处罚" page words.
const char* KindShortTitle(Kind kind);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_WEB_RECORD_VIEW_H_
