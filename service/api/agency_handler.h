// Entrusted organisations (受委托组织) of a department, the deciding
// agencies its decisions may name besides itself:
//   GET    /api/v1/departments/{code}/agencies          admin, auditor, the department
//   POST   /api/v1/departments/{code}/agencies          admin: {"name": "…", "uscc": "…"}
//   DELETE /api/v1/departments/{code}/agencies/{uscc}   admin
// Contract: 404 for an unknown department; POST answers 201 with the agency,
// 400 for a name with control characters or a bad USCC, 409 when already
// registered; DELETE answers 200, 404 when not registered. Writes go
// through the writer and are durable before the reply.
#ifndef DPFEED_SERVICE_API_AGENCY_HANDLER_H_
#define DPFEED_SERVICE_API_AGENCY_HANDLER_H_

#include <string>

#include "service/api/handler.h"

namespace dpfeed {

void HandleListAgencies(HandlerArgs args, const std::string& department_code);
void HandleAddAgency(HandlerArgs args, const std::string& department_code);
void HandleRemoveAgency(HandlerArgs args, const std::string& department_code,
                        const std::string& uscc);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_AGENCY_HANDLER_H_
