// A clock read from a file, for integration tests and drills: the file
// holds an Asia/Shanghai date-time ("2026-11-23T10:00:00"); writing a new
// value moves the daemon's time without sleeping or restarting. When the
// file is absent or unreadable, the system clock is used.
//
// Thread-safety: Now() may be called from any thread.
#ifndef DPFEED_SERVICE_APP_FILE_CLOCK_H_
#define DPFEED_SERVICE_APP_FILE_CLOCK_H_

#include <string>

#include "service/calendar/clock.h"

namespace dpfeed {

class FileClock : public Clock {
 public:
  explicit FileClock(std::string path) : path_(std::move(path)) {}
  std::chrono::system_clock::time_point Now() const override;

 private:
  std::string path_;
};

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_APP_FILE_CLOCK_H_
