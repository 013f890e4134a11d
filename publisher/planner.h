// The batch planner: decides which decisions go into which notice at a
// given moment, renders each notice, passes it through the leak guard and
// stores it with its deliveries (DOMAIN.md §1).
//
// One cycle as of `now`:
//  1. penalties whose display period (公示截止期) ended are marked expired;
//  2. when a regular run is due and not yet done: one notice per
//     (department, kind) for the covered week (an empty one for
//     departments configured so), and a supplementary (补充) notice for
//     unpublished decisions of earlier weeks;
//  3. expedited: unpublished decisions whose deadline falls before the
//     next regular run go out now in a supplementary notice;
//  4. corrections (a newer version of a published decision) as 更正;
//  5. withdrawals of revoked or expired decisions that were published.
// Every notice is keyed (run_key), so a cycle repeated for the same instant
// creates nothing new.
//
// Thread-safety: const methods; RunCycle needs a write transaction on the
// connection it is given (the writer's job in the daemon).
// Contract: a notice whose artifact fails the leak guard is not stored; it
// is counted as blocked, logged at error level with the leak categories
// (never the values), and recorded as an event; its decisions stay
// unpublished and are retried at the next cycle.
#ifndef DPFEED_PUBLISHER_PLANNER_H_
#define DPFEED_PUBLISHER_PLANNER_H_

#include <chrono>
#include <map>
#include <memory>
#include <string>

#include "publisher/publication_schedule.h"
#include "redaction/masking_policy.h"
#include "service/calendar/work_calendar.h"
#include "service/domain/status.h"
#include "service/store/artifact_store.h"
#include "service/store/database.h"

namespace dpfeed {

struct PlannerOptions {
  std::string jurisdiction;  // title prefix, e.g. "安丘市"
  ScheduleOptions schedule;
  MaskingPolicy masking;
  bool credit_unmasked = false;  // credit channel receives unmasked identifiers
};

struct CycleSummary {
  std::string regular_week;  // covered Monday of the regular run done in this cycle, or ""
  int notices_created = 0;
  std::map<std::string, int> notices_by_type;
  int records_planned = 0;
  int expired = 0;
  int blocked = 0;  // notices withheld by the leak guard
};

class Planner {
 public:
  // `artifacts` outlives the planner.
  Planner(std::shared_ptr<const WorkCalendar> calendar, PlannerOptions options,
          const ArtifactStore& artifacts);
  Result<CycleSummary> RunCycle(Database& db, std::chrono::system_clock::time_point now) const;
  const PublicationSchedule& schedule() const { return schedule_; }

 private:
  std::shared_ptr<const WorkCalendar> calendar_;
  PlannerOptions options_;
  const ArtifactStore& artifacts_;
  PublicationSchedule schedule_;
};

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_PLANNER_H_
