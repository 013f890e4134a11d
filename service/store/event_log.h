// The append-only event log: every submission, correction, revocation,
// publication and delivery is recorded here and never changed (triggers in
// sql/001_intake.sql refuse UPDATE and DELETE).
//
// Thread-safety: use on the writer's connection, inside its transaction.
#ifndef DPFEED_SERVICE_STORE_EVENT_LOG_H_
#define DPFEED_SERVICE_STORE_EVENT_LOG_H_

#include <cstdint>
#include <optional>
#include <string>

#include "service/domain/status.h"
#include "service/store/database.h"

namespace dpfeed {

struct Event {
  std::string at;                       // Shanghai timestamp
  std::string type;                     // e.g. "decision.submitted"
  std::optional<int64_t> department_id;
  std::optional<int64_t> decision_id;
  std::string detail = "{}";            // JSON object; never personal data
};

Status AppendEvent(Database& db, const Event& event);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_EVENT_LOG_H_
