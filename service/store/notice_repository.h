// Notices and their items: what the publisher planned, from which
// decisions (the deliveries of each notice are in delivery_repository.h).
//
// Thread-safety: functions take the caller's connection; writes belong on
// the writer's connection (inside its transaction), reads on any.
// Contract: InsertNotice writes the notice (with the hashes of its artifacts,
// which the caller stored in the artifact store first), its items, its two
// deliveries (portal pending, credit waiting for the portal) and marks the
// decisions planned, all in the caller's transaction, each decision only if
// it is still as planning saw it.
#ifndef DPFEED_SERVICE_STORE_NOTICE_REPOSITORY_H_
#define DPFEED_SERVICE_STORE_NOTICE_REPOSITORY_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "service/domain/kind.h"
#include "service/domain/publication_state.h"
#include "service/domain/status.h"
#include "service/store/database.h"
#include "service/store/decision_repository.h"

namespace dpfeed {

Result<std::string> InstanceKey(Database& db);

// --- planning reads (on a reader connection, inside one read transaction
// for a consistent snapshot) -------------------------------------------
// A decision as planning sees it: its row and the version already put in a
// notice (none for a decision never planned).
struct PlanningRow {
  DecisionRow row;
  std::optional<int> planned_version;
};
// Active decisions never put in a notice, except withheld ones (不予公开),
// which are never published.
Result<std::vector<PlanningRow>> ReadUnplanned(Database& db);
// Active decisions whose current version is newer than the one published.
Result<std::vector<PlanningRow>> ReadCorrected(Database& db);
// Revoked or expired decisions that were planned and not yet withdrawn.
Result<std::vector<PlanningRow>> ReadToWithdraw(Database& db);
// Active decisions whose display period ended before `today`.
Result<std::vector<int64_t>> ExpiredDisplayIds(Database& db, const std::string& today);
Result<bool> RunDone(Database& db, const std::string& run_key);
Status MarkRunDone(Database& db, const std::string& run_key, const std::string& now);

// --- planning writes (short jobs on the writer) -------------------------
struct NoticeItem {
  int64_t decision_id = 0;
  int version = 0;
  NoticeAction action = NoticeAction::kPublish;
  // What planning saw; InsertNotice refuses the notice as stale unless the
  // decision is still so (and still at `version`).
  std::optional<int> planned_version;               // publish: none; correct: the one before
  DecisionStatus status = DecisionStatus::kActive;  // withdraw: revoked or expired
  std::string status_reason;                        // withdraw: the reason it shows
};

// The SHA-256 of each artifact of a notice in the artifact store.
struct NoticeArtifacts {
  std::string portal_html, portal_json, credit_json;
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
};

struct InsertOutcome {
  enum Kind {
    kInserted,        // written; `notice_id` is its id
    kAlreadyPlanned,  // its run_key was used before: nothing written
    kStale,           // a decision changed since planning: the caller rolls back and plans again
  } kind = kInserted;
  int64_t notice_id = 0;
  int64_t stale_decision = 0;  // kStale: the first decision found changed
};
// On kStale part of the notice may already be written: the caller must
// roll back (return a non-ok Status from its writer job).
Result<InsertOutcome> InsertNotice(Database& db, const NoticeWrite& notice, const std::string& now);

// --- notices -------------------------------------------------------------
struct NoticeRow {
  int64_t id = 0;
  int64_t department_id = 0;
  Kind kind = Kind::kLicense;
  NoticeType type = NoticeType::kRegular;
  std::string title, period_from, period_to, published_on, created_at;
  NoticeArtifacts artifacts;
  std::optional<std::string> portal_acknowledged_at;
};
Result<NoticeRow> GetNotice(Database& db, int64_t id);

// Notices planned before artifacts left the database (migration 003) keep
// their artifacts inline: writes each to `put` (the artifact store's Put),
// records the hashes and clears the inline copy, in the caller's
// transaction. Returns how many notices it moved.
Result<int> MoveInlineArtifacts(Database& db,
                                const std::function<Result<std::string>(std::string_view)>& put);
// Newest first; only notices the portal acknowledged when `published_only`.
Result<std::vector<NoticeRow>> ListNotices(Database& db, bool published_only, int64_t before_id,
                                           int limit);

struct NoticeItemRow {
  int64_t decision_id = 0;
  int version = 0;
  NoticeAction action = NoticeAction::kPublish;
  DecisionStatus decision_status = DecisionStatus::kActive;  // the decision's status now
  std::string content;                                       // that version's canonical JSON
};
Result<std::vector<NoticeItemRow>> GetNoticeItems(Database& db, int64_t notice_id);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_NOTICE_REPOSITORY_H_
