// What intake decides and tells a department about a valid record beyond
// its validation (issue 10 §1-3): the publication deadline and a warning when
// it has passed or is within the at-risk working days, whether the record is
// withheld (不予公开) and why, its severity and the last day it is shown.
//
// Thread-safety: pure functions over an immutable calendar.
// Contract: warnings are Chinese, named by wire code; deadline warnings are
// separate because they only apply to a record received for the first time
// (a correction keeps its first receipt).
#ifndef DPFEED_SERVICE_COMPLIANCE_INTAKE_FEEDBACK_H_
#define DPFEED_SERVICE_COMPLIANCE_INTAKE_FEEDBACK_H_

#include <vector>

#include "service/calendar/work_calendar.h"
#include "service/domain/civil_date.h"
#include "service/domain/publicity_rules.h"
#include "service/domain/record.h"
#include "service/domain/record_validator.h"
#include "service/store/decision_repository.h"

namespace dpfeed {

struct IntakeAssessment {
  PublicityTerms terms;
  WorkdayAnswer deadline;
  std::vector<FieldIssue> warnings;           // always worth saying (withholding)
  std::vector<FieldIssue> deadline_warnings;  // for a record received the first time
};

// REQUIRES: the record passed ValidateRecord with `rules`.
IntakeAssessment AssessForIntake(const Record& record, const PublicityRules& rules,
                                 const WorkCalendar& calendar, CivilDate today);

// Sets the write's deadline and publication columns from the assessment.
void ApplyAssessment(const IntakeAssessment& assessment, const Record& record,
                     DecisionWrite* write);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_COMPLIANCE_INTAKE_FEEDBACK_H_
