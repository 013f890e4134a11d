// Browser sessions of the web console. A session is known by the SHA-256
// of its cookie value only (like API tokens): a copy of the database does
// not let anyone log in.
//
// Thread-safety: functions take the caller's connection; writes belong on
// the writer's connection.
// Contract: FindSession returns an open session (not ended) with its user;
// the caller decides about idle timeouts from last_seen_at. Ending a
// session appends an event (user.logout, session.expired) naming the user
// by id.
#ifndef DPFEED_SERVICE_STORE_WEB_SESSION_REPOSITORY_H_
#define DPFEED_SERVICE_STORE_WEB_SESSION_REPOSITORY_H_

#include <cstdint>
#include <optional>
#include <string>

#include "service/domain/status.h"
#include "service/store/database.h"
#include "service/store/user_repository.h"

namespace dpfeed {

struct WebSession {
  int64_t id = 0;
  std::string created_at;
  std::string last_seen_at;
  User user;
};

// `session_hash`: hex SHA-256 of the cookie value.
Result<int64_t> CreateSession(Database& db, int64_t user_id, const std::string& session_hash,
                              const std::string& now);
// NotFound unless an open session has this hash.
Result<WebSession> FindSession(Database& db, const std::string& session_hash);
Status TouchSession(Database& db, int64_t session_id, const std::string& now);
// `event_type`: "user.logout" or "session.expired". NotFound when not open.
Status EndSession(Database& db, int64_t session_id, const std::string& event_type,
                  const std::string& now);
// Ends every open session of a user (password reset, disabling).
Status EndUserSessions(Database& db, int64_t user_id, const std::string& now);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_WEB_SESSION_REPOSITORY_H_
