#include "service/domain/log.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <string>

namespace dpfeed {

void Log(LogLevel level, std::string_view message) {
  static std::mutex mu;
  const auto now = std::chrono::system_clock::now();
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char stamp[32];
  std::strftime(stamp, sizeof(stamp), "%Y-%m-%dT%H:%M:%SZ", &tm);
  const char* name = level == LogLevel::kInfo ? "INFO" : level == LogLevel::kWarning ? "WARN" : "ERROR";
  std::lock_guard<std::mutex> lock(mu);
  std::fprintf(stderr, "%s %s %.*s\n", stamp, name, static_cast<int>(message.size()), message.data());
  std::fflush(stderr);
}

}  // namespace dpfeed
