// Deadline compliance for auditors (DOMAIN.md §5): per record and channel,
// on_time / late / overdue / at_risk / pending, whose lag it was, and the
// per-department summary. Used by the HTTP handler, the web console and
// `dpfeed compliance`; rendering lives in compliance_format.h.
//
// Thread-safety: functions take the caller's (reader) connection.
// Contract: a record counts on a channel when it is active, or was
// published on that channel before it was withdrawn (a record revoked
// before publication owes no publication). Dates are Asia/Shanghai dates
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

enum class ComplianceStatus { kOnTime, kLate, kOverdue, kAtRisk, kPending };
const char* ComplianceStatusName(ComplianceStatus s);
const char* ComplianceStatusTitle(ComplianceStatus s);  // 按时, 逾期发布, ...
std::optional<ComplianceStatus> ParseComplianceStatus(const std::string& name);

struct ChannelCompliance {
  Channel channel = Channel::kPortal;
  ComplianceStatus status = ComplianceStatus::kPending;
  std::optional<std::string> published_at;
  std::optional<int> decision_to_publication_workdays;  // published only
  int service_lag_workdays = 0;  // receipt to publication (or to today if unpublished)
};

struct RecordCompliance {
  int64_t id = 0;
  int64_t department_id = 0;
  Kind kind = Kind::kLicense;
  std::string decision_date, received_at, deadline;
  bool provisional = false;
  bool late_submission = false;             // received after its own deadline
  int department_lag_workdays = 0;          // decision to receipt
  std::vector<ChannelCompliance> channels;  // the channels the record counts on
};

// Classifies one stored row as of `today`.
RecordCompliance Classify(const ComplianceRow& row, const WorkCalendar& calendar, CivilDate today);

struct SummaryRow {
  int64_t department_id = 0;
  Kind kind = Kind::kLicense;
  Channel channel = Channel::kPortal;
  int total = 0, on_time = 0, late = 0, overdue = 0, at_risk = 0, pending = 0;
  int late_submissions = 0;  // late or overdue records received after their deadline
  bool provisional = false;
  std::vector<int> publication_workdays;  // per published record, for the percentiles
  double OnTimeRate() const;              // on_time / (on_time + late + overdue); 1 when none due
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
