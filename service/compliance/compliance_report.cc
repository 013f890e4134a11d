#include "service/compliance/compliance_report.h"

#include <algorithm>
#include <tuple>

#include "service/calendar/deadline_rules.h"

namespace dpfeed {

namespace {

CivilDate DateOf(const std::string& timestamp_or_date) {
  return ParseCivilDate(timestamp_or_date.substr(0, 10)).value_or(CivilDate{});
}

std::optional<double> Percentile(std::vector<int> values, double p) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  const double pos = p * static_cast<double>(values.size() - 1);
  const size_t lo = static_cast<size_t>(pos);
  const size_t hi = std::min(lo + 1, values.size() - 1);
  const double frac = pos - static_cast<double>(lo);
  return values[lo] + (values[hi] - values[lo]) * frac;
}

}  // namespace

const char* ComplianceStatusName(ComplianceStatus s) {
  switch (s) {
    case ComplianceStatus::kOnTime:
      return "on_time";
    case ComplianceStatus::kLate:
      return "late";
    case ComplianceStatus::kOverdue:
      return "overdue";
    case ComplianceStatus::kAtRisk:
      return "at_risk";
    case ComplianceStatus::kPending:
      return "pending";
    case ComplianceStatus::kWithheld:
      return "withheld";
  }
  return "pending";
}

const char* ComplianceStatusTitle(ComplianceStatus s) {
  switch (s) {
    case ComplianceStatus::kOnTime:
      return "按时公示";
    case ComplianceStatus::kLate:
      return "逾期公示";
    case ComplianceStatus::kOverdue:
      return "超期未公示";
    case ComplianceStatus::kAtRisk:
      return "临期未公示";
    case ComplianceStatus::kPending:
      return "待公示";
    case ComplianceStatus::kWithheld:
      return "不予公示";
  }
  return "待公示";
}

std::optional<ComplianceStatus> ParseComplianceStatus(const std::string& name) {
  for (ComplianceStatus s :
       {ComplianceStatus::kOnTime, ComplianceStatus::kLate, ComplianceStatus::kOverdue,
        ComplianceStatus::kAtRisk, ComplianceStatus::kPending, ComplianceStatus::kWithheld}) {
    if (name == ComplianceStatusName(s)) return s;
  }
  return std::nullopt;
}

ComplianceStatus ClassifyPublication(const WorkCalendar& calendar, CivilDate today,
                                     CivilDate deadline, std::optional<CivilDate> published_on) {
  if (published_on) {
    return *published_on <= deadline ? ComplianceStatus::kOnTime : ComplianceStatus::kLate;
  }
  if (today > deadline) return ComplianceStatus::kOverdue;
  return IsAtRisk(calendar, today, deadline) ? ComplianceStatus::kAtRisk
                                             : ComplianceStatus::kPending;
}

RecordCompliance Classify(const ComplianceRow& row, const WorkCalendar& calendar, CivilDate today) {
  RecordCompliance r;
  r.id = row.id;
  r.department_id = row.department_id;
  r.kind = row.kind;
  r.decision_date = row.decision_date;
  r.received_at = row.received_at;
  r.deadline = row.deadline;
  r.provisional = row.provisional;
  r.status = row.status;
  r.withheld_reason = row.withheld_reason;
  const CivilDate decided = DateOf(row.decision_date);
  const CivilDate deadline = DateOf(row.deadline);
  const CivilDate received = DateOf(row.received_at);
  const WorkdayCount dept_lag = calendar.WorkdaysBetween(decided, received);
  r.department_lag_workdays = dept_lag.days;
  r.provisional |= dept_lag.provisional;
  r.late_submission = received > deadline;
  for (Channel c : kChannels) {
    const auto& published =
        c == Channel::kPortal ? row.portal_published_at : row.credit_published_at;
    if (row.status != DecisionStatus::kActive && !published)
      continue;  // withdrawn before publication
    ChannelCompliance cc;
    cc.channel = c;
    cc.published_at = published;
    if (row.withheld_reason && !published) {
      cc.status = ComplianceStatus::kWithheld;
    } else if (published) {
      const CivilDate on = DateOf(*published);
      cc.status = ClassifyPublication(calendar, today, deadline, on);
      const WorkdayCount total = calendar.WorkdaysBetween(decided, on);
      const WorkdayCount service = calendar.WorkdaysBetween(received, on);
      cc.decision_to_publication_workdays = total.days;
      cc.service_lag_workdays = service.days;
      r.provisional |= total.provisional || service.provisional;
    } else {
      cc.status = ClassifyPublication(calendar, today, deadline, std::nullopt);
      if (cc.status != ComplianceStatus::kOverdue) {
        r.provisional |= AtRiskLimit(calendar, today).provisional;
      }
    }
    r.channels.push_back(cc);
  }
  return r;
}

std::optional<double> SummaryRow::OnTimeRate() const {
  const int due = on_time + late + overdue;
  if (due == 0) return std::nullopt;
  return static_cast<double>(on_time) / due;
}
std::optional<double> SummaryRow::MedianWorkdays() const {
  return Percentile(publication_workdays, 0.5);
}
std::optional<double> SummaryRow::P90Workdays() const {
  return Percentile(publication_workdays, 0.9);
}

Result<std::vector<SummaryRow>> ComplianceSummary(Database& db, const WorkCalendar& calendar,
                                                  CivilDate today, const ComplianceQuery& q) {
  std::map<std::tuple<int64_t, int, int>, SummaryRow> rows;
  Status s = ForEachComplianceRow(db, q.filter, [&](const ComplianceRow& row) {
    const RecordCompliance r = Classify(row, calendar, today);
    for (const ChannelCompliance& c : r.channels) {
      if (q.channel && c.channel != *q.channel) continue;
      SummaryRow& out =
          rows[{r.department_id, static_cast<int>(r.kind), static_cast<int>(c.channel)}];
      out.department_id = r.department_id;
      out.kind = r.kind;
      out.channel = c.channel;
      ++out.total;
      out.provisional |= r.provisional;
      switch (c.status) {
        case ComplianceStatus::kOnTime:
          ++out.on_time;
          break;
        case ComplianceStatus::kLate:
          ++out.late;
          break;
        case ComplianceStatus::kOverdue:
          ++out.overdue;
          break;
        case ComplianceStatus::kAtRisk:
          ++out.at_risk;
          break;
        case ComplianceStatus::kPending:
          ++out.pending;
          break;
        case ComplianceStatus::kWithheld:
          ++out.withheld;
          ++out.withheld_by_reason[r.withheld_reason.value_or("")];
          break;
      }
      if ((c.status == ComplianceStatus::kLate || c.status == ComplianceStatus::kOverdue) &&
          r.late_submission) {
        ++out.late_submissions;
      }
      if (c.decision_to_publication_workdays) {
        out.publication_workdays.push_back(*c.decision_to_publication_workdays);
      }
    }
  });
  if (!s.ok()) return s;
  std::vector<SummaryRow> out;
  out.reserve(rows.size());
  for (auto& [key, row] : rows) out.push_back(std::move(row));
  return out;
}

Result<std::vector<RecordCompliance>> ComplianceRecords(Database& db, const WorkCalendar& calendar,
                                                        CivilDate today, const ComplianceQuery& q,
                                                        const std::set<ComplianceStatus>& statuses,
                                                        int64_t after_id, int limit) {
  std::vector<RecordCompliance> matched;
  Status s = ForEachComplianceRow(db, q.filter, [&](const ComplianceRow& row) {
    if (row.id <= after_id) return;
    RecordCompliance r = Classify(row, calendar, today);
    if (q.channel) {
      std::erase_if(r.channels,
                    [&](const ChannelCompliance& c) { return c.channel != *q.channel; });
    }
    if (r.channels.empty()) return;
    const bool any = statuses.empty() || std::any_of(r.channels.begin(), r.channels.end(),
                                                     [&](const ChannelCompliance& c) {
                                                       return statuses.count(c.status) > 0;
                                                     });
    if (any) matched.push_back(std::move(r));
  });
  if (!s.ok()) return s;
  std::sort(matched.begin(), matched.end(),
            [](const RecordCompliance& a, const RecordCompliance& b) { return a.id < b.id; });
  if (static_cast<int>(matched.size()) > limit) matched.resize(static_cast<size_t>(limit));
  return matched;
}

}  // namespace dpfeed
