// POST /api/v1/{licenses|penalties}/{id}/revoke, body {"reason": "…"}:
// the owning department withdraws a decision that was revoked, changed or
// held void. The record stays in the database (status "revoked"); the
// publisher withdraws it from both channels and the public feed.
//
// Contract: owning department token only (403 otherwise); reason required
// (1..500 characters); 409 when the decision is not active; the reply comes
// after the change is durable.
#ifndef DPFEED_SERVICE_API_REVOKE_HANDLER_H_
#define DPFEED_SERVICE_API_REVOKE_HANDLER_H_

#include <cstdint>

#include "service/api/handler.h"
#include "service/domain/kind.h"

namespace dpfeed {

void HandleRevokeDecision(HandlerArgs args, Kind kind, int64_t id);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_REVOKE_HANDLER_H_
