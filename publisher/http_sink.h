// A sink that POSTs each delivery to an HTTP or HTTPS endpoint:
//   - HTTPS verifies the receiver's certificate chain and host name (the
//     system trust store, plus `ca_file` if given);
//   - `Host: host[:port]` (the port whenever it is not the scheme's default);
//   - `Authorization: Bearer <token>` when a token is configured;
//   - `Idempotency-Key: <key>`, the same on every retry of a delivery;
//   - Standard Webhooks headers when a secret is configured: webhook-id (the
//     key), webhook-timestamp (Unix seconds) and webhook-signature (see
//     webhook_signature.h; a "whsec_…" secret is base64-decoded).
// 2xx acknowledges; 408, 429 and 5xx (with Retry-After), timeouts and
// network errors are retryable; any other status is permanent.
//
// Connections are kept alive and reused: up to `connections` at once, each
// used by one delivery at a time. A delivery that finds a kept-alive
// connection closed by the receiver before any response arrived is sent
// again once on a new connection (safe: the Idempotency-Key is the same).
// Every step of an exchange, name resolution included, is bounded by
// `timeout` from the start of the delivery.
//
// Thread-safety: Deliver may be called from many threads at once; beyond
// `connections` concurrent calls, callers wait for a free connection.
#ifndef DPFEED_PUBLISHER_HTTP_SINK_H_
#define DPFEED_PUBLISHER_HTTP_SINK_H_

#include <chrono>
#include <memory>
#include <string>

#include "publisher/deadline_resolver.h"
#include "publisher/sink.h"
#include "service/domain/status.h"

namespace dpfeed {

struct HttpSinkOptions {
  std::string url;                   // http://host[:port]/path or https://...
  std::string token;                 // bearer token (default none)
  std::string secret;                // webhook signing secret, "whsec_<base64>" (default none)
  std::chrono::seconds timeout{30};  // whole exchange (default 30 s)
  std::string ca_file;               // extra trusted CA bundle (default none)
  int connections = 4;               // kept-alive connections at most (default 4)
  BlockingResolve resolve = SystemResolve;  // name lookup (tests put a slow one here)
};

class HttpSink : public Sink {
 public:
  // Fails with InvalidArgument on a malformed URL, a "whsec_" secret that
  // is not base64, or an unreadable ca_file.
  static Result<std::unique_ptr<HttpSink>> Create(const HttpSinkOptions& options);
  ~HttpSink() override;

  DeliveryOutcome Deliver(const DeliveryRequest& request) override;
  std::string Describe() const override { return options_.url; }
  int Parallelism() const override { return options_.connections; }

 private:
  struct Impl;
  HttpSink(HttpSinkOptions options, std::unique_ptr<Impl> impl);
  HttpSinkOptions options_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_HTTP_SINK_H_
