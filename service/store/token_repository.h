// API tokens: who is calling and what they may do.
//
// Thread-safety: functions take the caller's connection.
// Contract: a token is 32 random bytes (OpenSSL RAND_bytes) shown once as
// "dpf_" + 64 hex characters; only its SHA-256 is stored. Authenticate()
// hashes the presented token and looks the hash up; revoked tokens and
// unknown tokens are both Unauthorized (the reply does not say which).
#ifndef DPFEED_SERVICE_STORE_TOKEN_REPOSITORY_H_
#define DPFEED_SERVICE_STORE_TOKEN_REPOSITORY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "service/domain/status.h"
#include "service/store/database.h"

namespace dpfeed {

enum class Role { kDepartment, kAuditor, kAdmin };
const char* RoleName(Role role);
std::optional<Role> ParseRole(const std::string& name);

// The authenticated caller of a request.
struct Principal {
  int64_t token_id = 0;
  Role role = Role::kDepartment;
  std::optional<int64_t> department_id;  // set exactly for Role::kDepartment
};

struct TokenInfo {
  int64_t id = 0;
  std::string prefix;  // "dpf_" and the first 8 hex characters
  Role role = Role::kDepartment;
  std::optional<int64_t> department_id;
  std::string label;
  std::string created_at;
  std::optional<std::string> revoked_at;
};

// Returns the new token's secret text; it is not recoverable afterwards.
// REQUIRES: department_id set iff role == kDepartment (else InvalidArgument).
Result<std::string> CreateToken(Database& db, Role role, std::optional<int64_t> department_id,
                                const std::string& label, const std::string& now);
Result<Principal> Authenticate(Database& db, const std::string& token);
Result<std::vector<TokenInfo>> ListTokens(Database& db);
// NotFound when no unrevoked token has that id.
Status RevokeToken(Database& db, int64_t token_id, const std::string& now);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_TOKEN_REPOSITORY_H_
