// The batch planner: decides which decisions go into which notice at a
// given moment (DOMAIN.md §1) and gets each notice built, guarded, stored
// and committed with its deliveries.
//
// One cycle as of `now`:
//  1. penalties whose display period (公示截止期) ended are marked expired;
//  2. when a regular run is due and not yet done: one notice per
//     (department, kind) for the covered week (an empty one for
//     departments configured so), and a supplementary (补充) notice for
//     unpublished decisions of earlier weeks;
//  3. expedited: unpublished decisions whose deadline falls before the
//     next regular run go out now in an expedited (提前) notice, each one
//     already past its deadline marked 逾期 (only those);
//  4. corrections (a newer version of a published decision) as 更正;
//  5. withdrawals (撤销) of revoked, expired or repaired decisions that were
//     published, and of published ones a correction made withheld (不予公开);
//  6. matter lists (事项清单): in the regular run, and between runs for a
//     (department, kind) with a change due before the next run, one notice
//     per (department, kind) with every change in effect and not yet
//     published, beside the full list as of today (publisher/matter_notice.h).
//  7. the public page of every notice that still shows a withdrawn decision
//     is replaced by a new guarded page without it (page_reviser.h).
// Every notice is keyed (run_key), so a cycle repeated for the same instant
// creates nothing new.
//
// How: the decisions are read in one read transaction on a reader
// connection (a consistent snapshot, never the writer's lock); masking,
// rendering, the leak guard and the artifact files are done on `threads`
// worker threads; each finished notice is committed by one short writer
// job that inserts it only if every decision in it is still as the
// snapshot showed (a decision corrected, revoked or planned meanwhile makes
// the notice stale: nothing of it is written and the cycle plans again from
// a fresh snapshot). A notice's content is fixed by the commit that creates
// it, so a crash at any point never publishes a notice twice under
// different content.
//
// Thread-safety: const methods, safe to call from several threads (each
// with its own read connection); two cycles at once (daemon and CLI) never
// plan a decision twice.
// Contract: a flag holds only what it must (notice_builder.h): the records
// a guard finding is tied to are held, the rest of their notice is
// published on time. Each held decision is marked (held_at) and, the first
// time, logged at error level with its id and the leak categories (never
// the values) and recorded as an event; it stays unpublished and, once its
// week's regular run is done, is tried again at every cycle in a
// supplementary notice (补充公示) of its own, which goes out once the
// department corrected it. A notice whose finding cannot be tied to records
// is not stored at all: counted as blocked, logged and recorded the same
// way, retried at the next cycle.
#ifndef DPFEED_PUBLISHER_PLANNER_H_
#define DPFEED_PUBLISHER_PLANNER_H_

#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "publisher/publication_schedule.h"
#include "publisher/write_fn.h"
#include "redaction/masking_policy.h"
#include "service/calendar/work_calendar.h"
#include "service/domain/publication_state.h"
#include "service/domain/status.h"
#include "service/store/artifact_store.h"
#include "service/store/database.h"

namespace dpfeed {

struct PlannerOptions {
  std::string jurisdiction;  // title prefix, e.g. "安丘市" (default none)
  ScheduleOptions schedule;
  MaskingPolicy masking;
  bool credit_unmasked = false;  // credit channel receives unmasked identifiers (default false)
  int threads = 2;               // notices built in parallel (default 2: both cores)
};

// One notice a cycle created (or, in a dry run, would create) or blocked.
struct PlannedNoticeInfo {
  std::string run_key;
  std::string title;
  NoticeType type = NoticeType::kRegular;
  int records = 0;
  bool blocked = false;                      // refused by the leak guard
  std::vector<std::string> leak_categories;  // when blocked or records held; never values
  std::vector<int64_t> held;                 // decisions the guard held out of it
};

struct CycleSummary {
  std::string regular_week;  // covered Monday of the regular run done in this cycle, or ""
  int notices_created = 0;
  std::map<std::string, int> notices_by_type;
  int records_planned = 0;
  int expired = 0;
  int blocked = 0;  // notices withheld by the leak guard
  // Decisions the leak guard held out of their notices in this cycle (the
  // rest of each notice was published); each is tried again every cycle.
  int held_records = 0;
  int stale = 0;          // notices planned again because a decision changed meanwhile
  int pages_revised = 0;  // public pages replaced without withdrawn decisions
  std::vector<PlannedNoticeInfo> notices;
  // Where the time went (seconds): reading the snapshot, building notices
  // (summed over the worker threads: masking, rendering, guard, files), and
  // waiting for the commits.
  double read_seconds = 0, build_seconds = 0, commit_seconds = 0;
  double mask_seconds = 0, render_seconds = 0, guard_seconds = 0,
         store_seconds = 0;  // build, by stage
};

class Planner {
 public:
  using TimePoint = std::chrono::system_clock::time_point;
  // `artifacts` outlives the planner.
  Planner(std::shared_ptr<const WorkCalendar> calendar, PlannerOptions options,
          const ArtifactStore& artifacts);

  // One cycle: reads on `read_db` (a read-only connection will do), writes
  // through `write` in short jobs. REQUIRES: no transaction open on
  // `read_db` (it may be the write connection of a command-line tool).
  Result<CycleSummary> RunCycle(Database& read_db, const WriteFn& write, TimePoint now) const;

  // What RunCycle would do at `now`, writing nothing: no database change
  // and no artifact file.
  Result<CycleSummary> DryRun(Database& read_db, TimePoint now) const;

  const PublicationSchedule& schedule() const { return schedule_; }

 private:
  Result<CycleSummary> Cycle(Database& read_db, const WriteFn* write, TimePoint now) const;
  // `regular_run`: this cycle did the regular run; otherwise only lists
  // with a change due before `next_run_day` are published.
  Status PlanMatterLists(Database& read_db, const WriteFn* write, const std::string& now_text,
                         const std::string& today, bool regular_run,
                         const std::string& next_run_day, CycleSummary& summary) const;

  std::shared_ptr<const WorkCalendar> calendar_;
  PlannerOptions options_;
  const ArtifactStore& artifacts_;
  PublicationSchedule schedule_;
};

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_PLANNER_H_
