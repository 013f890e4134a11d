#include "service/api/compliance_report.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cstdio>
#include <tuple>

#include "service/domain/legal_periods.h"

namespace dpfeed {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;
void Key(JsonWriter& w, std::string_view k) { w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }
void Str(JsonWriter& w, std::string_view v) { w.String(v.data(), static_cast<rapidjson::SizeType>(v.size())); }

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

std::string CsvField(const std::string& v) {
  if (v.find_first_of(",\"\n\r") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.4g", v);
  return buf;
}

const std::pair<std::string, std::string>& NamesOf(const DepartmentNames& d, int64_t id) {
  static const std::pair<std::string, std::string> kUnknown{"", ""};
  auto it = d.find(id);
  return it == d.end() ? kUnknown : it->second;
}

constexpr const char* kBom = "\xEF\xBB\xBF";

}  // namespace

const char* ComplianceStatusName(ComplianceStatus s) {
  switch (s) {
    case ComplianceStatus::kOnTime: return "on_time";
    case ComplianceStatus::kLate: return "late";
    case ComplianceStatus::kOverdue: return "overdue";
    case ComplianceStatus::kAtRisk: return "at_risk";
    case ComplianceStatus::kPending: return "pending";
  }
  return "pending";
}

const char* ComplianceStatusTitle(ComplianceStatus s) {
  switch (s) {
    case ComplianceStatus::kOnTime: return "按时公示";
    case ComplianceStatus::kLate: return "逾期公示";
    case ComplianceStatus::kOverdue: return "超期未公示";
    case ComplianceStatus::kAtRisk: return "临期未公示";
    case ComplianceStatus::kPending: return "待公示";
  }
  return "待公示";
}

std::optional<ComplianceStatus> ParseComplianceStatus(const std::string& name) {
  for (ComplianceStatus s : {ComplianceStatus::kOnTime, ComplianceStatus::kLate,
                             ComplianceStatus::kOverdue, ComplianceStatus::kAtRisk,
                             ComplianceStatus::kPending}) {
    if (name == ComplianceStatusName(s)) return s;
  }
  return std::nullopt;
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
  const CivilDate decided = DateOf(row.decision_date);
  const CivilDate deadline = DateOf(row.deadline);
  const CivilDate received = DateOf(row.received_at);
  const WorkdayCount dept_lag = calendar.WorkdaysBetween(decided, received);
  r.department_lag_workdays = dept_lag.days;
  r.provisional |= dept_lag.provisional;
  r.late_submission = received > deadline;
  for (Channel c : {Channel::kPortal, Channel::kCredit}) {
    const auto& published = c == Channel::kPortal ? row.portal_published_at : row.credit_published_at;
    if (row.status != "active" && !published) continue;  // withdrawn before publication
    ChannelCompliance cc;
    cc.channel = c;
    cc.published_at = published;
    if (published) {
      const CivilDate on = DateOf(*published);
      cc.status = on <= deadline ? ComplianceStatus::kOnTime : ComplianceStatus::kLate;
      const WorkdayCount total = calendar.WorkdaysBetween(decided, on);
      const WorkdayCount service = calendar.WorkdaysBetween(received, on);
      cc.decision_to_publication_workdays = total.days;
      cc.service_lag_workdays = service.days;
      r.provisional |= total.provisional || service.provisional;
    } else {
      const WorkdayCount service = calendar.WorkdaysBetween(received, today);
      cc.service_lag_workdays = service.days;
      if (today > deadline) {
        cc.status = ComplianceStatus::kOverdue;
      } else {
        const WorkdayCount left = calendar.WorkdaysBetween(today, deadline);
        r.provisional |= left.provisional;
        cc.status = left.days <= kAtRiskWorkdays ? ComplianceStatus::kAtRisk
                                                 : ComplianceStatus::kPending;
      }
    }
    r.channels.push_back(cc);
  }
  return r;
}

double SummaryRow::OnTimeRate() const {
  const int due = on_time + late + overdue;
  return due == 0 ? 1.0 : static_cast<double>(on_time) / due;
}
std::optional<double> SummaryRow::MedianWorkdays() const { return Percentile(publication_workdays, 0.5); }
std::optional<double> SummaryRow::P90Workdays() const { return Percentile(publication_workdays, 0.9); }

Result<std::vector<SummaryRow>> ComplianceSummary(Database& db, const WorkCalendar& calendar,
                                                  CivilDate today, const ComplianceQuery& q) {
  std::map<std::tuple<int64_t, int, int>, SummaryRow> rows;
  Status s = ForEachComplianceRow(db, q.filter, [&](const ComplianceRow& row) {
    const RecordCompliance r = Classify(row, calendar, today);
    for (const ChannelCompliance& c : r.channels) {
      if (q.channel && c.channel != *q.channel) continue;
      SummaryRow& out = rows[{r.department_id, static_cast<int>(r.kind), static_cast<int>(c.channel)}];
      out.department_id = r.department_id;
      out.kind = r.kind;
      out.channel = c.channel;
      ++out.total;
      out.provisional |= r.provisional;
      switch (c.status) {
        case ComplianceStatus::kOnTime: ++out.on_time; break;
        case ComplianceStatus::kLate: ++out.late; break;
        case ComplianceStatus::kOverdue: ++out.overdue; break;
        case ComplianceStatus::kAtRisk: ++out.at_risk; break;
        case ComplianceStatus::kPending: ++out.pending; break;
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
      std::erase_if(r.channels, [&](const ChannelCompliance& c) { return c.channel != *q.channel; });
    }
    if (r.channels.empty()) return;
    const bool any = statuses.empty() ||
                     std::any_of(r.channels.begin(), r.channels.end(), [&](const ChannelCompliance& c) {
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

std::string SummaryJson(const std::vector<SummaryRow>& rows, const DepartmentNames& departments,
                        const std::string& as_of) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();
  Key(w, "as_of");
  Str(w, as_of);
  Key(w, "rows");
  w.StartArray();
  for (const SummaryRow& r : rows) {
    const auto& names = NamesOf(departments, r.department_id);
    w.StartObject();
    Key(w, "department");
    Str(w, names.first);
    Key(w, "department_name");
    Str(w, names.second);
    Key(w, "kind");
    Str(w, KindName(r.kind));
    Key(w, "channel");
    Str(w, ChannelName(r.channel));
    for (auto [k, v] : {std::pair<const char*, int>{"total", r.total}, {"on_time", r.on_time},
                        {"late", r.late}, {"overdue", r.overdue}, {"at_risk", r.at_risk},
                        {"pending", r.pending}, {"late_submissions", r.late_submissions}}) {
      Key(w, k);
      w.Int(v);
    }
    Key(w, "on_time_rate");
    w.Double(r.OnTimeRate());
    Key(w, "median_workdays_to_publication");
    if (auto m = r.MedianWorkdays()) w.Double(*m); else w.Null();
    Key(w, "p90_workdays_to_publication");
    if (auto p = r.P90Workdays()) w.Double(*p); else w.Null();
    Key(w, "provisional");
    w.Bool(r.provisional);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

std::string SummaryCsv(const std::vector<SummaryRow>& rows, const DepartmentNames& departments) {
  std::string out = kBom;
  out += "部门代码(department),部门名称(department_name),类别(kind),渠道(channel),总数(total),"
         "按时公示(on_time),逾期公示(late),超期未公示(overdue),临期未公示(at_risk),待公示(pending),"
         "按时率(on_time_rate),决定至公示工作日中位数(median_workdays_to_publication),"
         "决定至公示工作日P90(p90_workdays_to_publication),迟报数(late_submissions),"
         "日历未定(provisional)\r\n";
  for (const SummaryRow& r : rows) {
    const auto& names = NamesOf(departments, r.department_id);
    const auto median = r.MedianWorkdays();
    const auto p90 = r.P90Workdays();
    out += CsvField(names.first) + "," + CsvField(names.second) + "," + KindTitle(r.kind) + "," +
           ChannelTitle(r.channel) + "," + std::to_string(r.total) + "," +
           std::to_string(r.on_time) + "," + std::to_string(r.late) + "," +
           std::to_string(r.overdue) + "," + std::to_string(r.at_risk) + "," +
           std::to_string(r.pending) + "," + Number(r.OnTimeRate() * 100) + "%," +
           (median ? Number(*median) : "") + "," + (p90 ? Number(*p90) : "") + "," +
           std::to_string(r.late_submissions) + "," + (r.provisional ? "是" : "否") + "\r\n";
  }
  return out;
}

std::string RecordsJson(const std::vector<RecordCompliance>& rows, const DepartmentNames& departments,
                        const std::map<int64_t, std::string>& wsh, std::optional<int64_t> next_after) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();
  Key(w, "items");
  w.StartArray();
  for (const RecordCompliance& r : rows) {
    w.StartObject();
    Key(w, "id");
    w.Int64(r.id);
    Key(w, "department");
    Str(w, NamesOf(departments, r.department_id).first);
    Key(w, "kind");
    Str(w, KindName(r.kind));
    Key(w, "wsh");
    auto it = wsh.find(r.id);
    Str(w, it == wsh.end() ? "" : it->second);
    Key(w, "decision_date");
    Str(w, r.decision_date);
    Key(w, "received_at");
    Str(w, r.received_at);
    Key(w, "deadline");
    Str(w, r.deadline);
    Key(w, "provisional");
    w.Bool(r.provisional);
    Key(w, "late_submission");
    w.Bool(r.late_submission);
    Key(w, "department_lag_workdays");
    w.Int(r.department_lag_workdays);
    Key(w, "channels");
    w.StartObject();
    for (const ChannelCompliance& c : r.channels) {
      Key(w, ChannelName(c.channel));
      w.StartObject();
      Key(w, "status");
      Str(w, ComplianceStatusName(c.status));
      Key(w, "published_at");
      if (c.published_at) Str(w, *c.published_at); else w.Null();
      Key(w, "service_lag_workdays");
      w.Int(c.service_lag_workdays);
      w.EndObject();
    }
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  Key(w, "next_after");
  if (next_after) w.Int64(*next_after); else w.Null();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

std::string RecordsCsv(const std::vector<RecordCompliance>& rows, const DepartmentNames& departments,
                       const std::map<int64_t, std::string>& wsh) {
  std::string out = kBom;
  out += "记录编号(id),部门代码(department),类别(kind),决定文书号(WSH),决定日期(decision_date),"
         "接收时间(received_at),公示期限(deadline),渠道(channel),状态(status),公示时间(published_at),"
         "部门报送用时工作日(department_lag_workdays),平台公示用时工作日(service_lag_workdays),"
         "迟报(late_submission),日历未定(provisional)\r\n";
  for (const RecordCompliance& r : rows) {
    auto it = wsh.find(r.id);
    for (const ChannelCompliance& c : r.channels) {
      out += std::to_string(r.id) + "," + CsvField(NamesOf(departments, r.department_id).first) + "," +
             KindTitle(r.kind) + "," + CsvField(it == wsh.end() ? "" : it->second) + "," +
             r.decision_date + "," + r.received_at + "," + r.deadline + "," +
             ChannelTitle(c.channel) + "," + ComplianceStatusTitle(c.status) + "," +
             (c.published_at ? *c.published_at : "") + "," +
             std::to_string(r.department_lag_workdays) + "," +
             std::to_string(c.service_lag_workdays) + "," + (r.late_submission ? "是" : "否") +
             "," + (r.provisional ? "是" : "否") + "\r\n";
    }
  }
  return out;
}

}  // namespace dpfeed
