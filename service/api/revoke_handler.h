// POST /api/v1/{licenses|penalties}/{id}/revoke, body {"reason": "…",
// "kind": "revoke"|"withdraw"}: the owning department withdraws a decision
// from publication, either because the decision was revoked, changed or
// held void (kind "revoke", 撤销, the default) or because it was entered in
// error (kind "withdraw", 撤回). The record stays in the database (status
// "revoked"); the publisher withdraws it from both channels and the public
// feed within 3 working days, its reason masked like any free text.
// The same call on a decision already revoked amends the kind and reason
// (audit-logged; a withdrawal notice already out is published again with
// the amended wording).
//
// Contract: owning department token only (403 otherwise); reason required
// (1..500 characters), kind one of the two words (400 otherwise); 409 when
// the decision expired or was repaired; the reply ({"id", "status",
// "kind", "outcome": "revoked"|"amended"|"unchanged", "at"}) comes after
// the change is durable.
#ifndef DPFEED_SERVICE_API_REVOKE_HANDLER_H_
#define DPFEED_SERVICE_API_REVOKE_HANDLER_H_

#include <cstdint>

#include "service/api/handler.h"
#include "service/domain/kind.h"

namespace dpfeed {

void HandleRevokeDecision(HandlerArgs args, Kind kind, int64_t id);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_REVOKE_HANDLER_H_
