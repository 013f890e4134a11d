// Revoking a decision (撤销: the decision was revoked, changed or held void;
// 撤回: the data was entered in error) and amending a revocation's kind and
// reason afterwards.
//
// Thread-safety: functions take the writer's connection, inside its (group)
// transaction.
// Contract: the reason is stored as written (the original, like the record
// itself); what is published is masked by the publisher. Events never carry
// the reason text.
#ifndef DPFEED_SERVICE_STORE_REVOCATION_REPOSITORY_H_
#define DPFEED_SERVICE_STORE_REVOCATION_REPOSITORY_H_

#include <cstdint>
#include <string>

#include "service/domain/publication_state.h"
#include "service/domain/status.h"
#include "service/store/database.h"

namespace dpfeed {

enum class RevokeOutcome {
  kRevoked,    // an active decision is now revoked
  kAmended,    // a revoked decision's kind or reason changed
  kUnchanged,  // a revoked decision revoked again with the same kind and reason
};

// Revokes the active decision `id` as `kind` with `reason`, or amends the
// kind and reason of a decision already revoked. An amendment of a
// decision whose withdrawal notice is already out withdraws it again, so a
// new withdrawal notice shows the amended wording; one not yet out shows it
// in its first. Conflict when the decision expired or was repaired
// (nothing to amend), NotFound when absent. Appends "decision.revoked" or
// "decision.revocation_amended" with the kinds, never the reason.
Result<RevokeOutcome> RevokeDecision(Database& db, int64_t id, RevocationKind kind,
                                     const std::string& reason, const std::string& now);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_REVOCATION_REPOSITORY_H_
