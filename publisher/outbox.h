// The outbox worker: sends due deliveries to their channel's sink and
// records each outcome durably (DOMAIN.md §1, channels).
//
// Portal first: a notice's credit delivery becomes due only when the portal
// acknowledged it (the store releases it). For a file sink the portal gets
// two files (<key>.html and <key>.json); an HTTP sink gets one POST of
// {"notice": <portal JSON>, "html": "<page>"} (portal) or the credit JSON,
// with the delivery's stable Idempotency-Key. A 2xx acknowledges; 408, 429,
// 5xx and transport errors are retried on the retry schedule (seconds, then
// minutes, then hours, for at least 7 days; Retry-After honoured); other
// statuses fail the delivery permanently and raise an alert (error log).
//
// Thread-safety: DeliverDue is called from one thread at a time.
#ifndef DPFEED_PUBLISHER_OUTBOX_H_
#define DPFEED_PUBLISHER_OUTBOX_H_

#include <chrono>
#include <functional>
#include <string>

#include "publisher/sink.h"
#include "publisher/write_fn.h"
#include "service/domain/status.h"
#include "service/store/artifact_store.h"
#include "service/store/database.h"

namespace dpfeed {

struct DeliverySummary {
  int attempted = 0;
  int acknowledged = 0;
  int retrying = 0;
  int failed = 0;  // permanent failures and exhausted retries
};

class Outbox {
 public:
  // `portal_files` / `credit_files`: whether that channel's sink is a file
  // sink (two files for the portal) rather than HTTP.
  // The notice's bytes are read from `artifacts`, which outlives the outbox.
  Outbox(Sink& portal, bool portal_files, Sink& credit, bool credit_files,
         const ArtifactStore& artifacts);

  // Sends every delivery due at `now` (re-reading after each pass so a
  // portal acknowledgement releases its credit delivery in the same call),
  // at most `max_attempts` sends.
  Result<DeliverySummary> DeliverDue(Database& read_db, const WriteFn& write,
                                     std::chrono::system_clock::time_point now,
                                     int max_attempts = 10000);

 private:
  Sink& portal_;
  bool portal_files_;
  Sink& credit_;
  bool credit_files_;
  const ArtifactStore& artifacts_;
};

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_OUTBOX_H_
