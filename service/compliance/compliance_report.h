// Deadline compliance for auditors (DOMAIN.md §5): per record and channel,
// on_time / late / overdue / at_risk / pending, or withheld (不予公开: never
// published, never overdue), whose lag it was, and the per-department
// summary. Used by the HTTP handler, the web console and
// `dpfeed compliance`; rendering lives in compliance_format.h.
//
// Thread-safety: functions take the caller's (reader) connection.
// Contract: a record counts on a channel when it is active, or was
// published on that channel before it was withdrawn (a record revoked
// before publication owes no publication); a withheld record that was not
// published is withheld, whatever its dates. Dates are Asia/Shanghai dates
// (the first ten characters of stored timestamps). Working-day lags use the
// calendar; anything computed over a year without calendar data is marked
// provisional.
#ifndef DPFEED_SERVICE_COMPLIANCE_COMPLIANCE_REPORT_H_
#define DPFEED_SERVICE_COMPLIANCE_COMPLIANCE_REPORT_H_

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "service/calendar/work_calendar.h"
#include "service/domain/civil_date.h"
#include "service/domain/kind.h"
#include "service/domain/publication_state.h"
#include "service/domain/status.h"
#include "service/store/compliance_query.h"
#include "service/store/database.h"

namespace dpfeed {

enum class ComplianceStatus { kOnTime, kLate, kOverdue, kAtRisk, kPending, kWithheld };
const char* ComplianceStatusName(ComplianceStatus s);
const char* ComplianceStatusTitle(ComplianceStatus s);  // 按时, 逾期发布, ...
std::optional<ComplianceStatus> ParseComplianceStatus(const std::string& name);

// The one rule for anything with a publication deadline (decisions, matter
// list changes): published on or before the deadline is on time, after it
// late; unpublished past it overdue, within the at-risk working days at
// risk, otherwise pending.
ComplianceStatus ClassifyPublication(const WorkCalendar& calendar, CivilDate today,
                                     CivilDate deadline, std::optional<CivilDate> published_on);

struct ChannelCompliance {
  Channel channel = Channel::kPortal;
  ComplianceStatus status = ComplianceStatus::kPending;
  std::optional<std::string> published_at;
  std::optional<int> decision_to_publication_workdays;  // published only
  std::optional<int> service_lag_workdays;              // receipt to publication; published only
};

struct RecordCompliance {
  int64_t id = 0;
  int64_t department_id = 0;
  Kind kind = Kind::kLicense;
  std::string decision_date, received_at, deadline;
  bool provisional = false;
  bool late_submission = false;     // received after its own deadline
  int department_lag_workdays = 0;  // decision to receipt
  DecisionStatus status = DecisionStatus::kActive;
  std::optional<std::string> withheld_reason;
  std::vector<ChannelCompliance> channels;  // the channels the record counts on
};

// Classifies one stored row as of `today`.
RecordCompliance Classify(const ComplianceRow& row, const WorkCalendar& calendar, CivilDate today);

struct SummaryRow {
  int64_t department_id = 0;
  Kind kind = Kind::kLicense;
  Channel channel = Channel::kPortal;
  int total = 0, on_time = 0, late = 0, overdue = 0, at_risk = 0, pending = 0, withheld = 0;
  int late_submissions = 0;  // late or overdue records received after their deadline
  bool provisional = false;
  std::map<std::string, int> withheld_by_reason;
  std::vector<int> publication_workdays;  // per published record, for the percentiles
  // on_time / (on_time + late + overdue); nullopt when nothing was due
  // (shown as "—", never as 100 %).
  std::optional<double> OnTimeRate() const;
  std::optional<double> MedianWorkdays() const;
  std::optional<double> P90Workdays() const;
};

struct ComplianceQuery {
  ComplianceFilter filter;
  std::optional<Channel> channel;  // both when absent
};

Result<std::vector<SummaryRow>> ComplianceSummary(Database& db, const WorkCalendar& calendar,
                                                  CivilDate today, const ComplianceQuery& query);

// Records matching any of `statuses` (all when empty) on the queried
// channel(s), id order, after `after_id`, at most `limit`.
Result<std::vector<RecordCompliance>> ComplianceRecords(Database& db, const WorkCalendar& calendar,
                                                        CivilDate today,
                                                        const ComplianceQuery& query,
                                                        const std::set<ComplianceStatus>& statuses,
                                                        int64_t after_id, int limit);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_COMPLIANCE_COMPLIANCE_REPORT_H_
