// Random tokens (OpenSSL's CSPRNG) as lower-case hex: session and CSRF
// tokens, import ids, the planner's token on the notices it writes.
// Thread-safety: pure function (RAND_bytes is thread-safe).
#ifndef DPFEED_SERVICE_STORE_RANDOM_HEX_H_
#define DPFEED_SERVICE_STORE_RANDOM_HEX_H_

#include <cstddef>
#include <string>

#include "service/domain/status.h"

namespace dpfeed {

// `bytes` random bytes as lower-case hex.
Result<std::string> RandomHex(size_t bytes);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_RANDOM_HEX_H_
