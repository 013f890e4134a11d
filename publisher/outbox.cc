#include "publisher/outbox.h"

#include <set>
#include <vector>

#include "publisher/retry_schedule.h"
#include "service/calendar/shanghai_time.h"
#include "service/domain/log.h"
#include "service/json/json_writer.h"
#include "service/store/notice_repository.h"

namespace dpfeed {

namespace {

Result<std::vector<DeliveryRequest>> Requests(const DeliveryRow& d, const NoticeRow& n, bool files,
                                              const ArtifactStore& artifacts) {
  std::vector<DeliveryRequest> out;
  const std::string json_type = "application/json; charset=utf-8";
  const std::string channel = ToString(d.channel);
  if (d.channel == Channel::kPortal) {
    auto html = artifacts.Get(n.artifacts.portal_html);
    if (!html.ok()) return html.status();
    auto json = artifacts.Get(n.artifacts.portal_json);
    if (!json.ok()) return json.status();
    if (files) {
      out.push_back({channel, d.idempotency_key, d.idempotency_key + ".html",
                     "text/html; charset=utf-8", std::move(html.value())});
      out.push_back({channel, d.idempotency_key, d.idempotency_key + ".json", json_type,
                     std::move(json.value())});
    } else {
      out.push_back({channel, d.idempotency_key, d.idempotency_key + ".json", json_type,
                     "{\"notice\":" + *json + ",\"html\":\"" + JsonEscape(*html) + "\"}"});
    }
  } else {
    auto json = artifacts.Get(n.artifacts.credit_json);
    if (!json.ok()) return json.status();
    out.push_back({channel, d.idempotency_key, d.idempotency_key + ".json", json_type,
                   std::move(json.value())});
  }
  return out;
}

}  // namespace

Outbox::Outbox(Sink& portal, bool portal_files, Sink& credit, bool credit_files,
               const ArtifactStore& artifacts)
    : portal_(portal),
      portal_files_(portal_files),
      credit_(credit),
      credit_files_(credit_files),
      artifacts_(artifacts) {}

Result<DeliverySummary> Outbox::DeliverDue(Database& read_db, const WriteFn& write,
                                           std::chrono::system_clock::time_point now,
                                           int max_attempts) {
  DeliverySummary summary;
  const std::string now_text = FormatShanghaiTimestamp(now);
  std::set<int64_t> tried;  // each delivery at most once per call
  for (;;) {
    auto due = DueDeliveries(read_db, now_text, 200);
    if (!due.ok()) return due.status();
    bool progressed = false;
    for (const DeliveryRow& d : *due) {
      if (summary.attempted >= max_attempts) return summary;
      if (!tried.insert(d.id).second) continue;
      progressed = true;
      auto notice = GetNotice(read_db, d.notice_id);
      if (!notice.ok()) return notice.status();
      const bool portal = d.channel == Channel::kPortal;
      Sink& sink = portal ? portal_ : credit_;
      DeliveryOutcome outcome{DeliveryOutcomeKind::kAcknowledged, 0, std::nullopt, ""};
      auto requests = Requests(d, *notice, portal ? portal_files_ : credit_files_, artifacts_);
      if (!requests.ok()) return requests.status();
      for (const DeliveryRequest& req : *requests) {
        outcome = sink.Deliver(req);
        if (outcome.kind != DeliveryOutcomeKind::kAcknowledged) break;
      }
      ++summary.attempted;
      Status s;
      const std::string where = "delivery " + std::to_string(d.id) + " (notice " +
                                std::to_string(d.notice_id) + ", " + ToString(d.channel) + ", " +
                                sink.Describe() + ")";
      switch (outcome.kind) {
        case DeliveryOutcomeKind::kAcknowledged:
          s = write([&](Database& db) {
            return RecordAcknowledged(db, d.id, outcome.http_status, now_text);
          });
          ++summary.acknowledged;
          break;
        case DeliveryOutcomeKind::kRetryable: {
          const int attempts = d.attempts + 1;
          const auto first =
              d.first_attempt_at ? ParseShanghaiDateTime(*d.first_attempt_at) : std::optional(now);
          const auto elapsed =
              std::chrono::duration_cast<std::chrono::seconds>(now - first.value_or(now));
          if (RetriesExhausted(attempts, elapsed)) {
            LogError(where + " failed after " + std::to_string(attempts) + " attempts over " +
                     std::to_string(elapsed.count() / 3600) + " h: " + outcome.detail);
            s = write([&](Database& db) {
              return RecordFailed(db, d.id, outcome.http_status, outcome.detail, now_text);
            });
            ++summary.failed;
            break;
          }
          auto delay = RetryDelay(attempts, outcome.retry_after);
          const std::string next = FormatShanghaiTimestamp(now + delay);
          LogWarning(where + " will be retried at " + next + ": " + outcome.detail);
          s = write([&](Database& db) {
            return RecordRetry(db, d.id, outcome.http_status, outcome.detail, next, now_text);
          });
          ++summary.retrying;
          break;
        }
        case DeliveryOutcomeKind::kPermanent:
          LogError(where + " was refused permanently (HTTP " + std::to_string(outcome.http_status) +
                   "): " + outcome.detail + "; fix and retry it through the admin API");
          s = write([&](Database& db) {
            return RecordFailed(db, d.id, outcome.http_status, outcome.detail, now_text);
          });
          ++summary.failed;
          break;
      }
      if (!s.ok()) return s;
    }
    if (!progressed) return summary;
  }
}

}  // namespace dpfeed
