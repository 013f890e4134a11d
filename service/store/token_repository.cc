#include "service/store/token_repository.h"

#include <openssl/rand.h>

#include "service/store/event_log.h"
#include "service/store/sha256.h"

namespace dpfeed {

namespace {
constexpr const char* kInsert =
    "INSERT INTO tokens (token_hash, prefix, role, department_id, label, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?)";
constexpr const char* kByHash =
    "SELECT id, role, department_id FROM tokens WHERE token_hash = ? AND revoked_at IS NULL";
constexpr const char* kAll =
    "SELECT id, prefix, role, department_id, label, created_at, revoked_at FROM tokens ORDER BY id";
constexpr const char* kRevoke =
    "UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL";
}  // namespace

const char* RoleName(Role role) {
  switch (role) {
    case Role::kDepartment: return "department";
    case Role::kAuditor: return "auditor";
    case Role::kAdmin: return "admin";
  }
  return "department";
}

std::optional<Role> ParseRole(const std::string& name) {
  if (name == "department") return Role::kDepartment;
  if (name == "auditor") return Role::kAuditor;
  if (name == "admin") return Role::kAdmin;
  return std::nullopt;
}

Result<std::string> CreateToken(Database& db, Role role, std::optional<int64_t> department_id,
                                const std::string& label, const std::string& now) {
  if ((role == Role::kDepartment) != department_id.has_value()) {
    return Status::InvalidArgument("a department token needs a department; other roles must not have one");
  }
  unsigned char bytes[32];
  if (RAND_bytes(bytes, sizeof(bytes)) != 1) return Status::IOError("RAND_bytes failed");
  static constexpr char kHex[] = "0123456789abcdef";
  std::string token = "dpf_";
  for (unsigned char b : bytes) {
    token += kHex[b >> 4];
    token += kHex[b & 0xF];
  }
  // A savepoint, not BEGIN: the console calls this inside the writer's
  // transaction, the command line outside any (where it is one).
  Savepoint txn(db);
  if (!txn.begin_status().ok()) return txn.begin_status();
  Status s;
  Statement* st = db.Prepare(kInsert, &s);
  if (st == nullptr) return s;
  st->Bind(1, Sha256Hex(token)).Bind(2, token.substr(0, 12)).Bind(3, RoleName(role));
  if (department_id) st->Bind(4, *department_id); else st->BindNull(4);
  st->Bind(5, label).Bind(6, now);
  s = st->Run();
  if (!s.ok()) return s;
  const int64_t id = db.LastInsertRowId();
  s = AppendEvent(db, {now, "token.created", department_id, std::nullopt,
                       "{\"token_id\":" + std::to_string(id) + ",\"role\":\"" + RoleName(role) + "\"}"});
  if (!s.ok()) return s;
  s = txn.Release();
  if (!s.ok()) return s;
  return token;
}

Result<Principal> Authenticate(Database& db, const std::string& token) {
  if (token.empty() || token.size() > 256) return Status::Unauthorized("invalid token");
  Status s;
  Statement* st = db.Prepare(kByHash, &s);
  if (st == nullptr) return s;
  st->Bind(1, Sha256Hex(token));
  if (!st->Step(&s)) {
    if (!s.ok()) return s;
    return Status::Unauthorized("invalid token");
  }
  Principal p;
  p.token_id = st->ColumnInt(0);
  p.role = ParseRole(st->ColumnText(1)).value_or(Role::kDepartment);
  if (!st->ColumnIsNull(2)) p.department_id = st->ColumnInt(2);
  st->Reset();
  return p;
}

Result<std::vector<TokenInfo>> ListTokens(Database& db) {
  Status s;
  Statement* st = db.Prepare(kAll, &s);
  if (st == nullptr) return s;
  std::vector<TokenInfo> out;
  while (st->Step(&s)) {
    TokenInfo t;
    t.id = st->ColumnInt(0);
    t.prefix = st->ColumnText(1);
    t.role = ParseRole(st->ColumnText(2)).value_or(Role::kDepartment);
    if (!st->ColumnIsNull(3)) t.department_id = st->ColumnInt(3);
    t.label = st->ColumnText(4);
    t.created_at = st->ColumnText(5);
    t.revoked_at = st->ColumnOptionalText(6);
    out.push_back(std::move(t));
  }
  if (!s.ok()) return s;
  return out;
}

Status RevokeToken(Database& db, int64_t token_id, const std::string& now) {
  // A savepoint, not BEGIN: the console calls this inside the writer's
  // transaction, the command line outside any (where it is one).
  Savepoint txn(db);
  if (!txn.begin_status().ok()) return txn.begin_status();
  Status s;
  Statement* st = db.Prepare(kRevoke, &s);
  if (st == nullptr) return s;
  st->Bind(1, now).Bind(2, token_id);
  s = st->Run();
  if (!s.ok()) return s;
  if (db.Changes() == 0) return Status::NotFound("no active token with id " + std::to_string(token_id));
  s = AppendEvent(db, {now, "token.revoked", std::nullopt, std::nullopt,
                       "{\"token_id\":" + std::to_string(token_id) + "}"});
  if (!s.ok()) return s;
  return txn.Release();
}

}  // namespace dpfeed
