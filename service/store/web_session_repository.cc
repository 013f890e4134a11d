#include "service/store/web_session_repository.h"

#include "service/store/event_log.h"

namespace dpfeed {

namespace {

constexpr const char* kInsert =
    "INSERT INTO web_sessions (session_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, "
    "?)";
constexpr const char* kFind =
    "SELECT s.id, s.created_at, s.last_seen_at, s.user_id FROM web_sessions s "
    "WHERE s.session_hash = ? AND s.ended_at IS NULL";
constexpr const char* kTouch =
    "UPDATE web_sessions SET last_seen_at = ? WHERE id = ? AND ended_at IS NULL";
constexpr const char* kEnd =
    "UPDATE web_sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL RETURNING user_id";
constexpr const char* kEndAll =
    "UPDATE web_sessions SET ended_at = ? WHERE user_id = ? AND ended_at IS NULL";

}  // namespace

Result<int64_t> CreateSession(Database& db, int64_t user_id, const std::string& session_hash,
                              const std::string& now) {
  Status s;
  Statement* st = db.Prepare(kInsert, &s);
  if (st == nullptr) return s;
  st->Bind(1, session_hash).Bind(2, user_id).Bind(3, now).Bind(4, now);
  s = st->Run();
  if (!s.ok()) return s;
  return db.LastInsertRowId();
}

Result<WebSession> FindSession(Database& db, const std::string& session_hash) {
  Status s;
  Statement* st = db.Prepare(kFind, &s);
  if (st == nullptr) return s;
  st->Bind(1, session_hash);
  if (!st->Step(&s)) {
    if (!s.ok()) return s;
    return Status::NotFound("no open session");
  }
  WebSession w;
  w.id = st->ColumnInt(0);
  w.created_at = st->ColumnText(1);
  w.last_seen_at = st->ColumnText(2);
  const int64_t user_id = st->ColumnInt(3);
  st->Reset();
  auto user = FindUserById(db, user_id);
  if (!user.ok()) return user.status();
  w.user = std::move(user.value());
  return w;
}

Status TouchSession(Database& db, int64_t session_id, const std::string& now) {
  Status s;
  Statement* st = db.Prepare(kTouch, &s);
  if (st == nullptr) return s;
  st->Bind(1, now).Bind(2, session_id);
  return st->Run();
}

Status EndSession(Database& db, int64_t session_id, const std::string& event_type,
                  const std::string& now) {
  Status s;
  Statement* st = db.Prepare(kEnd, &s);
  if (st == nullptr) return s;
  st->Bind(1, now).Bind(2, session_id);
  if (!st->Step(&s)) {
    if (!s.ok()) return s;
    return Status::NotFound("no open session " + std::to_string(session_id));
  }
  const int64_t user_id = st->ColumnInt(0);
  st->Reset();
  auto user = FindUserById(db, user_id);
  if (!user.ok()) return user.status();
  return AppendEvent(db, {now, event_type, user->department_id, std::nullopt,
                          "{\"user_id\":" + std::to_string(user_id) +
                              ",\"session_id\":" + std::to_string(session_id) + "}"});
}

Status EndUserSessions(Database& db, int64_t user_id, const std::string& now) {
  Status s;
  Statement* st = db.Prepare(kEndAll, &s);
  if (st == nullptr) return s;
  st->Bind(1, now).Bind(2, user_id);
  return st->Run();
}

}  // namespace dpfeed
