// SHA-256 (OpenSSL) as lower-case hex (token hashes and content hashes)
// or base64 (CSP hashes).
// Thread-safety: pure function.
#ifndef DPFEED_SERVICE_STORE_SHA256_H_
#define DPFEED_SERVICE_STORE_SHA256_H_

#include <string>
#include <string_view>

namespace dpfeed {

std::string Sha256Hex(std::string_view data);
// The digest in standard base64 (a Content-Security-Policy source hash).
std::string Sha256Base64(std::string_view data);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_SHA256_H_
