// The delivery outbox: one delivery per notice and channel, what each
// channel acknowledged, and the retry state of the rest.
//
// Thread-safety: functions take the caller's connection; writes belong on
// the writer's connection (inside its transaction), reads on any.
// Contract: a delivery moves waiting -> pending -> acknowledged, or
// pending -> failed; an admin retry puts a failed or retrying delivery back
// to pending, due now, with a fresh retry schedule. Recording an outcome is
// idempotent, so two processes delivering the same notice (the daemon and
// `dpfeed publish` beside it) never leave an error behind: a second
// acknowledgement, or a retry or failure recorded after an acknowledgement,
// changes nothing and is Ok. An acknowledgement writes the delivery's row
// (its time is each decision's first publication on that channel unless
// an earlier notice was acknowledged first: publication_stamps.h) and
// releases the notice's credit delivery (portal first).
#ifndef DPFEED_SERVICE_STORE_DELIVERY_REPOSITORY_H_
#define DPFEED_SERVICE_STORE_DELIVERY_REPOSITORY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "service/domain/kind.h"
#include "service/domain/publication_state.h"
#include "service/domain/status.h"
#include "service/store/database.h"
#include "service/store/notice_repository.h"

namespace dpfeed {

struct DeliveryRow {
  int64_t id = 0;
  int64_t notice_id = 0;
  Channel channel = Channel::kPortal;
  DeliveryState state = DeliveryState::kPending;
  std::string idempotency_key;
  int attempts = 0;                             // attempts in the current retry schedule
  std::optional<std::string> first_attempt_at;  // start of the current retry schedule
  std::string next_attempt_at;
  std::string last_error;
  int last_status = 0;
  std::optional<std::string> acknowledged_at;
};

// A due delivery with what sending it needs from its notice.
struct DueDelivery {
  DeliveryRow delivery;
  NoticeArtifacts artifacts;
  std::string department_code;
  Kind kind = Kind::kLicense;
  NoticeType type = NoticeType::kRegular;
  std::string period_from, period_to;
};

// Pending deliveries of `channel` due at `now`, oldest due first.
Result<std::vector<DueDelivery>> DueDeliveries(Database& db, Channel channel,
                                               const std::string& now, int limit);
// By state (all when absent), newest first.
Result<std::vector<DeliveryRow>> ListDeliveries(Database& db, std::optional<DeliveryState> state,
                                                int limit);
Result<DeliveryRow> GetDelivery(Database& db, int64_t id);

Status RecordAcknowledged(Database& db, int64_t delivery_id, int http_status,
                          const std::string& now);
Status RecordRetry(Database& db, int64_t delivery_id, int http_status, const std::string& error,
                   const std::string& next_attempt_at, const std::string& now);
Status RecordFailed(Database& db, int64_t delivery_id, int http_status, const std::string& error,
                    const std::string& now);

// An admin retry: a failed delivery, or a pending one waiting for its next
// attempt, becomes due now with a fresh retry schedule. Conflict for a
// delivery acknowledged already or still waiting for its portal delivery;
// NotFound when there is no such delivery.
Status RequeueDelivery(Database& db, int64_t delivery_id, const std::string& now);
// The ids an admin's "retry all" requeues: failed deliveries and pending
// ones that failed at least once.
Result<std::vector<int64_t>> RetryableDeliveryIds(Database& db);

// Decisions with deadline <= `deadline_limit`, not yet acknowledged on
// `channel`, whose delivery on that channel has failed or is retrying.
Result<int> CountAtRiskOnFailingChannel(Database& db, Channel channel,
                                        const std::string& deadline_limit);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_DELIVERY_REPOSITORY_H_
