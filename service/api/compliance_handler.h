// GET /api/v1/compliance/summary and /api/v1/compliance/records for
// auditors and admins (403 for department tokens).
//
// Query: from, to (decision dates, YYYY-MM-DD; default the current year to
// today), department (code), kind (license|penalty), channel
// (portal|credit), format (json|csv); records also status (comma list of
// on_time, late, overdue, at_risk, pending), after (id) and limit
// (1..5000, default 500). Unknown values are 400 with the parameter named.
#ifndef DPFEED_SERVICE_API_COMPLIANCE_HANDLER_H_
#define DPFEED_SERVICE_API_COMPLIANCE_HANDLER_H_

#include "service/api/handler.h"

namespace dpfeed {

void HandleComplianceSummary(HandlerArgs args);
void HandleComplianceRecords(HandlerArgs args);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_COMPLIANCE_HANDLER_H_
