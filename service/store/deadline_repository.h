// Stored deadlines and the calendar state they were computed with, so a
// changed calendar year can be detected and its deadlines recomputed.
//
// Thread-safety: use on the writer's connection (or a CLI's own).
#ifndef DPFEED_SERVICE_STORE_DEADLINE_REPOSITORY_H_
#define DPFEED_SERVICE_STORE_DEADLINE_REPOSITORY_H_

#include <cstdint>
#include <functional>
#include <map>
#include <string>

#include "service/domain/status.h"
#include "service/store/database.h"

namespace dpfeed {

// year -> fingerprint of the calendar data last used for it.
Result<std::map<int, std::string>> LoadCalendarFingerprints(Database& db);
Status SaveCalendarFingerprint(Database& db, int year, const std::string& fingerprint);

struct StoredDeadline {
  int64_t id = 0;
  std::string decision_date;
  std::string deadline;
  bool provisional = false;
};
// Every decision with decision_date in [from, to].
Status ForEachDeadline(Database& db, const std::string& from, const std::string& to,
                       const std::function<void(const StoredDeadline&)>& fn);
Status UpdateDeadline(Database& db, int64_t id, const std::string& deadline, bool provisional);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_DEADLINE_REPOSITORY_H_
