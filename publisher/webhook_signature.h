// Standard Webhooks signatures (https://www.standardwebhooks.com/): the
// signed content is "<webhook-id>.<webhook-timestamp>.<body>", the
// signature "v1,<base64 HMAC-SHA256(key, signed content)>".
//
// The key: a secret written "whsec_<base64>" (the form the standard's
// libraries and receivers use) is the base64-decoded bytes after the
// prefix; any other secret is used as its own bytes (a plain shared secret
// for receivers that verify with it as given).
//
// Thread-safety: pure functions.
#ifndef DPFEED_PUBLISHER_WEBHOOK_SIGNATURE_H_
#define DPFEED_PUBLISHER_WEBHOOK_SIGNATURE_H_

#include <string>
#include <string_view>

#include "service/domain/status.h"

namespace dpfeed {

// The HMAC key of `secret`; InvalidArgument when a "whsec_" secret is not
// valid base64 or decodes to nothing.
Result<std::string> WebhookKey(std::string_view secret);

// "v1,<base64>" over id.timestamp.body with the key (WebhookKey's result).
std::string WebhookSignature(std::string_view key, std::string_view id, std::string_view timestamp,
                             std::string_view body);

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_WEBHOOK_SIGNATURE_H_
