// People who log in to the web console: their login, role, department and
// Argon2id password hash, with the failed-login counter behind the
// lock-out. (Machines use API tokens, token_repository.h.)
//
// Thread-safety: functions take the caller's connection; writes belong on
// the writer's connection.
// Contract: the store never sees a password, only the encoded hash the web
// module computed. Every change appends an event (user.created,
// user.password_reset, user.login, user.login_failed, user.locked,
// user.unlocked, user.disabled) whose detail names the user by id, never by
// a password or hash. A login is unique; a department user has exactly one
// department (InvalidArgument otherwise).
#ifndef DPFEED_SERVICE_STORE_USER_REPOSITORY_H_
#define DPFEED_SERVICE_STORE_USER_REPOSITORY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "service/domain/status.h"
#include "service/store/database.h"
#include "service/store/token_repository.h"

namespace dpfeed {

struct User {
  int64_t id = 0;
  std::string login;
  Role role = Role::kDepartment;
  std::optional<int64_t> department_id;  // set exactly for Role::kDepartment
  std::string password_hash;
  int failed_logins = 0;
  std::optional<std::string> locked_until;
  std::string created_at;
  std::optional<std::string> disabled_at;
};

// Logins are 3-64 characters: ASCII letters, digits, '.', '-', '_'.
bool IsValidLogin(const std::string& login);

// Conflict when the login is taken. `actor_user_id`: who did it (absent for
// the command line).
Result<User> AddUser(Database& db, const std::string& login, Role role,
                     std::optional<int64_t> department_id, const std::string& password_hash,
                     const std::string& now, std::optional<int64_t> actor_user_id);
Result<User> FindUserByLogin(Database& db, const std::string& login);
Result<User> FindUserById(Database& db, int64_t id);
Result<std::vector<User>> ListUsers(Database& db);

// New password hash; clears the failure counter and lock, ends every open
// session of the user. NotFound for an unknown id.
Status SetUserPassword(Database& db, int64_t user_id, const std::string& password_hash,
                       const std::string& now, std::optional<int64_t> actor_user_id);

// A wrong password: counts the failure; at `max_failures` consecutive
// failures the account is locked until `lock_until` (event user.locked).
// Returns whether the account is now locked.
Result<bool> RecordLoginFailure(Database& db, int64_t user_id, int max_failures,
                                const std::string& lock_until, const std::string& now);
// A login attempt for a login that does not exist (event only).
Status RecordUnknownLogin(Database& db, const std::string& now);
// A correct password: clears the counter (event user.login).
Status RecordLoginSuccess(Database& db, int64_t user_id, const std::string& now);
// Clears the failure counter and lock (an administrator's action).
Status UnlockUser(Database& db, int64_t user_id, const std::string& now,
                  std::optional<int64_t> actor_user_id);
// Disables (or re-enables) the account and ends its sessions.
Status SetUserDisabled(Database& db, int64_t user_id, bool disabled, const std::string& now,
                       std::optional<int64_t> actor_user_id);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_USER_REPOSITORY_H_
