// Writing a planned notice: its row, its items (each marking a decision
// planned or withdrawn, only if the decision is still as the planner's
// snapshot showed it), then its two deliveries (portal pending, credit
// waiting for the portal).
//
// A notice of up to kItemsPerJob items is written by one writer job
// (InsertNotice). A larger one takes several short jobs, so intake never
// waits long behind it: BeginNotice writes the row incomplete (no delivery,
// nowhere public) with a lease, AddNoticeItems the next items, and
// CompleteNotice the deliveries. If a decision turns out changed, or the
// planner stops half-way (a crash), the incomplete notice is taken apart
// again by AbandonNotice: its decisions un-marked, items and row deleted;
// AbandonedNotices finds those whose lease ran out. A notice becomes
// deliverable only with its last job, so its content is fixed before
// anything can leave: exactly once, whatever crashes when.
//
// `now` is the time the notice was begun (its created_at, what its
// withdrawals are marked with). `planner` (NoticeWrite::planner) is the
// writing planner's random token (migration 015): the later jobs refuse
// (kStale) a notice that is no longer an incomplete notice of theirs.
//
// Thread-safety: functions take the writer's connection, inside its
// (group) transaction; AbandonedNotices reads on any connection.
// Contract: a job that returns kStale may have written part of its work:
// the caller returns a non-ok Status from that job so it rolls back (and,
// for a notice already begun, then abandons it in a job of its own).
#ifndef DPFEED_SERVICE_STORE_NOTICE_COMMIT_H_
#define DPFEED_SERVICE_STORE_NOTICE_COMMIT_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "service/domain/kind.h"
#include "service/domain/publication_state.h"
#include "service/domain/status.h"
#include "service/store/database.h"
#include "service/store/notice_repository.h"

namespace dpfeed {

// Items per writer job (a few milliseconds of the writer's time).
inline constexpr size_t kItemsPerJob = 100;

struct NoticeItem {
  int64_t decision_id = 0;
  int version = 0;
  NoticeAction action = NoticeAction::kPublish;
  // What planning saw: the item is refused (stale) unless the decision is
  // still so, and still at `version`.
  std::optional<int> planned_version;               // publish: none; correct: the one before
  DecisionStatus status = DecisionStatus::kActive;  // withdraw: revoked or expired
  std::string status_reason;                        // withdraw: the reason it shows
  RevocationKind revocation_kind = RevocationKind::kRevoke;  // withdraw: 撤销 or 撤回 it shows
};

struct NoticeWrite {
  std::string run_key;
  int64_t department_id = 0;
  Kind kind = Kind::kLicense;
  NoticeType type = NoticeType::kRegular;
  std::string title;
  std::string period_from, period_to;
  std::string published_on;
  NoticeArtifacts artifacts;
  std::vector<NoticeItem> items;
  // The token of the planner writing it (RandomHex), kept on the notice
  // while it is incomplete.
  std::string planner;
  // A matter-list notice (no items): the matter changes it publishes;
  // InsertNotice finds it stale when a notice carries one of them already.
  std::vector<int64_t> matter_changes;
};

struct CommitOutcome {
  enum Kind {
    kDone,            // written; `notice_id` is the notice
    kAlreadyPlanned,  // its run_key was used before: nothing written
    kStale,           // a decision changed since planning (or the notice was abandoned)
  } kind = kDone;
  int64_t notice_id = 0;
  int64_t stale_decision = 0;  // kStale: the decision found changed, when one was
};

// The whole notice in one job. REQUIRES: notice.items.size() <= kItemsPerJob.
Result<CommitOutcome> InsertNotice(Database& db, const NoticeWrite& notice, const std::string& now);

// The first job of a larger notice: its row, incomplete and leased until
// `lease_until_ms` (Unix ms, real time), and `items`.
Result<CommitOutcome> BeginNotice(Database& db, const NoticeWrite& notice,
                                  std::span<const NoticeItem> items, const std::string& now,
                                  int64_t lease_until_ms);
// More items of an incomplete notice, renewing its lease; kStale when the
// notice is no longer incomplete (abandoned meanwhile).
Result<CommitOutcome> AddNoticeItems(Database& db, int64_t notice_id,
                                     std::span<const NoticeItem> items, const std::string& now,
                                     const std::string& planner, int64_t lease_until_ms);
// An item of a notice begun earlier (BeginNotice with no items).
struct NoticeItemRef {
  int64_t notice_id = 0;
  const NoticeItem* item = nullptr;
};
// Items of several incomplete notices in one job, in the order given (the
// planner writes a whole run's items in decision-id order, so that a job's
// decisions share table pages), and the leases of `renew` (notice ids)
// renewed to `lease_until_ms`. kStale, with the notice, when one of the
// notices is no longer incomplete or one of its decisions changed.
Result<CommitOutcome> AddItemsOfNotices(Database& db, std::span<const NoticeItemRef> items,
                                        std::span<const int64_t> renew, const std::string& now,
                                        const std::string& planner, int64_t lease_until_ms);
// The last job: its deliveries; the notice becomes complete.
Result<CommitOutcome> CompleteNotice(Database& db, int64_t notice_id, const NoticeWrite& notice,
                                     const std::string& now);

// Takes an incomplete notice apart; with `expired_before_ms`, only if its
// lease ended before then; with `planner`, only if it is that planner's
// (not another planner's notice under a reused id). A complete notice is
// left alone (Ok).
Status AbandonNotice(Database& db, int64_t notice_id, std::optional<int64_t> expired_before_ms,
                     const std::string& now,
                     std::optional<std::string> planner = std::nullopt);
// Whether an incomplete notice's run_key starts with one of `prefixes` (a
// run is not done while one of its notices is still being written, by a
// planner alive or crashed).
Result<bool> IncompleteNoticeUnder(Database& db, const std::vector<std::string>& prefixes);
// Incomplete notices whose lease ended before `now_ms`.
Result<std::vector<int64_t>> AbandonedNotices(Database& db, int64_t now_ms);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_NOTICE_COMMIT_H_
