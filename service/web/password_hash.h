// Passwords of console users: Argon2id (libargon2, RFC 9106) with a random
// salt, stored as the library's encoded string, which carries its own cost
// parameters so they can be raised later without breaking old hashes.
//
// Thread-safety: pure functions (RAND_bytes is thread-safe).
// Contract: HashPassword fails only when the system's random source or the
// library fails (IOError). VerifyPassword is false for a wrong password and
// for anything that is not an Argon2id encoded string. Checking a password
// costs about as much as hashing it (tens of milliseconds at the default
// cost): call it on a reader thread, never on an io thread.
#ifndef DPFEED_SERVICE_WEB_PASSWORD_HASH_H_
#define DPFEED_SERVICE_WEB_PASSWORD_HASH_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "service/domain/status.h"

namespace dpfeed {

// OWASP's Argon2id minimum: 19 MiB, 2 passes, 1 lane.
struct PasswordCost {
  uint32_t t_cost = 2;          // passes (default 2)
  uint32_t m_cost_kib = 19456;  // memory in KiB (default 19 MiB)
  uint32_t parallelism = 1;     // lanes (default 1)
};

Result<std::string> HashPassword(std::string_view password, const PasswordCost& cost = {});
bool VerifyPassword(const std::string& encoded, std::string_view password);

// At least 10 characters and not the login itself; the reason in Chinese.
Status CheckPasswordRules(std::string_view password, std::string_view login);

// 16 characters from letters and digits without look-alikes (0/O, 1/l/I).
Result<std::string> RandomPassword();

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_WEB_PASSWORD_HASH_H_
