// POST /api/v1/penalties/{id}/repair, body {"reference": "…", "date":
// "YYYY-MM-DD"}: credit repair (信用修复) of a penalty ends its display
// early; the publisher withdraws it from both channels and the public feed
// as for a revocation (issue 10 §3).
//
// Contract: admin or the owning department (403 otherwise); reference
// 1..128 characters and a date not in the future (400); 400 too when the date
// is before the end of the severity's minimum display period, with the date
// repair becomes possible; 409 when the penalty is not active; the reply
// comes after the change is durable.
#ifndef DPFEED_SERVICE_API_REPAIR_HANDLER_H_
#define DPFEED_SERVICE_API_REPAIR_HANDLER_H_

#include <cstdint>

#include "service/api/handler.h"

namespace dpfeed {

void HandleCreditRepair(HandlerArgs args, int64_t id);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_REPAIR_HANDLER_H_
