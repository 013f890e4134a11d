// The working-day calendar the api answers with, replaceable while serving
// (SIGHUP reloads calendar files without dropping connections).
//
// Thread-safety: any thread may read (`*calendar`) while another calls
// Set(). Contract: a reader gets a calendar that stays valid for the life of
// the LiveCalendar: every version ever set is kept (a calendar is a few
// hundred KiB and reloads are rare), so a request that started on the old
// calendar finishes on it without locking on every deadline computed.
#ifndef DPFEED_SERVICE_API_LIVE_CALENDAR_H_
#define DPFEED_SERVICE_API_LIVE_CALENDAR_H_

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

#include "service/calendar/work_calendar.h"

namespace dpfeed {

class LiveCalendar {
 public:
  LiveCalendar() = default;
  LiveCalendar& operator=(std::shared_ptr<const WorkCalendar> next) {
    Set(std::move(next));
    return *this;
  }
  // REQUIRES: a calendar was set.
  const WorkCalendar& operator*() const { return *current_.load(std::memory_order_acquire); }
  const WorkCalendar* operator->() const { return current_.load(std::memory_order_acquire); }
  std::shared_ptr<const WorkCalendar> Get() const {
    std::lock_guard<std::mutex> lock(mu_);
    return kept_.empty() ? nullptr : kept_.back();
  }
  void Set(std::shared_ptr<const WorkCalendar> next) {
    std::lock_guard<std::mutex> lock(mu_);
    current_.store(next.get(), std::memory_order_release);
    kept_.push_back(std::move(next));
  }

 private:
  std::atomic<const WorkCalendar*> current_{nullptr};
  mutable std::mutex mu_;
  std::vector<std::shared_ptr<const WorkCalendar>> kept_;  // guarded by mu_
};

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_LIVE_CALENDAR_H_
