// A sink that POSTs each delivery to an HTTP or HTTPS endpoint:
//   - HTTPS verifies the receiver's certificate chain and host name (the
//     system trust store, plus `ca_file` if given);
//   - `Authorization: Bearer <token>` when a token is configured;
//   - `Idempotency-Key: <key>`, the same on every retry of a delivery;
//   - Standard Webhooks signature headers: webhook-id (the key),
//     webhook-timestamp (Unix seconds) and webhook-signature
//     "v1,<base64 HMAC-SHA256(secret, id.timestamp.body)>" when a secret is
//     configured.
// 2xx acknowledges; 408, 429 and 5xx (with Retry-After), timeouts and
// network errors are retryable; any other status is permanent.
//
// Thread-safety: see Sink. Each Deliver opens its own connection, bounded
// by `timeout` for the whole exchange.
#ifndef DPFEED_PUBLISHER_HTTP_SINK_H_
#define DPFEED_PUBLISHER_HTTP_SINK_H_

#include <chrono>
#include <memory>
#include <string>

#include "publisher/sink.h"
#include "service/domain/status.h"

namespace dpfeed {

struct HttpSinkOptions {
  std::string url;                   // http://host[:port]/path or https://...
  std::string token;                 // bearer token (default none)
  std::string secret;                // HMAC secret for webhook-signature (default none)
  std::chrono::seconds timeout{30};  // whole exchange (default 30 s)
  std::string ca_file;               // extra trusted CA bundle (default none)
};

class HttpSink : public Sink {
 public:
  // Fails with InvalidArgument on a malformed URL or an unreadable ca_file.
  static Result<std::unique_ptr<HttpSink>> Create(const HttpSinkOptions& options);
  ~HttpSink() override;

  DeliveryOutcome Deliver(const DeliveryRequest& request) override;
  std::string Describe() const override { return options_.url; }

 private:
  struct Impl;
  HttpSink(HttpSinkOptions options, std::unique_ptr<Impl> impl);
  HttpSinkOptions options_;
  std::unique_ptr<Impl> impl_;
};

// Standard Webhooks signature value ("v1,<base64>") of id.timestamp.body.
std::string WebhookSignature(const std::string& secret, const std::string& id,
                             const std::string& timestamp, const std::string& body);

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_HTTP_SINK_H_
