// Compliance of matter lists (事项清单, issue 10 §4) for auditors: each
// change's publication deadline (20 working days after it takes effect) and
// its state per channel, on_time / late / overdue / at_risk / pending by the
// same rule as decisions (ClassifyPublication); and the decisions that name
// a matter which was not on their department's list on the decision date.
//
// Thread-safety: functions take the caller's (reader) connection.
#ifndef DPFEED_SERVICE_COMPLIANCE_MATTER_COMPLIANCE_H_
#define DPFEED_SERVICE_COMPLIANCE_MATTER_COMPLIANCE_H_

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "service/calendar/work_calendar.h"
#include "service/compliance/compliance_format.h"
#include "service/compliance/compliance_report.h"
#include "service/domain/civil_date.h"
#include "service/store/matter_repository.h"

namespace dpfeed {

struct MatterChangeCompliance {
  MatterChangeRow change;
  bool late_recording = false;  // recorded after its own deadline
  bool provisional = false;
  std::vector<ChannelCompliance> channels;  // portal, credit
};

MatterChangeCompliance ClassifyMatterChange(const MatterChangeRow& change,
                                            const WorkCalendar& calendar, CivilDate today);

// Changes effective in [from, to] matching any of `statuses` (all when
// empty) on any channel.
Result<std::vector<MatterChangeCompliance>> MatterListCompliance(
    Database& db, const WorkCalendar& calendar, CivilDate today, const MatterFilter& filter,
    const std::string& from, const std::string& to, const std::set<ComplianceStatus>& statuses);

std::string MatterComplianceJson(const std::vector<MatterChangeCompliance>& rows,
                                 const DepartmentNames& departments);
std::string MatterComplianceCsv(const std::vector<MatterChangeCompliance>& rows,
                                const DepartmentNames& departments);

struct UnlistedDecision {
  DecisionMatterRow decision;
  std::string reason;  // 不在清单中 / 已于…取消 / …起才生效
};

// Decisions decided in [from, to] whose matter (SXBM) was not in effect on
// their department's list of their kind on the decision date.
Result<std::vector<UnlistedDecision>> DecisionsOffTheirList(Database& db,
                                                            const MatterFilter& filter,
                                                            const std::string& from,
                                                            const std::string& to);
std::string UnlistedJson(const std::vector<UnlistedDecision>& rows,
                         const DepartmentNames& departments);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_COMPLIANCE_MATTER_COMPLIANCE_H_
