#include "publisher/publication_stamper.h"

#include <algorithm>
#include <vector>

#include "service/calendar/shanghai_time.h"
#include "service/domain/log.h"
#include "service/store/publication_stamps.h"

namespace dpfeed {

namespace {

// Acknowledgements taken per round: a week's run has a few hundred.
constexpr int kRound = 1000;
// Decisions stamped per writer job: neighbouring ids share table pages, and
// a job this size commits within the writer's few-millisecond budget for
// the daemon's own work, so intake does not wait behind it.
constexpr size_t kStampsPerJob = 500;

// Waits for the outcomes of jobs submitted in one go; keeps the first error.
class Outcomes {
 public:
  std::function<void(Status)> Expect() {
    std::lock_guard<std::mutex> lock(mu_);
    ++waiting_;
    return [this](Status s) {
      std::lock_guard<std::mutex> lock(mu_);
      if (!s.ok() && first_error_.ok()) first_error_ = s;
      if (--waiting_ == 0) cv_.notify_all();
    };
  }
  Status Wait() {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [this] { return waiting_ == 0; });
    return first_error_;
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  int waiting_ = 0;
  Status first_error_;
};

}  // namespace

PublicationStamper::PublicationStamper(std::unique_ptr<Database> read_db, Options options)
    : db_(std::move(read_db)), options_(options) {}

Result<int> PublicationStamper::StampAll(const SubmitFn& submit, const std::string& now) {
  int stamped = 0;
  for (;;) {
    auto acks = UnstampedAcknowledgements(*db_, kRound);
    if (!acks.ok()) return acks.status();
    if (acks->empty()) return stamped;
    std::vector<PublicationStamp> stamps;
    std::vector<int64_t> decisions;
    for (const UnstampedAcknowledgement& a : *acks) {
      decisions.clear();
      Status s = AppendPublishedDecisions(*db_, a.notice_id, &decisions);
      if (!s.ok()) return s;
      for (int64_t id : decisions) stamps.push_back({id, a.channel, a.acknowledged_at});
    }
    std::sort(stamps.begin(), stamps.end(),
              [](const PublicationStamp& x, const PublicationStamp& y) {
                return x.decision_id != y.decision_id ? x.decision_id < y.decision_id
                                                      : x.channel < y.channel;
              });
    Outcomes outcomes;
    for (size_t i = 0; i < stamps.size(); i += kStampsPerJob) {
      const PublicationStamp* first = stamps.data() + i;
      const size_t count = std::min(kStampsPerJob, stamps.size() - i);
      submit([first, count](Database& db) { return StampDecisions(db, first, count); },
             outcomes.Expect());
    }
    Status s = outcomes.Wait();
    if (!s.ok()) return s;
    std::vector<int64_t> ids;
    for (const UnstampedAcknowledgement& a : *acks) ids.push_back(a.delivery_id);
    Outcomes marked;
    submit([&ids, &now](Database& db) { return MarkStamped(db, ids, now); }, marked.Expect());
    s = marked.Wait();
    if (!s.ok()) return s;
    stamped += static_cast<int>(acks->size());
  }
}

void PublicationStamper::Run(const SubmitFn& submit, const std::function<TimePoint()>& now,
                             const std::atomic<bool>& stop) {
  using Steady = std::chrono::steady_clock;
  int64_t seen = 0;  // acknowledgements waiting at the last poll
  Steady::time_point waiting_since;
  while (!stop) {
    {
      std::unique_lock<std::mutex> lock(mu_);
      cv_.wait_for(lock, options_.poll, [&stop] { return stop.load(); });
    }
    if (stop) break;
    auto count = CountUnstampedAcknowledgements(*db_);
    Status s = count.status();
    if (s.ok() && *count == 0) seen = 0;
    if (s.ok() && *count > 0) {
      if (seen == 0) waiting_since = Steady::now();
      const bool paused = *count == seen;
      seen = *count;
      if (!paused && Steady::now() - waiting_since < options_.at_most) continue;
      auto n = StampAll(submit, FormatShanghaiTimestamp(now()));
      s = n.status();
      if (s.ok()) seen = 0;
    }
    std::lock_guard<std::mutex> lock(mu_);
    if (!s.ok()) {
      last_error_ = "stamping acknowledged decisions failed: " + s.message();
      LogError(last_error_);
    } else {
      last_error_.clear();
    }
  }
}

void PublicationStamper::Wake() {
  std::lock_guard<std::mutex> lock(mu_);
  cv_.notify_all();
}

std::string PublicationStamper::LastError() const {
  std::lock_guard<std::mutex> lock(mu_);
  return last_error_;
}

}  // namespace dpfeed
