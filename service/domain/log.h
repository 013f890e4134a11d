// Minimal structured logging to stderr: "2026-11-23T02:14:36Z LEVEL message".
//
// Thread-safety: lines from different threads never interleave.
// Contract: callers never pass personal data (names, ID numbers, record
// content); identify records by id, department code and WSH at most.
#ifndef DPFEED_SERVICE_DOMAIN_LOG_H_
#define DPFEED_SERVICE_DOMAIN_LOG_H_

#include <string_view>

namespace dpfeed {

enum class LogLevel { kInfo, kWarning, kError };

void Log(LogLevel level, std::string_view message);
inline void LogInfo(std::string_view m) { Log(LogLevel::kInfo, m); }
inline void LogWarning(std::string_view m) { Log(LogLevel::kWarning, m); }
inline void LogError(std::string_view m) { Log(LogLevel::kError, m); }

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_DOMAIN_LOG_H_
