#include "publisher/planner.h"

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

#include "publisher/notice_renderer.h"
#include "redaction/leak_guard.h"
#include "service/calendar/shanghai_time.h"
#include "service/domain/log.h"
#include "service/store/decision_repository.h"
#include "service/store/department_repository.h"
#include "service/store/event_log.h"
#include "service/store/notice_repository.h"
#include "service/store/record_json.h"

namespace dpfeed {

namespace {

using Group = std::pair<int64_t, Kind>;  // (department, kind)
using Rows = std::vector<DecisionRow>;

struct CycleContext {
  Database& db;
  const PlannerOptions& options;
  const ArtifactStore& artifacts;
  std::map<int64_t, Department> departments;
  std::string now;    // timestamp
  std::string today;  // YYYY-MM-DD
  CycleSummary summary;
};

std::map<Group, Rows> GroupRows(Rows rows) {
  std::map<Group, Rows> out;
  for (DecisionRow& r : rows) out[{r.department_id, r.kind}].push_back(std::move(r));
  for (auto& [group, list] : out) {
    std::sort(list.begin(), list.end(), [](const DecisionRow& a, const DecisionRow& b) {
      return std::tie(a.decision_date, a.id) < std::tie(b.decision_date, b.id);
    });
  }
  return out;
}

// Renders, guards and stores one notice. Empty `rows` is allowed only for
// a regular notice (a department configured to publish empty weeks).
Status MakeNotice(CycleContext& c, const std::string& run_key, Group group, NoticeType type,
                  const Rows& rows, std::optional<std::pair<CivilDate, CivilDate>> period) {
  auto dept = c.departments.find(group.first);
  if (dept == c.departments.end()) return Status::Corruption("decision of an unknown department");
  NoticeContent n;
  n.type = type;
  n.kind = group.second;
  n.department_code = dept->second.code;
  n.department_name = dept->second.name;
  n.department_uscc = dept->second.uscc;
  n.published_on = c.today;
  std::vector<Record> originals;
  std::vector<Record> credit_records;
  NoticeWrite w;
  for (const DecisionRow& r : rows) {
    auto record = DecodeStoredRecord(r.kind, r.content);
    if (!record.ok()) return record.status();
    n.records.push_back(MaskRecord(*record, c.options.masking));
    if (c.options.credit_unmasked) credit_records.push_back(*record);
    originals.push_back(std::move(record.value()));
    if (type == NoticeType::kWithdrawal) {
      n.withdrawal_reasons.push_back(WithdrawalWording(r.status, r.status_reason));
    }
    w.items.push_back({r.id, r.current_version, ActionOf(type)});
  }
  if (period) {
    n.period_from = period->first;
    n.period_to = period->second;
  } else {
    n.period_from = *ParseCivilDate(rows.front().decision_date);
    n.period_to = *ParseCivilDate(rows.back().decision_date);
  }
  n.title = NoticeTitle(c.options.jurisdiction, n.department_name, n.kind, type, n.period_from,
                        n.period_to);
  w.run_key = run_key;
  w.department_id = group.first;
  w.kind = group.second;
  w.type = type;
  w.title = n.title;
  w.period_from = FormatCivilDate(n.period_from);
  w.period_to = FormatCivilDate(n.period_to);
  w.published_on = c.today;
  const std::string portal_html = RenderNoticeHtml(n);
  const std::string portal_json = RenderPortalJson(n);
  const std::string credit_json = [&] {
    if (!c.options.credit_unmasked) return RenderCreditJson(n);
    NoticeContent credit = n;
    credit.records = std::move(credit_records);
    return RenderCreditJson(credit);
  }();

  std::vector<const Record*> refs;
  for (const Record& r : originals) refs.push_back(&r);
  std::set<std::string> leaks;
  for (const std::string* artifact : {&portal_html, &portal_json, &credit_json}) {
    if (artifact == &credit_json && c.options.credit_unmasked) continue;
    for (const Leak& leak : FindLeaks(*artifact, refs, c.options.masking))
      leaks.insert(leak.category);
  }
  if (!leaks.empty()) {
    std::string categories;
    for (const std::string& l : leaks) categories += (categories.empty() ? "" : ",") + l;
    LogError("leak guard blocked notice " + run_key + " (" + categories +
             "); its records stay unpublished until fixed");
    ++c.summary.blocked;
    return AppendEvent(c.db,
                       {c.now, "notice.blocked", group.first, std::nullopt,
                        "{\"run_key\":\"" + run_key + "\",\"leaks\":\"" + categories + "\"}"});
  }
  for (auto [bytes, hash] : {std::pair{&portal_html, &w.artifacts.portal_html},
                             std::pair{&portal_json, &w.artifacts.portal_json},
                             std::pair{&credit_json, &w.artifacts.credit_json}}) {
    auto stored = c.artifacts.Put(*bytes);
    if (!stored.ok()) return stored.status();
    *hash = std::move(stored.value());
  }
  auto id = InsertNotice(c.db, w, c.now);
  if (!id.ok()) {
    if (id.status().code() == StatusCode::kConflict) return Status::Ok();  // planned before
    return id.status();
  }
  ++c.summary.notices_created;
  ++c.summary.notices_by_type[ToString(w.type)];
  c.summary.records_planned += static_cast<int>(rows.size());
  return Status::Ok();
}

std::string GroupKey(const std::string& prefix, Group g) {
  return prefix + ":" + std::to_string(g.first) + ":" + KindName(g.second);
}

}  // namespace

Planner::Planner(std::shared_ptr<const WorkCalendar> calendar, PlannerOptions options,
                 const ArtifactStore& artifacts)
    : calendar_(calendar),
      options_(std::move(options)),
      artifacts_(artifacts),
      schedule_(calendar, options_.schedule) {}

Result<CycleSummary> Planner::RunCycle(Database& db,
                                       std::chrono::system_clock::time_point now) const {
  CycleContext c{db,
                 options_,
                 artifacts_,
                 {},
                 FormatShanghaiTimestamp(now),
                 FormatCivilDate(ShanghaiDate(now)),
                 {}};
  auto departments = ListDepartments(db);
  if (!departments.ok()) return departments.status();
  for (Department& d : *departments) c.departments[d.id] = std::move(d);

  // 1. Display periods that ended.
  auto expired = ExpiredDisplayIds(db, c.today);
  if (!expired.ok()) return expired.status();
  for (int64_t id : *expired) {
    Status s = SetDecisionStatus(db, id, DecisionStatus::kExpired,
                                 WithdrawalWording(DecisionStatus::kExpired, ""), c.now);
    if (!s.ok()) return s;
    ++c.summary.expired;
  }

  Rows unplanned;
  Status s = ForEachUnplanned(db, [&](const DecisionRow& r) { unplanned.push_back(r); });
  if (!s.ok()) return s;

  // 2. The regular run.
  const CivilDate week = schedule_.LatestDueWeek(now);
  const std::string run_key = "regular:" + FormatCivilDate(week);
  auto done = RunDone(db, run_key);
  if (!done.ok()) return done.status();
  if (!*done) {
    const std::string from = FormatCivilDate(week);
    const std::string to = FormatCivilDate(week + date::days{6});
    Rows in_week, earlier, later;
    for (DecisionRow& r : unplanned) {
      (r.decision_date < from ? earlier
       : r.decision_date > to ? later
                              : in_week)
          .push_back(std::move(r));
    }
    std::map<Group, Rows> groups = GroupRows(std::move(in_week));
    for (const auto& [id, d] : c.departments) {
      if (!d.publish_empty) continue;
      for (Kind k : {Kind::kLicense, Kind::kPenalty}) groups.try_emplace({id, k});
    }
    for (const auto& [group, rows] : groups) {
      s = MakeNotice(c, GroupKey(run_key, group), group, NoticeType::kRegular, rows,
                     std::make_pair(week, week + date::days{6}));
      if (!s.ok()) return s;
    }
    for (const auto& [group, rows] : GroupRows(std::move(earlier))) {
      s = MakeNotice(c, GroupKey("supplementary:" + from, group), group, NoticeType::kSupplementary,
                     rows, std::nullopt);
      if (!s.ok()) return s;
    }
    s = MarkRunDone(db, run_key, c.now);
    if (!s.ok()) return s;
    c.summary.regular_week = from;
    unplanned = std::move(later);
  }

  // 3. Expedited: whatever would miss its deadline waiting for the next run.
  const std::string next_run_day = FormatCivilDate(ShanghaiDate(schedule_.NextRunAfter(now)));
  Rows urgent;
  for (DecisionRow& r : unplanned) {
    if (r.deadline < next_run_day) urgent.push_back(std::move(r));
  }
  for (const auto& [group, rows] : GroupRows(std::move(urgent))) {
    s = MakeNotice(c, GroupKey("expedited:" + c.now, group), group, NoticeType::kSupplementary,
                   rows, std::nullopt);
    if (!s.ok()) return s;
  }

  // 4. Corrections.
  Rows corrected;
  s = ForEachCorrected(db, [&](const DecisionRow& r) { corrected.push_back(r); });
  if (!s.ok()) return s;
  for (const auto& [group, rows] : GroupRows(std::move(corrected))) {
    s = MakeNotice(c, GroupKey("correction:" + c.now, group), group, NoticeType::kCorrection, rows,
                   std::nullopt);
    if (!s.ok()) return s;
  }

  // 5. Withdrawals.
  Rows withdrawn;
  s = ForEachToWithdraw(db, [&](const DecisionRow& r) { withdrawn.push_back(r); });
  if (!s.ok()) return s;
  for (const auto& [group, rows] : GroupRows(std::move(withdrawn))) {
    s = MakeNotice(c, GroupKey("withdrawal:" + c.now, group), group, NoticeType::kWithdrawal, rows,
                   std::nullopt);
    if (!s.ok()) return s;
  }
  return c.summary;
}

}  // namespace dpfeed
