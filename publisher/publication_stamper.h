// Stamps each decision with its first publication on each channel from the
// acknowledged deliveries (service/store/publication_stamps.h). A lane's
// acknowledgement writes one row; the stamper later takes every
// acknowledgement not stamped yet, reads the decisions of their notices,
// and moves the decisions' columns in writer jobs of a few hundred rows in
// decision-id order, so the week's notices, whose decisions lie scattered
// over the table, cost each table page one write rather than one per
// notice and channel. Readers see the same times before and after.
//
// Thread-safety: one thread calls StampAll or Run at a time (the stamper
// owns one read connection); Wake from any thread.
// Contract: StampAll returns once every acknowledgement it found is stamped
// durably and marked so; a failed job leaves them unstamped (and the reads
// exact), to be stamped again by the next call. Stamping is idempotent.
#ifndef DPFEED_PUBLISHER_PUBLICATION_STAMPER_H_
#define DPFEED_PUBLISHER_PUBLICATION_STAMPER_H_

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "publisher/write_fn.h"
#include "service/domain/status.h"
#include "service/store/database.h"

namespace dpfeed {

class PublicationStamper {
 public:
  using TimePoint = std::chrono::system_clock::time_point;
  struct Options {
    // Stamp once the number of acknowledgements waiting stayed the same for
    // one poll (the lanes paused), or once they waited this long.
    std::chrono::milliseconds poll{1000};
    std::chrono::milliseconds at_most{10000};
  };
  // `read_db` is the stamper's own connection (read-only will do).
  PublicationStamper(std::unique_ptr<Database> read_db, Options options);
  explicit PublicationStamper(std::unique_ptr<Database> read_db)
      : PublicationStamper(std::move(read_db), Options{}) {}

  // Stamps every acknowledgement waiting, `now` as their stamped_at, and
  // returns how many deliveries it stamped.
  Result<int> StampAll(const SubmitFn& submit, const std::string& now);

  // The daemon: stamps as Options say until `stop` (then Wake()). Errors
  // are logged and kept as LastError until a stamping succeeds.
  void Run(const SubmitFn& submit, const std::function<TimePoint()>& now,
           const std::atomic<bool>& stop);
  void Wake();
  std::string LastError() const;

 private:
  std::unique_ptr<Database> db_;
  Options options_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::string last_error_;
};

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_PUBLICATION_STAMPER_H_
