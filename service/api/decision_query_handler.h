// GET /api/v1/{licenses|penalties}/{id} and GET /api/v1/{licenses|penalties}
// (list by decision-date range, keyset paging).
//
// Contract: the unmasked record and its version history are visible to the
// owning department, auditors and admins (403 for another department).
// `?view=public` returns, to any valid token and without history, the
// public form: once the decision is in a notice, its record exactly as the
// guarded artifact of its newest notice holds it ("view":"public", with
// "notice_id"; a withdrawn decision's is its withdrawal notice's); before,
// the masked preview of how it will be published ("view":"preview"). The list takes from, to
// (YYYY-MM-DD), department (code; auditors/admins only, departments always see their own), after
// (an id: the `next_after` of the previous page), limit (1..1000, default 100).
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
