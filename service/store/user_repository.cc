#include "service/store/user_repository.h"

#include "service/store/event_log.h"
#include "service/store/web_session_repository.h"

namespace dpfeed {

namespace {

constexpr const char* kInsert =
    "INSERT INTO users (login, role, department_id, password_hash, created_at, "
    "password_changed_at) VALUES (?, ?, ?, ?, ?, ?)";
constexpr const char* kByLogin =
    "SELECT id, login, role, department_id, password_hash, failed_logins, locked_until, "
    "created_at, disabled_at FROM users WHERE login = ?";
constexpr const char* kById =
    "SELECT id, login, role, department_id, password_hash, failed_logins, locked_until, "
    "created_at, disabled_at FROM users WHERE id = ?";
constexpr const char* kAll =
    "SELECT id, login, role, department_id, password_hash, failed_logins, locked_until, "
    "created_at, disabled_at FROM users ORDER BY id";
constexpr const char* kSetPassword =
    "UPDATE users SET password_hash = ?, password_changed_at = ?, failed_logins = 0, "
    "locked_until = NULL WHERE id = ?";
constexpr const char* kCountFailure =
    "UPDATE users SET failed_logins = failed_logins + 1 WHERE id = ? RETURNING failed_logins";
constexpr const char* kLock = "UPDATE users SET locked_until = ? WHERE id = ?";
constexpr const char* kClearFailures =
    "UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?";
constexpr const char* kSetDisabled = "UPDATE users SET disabled_at = ? WHERE id = ?";

User ReadUser(const Statement& st) {
  User u;
  u.id = st.ColumnInt(0);
  u.login = st.ColumnText(1);
  u.role = ParseRole(st.ColumnText(2)).value_or(Role::kDepartment);
  if (!st.ColumnIsNull(3)) u.department_id = st.ColumnInt(3);
  u.password_hash = st.ColumnText(4);
  u.failed_logins = static_cast<int>(st.ColumnInt(5));
  u.locked_until = st.ColumnOptionalText(6);
  u.created_at = st.ColumnText(7);
  u.disabled_at = st.ColumnOptionalText(8);
  return u;
}

Result<User> FindOne(Database& db, const char* sql, const auto& key) {
  Status s;
  Statement* st = db.Prepare(sql, &s);
  if (st == nullptr) return s;
  st->Bind(1, key);
  if (st->Step(&s)) {
    User u = ReadUser(*st);
    st->Reset();
    return u;
  }
  if (!s.ok()) return s;
  return Status::NotFound("no such user");
}

std::string Detail(int64_t user_id, std::optional<int64_t> actor) {
  std::string d = "{\"user_id\":" + std::to_string(user_id);
  if (actor) d += ",\"by_user_id\":" + std::to_string(*actor);
  return d + "}";
}

// Appends a user event in the user's department (if any).
Status UserEvent(Database& db, const std::string& type, int64_t user_id,
                 std::optional<int64_t> actor, const std::string& now) {
  auto u = FindUserById(db, user_id);
  if (!u.ok()) return u.status();
  return AppendEvent(db, {now, type, u->department_id, std::nullopt, Detail(user_id, actor)});
}

// Runs an UPDATE on one user id; NotFound when no row changed.
Status UpdateOne(Database& db, const char* sql, int64_t user_id, auto&&... leading) {
  Status s;
  Statement* st = db.Prepare(sql, &s);
  if (st == nullptr) return s;
  int i = 1;
  ((st->Bind(i++, leading)), ...);
  st->Bind(i, user_id);
  s = st->Run();
  if (!s.ok()) return s;
  if (db.Changes() == 0) return Status::NotFound("no user with id " + std::to_string(user_id));
  return Status::Ok();
}

}  // namespace

bool IsValidLogin(const std::string& login) {
  if (login.size() < 3 || login.size() > 64) return false;
  for (char c : login) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

Result<User> AddUser(Database& db, const std::string& login, Role role,
                     std::optional<int64_t> department_id, const std::string& password_hash,
                     const std::string& now, std::optional<int64_t> actor_user_id) {
  if (!IsValidLogin(login)) {
    return Status::InvalidArgument("登录名应为3到64个字母、数字、'.'、'-' 或 '_'");
  }
  if ((role == Role::kDepartment) != department_id.has_value()) {
    return Status::InvalidArgument("部门用户必须指定部门；审计和管理员用户不属于部门");
  }
  if (auto existing = FindUserByLogin(db, login); existing.ok()) {
    return Status::Conflict("登录名已存在：" + login);
  }
  Status s;
  Statement* st = db.Prepare(kInsert, &s);
  if (st == nullptr) return s;
  st->Bind(1, login).Bind(2, RoleName(role));
  if (department_id)
    st->Bind(3, *department_id);
  else
    st->BindNull(3);
  st->Bind(4, password_hash).Bind(5, now).Bind(6, now);
  s = st->Run();
  if (!s.ok()) return s;
  const int64_t id = db.LastInsertRowId();
  s = AppendEvent(
      db,
      {now, "user.created", department_id, std::nullopt,
       "{\"user_id\":" + std::to_string(id) + ",\"role\":\"" + RoleName(role) + "\"" +
           (actor_user_id ? ",\"by_user_id\":" + std::to_string(*actor_user_id) : std::string()) +
           "}"});
  if (!s.ok()) return s;
  return FindUserById(db, id);
}

Result<User> FindUserByLogin(Database& db, const std::string& login) {
  return FindOne(db, kByLogin, login);
}

Result<User> FindUserById(Database& db, int64_t id) { return FindOne(db, kById, id); }

Result<std::vector<User>> ListUsers(Database& db) {
  Status s;
  Statement* st = db.Prepare(kAll, &s);
  if (st == nullptr) return s;
  std::vector<User> out;
  while (st->Step(&s)) out.push_back(ReadUser(*st));
  if (!s.ok()) return s;
  return out;
}

Status SetUserPassword(Database& db, int64_t user_id, const std::string& password_hash,
                       const std::string& now, std::optional<int64_t> actor_user_id) {
  Status s = UpdateOne(db, kSetPassword, user_id, password_hash, now);
  if (!s.ok()) return s;
  s = EndUserSessions(db, user_id, now);
  if (!s.ok()) return s;
  return UserEvent(db, "user.password_reset", user_id, actor_user_id, now);
}

Result<bool> RecordLoginFailure(Database& db, int64_t user_id, int max_failures,
                                const std::string& lock_until, const std::string& now) {
  Status s;
  Statement* st = db.Prepare(kCountFailure, &s);
  if (st == nullptr) return s;
  st->Bind(1, user_id);
  if (!st->Step(&s)) {
    if (!s.ok()) return s;
    return Status::NotFound("no user with id " + std::to_string(user_id));
  }
  const int64_t failures = st->ColumnInt(0);
  st->Reset();
  s = UserEvent(db, "user.login_failed", user_id, std::nullopt, now);
  if (!s.ok()) return s;
  if (failures < max_failures) return false;
  s = UpdateOne(db, kLock, user_id, lock_until);
  if (!s.ok()) return s;
  s = UserEvent(db, "user.locked", user_id, std::nullopt, now);
  if (!s.ok()) return s;
  return true;
}

Status RecordUnknownLogin(Database& db, const std::string& now) {
  return AppendEvent(
      db, {now, "user.login_failed", std::nullopt, std::nullopt, "{\"unknown_login\":true}"});
}

Status RecordLoginSuccess(Database& db, int64_t user_id, const std::string& now) {
  Status s = UpdateOne(db, kClearFailures, user_id);
  if (!s.ok()) return s;
  return UserEvent(db, "user.login", user_id, std::nullopt, now);
}

Status UnlockUser(Database& db, int64_t user_id, const std::string& now,
                  std::optional<int64_t> actor_user_id) {
  Status s = UpdateOne(db, kClearFailures, user_id);
  if (!s.ok()) return s;
  return UserEvent(db, "user.unlocked", user_id, actor_user_id, now);
}

Status SetUserDisabled(Database& db, int64_t user_id, bool disabled, const std::string& now,
                       std::optional<int64_t> actor_user_id) {
  Status s = UpdateOne(db, kSetDisabled, user_id,
                       disabled ? std::optional<std::string>(now) : std::optional<std::string>());
  if (!s.ok()) return s;
  if (disabled) {
    s = EndUserSessions(db, user_id, now);
    if (!s.ok()) return s;
  }
  return UserEvent(db, disabled ? "user.disabled" : "user.enabled", user_id, actor_user_id, now);
}

}  // namespace dpfeed
