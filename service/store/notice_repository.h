// Notices and their items: what the publisher planned, from which
// decisions (how a planned notice is written: notice_commit.h; its
// deliveries: delivery_repository.h).
//
// Thread-safety: functions take the caller's connection; writes belong on
// the writer's connection (inside its transaction), reads on any.
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

// The SHA-256 of each artifact of a notice in the artifact store.
struct NoticeArtifacts {
  std::string portal_html, portal_json, credit_json;
};

// --- notices -------------------------------------------------------------
struct NoticeRow {
  int64_t id = 0;
  int64_t department_id = 0;
  Kind kind = Kind::kLicense;
  NoticeType type = NoticeType::kRegular;
  std::string title, period_from, period_to, published_on, created_at;
  NoticeArtifacts artifacts;
  std::optional<std::string> portal_acknowledged_at;
  // The page public routes serve (SHA-256 in the artifact store) and its
  // JSON twin: the portal's artifacts, or the newest guarded revision
  // without decisions withdrawn since (notice_pages.h).
  std::string page_html, page_json;
  int page_revision = 0;  // 0: the portal's artifacts
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
  bool withheld = false;  // the decision is withheld (不予公开) now: no longer shown
  std::string deadline;   // the decision's publication deadline (YYYY-MM-DD)
  std::string content;    // that version's canonical JSON
};
Result<std::vector<NoticeItemRow>> GetNoticeItems(Database& db, int64_t notice_id);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_NOTICE_REPOSITORY_H_
