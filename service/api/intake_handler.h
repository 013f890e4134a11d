// POST /api/v1/licenses and /api/v1/penalties: departments submit one
// decision record (a JSON object) or a batch (an array of up to 1,000).
//
// Contract: only department tokens may submit (403 otherwise). The body is
// read by ParseJsonBody (415, 400 and 422 cases there). A field of the
// wrong type, an unknown field or a batch over the limit is 400; a record
// naming another department as data source or deciding agency is 403;
// records failing the standard's rules, or two records with one 文书号, are
// 422; a 文书号 already stored with another party (XDR_MC or XDR_SHXYM) is
// 409 naming both, unless the request says ?correct_party=true. Every
// problem is listed per record index; in every error case nothing is stored
// (all or nothing). Otherwise the records are stored in one savepoint of the
// writer's group commit and the reply comes after COMMIT: 201 when anything
// was created or corrected, 200 when every record was already stored
// unchanged; per record: index, id, version, outcome, received_at, deadline,
// deadline_provisional, party_changed (when true) and any warnings.
#ifndef DPFEED_SERVICE_API_INTAKE_HANDLER_H_
#define DPFEED_SERVICE_API_INTAKE_HANDLER_H_

#include "service/api/handler.h"
#include "service/domain/kind.h"

namespace dpfeed {

inline constexpr size_t kMaxRecordsPerRequest = 1000;

void HandleSubmitDecisions(HandlerArgs args, Kind kind);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_INTAKE_HANDLER_H_
