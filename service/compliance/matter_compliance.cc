#include "service/compliance/matter_compliance.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "service/compliance/csv_cell.h"
#include "service/json/json_writer.h"

namespace dpfeed {

namespace {

CivilDate DateOf(const std::string& timestamp_or_date) {
  return ParseCivilDate(timestamp_or_date.substr(0, 10)).value_or(CivilDate{});
}

const std::string& CodeOf(const DepartmentNames& d, int64_t id) {
  static const std::string kNone;
  auto it = d.find(id);
  return it == d.end() ? kNone : it->second.first;
}

}  // namespace

MatterChangeCompliance ClassifyMatterChange(const MatterChangeRow& change,
                                            const WorkCalendar& calendar, CivilDate today) {
  MatterChangeCompliance out;
  out.change = change;
  out.provisional = change.deadline_provisional;
  const CivilDate deadline = DateOf(change.deadline);
  const CivilDate recorded = DateOf(change.recorded_at);
  out.late_recording = recorded > deadline;
  for (Channel c : kChannels) {
    const auto& published =
        c == Channel::kPortal ? change.portal_published_at : change.credit_published_at;
    ChannelCompliance cc;
    cc.channel = c;
    cc.published_at = published;
    std::optional<CivilDate> on;
    if (published) on = DateOf(*published);
    cc.status = ClassifyPublication(calendar, today, deadline, on);
    if (on) {
      const WorkdayCount lag = calendar.WorkdaysBetween(recorded, *on);
      cc.service_lag_workdays = lag.days;
      out.provisional |= lag.provisional;
    }
    out.channels.push_back(cc);
  }
  return out;
}

Result<std::vector<MatterChangeCompliance>> MatterListCompliance(
    Database& db, const WorkCalendar& calendar, CivilDate today, const MatterFilter& filter,
    const std::string& from, const std::string& to, const std::set<ComplianceStatus>& statuses) {
  auto changes = MatterChanges(db, filter, from, to);
  if (!changes.ok()) return changes.status();
  std::vector<MatterChangeCompliance> out;
  for (const MatterChangeRow& c : *changes) {
    MatterChangeCompliance m = ClassifyMatterChange(c, calendar, today);
    const bool any = statuses.empty() || std::any_of(m.channels.begin(), m.channels.end(),
                                                     [&](const ChannelCompliance& ch) {
                                                       return statuses.count(ch.status) > 0;
                                                     });
    if (any) out.push_back(std::move(m));
  }
  return out;
}

std::string MatterComplianceJson(const std::vector<MatterChangeCompliance>& rows,
                                 const DepartmentNames& departments) {
  JsonOut out;
  JsonWriter& w = out.w();
  w.StartObject();
  Key(w, "items");
  w.StartArray();
  for (const MatterChangeCompliance& m : rows) {
    const MatterChangeRow& c = m.change;
    w.StartObject();
    Key(w, "matter_id");
    w.Int64(c.matter_id);
    Key(w, "department");
    Str(w, CodeOf(departments, c.department_id));
    Key(w, "kind");
    Str(w, KindName(c.kind));
    Key(w, "code");
    Str(w, c.fields.code);
    Key(w, "name");
    Str(w, c.fields.name);
    Key(w, "version");
    w.Int(c.version);
    Key(w, "action");
    Str(w, ToString(c.action));
    Key(w, "effective_on");
    Str(w, c.effective_on);
    Key(w, "recorded_at");
    Str(w, c.recorded_at);
    Key(w, "deadline");
    Str(w, c.deadline);
    Key(w, "late_recording");
    w.Bool(m.late_recording);
    Key(w, "provisional");
    w.Bool(m.provisional);
    Key(w, "channels");
    w.StartObject();
    for (const ChannelCompliance& ch : m.channels) {
      Key(w, ToString(ch.channel));
      w.StartObject();
      Key(w, "status");
      Str(w, ComplianceStatusName(ch.status));
      Key(w, "published_at");
      OptStr(w, ch.published_at);
      Key(w, "service_lag_workdays");
      OptInt(w, ch.service_lag_workdays);
      w.EndObject();
    }
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return out.Take();
}

std::string MatterComplianceCsv(const std::vector<MatterChangeCompliance>& rows,
                                const DepartmentNames& departments) {
  std::string out = kCsvBom;
  out +=
      "部门代码(department),类别(kind),事项编码(code),事项名称(name),变更类型(action),"
      "生效日期(effective_on),登记时间(recorded_at),公开期限(deadline),渠道(channel),"
      "状态(status),公开时间(published_at),迟登记(late_recording)\r\n";
  for (const MatterChangeCompliance& m : rows) {
    const MatterChangeRow& c = m.change;
    for (const ChannelCompliance& ch : m.channels) {
      out += CsvCell(CodeOf(departments, c.department_id)) + "," + KindTitle(c.kind) + "," +
             CsvCell(c.fields.code) + "," + CsvCell(c.fields.name) + "," +
             MatterActionTitle(c.action) + "," + c.effective_on + "," + c.recorded_at + "," +
             c.deadline + "," + ChannelTitle(ch.channel) + "," + ComplianceStatusTitle(ch.status) +
             "," + ch.published_at.value_or("") + "," + (m.late_recording ? "是" : "否") + "\r\n";
    }
  }
  return out;
}

Result<std::vector<UnlistedDecision>> DecisionsOffTheirList(Database& db,
                                                            const MatterFilter& filter,
                                                            const std::string& from,
                                                            const std::string& to) {
  auto decisions = DecisionsNamingMatters(db, filter, from, to);
  if (!decisions.ok()) return decisions.status();
  auto changes = MatterChanges(db, filter, "0000-00-00", "9999-99-99");
  if (!changes.ok()) return changes.status();
  // (department, kind, code) -> its changes in date order.
  std::map<std::tuple<int64_t, Kind, std::string>, std::vector<const MatterChangeRow*>> history;
  for (const MatterChangeRow& c : *changes) {
    history[{c.department_id, c.kind, c.fields.code}].push_back(&c);
  }
  std::vector<UnlistedDecision> out;
  for (const DecisionMatterRow& d : *decisions) {
    auto it = history.find({d.department_id, d.kind, d.matter_code});
    if (it == history.end()) {
      out.push_back({d, std::string("事项编码不在本部门") + KindTitle(d.kind) + "事项清单中"});
      continue;
    }
    const MatterChangeRow* in_force = nullptr;
    for (const MatterChangeRow* c : it->second) {
      if (c->effective_on <= d.decision_date) in_force = c;
    }
    if (in_force == nullptr) {
      out.push_back(
          {d, "事项自" + it->second.front()->effective_on + "起才列入清单，晚于决定日期"});
    } else if (in_force->action == MatterAction::kCancel) {
      out.push_back({d, "事项已于" + in_force->effective_on + "从清单中取消，早于决定日期"});
    }
  }
  return out;
}

std::string UnlistedJson(const std::vector<UnlistedDecision>& rows,
                         const DepartmentNames& departments) {
  JsonOut out;
  JsonWriter& w = out.w();
  w.StartObject();
  Key(w, "items");
  w.StartArray();
  for (const UnlistedDecision& u : rows) {
    w.StartObject();
    Key(w, "id");
    w.Int64(u.decision.decision_id);
    Key(w, "department");
    Str(w, CodeOf(departments, u.decision.department_id));
    Key(w, "kind");
    Str(w, KindName(u.decision.kind));
    Key(w, "wsh");
    Str(w, u.decision.wsh);
    Key(w, "decision_date");
    Str(w, u.decision.decision_date);
    Key(w, "matter_code");
    Str(w, u.decision.matter_code);
    Key(w, "reason");
    Str(w, u.reason);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return out.Take();
}

}  // namespace dpfeed
