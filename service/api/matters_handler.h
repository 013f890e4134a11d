// Matter lists (事项清单, issue 10 §4) over HTTP:
//   GET  /api/v1/matters?kind=&department=&as_of=   the matters in effect
//        (department tokens see their own; auditor and admin any department)
//   GET  /api/v1/matters/{id}                        one matter with its full history
//   POST /api/v1/matters                             add, change or cancel one matter:
//        {"action": "add"|"change"|"cancel", "kind": "license"|"penalty",
//         "code": "…", "name": "…", "legal_basis": "…", "agency": "…",
//         "category": "…", "effective_on": "YYYY-MM-DD", "reason": "…"}
//        by a department token (its own list) or an admin token naming
//        "department": "<code>"
//   GET  /api/v1/compliance/matters?from=&to=&department=&kind=&status=&format=csv
//        (auditor, admin) each change with its 20-working-day deadline and state
//   GET  /api/v1/compliance/unlisted-decisions?from=&to=&department=&kind=
//        (auditor, admin) decisions naming a matter not on their list
//
// Contract: bad input is 400 naming the field (Chinese); adding a code in
// effect or changing a cancelled one is 409, changing an unknown one 404;
// a write's reply comes after it is durable, with the change's deadline.
#ifndef DPFEED_SERVICE_API_MATTERS_HANDLER_H_
#define DPFEED_SERVICE_API_MATTERS_HANDLER_H_

#include <cstdint>

#include "service/api/handler.h"

namespace dpfeed {

void HandleListMatters(HandlerArgs args);
void HandleGetMatter(HandlerArgs args, int64_t id);
void HandleChangeMatter(HandlerArgs args);
void HandleMatterCompliance(HandlerArgs args);
void HandleUnlistedDecisions(HandlerArgs args);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_MATTERS_HANDLER_H_
