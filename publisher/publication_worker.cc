#include "publisher/publication_worker.h"

#include "service/calendar/deadline_rules.h"
#include "service/calendar/shanghai_time.h"
#include "service/domain/log.h"
#include "service/store/delivery_repository.h"
#include "service/store/notice_commit.h"

namespace dpfeed {

PublicationWorker::PublicationWorker(const Planner& planner, Outbox& outbox, WriteFn write,
                                     SubmitFn submit, std::string database_path, const Clock& clock,
                                     const WorkCalendar& calendar, std::chrono::minutes tick,
                                     std::chrono::milliseconds poll)
    : planner_(planner),
      outbox_(outbox),
      write_(std::move(write)),
      submit_(std::move(submit)),
      database_path_(std::move(database_path)),
      clock_(clock),
      calendar_(calendar),
      tick_(tick),
      poll_(poll) {}

PublicationWorker::~PublicationWorker() { Stop(); }

Status PublicationWorker::Start() {
  Database::Options ro;
  ro.read_only = true;
  auto db = Database::Open(database_path_, ro);
  if (!db.ok()) return db.status();
  plan_db_ = std::move(db.value());
  if (Status s = outbox_.Start(submit_, clock_, poll_); !s.ok()) return s;
  plan_thread_ = std::thread([this] { PlanLoop(); });
  return Status::Ok();
}

void PublicationWorker::Stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
    cv_.notify_all();
  }
  if (plan_thread_.joinable()) plan_thread_.join();
  outbox_.Stop();
}

bool PublicationWorker::Sleep() {
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait_for(lock, poll_, [this] { return stopping_; });
  return !stopping_;
}

void PublicationWorker::PlanLoop() {
  std::optional<std::chrono::system_clock::time_point> last;
  do {
    const auto now = clock_.Now();
    // A cycle at start (catch-up), then one per tick of the clock; moving
    // the clock backwards (tests) also starts a cycle, and so does a notice
    // left half-written by a crash once its lease ran out (so its decisions
    // need not wait for the next tick).
    if (!last || now >= *last + tick_ || now < *last || AbandonedNoticeWaits()) {
      last = now;
      Result<CycleSummary> summary = planner_.RunCycle(*plan_db_, write_, now);
      std::lock_guard<std::mutex> lock(mu_);
      health_.last_cycle_at = FormatShanghaiTimestamp(now);
      if (!summary.ok()) {
        health_.cycle_error = "publication cycle failed: " + summary.status().message();
        LogError(health_.cycle_error);
      } else {
        health_.cycle_error.clear();
        health_.blocked_notices += summary->blocked;
        health_.held_records = summary->held_records;
        if (summary->notices_created > 0 || summary->expired > 0) {
          LogInfo("publication cycle at " + health_.last_cycle_at + ": " +
                  std::to_string(summary->notices_created) + " notices, " +
                  std::to_string(summary->records_planned) + " records" +
                  (summary->regular_week.empty()
                       ? ""
                       : ", regular run for week " + summary->regular_week));
        }
      }
    }
    UpdateHealth(*plan_db_);
  } while (Sleep());
}

bool PublicationWorker::AbandonedNoticeWaits() {
  const int64_t now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
  auto abandoned = AbandonedNotices(*plan_db_, now_ms);
  return abandoned.ok() && !abandoned->empty();
}

void PublicationWorker::UpdateHealth(Database& db) {
  const CivilDate today = ShanghaiDate(clock_.Now());
  const std::string limit = FormatCivilDate(AtRiskLimit(calendar_, today).date);
  auto failed = ListDeliveries(db, DeliveryState::kFailed, 100000);
  auto portal = CountAtRiskOnFailingChannel(db, Channel::kPortal, limit);
  auto credit = CountAtRiskOnFailingChannel(db, Channel::kCredit, limit);
  std::lock_guard<std::mutex> lock(mu_);
  const int before = health_.at_risk_portal + health_.at_risk_credit;
  if (failed.ok()) health_.failed_deliveries = static_cast<int>(failed->size());
  if (portal.ok()) health_.at_risk_portal = *portal;
  if (credit.ok()) health_.at_risk_credit = *credit;
  const int after = health_.at_risk_portal + health_.at_risk_credit;
  if (after > 0 && after != before) {
    LogError("ALERT: " + std::to_string(after) +
             " records are at risk of missing their deadline because a channel is failing");
  }
}

PublicationHealth PublicationWorker::Health() const {
  std::lock_guard<std::mutex> lock(mu_);
  return health_;
}

std::vector<std::string> PublicationWorker::Problems() const {
  const PublicationHealth h = Health();
  std::vector<std::string> out;
  if (h.at_risk_portal > 0) {
    out.push_back(std::to_string(h.at_risk_portal) +
                  " records are at risk of missing their deadline: portal deliveries are failing");
  }
  if (h.at_risk_credit > 0) {
    out.push_back(std::to_string(h.at_risk_credit) +
                  " records are at risk of missing their deadline: credit deliveries are failing");
  }
  if (h.failed_deliveries > 0) {
    out.push_back(std::to_string(h.failed_deliveries) +
                  " deliveries failed permanently; see /api/v1/deliveries?state=failed");
  }
  if (h.held_records > 0) {
    out.push_back(std::to_string(h.held_records) +
                  " records are held by the leak guard (the rest of their notices went out); "
                  "see the log for their ids and categories and have them corrected");
  }
  if (h.blocked_notices > 0) {
    out.push_back(std::to_string(h.blocked_notices) + " notices were blocked by the leak guard");
  }
  if (!h.cycle_error.empty()) out.push_back(h.cycle_error);
  for (std::string& p : outbox_.Problems()) out.push_back(std::move(p));
  return out;
}

}  // namespace dpfeed
