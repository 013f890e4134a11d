#include "service/domain/log.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <string>

namespace dpfeed {

namespace {

std::mutex& Mutex() {
  static std::mutex mu;
  return mu;
}

LogSink& Sink() {
  static LogSink sink;
  return sink;
}

// Now in Asia/Shanghai, which has kept UTC+8 without daylight saving since
// 1991: "2026-11-23T10:14:36.123+08:00".
std::string ShanghaiNow() {
  const auto now = std::chrono::system_clock::now() + std::chrono::hours(8);
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char stamp[40];
  const size_t n = std::strftime(stamp, sizeof(stamp), "%Y-%m-%dT%H:%M:%S", &tm);
  std::snprintf(stamp + n, sizeof(stamp) - n, ".%03d+08:00", static_cast<int>(ms));
  return stamp;
}

void WriteText(LogLevel level, std::string_view time, std::string_view message,
               const LogFields& fields) {
  const char* name = level == LogLevel::kInfo      ? "INFO"
                     : level == LogLevel::kWarning ? "WARN"
                                                   : "ERROR";
  std::string line(time);
  line.append(" ").append(name).append(" ").append(message);
  for (const LogField& f : fields) line.append(" ").append(f.name).append("=").append(f.value);
  line += '\n';
  std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace

const char* LogLevelName(LogLevel level) {
  switch (level) {
    case LogLevel::kInfo:
      return "info";
    case LogLevel::kWarning:
      return "warn";
    case LogLevel::kError:
      return "error";
  }
  return "info";
}

void LogEvent(LogLevel level, std::string_view event, std::string_view message,
              const LogFields& fields) {
  const std::string time = ShanghaiNow();
  std::lock_guard<std::mutex> lock(Mutex());
  if (Sink()) {
    Sink()(level, time, event, message, fields);
  } else {
    WriteText(level, time, message, fields);
  }
  std::fflush(stderr);
}

void SetLogSink(LogSink sink) {
  std::lock_guard<std::mutex> lock(Mutex());
  Sink() = std::move(sink);
}

}  // namespace dpfeed
