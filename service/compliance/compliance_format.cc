#include "service/compliance/compliance_format.h"

#include <cstdio>

#include "redaction/notice_masking.h"
#include "service/compliance/csv_cell.h"
#include "service/json/json_writer.h"
#include "service/store/decision_repository.h"
#include "service/store/record_json.h"

namespace dpfeed {

namespace {

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

const RecordDetails& DetailsOf(const RecordDetailsById& d, int64_t id) {
  static const RecordDetails kNone;
  auto it = d.find(id);
  return it == d.end() ? kNone : it->second;
}

std::string OptIntText(const std::optional<int>& v) { return v ? std::to_string(*v) : ""; }

}  // namespace

void WriteCreditRepair(JsonWriter& w, const std::optional<std::string>& reference,
                       const std::optional<std::string>& date) {
  if (!reference) return;
  Key(w, "credit_repair");
  w.StartObject();
  Key(w, "reference");
  Str(w, *reference);
  Key(w, "date");
  OptStr(w, date);
  w.EndObject();
}

RecordDetailsById LoadRecordDetails(Database& db, const std::vector<RecordCompliance>& rows,
                                    const MaskingPolicy& policy) {
  RecordDetailsById out;
  for (const RecordCompliance& r : rows) {
    auto d = GetDecision(db, r.id);
    if (!d.ok()) continue;
    // Most records have no reason: decode the record only to mask one.
    std::string reason;
    if (!d->status_reason.empty()) {
      auto record = DecodeStoredRecord(d->kind, d->content);
      if (!record.ok()) continue;
      reason = MaskReasonText(d->status_reason, *record, policy);
    }
    out[r.id] = {d->wsh, std::move(reason), d->repair_reference, d->repaired_on};
  }
  return out;
}

std::string RateText(std::optional<double> rate) { return rate ? Number(*rate * 100) + "%" : "—"; }

std::string SummaryJson(const std::vector<SummaryRow>& rows, const DepartmentNames& departments,
                        const std::string& as_of) {
  JsonOut out;
  JsonWriter& w = out.w();
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
    Str(w, ToString(r.channel));
    for (auto [k, v] : {std::pair<const char*, int>{"total", r.total},
                        {"on_time", r.on_time},
                        {"late", r.late},
                        {"overdue", r.overdue},
                        {"at_risk", r.at_risk},
                        {"pending", r.pending},
                        {"withheld", r.withheld},
                        {"late_submissions", r.late_submissions}}) {
      Key(w, k);
      w.Int(v);
    }
    Key(w, "withheld_by_reason");
    w.StartObject();
    for (const auto& [reason, count] : r.withheld_by_reason) {
      Key(w, reason);
      w.Int(count);
    }
    w.EndObject();
    Key(w, "on_time_rate");
    OptDouble(w, r.OnTimeRate());
    Key(w, "median_workdays_to_publication");
    OptDouble(w, r.MedianWorkdays());
    Key(w, "p90_workdays_to_publication");
    OptDouble(w, r.P90Workdays());
    Key(w, "provisional");
    w.Bool(r.provisional);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return out.Take();
}

std::string SummaryCsv(const std::vector<SummaryRow>& rows, const DepartmentNames& departments) {
  std::string out = kCsvBom;
  out +=
      "部门代码(department),部门名称(department_name),类别(kind),渠道(channel),总数(total),"
      "按时公示(on_time),逾期公示(late),超期未公示(overdue),临期未公示(at_risk),待公示(pending),"
      "不予公示(withheld),按时率(on_time_rate),决定至公示工作日中位数(median_workdays_to_"
      "publication),"
      "决定至公示工作日P90(p90_workdays_to_publication),迟报数(late_submissions),"
      "日历未定(provisional)\r\n";
  for (const SummaryRow& r : rows) {
    const auto& names = NamesOf(departments, r.department_id);
    const auto median = r.MedianWorkdays();
    const auto p90 = r.P90Workdays();
    out += CsvCell(names.first) + "," + CsvCell(names.second) + "," + KindTitle(r.kind) + "," +
           ChannelTitle(r.channel) + "," + std::to_string(r.total) + "," +
           std::to_string(r.on_time) + "," + std::to_string(r.late) + "," +
           std::to_string(r.overdue) + "," + std::to_string(r.at_risk) + "," +
           std::to_string(r.pending) + "," + std::to_string(r.withheld) + "," +
           RateText(r.OnTimeRate()) + "," + (median ? Number(*median) : "") + "," +
           (p90 ? Number(*p90) : "") + "," + std::to_string(r.late_submissions) + "," +
           (r.provisional ? "是" : "否") + "\r\n";
  }
  return out;
}

std::string RecordsJson(const std::vector<RecordCompliance>& rows,
                        const DepartmentNames& departments, const RecordDetailsById& details,
                        std::optional<int64_t> next_after) {
  JsonOut out;
  JsonWriter& w = out.w();
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
    const RecordDetails& d = DetailsOf(details, r.id);
    Key(w, "wsh");
    Str(w, d.wsh);
    Key(w, "status");
    Str(w, ToString(r.status));
    if (!d.status_reason.empty()) {
      Key(w, "status_reason");
      Str(w, d.status_reason);
    }
    Key(w, "withheld_reason");
    OptStr(w, r.withheld_reason);
    WriteCreditRepair(w, d.repair_reference, d.repaired_on);
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
      Key(w, ToString(c.channel));
      w.StartObject();
      Key(w, "status");
      Str(w, ComplianceStatusName(c.status));
      Key(w, "published_at");
      OptStr(w, c.published_at);
      Key(w, "service_lag_workdays");
      OptInt(w, c.service_lag_workdays);
      w.EndObject();
    }
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  Key(w, "next_after");
  OptInt(w, next_after);
  w.EndObject();
  return out.Take();
}

std::string RecordsCsv(const std::vector<RecordCompliance>& rows,
                       const DepartmentNames& departments, const RecordDetailsById& details) {
  std::string out = kCsvBom;
  out +=
      "记录编号(id),部门代码(department),类别(kind),决定文书号(WSH),决定日期(decision_date),"
      "接收时间(received_at),公示期限(deadline),渠道(channel),状态(status),公示时间(published_at),"
      "部门报送用时工作日(department_lag_workdays),平台公示用时工作日(service_lag_workdays),"
      "迟报(late_submission),日历未定(provisional),决定状态(status),不予公示理由(withheld_reason),"
      "信用修复文号(repair_reference),信用修复日期(repaired_on)\r\n";
  for (const RecordCompliance& r : rows) {
    const RecordDetails& d = DetailsOf(details, r.id);
    for (const ChannelCompliance& c : r.channels) {
      out += std::to_string(r.id) + "," + CsvCell(NamesOf(departments, r.department_id).first) +
             "," + KindTitle(r.kind) + "," + CsvCell(d.wsh) + "," + r.decision_date + "," +
             r.received_at + "," + r.deadline + "," + ChannelTitle(c.channel) + "," +
             ComplianceStatusTitle(c.status) + "," + (c.published_at ? *c.published_at : "") + "," +
             std::to_string(r.department_lag_workdays) + "," + OptIntText(c.service_lag_workdays) +
             "," + (r.late_submission ? "是" : "否") + "," + (r.provisional ? "是" : "否") + "," +
             ToString(r.status) + "," + CsvCell(r.withheld_reason.value_or("")) + "," +
             CsvCell(d.repair_reference.value_or("")) + "," + d.repaired_on.value_or("") + "\r\n";
    }
  }
  return out;
}

}  // namespace dpfeed
