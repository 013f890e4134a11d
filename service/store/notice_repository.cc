#include "service/store/notice_repository.h"

#include "service/json/json_writer.h"
#include "service/store/decision_columns.h"
#include "service/store/event_log.h"
#include "service/store/query_helpers.h"

namespace dpfeed {

namespace {

using store_internal::ReadAll;
using store_internal::ReadOne;
using store_internal::Run;

constexpr const char* kInstance = "SELECT key FROM instance WHERE id = 1";
// The decision's columns, then planned_version (column kDecisionColumnCount).
#define DPFEED_PLANNING_SELECT \
  "SELECT " DPFEED_DECISION_COLUMNS ", d.planned_version" DPFEED_DECISION_FROM
constexpr const char* kUnplanned = DPFEED_PLANNING_SELECT
    "WHERE d.planned_version IS NULL AND d.status = 'active' AND d.withheld_reason IS NULL "
    "ORDER BY d.id";
constexpr const char* kCorrected = DPFEED_PLANNING_SELECT
    "WHERE d.planned_version IS NOT NULL AND d.planned_version < d.current_version "
    "AND d.status = 'active' AND d.withheld_reason IS NULL ORDER BY d.id";
constexpr const char* kToWithdraw = DPFEED_PLANNING_SELECT
    "WHERE d.id IN (SELECT id FROM decisions WHERE status <> 'active' "
    "AND planned_version IS NOT NULL AND withdrawn_at IS NULL UNION ALL "
    "SELECT id FROM decisions WHERE withheld_reason IS NOT NULL AND status = 'active' "
    "AND planned_version IS NOT NULL AND withdrawn_at IS NULL) ORDER BY d.id";
#undef DPFEED_PLANNING_SELECT
constexpr const char* kExpired =
    "SELECT id FROM decisions WHERE status = 'active' AND display_until IS NOT NULL "
    "AND display_until < ?";
constexpr const char* kRunDone = "SELECT 1 FROM publication_runs WHERE run_key = ?";
constexpr const char* kMarkRun =
    "INSERT INTO publication_runs (run_key, ran_at) VALUES (?, ?) ON CONFLICT DO NOTHING";

#define DPFEED_NOTICE_SELECT                                                                       \
  "SELECT n.id, n.department_id, n.kind, n.type, n.title, n.period_from, n.period_to, "            \
  "n.published_on, n.created_at, n.portal_html_sha256, n.portal_json_sha256, "                     \
  "n.credit_json_sha256, "                                                                         \
  "(SELECT acknowledged_at FROM deliveries p WHERE p.notice_id = n.id AND p.channel = 'portal'), " \
  "pg.html_sha256, pg.json_sha256, pg.revision FROM notices n LEFT JOIN notice_pages pg ON "       \
  "pg.notice_id = n.id AND pg.revision = (SELECT max(revision) FROM notice_pages WHERE "           \
  "notice_id = n.id) "
constexpr const char* kGetNotice = DPFEED_NOTICE_SELECT "WHERE n.id = ?";
constexpr const char* kListNotices =
    DPFEED_NOTICE_SELECT "WHERE n.id < ? AND n.complete = 1 ORDER BY n.id DESC LIMIT ?";
constexpr const char* kListPublished = DPFEED_NOTICE_SELECT
    "WHERE n.id < ? AND EXISTS (SELECT 1 FROM deliveries p WHERE p.notice_id = n.id AND "
    "p.channel = 'portal' AND p.state = 'acknowledged') ORDER BY n.id DESC LIMIT ?";
#undef DPFEED_NOTICE_SELECT
constexpr const char* kInlineArtifacts =
    "SELECT id, portal_html, portal_json, credit_json FROM notices WHERE portal_html_sha256 IS "
    "NULL "
    "ORDER BY id LIMIT 100";
constexpr const char* kSetArtifacts =
    "UPDATE notices SET portal_html_sha256 = ?, portal_json_sha256 = ?, credit_json_sha256 = ?, "
    "portal_html = '', portal_json = '', credit_json = '' WHERE id = ?";
constexpr const char* kItems =
    "SELECT i.decision_id, i.version, i.action, d.status, v.content, "
    "d.withheld_reason IS NOT NULL, d.deadline FROM notice_items i "
    "JOIN decisions d ON d.id = i.decision_id "
    "JOIN decision_versions v ON v.decision_id = i.decision_id AND v.version = i.version "
    "WHERE i.notice_id = ? ORDER BY i.decision_id";

Result<std::vector<PlanningRow>> ReadPlanning(Database& db, const char* sql) {
  Status s;
  Statement* st = db.Prepare(sql, &s);
  if (st == nullptr) return s;
  std::vector<PlanningRow> rows;
  while (st->Step(&s)) {
    Result<DecisionRow> r = ReadDecisionRow(*st);
    if (!r.ok()) {
      st->Reset();
      return r.status();
    }
    PlanningRow p{std::move(r.value()), std::nullopt};
    if (!st->ColumnIsNull(kDecisionColumnCount)) {
      p.planned_version = static_cast<int>(st->ColumnInt(kDecisionColumnCount));
    }
    rows.push_back(std::move(p));
  }
  st->Reset();
  if (!s.ok()) return s;
  return rows;
}

Result<NoticeRow> ReadNotice(const Statement& st) {
  NoticeRow n;
  n.id = st.ColumnInt(0);
  n.department_id = st.ColumnInt(1);
  const auto kind = ParseKind(st.ColumnText(2));
  const auto type = ParseNoticeType(st.ColumnText(3));
  if (!kind || !type)
    return Status::Corruption("notice " + std::to_string(n.id) + ": bad kind or type");
  n.kind = *kind;
  n.type = *type;
  n.title = st.ColumnText(4);
  n.period_from = st.ColumnText(5);
  n.period_to = st.ColumnText(6);
  n.published_on = st.ColumnText(7);
  n.created_at = st.ColumnText(8);
  n.artifacts.portal_html = st.ColumnText(9);
  n.artifacts.portal_json = st.ColumnText(10);
  n.artifacts.credit_json = st.ColumnText(11);
  n.portal_acknowledged_at = st.ColumnOptionalText(12);
  n.page_html = st.ColumnIsNull(13) ? n.artifacts.portal_html : st.ColumnText(13);
  n.page_json = st.ColumnIsNull(14) ? n.artifacts.portal_json : st.ColumnText(14);
  n.page_revision = st.ColumnIsNull(15) ? 0 : static_cast<int>(st.ColumnInt(15));
  if (st.ColumnIsNull(9)) {
    return Status::Corruption("notice " + std::to_string(n.id) +
                              " has inline artifacts not yet moved to files");
  }
  return n;
}

Result<NoticeItemRow> ReadNoticeItem(const Statement& st) {
  NoticeItemRow item;
  item.decision_id = st.ColumnInt(0);
  item.version = static_cast<int>(st.ColumnInt(1));
  const auto action = ParseNoticeAction(st.ColumnText(2));
  const auto status = ParseDecisionStatus(st.ColumnText(3));
  if (!action || !status) {
    return Status::Corruption("notice item of decision " + std::to_string(item.decision_id) +
                              ": bad action or status");
  }
  item.action = *action;
  item.decision_status = *status;
  item.content = st.ColumnText(4);
  item.withheld = st.ColumnInt(5) != 0;
  item.deadline = st.ColumnText(6);
  return item;
}

}  // namespace

Result<std::string> InstanceKey(Database& db) {
  Status s;
  Statement* st = db.Prepare(kInstance, &s);
  if (st == nullptr) return s;
  if (!st->Step(&s)) return s.ok() ? Status::Corruption("instance key missing") : s;
  std::string key = st->ColumnText(0);
  st->Reset();
  return key;
}

Result<std::vector<PlanningRow>> ReadUnplanned(Database& db) {
  return ReadPlanning(db, kUnplanned);
}
Result<std::vector<PlanningRow>> ReadCorrected(Database& db) {
  return ReadPlanning(db, kCorrected);
}
Result<std::vector<PlanningRow>> ReadToWithdraw(Database& db) {
  return ReadPlanning(db, kToWithdraw);
}

Result<std::vector<int64_t>> ExpiredDisplayIds(Database& db, const std::string& today) {
  Status s;
  Statement* st = db.Prepare(kExpired, &s);
  if (st == nullptr) return s;
  st->Bind(1, today);
  std::vector<int64_t> out;
  while (st->Step(&s)) out.push_back(st->ColumnInt(0));
  if (!s.ok()) return s;
  return out;
}

Result<bool> RunDone(Database& db, const std::string& run_key) {
  Status s;
  Statement* st = db.Prepare(kRunDone, &s);
  if (st == nullptr) return s;
  st->Bind(1, run_key);
  const bool done = st->Step(&s);
  st->Reset();
  if (!s.ok()) return s;
  return done;
}

Status MarkRunDone(Database& db, const std::string& run_key, const std::string& now) {
  Status s = Run(db, kMarkRun, [&](Statement& st) { st.Bind(1, run_key).Bind(2, now); });
  if (!s.ok()) return s;
  return AppendEvent(
      db, {now, "publication.run", std::nullopt, std::nullopt, "{\"run\":\"" + run_key + "\"}"});
}

Result<NoticeRow> GetNotice(Database& db, int64_t id) {
  Status s;
  Statement* st = db.Prepare(kGetNotice, &s);
  if (st == nullptr) return s;
  st->Bind(1, id);
  return ReadOne(*st, ReadNotice, "no notice " + std::to_string(id));
}

Result<int> MoveInlineArtifacts(Database& db,
                                const std::function<Result<std::string>(std::string_view)>& put) {
  int moved = 0;
  for (;;) {
    Status s;
    Statement* st = db.Prepare(kInlineArtifacts, &s);
    if (st == nullptr) return s;
    struct Inline {
      int64_t id;
      std::string html, json, credit;
    };
    std::vector<Inline> batch;
    while (st->Step(&s))
      batch.push_back({st->ColumnInt(0), st->ColumnText(1), st->ColumnText(2), st->ColumnText(3)});
    if (!s.ok()) return s;
    if (batch.empty()) return moved;
    for (const Inline& n : batch) {
      auto html = put(n.html);
      auto json = put(n.json);
      auto credit = put(n.credit);
      for (const auto* r : {&html, &json, &credit}) {
        if (!r->ok()) return r->status();
      }
      s = Run(db, kSetArtifacts, [&](Statement& u) {
        u.Bind(1, *html).Bind(2, *json).Bind(3, *credit).Bind(4, n.id);
      });
      if (!s.ok()) return s;
      ++moved;
    }
  }
}

Result<std::vector<NoticeRow>> ListNotices(Database& db, bool published_only, int64_t before_id,
                                           int limit) {
  Status s;
  Statement* st = db.Prepare(published_only ? kListPublished : kListNotices, &s);
  if (st == nullptr) return s;
  st->Bind(1, before_id).Bind(2, int64_t{limit});
  return ReadAll(*st, ReadNotice);
}

Result<std::vector<NoticeItemRow>> GetNoticeItems(Database& db, int64_t notice_id) {
  Status s;
  Statement* st = db.Prepare(kItems, &s);
  if (st == nullptr) return s;
  st->Bind(1, notice_id);
  return ReadAll(*st, ReadNoticeItem);
}

}  // namespace dpfeed
