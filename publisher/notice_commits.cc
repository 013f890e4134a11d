#include "publisher/notice_commits.h"

#include <algorithm>
#include <functional>
#include <span>
#include <unordered_map>

#include "service/domain/log.h"
#include "service/store/random_hex.h"

namespace dpfeed {

namespace {

using Steady = std::chrono::steady_clock;

// Until when a notice being written in several jobs is ours: renewed as
// its jobs go on; after it, another cycle may take the notice apart.
int64_t LeaseUntilMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             (std::chrono::system_clock::now() + kNoticeLease).time_since_epoch())
      .count();
}

// Runs `step` as one writer job; `outcome` gets what it decided. A step
// that finds something stale is rolled back (its job fails with
// Conflict), which is reported here as Ok with `outcome` kStale.
Status RunStep(const WriteFn& write, const std::function<Result<CommitOutcome>(Database&)>& step,
               CommitOutcome& outcome) {
  outcome = CommitOutcome{};
  Status s = write([&](Database& db) -> Status {
    auto r = step(db);
    if (!r.ok()) return r.status();
    outcome = *r;
    return outcome.kind == CommitOutcome::kStale ? Status::Conflict("stale") : Status::Ok();
  });
  if (!s.ok() && outcome.kind == CommitOutcome::kStale) return Status::Ok();
  return s;
}

Status Abandon(const WriteFn& write, int64_t id, const std::string& now,
               const std::string& planner) {
  return write([&](Database& db) { return AbandonNotice(db, id, std::nullopt, now, planner); });
}

// A token of this planner's own for the notices it writes (see
// NoticeWrite::planner).
Result<std::string> NewPlannerToken() { return RandomHex(16); }

}  // namespace

Result<CommitOutcome> CommitNotice(const WriteFn& write, NoticeWrite n, const std::string& now) {
  auto token = NewPlannerToken();
  if (!token.ok()) return token.status();
  n.planner = std::move(*token);
  CommitOutcome outcome;
  const std::span<const NoticeItem> items(n.items);
  if (items.size() <= kItemsPerJob) {
    Status s = RunStep(write, [&](Database& db) { return InsertNotice(db, n, now); }, outcome);
    if (!s.ok()) return s;
    return outcome;
  }
  Status s = RunStep(
      write,
      [&](Database& db) {
        return BeginNotice(db, n, items.first(kItemsPerJob), now, LeaseUntilMs());
      },
      outcome);
  if (!s.ok()) return s;
  if (outcome.kind != CommitOutcome::kDone) return outcome;  // nothing was written
  const int64_t id = outcome.notice_id;
  for (size_t at = kItemsPerJob;
       s.ok() && outcome.kind == CommitOutcome::kDone && at < items.size(); at += kItemsPerJob) {
    const auto chunk = items.subspan(at, std::min(kItemsPerJob, items.size() - at));
    s = RunStep(
        write,
        [&](Database& db) {
          return AddNoticeItems(db, id, chunk, now, n.planner, LeaseUntilMs());
        },
        outcome);
  }
  if (s.ok() && outcome.kind == CommitOutcome::kDone) {
    s = RunStep(write, [&](Database& db) { return CompleteNotice(db, id, n, now); }, outcome);
  }
  if (s.ok() && outcome.kind == CommitOutcome::kDone) return outcome;
  const CommitOutcome failed = outcome;
  if (Status undone = Abandon(write, id, now, n.planner); !undone.ok()) return undone;
  if (!s.ok()) return s;
  return failed;
}

void NoticeBatch::Add(NoticeWrite notice) {
  items_ += notice.items.size();
  notices_.push_back(std::move(notice));
}

Result<std::vector<CommitOutcome>> NoticeBatch::Flush() {
  if (planner_.empty()) {
    auto token = NewPlannerToken();
    if (!token.ok()) return token.status();
    planner_ = std::move(*token);
  }
  for (NoticeWrite& n : notices_) n.planner = planner_;
  std::vector<CommitOutcome> outcomes(notices_.size(),
                                      CommitOutcome{CommitOutcome::kAlreadyPlanned, 0, 0});
  Status s = BeginAll(outcomes);
  if (s.ok()) s = WriteItems(outcomes);
  if (s.ok()) s = CompleteAll(outcomes);
  if (!s.ok()) AbandonBegun(outcomes);
  notices_.clear();
  items_ = 0;
  if (!s.ok()) return s;
  return outcomes;
}

Status NoticeBatch::BeginAll(std::vector<CommitOutcome>& outcomes) {
  last_renewal_ = Steady::now();
  for (size_t at = 0; at < notices_.size(); at += kItemsPerJob) {
    const size_t end = std::min(notices_.size(), at + kItemsPerJob);
    std::vector<CommitOutcome> begun;
    Status s = write_([&](Database& db) -> Status {
      begun.clear();
      for (size_t i = at; i < end; ++i) {
        auto r = BeginNotice(db, notices_[i], {}, now_, LeaseUntilMs());
        if (!r.ok()) return r.status();
        begun.push_back(*r);
      }
      return Status::Ok();
    });
    if (!s.ok()) return s;
    std::copy(begun.begin(), begun.end(), outcomes.begin() + static_cast<ptrdiff_t>(at));
  }
  return Status::Ok();
}

Status NoticeBatch::WriteItems(std::vector<CommitOutcome>& outcomes) {
  std::unordered_map<int64_t, size_t> index;  // notice id -> its place in notices_
  std::vector<int64_t> live;                  // begun, neither complete nor dropped
  std::vector<NoticeItemRef> refs;
  refs.reserve(items_);
  for (size_t i = 0; i < notices_.size(); ++i) {
    if (outcomes[i].kind != CommitOutcome::kDone) continue;
    index[outcomes[i].notice_id] = i;
    live.push_back(outcomes[i].notice_id);
    for (const NoticeItem& item : notices_[i].items) refs.push_back({outcomes[i].notice_id, &item});
  }
  std::stable_sort(refs.begin(), refs.end(), [](const NoticeItemRef& a, const NoticeItemRef& b) {
    return a.item->decision_id < b.item->decision_id;
  });
  std::vector<NoticeItemRef> chunk;
  size_t at = 0;
  while (at < refs.size()) {
    chunk.clear();
    size_t next = at;
    for (; next < refs.size() && chunk.size() < kBatchItemsPerJob; ++next) {
      if (outcomes[index.at(refs[next].notice_id)].kind == CommitOutcome::kDone)
        chunk.push_back(refs[next]);
    }
    if (chunk.empty()) {
      at = next;
      continue;
    }
    // Renewed well before it runs out: the items of a large run take
    // longer than one lease.
    const auto start = Steady::now();
    const bool renew = start - last_renewal_ > kNoticeLease / 4;
    const std::span<const int64_t> renewing =
        renew ? std::span<const int64_t>(live) : std::span<const int64_t>();
    CommitOutcome outcome;
    Status s = RunStep(
        write_,
        [&](Database& db) {
          return AddItemsOfNotices(db, chunk, renewing, now_, planner_, LeaseUntilMs());
        },
        outcome);
    if (!s.ok()) return s;
    if (outcome.kind == CommitOutcome::kStale) {
      const auto found = index.find(outcome.notice_id);
      if (found == index.end()) return Status::Corruption("a stale item of no notice of the batch");
      s = Drop(outcomes, found->second, outcome);
      if (!s.ok()) return s;
      std::erase(live, outcome.notice_id);
      continue;  // the same items again, without that notice's
    }
    if (renew) last_renewal_ = start;
    at = next;
  }
  return Status::Ok();
}

Status NoticeBatch::CompleteAll(std::vector<CommitOutcome>& outcomes) {
  std::vector<size_t> chunk;
  size_t at = 0;
  while (at < notices_.size()) {
    chunk.clear();
    size_t next = at;
    for (; next < notices_.size() && chunk.size() < kItemsPerJob; ++next) {
      if (outcomes[next].kind == CommitOutcome::kDone) chunk.push_back(next);
    }
    if (chunk.empty()) {
      at = next;
      continue;
    }
    CommitOutcome outcome;
    Status s = RunStep(
        write_,
        [&](Database& db) -> Result<CommitOutcome> {
          for (size_t i : chunk) {
            auto r = CompleteNotice(db, outcomes[i].notice_id, notices_[i], now_);
            if (!r.ok() || r->kind != CommitOutcome::kDone) return r;
          }
          return CommitOutcome{CommitOutcome::kDone, 0, 0};
        },
        outcome);
    if (!s.ok()) return s;
    if (outcome.kind == CommitOutcome::kStale) {
      // Taken apart meanwhile (its lease ran out): the others again.
      const auto stale = std::find_if(chunk.begin(), chunk.end(), [&](size_t i) {
        return outcomes[i].notice_id == outcome.notice_id;
      });
      if (stale == chunk.end()) return Status::Corruption("a stale notice not of the batch");
      s = Drop(outcomes, *stale, outcome);
      if (!s.ok()) return s;
      continue;
    }
    at = next;
  }
  return Status::Ok();
}

Status NoticeBatch::Drop(std::vector<CommitOutcome>& outcomes, size_t i,
                         const CommitOutcome& stale) {
  Status s = Abandon(write_, outcomes[i].notice_id, now_, planner_);
  if (!s.ok()) return s;
  outcomes[i] = stale;
  return Status::Ok();
}

void NoticeBatch::AbandonBegun(const std::vector<CommitOutcome>& outcomes) {
  for (const CommitOutcome& o : outcomes) {
    if (o.kind != CommitOutcome::kDone) continue;
    // A complete notice is left alone; what fails here runs out its lease.
    if (Status s = Abandon(write_, o.notice_id, now_, planner_); !s.ok()) {
      LogWarning("could not take apart notice " + std::to_string(o.notice_id) +
                 " after a failed write (" + s.ToString() + "); its lease will run out");
    }
  }
}

}  // namespace dpfeed
