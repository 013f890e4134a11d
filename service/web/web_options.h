// Settings of the web console, from the daemon's configuration.
//
// Thread-safety: a value type, read-only after start.
#ifndef DPFEED_SERVICE_WEB_WEB_OPTIONS_H_
#define DPFEED_SERVICE_WEB_WEB_OPTIONS_H_

#include <chrono>
#include <string>

namespace dpfeed {

struct WebOptions {
  std::chrono::minutes idle_timeout{30};   // a session unused this long ends (default 30 min)
  std::chrono::hours max_session_age{12};  // and every session ends after (default 12 h)
  int max_failed_logins = 5;               // consecutive failures before the lock (default 5)
  std::chrono::minutes lockout{15};        // how long the lock lasts (default 15 min)
  std::string public_base_url;             // "https://..." makes cookies Secure (default none)
  std::string jurisdiction;                // e.g. "安丘市" (default none)
};

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_WEB_WEB_OPTIONS_H_
