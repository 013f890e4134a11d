// The daemon's publication loop: a planning thread that runs a cycle at
// start (catching up on runs missed while stopped, once) and then every
// tick of the clock, and the outbox's delivery lanes, which send what falls
// due. Both follow the injected clock, polled often in real time, so a test
// that moves the clock sees the effect within a fraction of a second.
//
// Thread-safety: Start/Stop from main's thread; Health and Problems may be
// called from any thread.
// Contract: an error is reported (Problems) until the step that failed
// succeeds again: a failed cycle until the next cycle succeeds, a failed
// read of the outbox until the next read succeeds.
#ifndef DPFEED_PUBLISHER_PUBLICATION_WORKER_H_
#define DPFEED_PUBLISHER_PUBLICATION_WORKER_H_

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "publisher/outbox.h"
#include "publisher/planner.h"
#include "publisher/write_fn.h"
#include "service/calendar/clock.h"
#include "service/store/database.h"

namespace dpfeed {

struct PublicationHealth {
  int failed_deliveries = 0;  // deliveries in state failed
  int at_risk_portal = 0;     // records near their deadline on a failing portal
  int at_risk_credit = 0;
  int blocked_notices = 0;  // notices withheld by the leak guard since start
  int held_records = 0;     // decisions the leak guard held out of notices in the last cycle
  std::string last_cycle_at;
  std::string cycle_error;  // the last cycle's failure, "" once a cycle succeeded
};

class PublicationWorker {
 public:
  // `write` runs the planner's commits; `submit` records delivery outcomes.
  PublicationWorker(const Planner& planner, Outbox& outbox, WriteFn write, SubmitFn submit,
                    std::string database_path, const Clock& clock, const WorkCalendar& calendar,
                    std::chrono::minutes tick,
                    std::chrono::milliseconds poll = std::chrono::milliseconds(200));
  ~PublicationWorker();
  Status Start();
  void Stop();
  PublicationHealth Health() const;
  // English problems for /healthz (empty when healthy).
  std::vector<std::string> Problems() const;

 private:
  void PlanLoop();
  void UpdateHealth(Database& db);
  bool AbandonedNoticeWaits();
  bool Sleep();

  const Planner& planner_;
  Outbox& outbox_;
  WriteFn write_;
  SubmitFn submit_;
  std::string database_path_;
  const Clock& clock_;
  const WorkCalendar& calendar_;
  std::chrono::minutes tick_;
  std::chrono::milliseconds poll_;
  std::unique_ptr<Database> plan_db_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  bool stopping_ = false;
  PublicationHealth health_;
  std::thread plan_thread_;
};

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_PUBLICATION_WORKER_H_
