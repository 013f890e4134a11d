// Logging to stderr, one line per event: plain text by default
// ("2026-11-23T10:14:36.123+08:00 INFO message key=value"), or whatever the
// installed sink writes (the daemon's JSON lines: time, level, event,
// message, fields). Timestamps are Asia/Shanghai (+08:00), like the API's.
//
// Thread-safety: lines from different threads never interleave; install the
// sink before starting threads.
// Contract: callers never pass personal data (names, ID numbers, record
// content) in a message or a field; identify records by id, department code
// and WSH at most.
#ifndef DPFEED_SERVICE_DOMAIN_LOG_H_
#define DPFEED_SERVICE_DOMAIN_LOG_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dpfeed {

enum class LogLevel { kInfo, kWarning, kError };
const char* LogLevelName(LogLevel level);  // "info", "warn", "error"

struct LogField {
  std::string name;
  std::string value;
};
using LogFields = std::vector<LogField>;

// `event` names what happened ("daemon.listening"); `message` says it in
// English for a person.
void LogEvent(LogLevel level, std::string_view event, std::string_view message,
              const LogFields& fields = {});
inline void Log(LogLevel level, std::string_view message) { LogEvent(level, "log", message); }
inline void LogInfo(std::string_view m) { Log(LogLevel::kInfo, m); }
inline void LogWarning(std::string_view m) { Log(LogLevel::kWarning, m); }
inline void LogError(std::string_view m) { Log(LogLevel::kError, m); }

// Formats and writes one line (the lock is held); nullptr restores the
// plain-text default.
using LogSink = std::function<void(LogLevel level, std::string_view time, std::string_view event,
                                   std::string_view message, const LogFields& fields)>;
void SetLogSink(LogSink sink);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_DOMAIN_LOG_H_
