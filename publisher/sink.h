// Where a delivery goes: the portal or the credit website, behind one
// interface so the outbox does not care whether it is a directory or an
// HTTP endpoint, and tests can point a sink at a real local receiver.
//
// Thread-safety: Deliver may be called from several delivery threads at
// once (up to Parallelism() of them are useful).
// Contract: Deliver never throws; every failure is reported as an outcome
// that says whether trying again can help.
#ifndef DPFEED_PUBLISHER_SINK_H_
#define DPFEED_PUBLISHER_SINK_H_

#include <chrono>
#include <optional>
#include <string>

namespace dpfeed {

struct DeliveryRequest {
  std::string channel;          // "portal" or "credit"
  std::string idempotency_key;  // stable across retries of one delivery
  // File name for a file sink: what it holds and its content hash,
  // "<department>_<kind>_<from>_<to>_<type>_<channel>_<sha256>.html".
  std::string name;
  std::string content_type;  // e.g. "application/json; charset=utf-8"
  std::string body;          // the bytes, unless source_path is given
  // The artifact file holding the bytes: a file sink links it rather than
  // copying it (then `body` may be empty).
  std::string source_path;
};

enum class DeliveryOutcomeKind {
  kAcknowledged,  // stored by the receiver (2xx, or the file is durable)
  kRetryable,     // 408, 429, 5xx, timeouts, network and disk errors
  kPermanent,     // any other refusal: retrying the same bytes cannot help
};

struct DeliveryOutcome {
  DeliveryOutcomeKind kind = DeliveryOutcomeKind::kRetryable;
  int http_status = 0;                              // 0 when there was no HTTP response
  std::optional<std::chrono::seconds> retry_after;  // from a Retry-After header
  std::string detail;  // for operators: what went wrong (no record content)
};

class Sink {
 public:
  virtual ~Sink() = default;
  virtual DeliveryOutcome Deliver(const DeliveryRequest& request) = 0;
  // "file:/path" or "http://host:port/path", for logs and the admin API.
  virtual std::string Describe() const = 0;
  // How many deliveries are worth sending at once (connections, disks).
  virtual int Parallelism() const { return 2; }
};

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_SINK_H_
