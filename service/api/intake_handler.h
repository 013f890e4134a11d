// POST /api/v1/licenses and /api/v1/penalties: departments submit one
// decision record (a JSON object) or a batch (an array of up to 1,000).
//
// Contract: only department tokens may submit (403 otherwise). The body is
// parsed with UTF-8 validation; a malformed body, a field of the wrong type
// or a batch over the limit is 400; records failing the standard's rules
// are 422 with every problem listed per record index; a record naming
// another department's data-source code is 403. In every error case nothing
// is stored (all or nothing). Otherwise the records are stored in one
// savepoint of the writer's group commit and the reply comes after COMMIT:
// 201 when anything was created or corrected, 200 when every record was
// already stored unchanged; per record: index, id, version, outcome,
// received_at, deadline, deadline_provisional and any warnings.
#ifndef DPFEED_SERVICE_API_INTAKE_HANDLER_H_
#define DPFEED_SERVICE_API_INTAKE_HANDLER_H_

#include "service/api/handler.h"
#include "service/domain/kind.h"

namespace dpfeed {

inline constexpr size_t kMaxRecordsPerRequest = 1000;

void HandleSubmitDecisions(HandlerArgs args, Kind kind);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_INTAKE_HANDLER_H_
