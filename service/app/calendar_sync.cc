#include "service/app/calendar_sync.h"

#include <set>
#include <vector>

#include "service/calendar/deadline_rules.h"
#include "service/store/deadline_repository.h"
#include "service/store/event_log.h"

namespace dpfeed {

Result<CalendarSyncResult> SyncCalendar(Database& db, const WorkCalendar& calendar,
                                        const std::string& now) {
  Transaction txn(db);
  if (!txn.begin_status().ok()) return txn.begin_status();
  auto stored = LoadCalendarFingerprints(db);
  if (!stored.ok()) return stored.status();
  std::set<int> years;
  for (const auto& [year, fp] : *stored) years.insert(year);
  for (int year : calendar.Years()) years.insert(year);

  CalendarSyncResult result;
  result.first_recording = stored->empty();
  for (int year : years) {
    const std::string now_fp = calendar.YearFingerprint(year);
    auto it = stored->find(year);
    const std::string old_fp = it == stored->end() ? "" : it->second;
    if (now_fp == old_fp) continue;
    result.changed_years.push_back(year);
    std::vector<StoredDeadline> updates;
    Status s = ForEachDeadline(db, std::to_string(year - 1) + "-12-01", std::to_string(year) + "-12-31",
                               [&](const StoredDeadline& d) {
                                 const auto decided = ParseCivilDate(d.decision_date);
                                 if (!decided) return;
                                 const WorkdayAnswer a = PublicationDeadline(calendar, *decided);
                                 const std::string deadline = FormatCivilDate(a.date);
                                 if (deadline != d.deadline || a.provisional != d.provisional) {
                                   updates.push_back({d.id, d.decision_date, deadline, a.provisional});
                                 }
                               });
    if (!s.ok()) return s;
    for (const StoredDeadline& u : updates) {
      s = UpdateDeadline(db, u.id, u.deadline, u.provisional);
      if (!s.ok()) return s;
    }
    result.recomputed += static_cast<int>(updates.size());
    s = SaveCalendarFingerprint(db, year, now_fp);
    if (!s.ok()) return s;
    s = AppendEvent(db, {now, "calendar.changed", std::nullopt, std::nullopt,
                         "{\"year\":" + std::to_string(year) + ",\"recomputed\":" +
                             std::to_string(updates.size()) + ",\"loaded\":" +
                             (now_fp.empty() ? "false" : "true") + "}"});
    if (!s.ok()) return s;
  }
  Status s = txn.Commit();
  if (!s.ok()) return s;
  return result;
}

}  // namespace dpfeed
