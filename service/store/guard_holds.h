// Decisions the leak guard held out of a notice: one of their own personal
// values stood in clear in the rendered artifacts, so they wait while the
// rest of their notice is published (issue 8 §8).
//
// Thread-safety: takes the writer's connection, inside its (group)
// transaction.
// Contract: held_at is the last time the guard held the decision; it stays
// set after the decision is published (history). The planner sends a held
// decision still unpublished to a supplementary notice at every cycle; how
// many are held now is the last cycle's count (CycleSummary::held_records).
#ifndef DPFEED_SERVICE_STORE_GUARD_HOLDS_H_
#define DPFEED_SERVICE_STORE_GUARD_HOLDS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "service/domain/status.h"
#include "service/store/database.h"

namespace dpfeed {

// Marks `ids` held at `now`.
Status MarkHeld(Database& db, const std::vector<int64_t>& ids, const std::string& now);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_GUARD_HOLDS_H_
