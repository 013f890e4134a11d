#include "service/store/notice_commit.h"

#include <algorithm>

#include "service/json/json_writer.h"
#include "service/store/event_log.h"
#include "service/store/query_helpers.h"

namespace dpfeed {

namespace {

using store_internal::Run;

constexpr const char* kNoticeExists = "SELECT id FROM notices WHERE run_key = ?";
constexpr const char* kInsertNotice =
    "INSERT INTO notices (run_key, department_id, kind, type, title, period_from, period_to, "
    "published_on, "
    "created_at, portal_html, portal_json, credit_json, portal_html_sha256, portal_json_sha256, "
    "credit_json_sha256, complete, planning_until, planner) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', "
    "'', '', ?, ?, ?, ?, ?, ?)";
constexpr const char* kIncomplete = "SELECT created_at FROM notices WHERE id = ? AND complete = 0";
constexpr const char* kPlannerOf = "SELECT planner FROM notices WHERE id = ? AND complete = 0";
constexpr const char* kRenewLease =
    "UPDATE notices SET planning_until = ?1 WHERE id = ?2 AND complete = 0 AND planner = ?3";
constexpr const char* kInsertItem =
    "INSERT INTO notice_items (notice_id, decision_id, version, action, previous_planned_version) "
    "VALUES (?, ?, ?, ?, ?)";
// Each marks a decision only if it is still as planning saw it. A
// correction or withdrawal also waits until no notice still being written
// holds the decision (its notice_items row exists from the item's job on,
// the notice is deliverable only from its last job): so it is never
// delivered before the notice that publishes what it corrects or
// withdraws, nor for a notice that is taken apart and never published.
constexpr const char* kPlanPublish =
    "UPDATE decisions SET planned_version = ?1 WHERE id = ?2 AND current_version = ?1 "
    "AND status = 'active' AND planned_version IS NULL";
constexpr const char* kPlanCorrect =
    "UPDATE decisions SET planned_version = ?1 WHERE id = ?2 AND current_version = ?1 "
    "AND status = 'active' AND planned_version = ?3 AND NOT EXISTS (SELECT 1 FROM notice_items i "
    "JOIN notices n ON n.id = i.notice_id WHERE i.decision_id = ?2 AND n.complete = 0)";
constexpr const char* kPlanWithdraw =
    "UPDATE decisions SET withdrawn_at = ?1 WHERE id = ?2 AND current_version = ?3 AND status = ?4 "
    "AND status_reason = ?5 AND IFNULL(revocation_kind, 'revoke') = ?6 AND withdrawn_at IS NULL "
    "AND planned_version IS NOT NULL AND NOT EXISTS (SELECT 1 FROM notice_items i JOIN notices n "
    "ON n.id = i.notice_id WHERE i.decision_id = ?2 AND n.complete = 0)";
constexpr const char* kInsertDelivery =
    "INSERT INTO deliveries (notice_id, channel, state, idempotency_key, next_attempt_at) VALUES "
    "(?, ?, ?, ?, ?)";
constexpr const char* kInsertMatterChange =
    "INSERT INTO notice_matter_changes (change_id, notice_id) VALUES (?, ?) ON CONFLICT DO NOTHING";
constexpr const char* kComplete =
    "UPDATE notices SET complete = 1, planning_until = NULL WHERE id = ?";
// Un-marking restores exactly what marking changed.
constexpr const char* kUnmarkPublish =
    "UPDATE decisions SET planned_version = NULL WHERE planned_version = ?2 AND id = ?1";
constexpr const char* kUnmarkCorrect =
    "UPDATE decisions SET planned_version = ?3 WHERE planned_version = ?2 AND id = ?1";
constexpr const char* kUnmarkWithdraw =
    "UPDATE decisions SET withdrawn_at = NULL WHERE withdrawn_at = ?2 AND id = ?1";
constexpr const char* kItemsOf =
    "SELECT decision_id, version, action, previous_planned_version FROM notice_items WHERE "
    "notice_id = ?";
constexpr const char* kDeleteItems = "DELETE FROM notice_items WHERE notice_id = ?";
constexpr const char* kDeleteNotice = "DELETE FROM notices WHERE id = ? AND complete = 0";
constexpr const char* kLease = "SELECT planning_until FROM notices WHERE id = ? AND complete = 0";
constexpr const char* kIncompleteUnder =
    "SELECT 1 FROM notices WHERE complete = 0 AND substr(run_key, 1, length(?1)) = ?1";
constexpr const char* kAbandoned =
    "SELECT id FROM notices WHERE complete = 0 AND planning_until < ? ORDER BY id";

// Marks the item's decision planned (or withdrawn) if it is still as
// planning saw it; false when it changed.
Result<bool> MarkItem(Database& db, const NoticeItem& item, const std::string& now) {
  Status s;
  switch (item.action) {
    case NoticeAction::kPublish:
      s = Run(db, kPlanPublish,
              [&](Statement& st) { st.Bind(1, int64_t{item.version}).Bind(2, item.decision_id); });
      break;
    case NoticeAction::kCorrect:
      if (!item.planned_version) return false;
      s = Run(db, kPlanCorrect, [&](Statement& st) {
        st.Bind(1, int64_t{item.version})
            .Bind(2, item.decision_id)
            .Bind(3, int64_t{*item.planned_version});
      });
      break;
    case NoticeAction::kWithdraw:
      s = Run(db, kPlanWithdraw, [&](Statement& st) {
        st.Bind(1, now)
            .Bind(2, item.decision_id)
            .Bind(3, int64_t{item.version})
            .Bind(4, ToString(item.status))
            .Bind(5, item.status_reason)
            .Bind(6, ToString(item.revocation_kind));
      });
      break;
  }
  if (!s.ok()) return s;
  return db.Changes() == 1;
}

// Marks the item's decision and records it as an item of notice `id`.
Result<CommitOutcome> WriteItem(Database& db, int64_t id, const NoticeItem& item,
                                const std::string& now) {
  auto marked = MarkItem(db, item, now);
  if (!marked.ok()) return marked.status();
  if (!*marked) return CommitOutcome{CommitOutcome::kStale, id, item.decision_id};
  Status s = Run(db, kInsertItem, [&](Statement& st) {
    st.Bind(1, id)
        .Bind(2, item.decision_id)
        .Bind(3, int64_t{item.version})
        .Bind(4, ToString(item.action));
    if (item.action == NoticeAction::kCorrect && item.planned_version) {
      st.Bind(5, int64_t{*item.planned_version});
    } else {
      st.BindNull(5);
    }
  });
  if (!s.ok()) return s;
  return CommitOutcome{CommitOutcome::kDone, id, 0};
}

Result<CommitOutcome> WriteItems(Database& db, int64_t id, std::span<const NoticeItem> items,
                                 const std::string& now) {
  for (const NoticeItem& item : items) {
    auto written = WriteItem(db, id, item, now);
    if (!written.ok() || written->kind != CommitOutcome::kDone) return written;
  }
  return CommitOutcome{CommitOutcome::kDone, id, 0};
}

// The notice's creation time while it is incomplete (what its withdrawals
// were marked with); nullopt once complete or gone.
Result<std::optional<std::string>> IncompleteSince(Database& db, int64_t id) {
  Status s;
  Statement* st = db.Prepare(kIncomplete, &s);
  if (st == nullptr) return s;
  st->Bind(1, id);
  std::optional<std::string> out;
  if (st->Step(&s)) out = st->ColumnText(0);
  st->Reset();
  if (!s.ok()) return s;
  return out;
}

// Whether notice `id` is still an incomplete notice of `planner`'s. Ids
// are used again once a notice is taken apart: a notice another planner
// began under the same id is not ours.
Result<bool> StillOurs(Database& db, int64_t id, const std::string& planner) {
  Status s;
  Statement* st = db.Prepare(kPlannerOf, &s);
  if (st == nullptr) return s;
  st->Bind(1, id);
  bool ours = false;
  if (st->Step(&s)) ours = !st->ColumnIsNull(0) && st->ColumnText(0) == planner;
  st->Reset();
  if (!s.ok()) return s;
  return ours;
}

std::string CreatedDetail(int64_t id, NoticeType type, size_t records) {
  JsonOut out;
  out.w().StartObject();
  Key(out.w(), "notice_id");
  out.w().Int64(id);
  Key(out.w(), "type");
  Str(out.w(), ToString(type));
  Key(out.w(), "records");
  out.w().Uint64(records);
  out.w().EndObject();
  return out.Take();
}

}  // namespace

Result<CommitOutcome> BeginNotice(Database& db, const NoticeWrite& n,
                                  std::span<const NoticeItem> items, const std::string& now,
                                  int64_t lease_until_ms) {
  Status s;
  Statement* exists = db.Prepare(kNoticeExists, &s);
  if (exists == nullptr) return s;
  exists->Bind(1, n.run_key);
  const bool taken = exists->Step(&s);
  exists->Reset();
  if (!s.ok()) return s;
  if (taken) return CommitOutcome{CommitOutcome::kAlreadyPlanned, 0, 0};
  s = Run(db, kInsertNotice, [&](Statement& st) {
    st.Bind(1, n.run_key)
        .Bind(2, n.department_id)
        .Bind(3, KindName(n.kind))
        .Bind(4, ToString(n.type))
        .Bind(5, n.title)
        .Bind(6, n.period_from)
        .Bind(7, n.period_to)
        .Bind(8, n.published_on)
        .Bind(9, now)
        .Bind(10, n.artifacts.portal_html)
        .Bind(11, n.artifacts.portal_json)
        .Bind(12, n.artifacts.credit_json)
        .Bind(13, int64_t{0})
        .Bind(14, lease_until_ms)
        .Bind(15, n.planner);
  });
  if (!s.ok()) return s;
  return WriteItems(db, db.LastInsertRowId(), items, now);
}

Result<CommitOutcome> AddNoticeItems(Database& db, int64_t id, std::span<const NoticeItem> items,
                                     const std::string& now, const std::string& planner,
                                     int64_t lease_until_ms) {
  auto ours = StillOurs(db, id, planner);
  if (!ours.ok()) return ours.status();
  if (!*ours) return CommitOutcome{CommitOutcome::kStale, id, 0};
  Status s = Run(db, kRenewLease,
                 [&](Statement& st) { st.Bind(1, lease_until_ms).Bind(2, id).Bind(3, planner); });
  if (!s.ok()) return s;
  return WriteItems(db, id, items, now);
}

Result<CommitOutcome> AddItemsOfNotices(Database& db, std::span<const NoticeItemRef> items,
                                        std::span<const int64_t> renew, const std::string& now,
                                        const std::string& planner, int64_t lease_until_ms) {
  std::vector<int64_t> checked;  // the notices of `items`, each found incomplete once
  for (const NoticeItemRef& ref : items) {
    if (std::find(checked.begin(), checked.end(), ref.notice_id) != checked.end()) continue;
    auto ours = StillOurs(db, ref.notice_id, planner);
    if (!ours.ok()) return ours.status();
    if (!*ours) return CommitOutcome{CommitOutcome::kStale, ref.notice_id, 0};
    checked.push_back(ref.notice_id);
  }
  for (int64_t id : renew) {
    Status s = Run(db, kRenewLease,
                   [&](Statement& st) { st.Bind(1, lease_until_ms).Bind(2, id).Bind(3, planner); });
    if (!s.ok()) return s;
  }
  for (const NoticeItemRef& ref : items) {
    auto written = WriteItem(db, ref.notice_id, *ref.item, now);
    if (!written.ok() || written->kind != CommitOutcome::kDone) return written;
  }
  return CommitOutcome{CommitOutcome::kDone, 0, 0};
}

Result<CommitOutcome> CompleteNotice(Database& db, int64_t id, const NoticeWrite& n,
                                     const std::string& now) {
  auto ours = StillOurs(db, id, n.planner);
  if (!ours.ok()) return ours.status();
  if (!*ours) return CommitOutcome{CommitOutcome::kStale, id, 0};
  auto instance = InstanceKey(db);
  if (!instance.ok()) return instance.status();
  for (Channel channel : kChannels) {
    const std::string key =
        "dpfeed-" + *instance + "-notice-" + std::to_string(id) + "-" + ToString(channel);
    const DeliveryState first =
        channel == Channel::kPortal ? DeliveryState::kPending : DeliveryState::kWaiting;
    Status s = Run(db, kInsertDelivery, [&](Statement& st) {
      st.Bind(1, id).Bind(2, ToString(channel)).Bind(3, ToString(first)).Bind(4, key).Bind(5, now);
    });
    if (!s.ok()) return s;
  }
  Status s = Run(db, kComplete, [&](Statement& st) { st.Bind(1, id); });
  if (!s.ok()) return s;
  s = AppendEvent(db, {now, "notice.created", n.department_id, std::nullopt,
                       CreatedDetail(id, n.type, n.items.size() + n.matter_changes.size())});
  if (!s.ok()) return s;
  return CommitOutcome{CommitOutcome::kDone, id, 0};
}

Result<CommitOutcome> InsertNotice(Database& db, const NoticeWrite& n, const std::string& now) {
  auto begun = BeginNotice(db, n, n.items, now, 0);
  if (!begun.ok() || begun->kind != CommitOutcome::kDone) return begun;
  for (int64_t change : n.matter_changes) {
    Status s = Run(db, kInsertMatterChange,
                   [&](Statement& st) { st.Bind(1, change).Bind(2, begun->notice_id); });
    if (!s.ok()) return s;
    if (db.Changes() != 1) return CommitOutcome{CommitOutcome::kStale, begun->notice_id, 0};
  }
  return CompleteNotice(db, begun->notice_id, n, now);
}

Result<bool> IncompleteNoticeUnder(Database& db, const std::vector<std::string>& prefixes) {
  for (const std::string& prefix : prefixes) {
    Status s;
    Statement* st = db.Prepare(kIncompleteUnder, &s);
    if (st == nullptr) return s;
    st->Bind(1, prefix);
    const bool found = st->Step(&s);
    st->Reset();
    if (!s.ok()) return s;
    if (found) return true;
  }
  return false;
}

Status AbandonNotice(Database& db, int64_t id, std::optional<int64_t> expired_before_ms,
                     const std::string& now, std::optional<std::string> planner) {
  Status s;
  if (expired_before_ms) {
    Statement* lease = db.Prepare(kLease, &s);
    if (lease == nullptr) return s;
    lease->Bind(1, id);
    const bool incomplete = lease->Step(&s);
    const int64_t until = incomplete ? lease->ColumnInt(0) : 0;
    lease->Reset();
    if (!s.ok()) return s;
    if (!incomplete || until >= *expired_before_ms)
      return Status::Ok();  // done, or still being written
  }
  if (planner) {
    auto ours = StillOurs(db, id, *planner);
    if (!ours.ok()) return ours.status();
    if (!*ours) return Status::Ok();  // gone, complete, or another planner's notice
  }
  auto since = IncompleteSince(db, id);
  if (!since.ok()) return since.status();
  if (!*since) return Status::Ok();
  struct Item {
    int64_t decision;
    int64_t version;
    std::string action;
    std::optional<int64_t> previous;
  };
  std::vector<Item> items;
  Statement* st = db.Prepare(kItemsOf, &s);
  if (st == nullptr) return s;
  st->Bind(1, id);
  while (st->Step(&s)) {
    items.push_back({st->ColumnInt(0), st->ColumnInt(1), st->ColumnText(2),
                     st->ColumnIsNull(3) ? std::nullopt : std::optional(st->ColumnInt(3))});
  }
  if (!s.ok()) return s;
  for (const Item& item : items) {
    const auto action = ParseNoticeAction(item.action);
    if (!action) return Status::Corruption("notice " + std::to_string(id) + ": bad item action");
    switch (*action) {
      case NoticeAction::kPublish:
        s = Run(db, kUnmarkPublish,
                [&](Statement& u) { u.Bind(1, item.decision).Bind(2, item.version); });
        break;
      case NoticeAction::kCorrect:
        s = Run(db, kUnmarkCorrect, [&](Statement& u) {
          u.Bind(1, item.decision).Bind(2, item.version).Bind(3, item.previous.value_or(0));
        });
        break;
      case NoticeAction::kWithdraw:
        s = Run(db, kUnmarkWithdraw,
                [&](Statement& u) { u.Bind(1, item.decision).Bind(2, **since); });
        break;
    }
    if (!s.ok()) return s;
  }
  s = Run(db, kDeleteItems, [&](Statement& d) { d.Bind(1, id); });
  if (!s.ok()) return s;
  s = Run(db, kDeleteNotice, [&](Statement& d) { d.Bind(1, id); });
  if (!s.ok()) return s;
  JsonOut detail;
  detail.w().StartObject();
  Key(detail.w(), "notice_id");
  detail.w().Int64(id);
  detail.w().EndObject();
  return AppendEvent(db, {now, "notice.abandoned", std::nullopt, std::nullopt, detail.Take()});
}

Result<std::vector<int64_t>> AbandonedNotices(Database& db, int64_t now_ms) {
  Status s;
  Statement* st = db.Prepare(kAbandoned, &s);
  if (st == nullptr) return s;
  st->Bind(1, now_ms);
  std::vector<int64_t> out;
  while (st->Step(&s)) out.push_back(st->ColumnInt(0));
  if (!s.ok()) return s;
  return out;
}

}  // namespace dpfeed
