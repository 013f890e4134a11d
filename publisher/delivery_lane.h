// The deliveries of one channel: a few worker threads that take due
// deliveries of that channel from the outbox, send them through the
// channel's sink at the same time, and record each outcome with a short
// writer job. Each channel has its own lane, so a receiver that is slow or
// never answers holds only its own lane's workers; the portal-first order
// of a notice holds because its credit delivery is not due before the
// portal's acknowledgement released it (delivery_repository.h).
//
// Thread-safety: Run is called once, from one thread, and starts and joins
// the workers; Summary and LastError may be read from any thread.
// Contract: a delivery is sent by at most one worker of the lane at a time
// and is not taken again until its outcome is durable. Run returns when
// `stop` is set (after the deliveries in flight are recorded) or, in
// one-shot mode, when nothing due is left that this run has not tried and
// `upstream_idle()` is true. A failed read of the outbox is kept as the
// lane's last error until the next read succeeds.
#ifndef DPFEED_PUBLISHER_DELIVERY_LANE_H_
#define DPFEED_PUBLISHER_DELIVERY_LANE_H_

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>

#include "publisher/sink.h"
#include "publisher/write_fn.h"
#include "service/domain/publication_state.h"
#include "service/store/artifact_store.h"
#include "service/store/database.h"
#include "service/store/delivery_repository.h"

namespace dpfeed {

struct DeliverySummary {
  int attempted = 0;
  int acknowledged = 0;
  int retrying = 0;
  int failed = 0;  // permanent failures and exhausted retries
};

class DeliveryLane {
 public:
  using TimePoint = std::chrono::system_clock::time_point;
  struct Options {
    Channel channel = Channel::kPortal;
    Sink* sink = nullptr;
    bool files = false;  // a file sink: the portal gets its page and its JSON as two files
    int workers = 2;
  };
  // `read_db` is this lane's own connection (read-only will do).
  DeliveryLane(Options options, const ArtifactStore& artifacts, std::unique_ptr<Database> read_db,
               SubmitFn submit);

  void Run(const std::function<TimePoint()>& now, bool one_shot,
           const std::function<bool()>& upstream_idle, const std::atomic<bool>& stop,
           std::chrono::milliseconds poll);

  DeliverySummary Summary() const;
  std::string LastError() const;
  // Wakes workers waiting for work (stop was set, or the clock moved).
  void Wake();

 private:
  void Work(const std::function<TimePoint()>& now, bool one_shot,
            const std::function<bool()>& upstream_idle, const std::atomic<bool>& stop,
            std::chrono::milliseconds poll);
  // Under mu_: the next delivery to send, or nullopt when the worker should stop.
  std::optional<DueDelivery> Take(std::unique_lock<std::mutex>& lock,
                                  const std::function<TimePoint()>& now, bool one_shot,
                                  const std::function<bool()>& upstream_idle,
                                  const std::atomic<bool>& stop, std::chrono::milliseconds poll);
  void Send(const DueDelivery& due, TimePoint now);
  void Finished(int64_t id, const Status& recorded);

  Options options_;
  const ArtifactStore& artifacts_;
  std::unique_ptr<Database> db_;
  SubmitFn submit_;

  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::deque<DueDelivery> queue_;
  std::set<int64_t> in_flight_;  // taken and not yet durably recorded
  std::set<int64_t> tried_;      // one-shot: each delivery once
  bool fetching_ = false;        // a worker is reading the outbox (db_ is one thread's at a time)
  uint64_t fetches_ = 0;         // reads of the outbox started
  std::map<int64_t, uint64_t>
      recently_done_;  // id -> reads started when its outcome became durable
  bool finished_ = false;
  DeliverySummary summary_;
  std::string last_error_;
};

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_DELIVERY_LANE_H_
