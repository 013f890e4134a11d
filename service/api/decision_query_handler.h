// GET /api/v1/{licenses|penalties}/{id} and GET /api/v1/{licenses|penalties}
// (list by decision-date range, keyset paging).
//
// Contract: the unmasked record and its version history are visible to the
// owning department, auditors and admins (403 for another department).
// `?view=public` returns the masked form (as it would be published) to any
// valid token, without history. The list takes from, to (YYYY-MM-DD),
// department (code; auditors/admins only, departments always see their
// own), after (an id: the `next_after` of the previous page), limit
// (1..1000, default 100).
#ifndef DPFEED_SERVICE_API_DECISION_QUERY_HANDLER_H_
#define DPFEED_SERVICE_API_DECISION_QUERY_HANDLER_H_

#include <cstdint>

#include "service/api/handler.h"
#include "service/domain/kind.h"

namespace dpfeed {

void HandleGetDecision(HandlerArgs args, Kind kind, int64_t id);
void HandleListDecisions(HandlerArgs args, Kind kind);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_DECISION_QUERY_HANDLER_H_
