// How the planner writes the notices it built, in short writer jobs so
// that intake never waits long behind them (see service/store/
// notice_commit.h for the jobs themselves and the exactly-once contract):
//
// - CommitNotice writes one notice: in one job when it fits, otherwise its
//   row and first items, the next items, and its deliveries.
// - NoticeBatch writes the notices of a planning pass together: their rows
//   (incomplete, leased), then all their items in decision-id order, then
//   each notice's deliveries. Every department posts every day, so one
//   notice's decisions are spread over the whole decisions table and its
//   items, written notice by notice, dirty one table page each; in id
//   order a job's decisions share pages. On 200,000 decisions of 50
//   departments (publication_bench) the planner's commits went from
//   12.4 s to 4.3 s of the writer.
//
// A decision found changed (or a notice taken apart meanwhile) makes that
// notice kStale: it is taken apart again (its decisions un-marked) and the
// others go on; the caller plans its decisions again.
//
// Thread-safety: neither is thread-safe; `write` is the daemon's WriteFn.
#ifndef DPFEED_PUBLISHER_NOTICE_COMMITS_H_
#define DPFEED_PUBLISHER_NOTICE_COMMITS_H_

#include <chrono>
#include <string>
#include <vector>

#include "publisher/write_fn.h"
#include "service/domain/status.h"
#include "service/store/notice_commit.h"

namespace dpfeed {

// How long a notice being written in several jobs stays ours without a new
// job (each job takes milliseconds; this only matters after a crash).
inline constexpr std::chrono::seconds kNoticeLease{10};

// Items per job of a NoticeBatch. A job's time is mostly the pages it
// dirties: 400 neighbouring decisions share about as many pages as 100
// of one notice (the same statements on a copy of publication_bench's
// database: 3.6 s for 200,000 items in jobs of 400 in id order, 5.9 s in
// jobs of 100, 14.0 s in jobs of 100 notice by notice).
inline constexpr size_t kBatchItemsPerJob = 400;

// Writes one notice (see above).
Result<CommitOutcome> CommitNotice(const WriteFn& write, NoticeWrite notice,
                                   const std::string& now);

class NoticeBatch {
 public:
  NoticeBatch(const WriteFn& write, std::string now) : write_(write), now_(std::move(now)) {}

  void Add(NoticeWrite notice);
  size_t size() const { return notices_.size(); }
  size_t items() const { return items_; }

  // Writes every notice added since the last Flush and forgets them; their
  // outcomes in the order they were added. On a failed write the notices
  // begun and not complete are taken apart (or left to their lease).
  Result<std::vector<CommitOutcome>> Flush();

 private:
  // Writes the rows; outcomes[i] kDone (with the id) or kAlreadyPlanned.
  Status BeginAll(std::vector<CommitOutcome>& outcomes);
  // Writes the items of every begun notice, in decision-id order.
  Status WriteItems(std::vector<CommitOutcome>& outcomes);
  // Writes the deliveries of every begun notice still live.
  Status CompleteAll(std::vector<CommitOutcome>& outcomes);
  // Takes notice `i` apart after one of its jobs found it stale.
  Status Drop(std::vector<CommitOutcome>& outcomes, size_t i, const CommitOutcome& stale);
  // Best effort after a failed write: takes apart the notices begun.
  void AbandonBegun(const std::vector<CommitOutcome>& outcomes);

  const WriteFn& write_;
  const std::string now_;
  std::vector<NoticeWrite> notices_;
  size_t items_ = 0;
  std::chrono::steady_clock::time_point last_renewal_;  // of the leases of the begun notices
  std::string planner_;  // this batch's token on its notices (drawn at the first Flush)
};

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_NOTICE_COMMITS_H_
