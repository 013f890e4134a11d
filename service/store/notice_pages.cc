#include "service/store/notice_pages.h"

#include "service/store/decision_columns.h"
#include "service/store/query_helpers.h"

namespace dpfeed {

namespace {

using store_internal::Run;

// A withdrawn decision's item on a page that still shows it.
#define DPFEED_SHOWN_WITHDRAWN                                                          \
  "i.dropped_at IS NULL AND i.action IN ('publish', 'correct') AND n.complete = 1 AND " \
  "n.type <> 'withdrawal'"

constexpr const char* kNoticesToRevise =
    "SELECT DISTINCT i.notice_id FROM decisions d "
    "JOIN notice_items i ON i.decision_id = d.id JOIN notices n ON n.id = i.notice_id "
    "WHERE d.planned_version IS NOT NULL AND d.page_dropped_at IS NULL AND "
    "(d.status <> 'active' OR d.withheld_reason IS NOT NULL) AND " DPFEED_SHOWN_WITHDRAWN
    " ORDER BY i.notice_id LIMIT ?";
// The notice's decisions on its page now, the version it published, and
// whether each is withdrawn (column kDecisionColumnCount).
constexpr const char* kShownItems =
    "SELECT " DPFEED_DECISION_COLUMNS
    ", (d.status <> 'active' OR d.withheld_reason IS NOT NULL) FROM notice_items i "
    "JOIN decisions d ON d.id = i.decision_id "
    "JOIN decision_versions v ON v.decision_id = i.decision_id AND v.version = i.version "
    "WHERE i.notice_id = ? AND i.dropped_at IS NULL ORDER BY d.decision_date, d.id";
constexpr const char* kInsertPage =
    "INSERT INTO notice_pages (notice_id, revision, html_sha256, json_sha256, records, "
    "created_at) SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE coalesce((SELECT max(revision) FROM "
    "notice_pages WHERE notice_id = ?1), 0) = ?2 - 1";
constexpr const char* kDropItem =
    "UPDATE notice_items SET dropped_at = ? WHERE notice_id = ? AND decision_id = ? AND "
    "dropped_at IS NULL";
constexpr const char* kDropDecision =
    "UPDATE decisions SET page_dropped_at = ?1 WHERE id = ?2 AND NOT EXISTS (SELECT 1 FROM "
    "notice_items i JOIN notices n ON n.id = i.notice_id WHERE i.decision_id = ?2 "
    "AND " DPFEED_SHOWN_WITHDRAWN ")";
#undef DPFEED_SHOWN_WITHDRAWN
constexpr const char* kPublicSource =
    "SELECT i.notice_id, coalesce((SELECT pg.json_sha256 FROM notice_pages pg WHERE pg.notice_id "
    "= i.notice_id ORDER BY pg.revision DESC LIMIT 1), n.portal_json_sha256) FROM notice_items i "
    "JOIN notices n ON n.id = i.notice_id WHERE i.decision_id = ? AND n.complete = 1 AND "
    "i.dropped_at IS NULL AND n.portal_json_sha256 IS NOT NULL ORDER BY i.notice_id DESC LIMIT 1";

Status ReadShown(Database& db, PageToRevise& page) {
  Status s;
  Statement* st = db.Prepare(kShownItems, &s);
  if (st == nullptr) return s;
  st->Bind(1, page.notice.id);
  while (st->Step(&s)) {
    Result<DecisionRow> row = ReadDecisionRow(*st);
    if (!row.ok()) {
      st->Reset();
      return row.status();
    }
    if (st->ColumnInt(kDecisionColumnCount) != 0) {
      page.dropped.push_back(row->id);
    } else {
      page.shown.push_back({std::move(row.value()), std::nullopt});
    }
  }
  return s;
}

Result<std::vector<PageToRevise>> ReadPages(Database& db, int limit) {
  Status s;
  Statement* st = db.Prepare(kNoticesToRevise, &s);
  if (st == nullptr) return s;
  st->Bind(1, int64_t{limit});
  std::vector<int64_t> ids;
  while (st->Step(&s)) ids.push_back(st->ColumnInt(0));
  if (!s.ok()) return s;
  std::vector<PageToRevise> out;
  for (int64_t id : ids) {
    auto notice = GetNotice(db, id);
    if (!notice.ok()) return notice.status();
    PageToRevise page;
    page.notice = std::move(notice.value());
    if (Status r = ReadShown(db, page); !r.ok()) return r;
    out.push_back(std::move(page));
  }
  return out;
}

}  // namespace

Result<std::vector<PageToRevise>> ReadPagesToRevise(Database& db, int limit) {
  // One read transaction: a consistent snapshot, never the write lock.
  if (Status begun = db.Exec("BEGIN"); !begun.ok()) return begun;
  auto pages = ReadPages(db, limit);
  db.Exec("COMMIT");
  return pages;
}

Result<bool> InsertNoticePage(Database& db, const NoticePageWrite& page, const std::string& now) {
  Status s = Run(db, kInsertPage, [&](Statement& st) {
    st.Bind(1, page.notice_id)
        .Bind(2, int64_t{page.revision})
        .Bind(3, page.html_sha256)
        .Bind(4, page.json_sha256)
        .Bind(5, int64_t{page.records})
        .Bind(6, now);
  });
  if (!s.ok()) return s;
  if (db.Changes() == 0) return false;
  for (int64_t decision : page.dropped) {
    s = Run(db, kDropItem,
            [&](Statement& st) { st.Bind(1, now).Bind(2, page.notice_id).Bind(3, decision); });
    if (!s.ok()) return s;
    s = Run(db, kDropDecision, [&](Statement& st) { st.Bind(1, now).Bind(2, decision); });
    if (!s.ok()) return s;
  }
  return true;
}

Result<std::optional<PublicRecordSource>> FindPublicRecordSource(Database& db,
                                                                 int64_t decision_id) {
  Status s;
  Statement* st = db.Prepare(kPublicSource, &s);
  if (st == nullptr) return s;
  st->Bind(1, decision_id);
  std::optional<PublicRecordSource> out;
  if (st->Step(&s)) out = PublicRecordSource{st->ColumnInt(0), st->ColumnText(1)};
  st->Reset();
  if (!s.ok()) return s;
  return out;
}

}  // namespace dpfeed
