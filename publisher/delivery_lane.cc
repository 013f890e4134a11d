#include "publisher/delivery_lane.h"

#include <memory>
#include <thread>
#include <vector>

#include "publisher/retry_schedule.h"
#include "service/calendar/shanghai_time.h"
#include "service/domain/log.h"
#include "service/json/json_writer.h"

namespace dpfeed {

namespace {

constexpr int kFetch = 64;  // due deliveries read at once
// [A-Za-z0-9-] only: department codes are chosen by operators.
std::string FileNamePart(std::string_view s) {
  std::string out;
  for (char c : s) {
    const bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    out += ok ? c : '-';
  }
  return out;
}

// What a file holds, and its content hash: the same bytes always get the
// same name, so writing it again after a crash is idempotent.
std::string FileName(const DueDelivery& d, const std::string& hash, const char* extension) {
  return FileNamePart(d.department_code) + "_" + KindName(d.kind) + "_" + d.period_from + "_" +
         d.period_to + "_" + ToString(d.type) + "_" + ToString(d.delivery.channel) + "_" + hash +
         extension;
}

Result<std::vector<DeliveryRequest>> Requests(const DueDelivery& d, bool files,
                                              const ArtifactStore& artifacts) {
  std::vector<DeliveryRequest> out;
  const std::string json_type = "application/json; charset=utf-8";
  const std::string channel = ToString(d.delivery.channel);
  const std::string& key = d.delivery.idempotency_key;
  if (files) {  // the sink links the artifact files: no need to read them
    auto file = [&](const std::string& hash, const char* extension, const std::string& type) {
      out.push_back({channel, key, FileName(d, hash, extension), type, "", artifacts.PathOf(hash)});
    };
    if (d.delivery.channel == Channel::kCredit) {
      file(d.artifacts.credit_json, ".json", json_type);
    } else {
      file(d.artifacts.portal_html, ".html", "text/html; charset=utf-8");
      file(d.artifacts.portal_json, ".json", json_type);
    }
    return out;
  }
  if (d.delivery.channel == Channel::kCredit) {
    auto json = artifacts.Get(d.artifacts.credit_json);
    if (!json.ok()) return json.status();
    out.push_back({channel, key, FileName(d, d.artifacts.credit_json, ".json"), json_type,
                   std::move(json.value()), ""});
    return out;
  }
  auto html = artifacts.Get(d.artifacts.portal_html);
  if (!html.ok()) return html.status();
  auto json = artifacts.Get(d.artifacts.portal_json);
  if (!json.ok()) return json.status();
  // One POST: {"notice": <portal JSON>, "html": "<page>"}.
  JsonOut body;
  body.w().StartObject();
  Key(body.w(), "notice");
  body.w().RawValue(json->data(), json->size(), rapidjson::kObjectType);
  Key(body.w(), "html");
  Str(body.w(), *html);
  body.w().EndObject();
  out.push_back(
      {channel, key, FileName(d, d.artifacts.portal_json, ".json"), json_type, body.Take(), ""});
  return out;
}

}  // namespace

DeliveryLane::DeliveryLane(Options options, const ArtifactStore& artifacts,
                           std::unique_ptr<Database> read_db, SubmitFn submit)
    : options_(options),
      artifacts_(artifacts),
      db_(std::move(read_db)),
      submit_(std::move(submit)) {}

void DeliveryLane::Run(const std::function<TimePoint()>& now, bool one_shot,
                       const std::function<bool()>& upstream_idle, const std::atomic<bool>& stop,
                       std::chrono::milliseconds poll) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    finished_ = false;
    tried_.clear();
    queue_.clear();
  }
  std::vector<std::thread> workers;
  for (int i = 0; i < std::max(1, options_.workers); ++i) {
    workers.emplace_back([&] { Work(now, one_shot, upstream_idle, stop, poll); });
  }
  for (std::thread& t : workers) t.join();
  // Outcomes still being committed refer to this lane: wait for them.
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait(lock, [&] { return in_flight_.empty(); });
}

void DeliveryLane::Wake() { cv_.notify_all(); }

DeliverySummary DeliveryLane::Summary() const {
  std::lock_guard<std::mutex> lock(mu_);
  return summary_;
}

std::string DeliveryLane::LastError() const {
  std::lock_guard<std::mutex> lock(mu_);
  return last_error_;
}

void DeliveryLane::Work(const std::function<TimePoint()>& now, bool one_shot,
                        const std::function<bool()>& upstream_idle, const std::atomic<bool>& stop,
                        std::chrono::milliseconds poll) {
  for (;;) {
    std::optional<DueDelivery> due;
    TimePoint at;
    {
      std::unique_lock<std::mutex> lock(mu_);
      due = Take(lock, now, one_shot, upstream_idle, stop, poll);
      if (!due) return;
      at = now();
    }
    Send(*due, at);
  }
}

std::optional<DueDelivery> DeliveryLane::Take(std::unique_lock<std::mutex>& lock,
                                              const std::function<TimePoint()>& now, bool one_shot,
                                              const std::function<bool()>& upstream_idle,
                                              const std::atomic<bool>& stop,
                                              std::chrono::milliseconds poll) {
  for (;;) {
    if (stop || finished_) return std::nullopt;
    if (!queue_.empty()) {
      DueDelivery d = std::move(queue_.front());
      queue_.pop_front();
      in_flight_.insert(d.delivery.id);
      if (one_shot) tried_.insert(d.delivery.id);
      return d;
    }
    if (fetching_) {  // another worker reads the outbox: its result will do
      cv_.wait_for(lock, poll);
      continue;
    }
    // Read without holding mu_ (outcome callbacks come from the writer's
    // thread and must never wait for a query).
    fetching_ = true;
    const uint64_t fetch = ++fetches_;
    lock.unlock();
    auto due = DueDeliveries(*db_, options_.channel, FormatShanghaiTimestamp(now()), kFetch);
    lock.lock();
    fetching_ = false;
    if (!due.ok()) {
      last_error_ = std::string(ToString(options_.channel)) +
                    " delivery pass failed: " + due.status().message();
      LogError(last_error_);
      cv_.wait_for(lock, poll);
      continue;
    }
    last_error_.clear();
    for (DueDelivery& d : *due) {
      const int64_t id = d.delivery.id;
      // Recorded while this read ran: the read may predate the record.
      auto done = recently_done_.find(id);
      if (in_flight_.count(id) || tried_.count(id) ||
          (done != recently_done_.end() && done->second >= fetch)) {
        continue;
      }
      queue_.push_back(std::move(d));
    }
    std::erase_if(recently_done_, [&](const auto& e) { return e.second <= fetch; });
    if (!queue_.empty()) continue;
    if (one_shot && in_flight_.empty() && upstream_idle()) {
      finished_ = true;
      cv_.notify_all();
      return std::nullopt;
    }
    // Nothing due now: wait for an outcome (it may release more), the
    // clock, or stop.
    cv_.wait_for(lock, one_shot ? std::chrono::milliseconds(10) : poll);
  }
}

void DeliveryLane::Send(const DueDelivery& due, TimePoint now) {
  const DeliveryRow& d = due.delivery;
  const std::string now_text = FormatShanghaiTimestamp(now);
  const std::string where = "delivery " + std::to_string(d.id) + " (notice " +
                            std::to_string(d.notice_id) + ", " + ToString(d.channel) + ", " +
                            options_.sink->Describe() + ")";
  DeliveryOutcome outcome{DeliveryOutcomeKind::kAcknowledged, 0, std::nullopt, ""};
  auto requests = Requests(due, options_.files, artifacts_);
  if (!requests.ok()) {
    outcome = {DeliveryOutcomeKind::kRetryable, 0, std::nullopt, requests.status().message()};
  } else {
    for (const DeliveryRequest& req : *requests) {
      outcome = options_.sink->Deliver(req);
      if (outcome.kind != DeliveryOutcomeKind::kAcknowledged) break;
    }
  }
  WriteJob job;
  switch (outcome.kind) {
    case DeliveryOutcomeKind::kAcknowledged:
      job = [id = d.id, status = outcome.http_status, now_text](Database& db) {
        return RecordAcknowledged(db, id, status, now_text);
      };
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
        job = [id = d.id, outcome, now_text](Database& db) {
          return RecordFailed(db, id, outcome.http_status, outcome.detail, now_text);
        };
        break;
      }
      const std::string next =
          FormatShanghaiTimestamp(now + RetryDelay(attempts, outcome.retry_after));
      LogWarning(where + " will be retried at " + next + ": " + outcome.detail);
      job = [id = d.id, outcome, next, now_text](Database& db) {
        return RecordRetry(db, id, outcome.http_status, outcome.detail, next, now_text);
      };
      break;
    }
    case DeliveryOutcomeKind::kPermanent:
      LogError(where + " was refused permanently (HTTP " + std::to_string(outcome.http_status) +
               "): " + outcome.detail + "; fix and retry it through the admin API");
      job = [id = d.id, outcome, now_text](Database& db) {
        return RecordFailed(db, id, outcome.http_status, outcome.detail, now_text);
      };
      break;
  }
  {
    std::lock_guard<std::mutex> lock(mu_);
    ++summary_.attempted;
    if (outcome.kind == DeliveryOutcomeKind::kAcknowledged) ++summary_.acknowledged;
    if (outcome.kind == DeliveryOutcomeKind::kPermanent) ++summary_.failed;
    if (outcome.kind == DeliveryOutcomeKind::kRetryable) ++summary_.retrying;
  }
  submit_(std::move(job), [this, id = d.id](Status s) { Finished(id, s); });
}

void DeliveryLane::Finished(int64_t id, const Status& recorded) {
  std::lock_guard<std::mutex> lock(mu_);
  if (!recorded.ok()) {
    last_error_ = "recording delivery " + std::to_string(id) + " failed: " + recorded.message();
    LogError(last_error_);
  }
  in_flight_.erase(id);
  recently_done_[id] = fetches_;
  cv_.notify_all();
}

}  // namespace dpfeed
