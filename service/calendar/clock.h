// The one source of "now". Code that needs the current time takes a Clock,
// so tests and drills can move time (a week, a holiday) without sleeping.
//
// Thread-safety: Now() may be called from any thread on every implementation.
#ifndef DPFEED_SERVICE_CALENDAR_CLOCK_H_
#define DPFEED_SERVICE_CALENDAR_CLOCK_H_

#include <atomic>
#include <chrono>

namespace dpfeed {

class Clock {
 public:
  using TimePoint = std::chrono::system_clock::time_point;
  virtual ~Clock() = default;
  virtual TimePoint Now() const = 0;
};

class SystemClock : public Clock {
 public:
  TimePoint Now() const override { return std::chrono::system_clock::now(); }
};

// A clock that reads whatever it was last set to.
class ManualClock : public Clock {
 public:
  explicit ManualClock(TimePoint start) : now_(start.time_since_epoch().count()) {}
  TimePoint Now() const override { return TimePoint(TimePoint::duration(now_.load())); }
  void Set(TimePoint t) { now_.store(t.time_since_epoch().count()); }
  void Advance(TimePoint::duration d) { now_.fetch_add(d.count()); }

 private:
  std::atomic<TimePoint::rep> now_;
};

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_CALENDAR_CLOCK_H_
