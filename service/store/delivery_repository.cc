#include "service/store/delivery_repository.h"

#include "service/json/json_writer.h"
#include "service/store/event_log.h"
#include "service/store/publication_stamps.h"
#include "service/store/query_helpers.h"

namespace dpfeed {

namespace {

using store_internal::ReadAll;
using store_internal::ReadOne;
using store_internal::Run;

#define DPFEED_DELIVERY_COLUMNS                                                                \
  "x.id, x.notice_id, x.channel, x.state, x.idempotency_key, x.attempts, x.first_attempt_at, " \
  "x.next_attempt_at, x.last_error, x.last_status, x.acknowledged_at "
constexpr const char* kDue =
    "SELECT " DPFEED_DELIVERY_COLUMNS
    ", n.portal_html_sha256, n.portal_json_sha256, n.credit_json_sha256, p.code, n.kind, n.type, "
    "n.period_from, n.period_to FROM deliveries x JOIN notices n ON n.id = x.notice_id "
    "JOIN departments p ON p.id = n.department_id "
    "WHERE x.state = 'pending' AND x.next_attempt_at <= ?1 AND x.channel = ?2 "
    "ORDER BY x.next_attempt_at, x.id LIMIT ?3";
constexpr const char* kListAll =
    "SELECT " DPFEED_DELIVERY_COLUMNS "FROM deliveries x ORDER BY x.id DESC LIMIT ?";
constexpr const char* kListByState =
    "SELECT " DPFEED_DELIVERY_COLUMNS
    "FROM deliveries x WHERE x.state = ? ORDER BY x.id DESC LIMIT ?";
constexpr const char* kGet = "SELECT " DPFEED_DELIVERY_COLUMNS "FROM deliveries x WHERE x.id = ?";
#undef DPFEED_DELIVERY_COLUMNS

// A failed delivery can still be acknowledged: the other process (or an
// attempt that timed out on our side) may have got through after all.
constexpr const char* kAck =
    "UPDATE deliveries SET state = 'acknowledged', attempts = attempts + 1, "
    "first_attempt_at = coalesce(first_attempt_at, ?1), acknowledged_at = ?1, last_status = ?2, "
    "last_error = '' WHERE id = ?3 AND state IN ('pending', 'failed')";
constexpr const char* kReleaseCredit =
    "UPDATE deliveries SET state = 'pending', next_attempt_at = ? "
    "WHERE notice_id = ? AND channel = 'credit' AND state = 'waiting'";
constexpr const char* kMattersPortalPublished =
    "UPDATE matter_changes SET portal_published_at = ?1 WHERE portal_published_at IS NULL AND id "
    "IN "
    "(SELECT change_id FROM notice_matter_changes WHERE notice_id = ?2)";
constexpr const char* kMattersCreditPublished =
    "UPDATE matter_changes SET credit_published_at = ?1 WHERE credit_published_at IS NULL AND id "
    "IN "
    "(SELECT change_id FROM notice_matter_changes WHERE notice_id = ?2)";
constexpr const char* kRetry =
    "UPDATE deliveries SET attempts = attempts + 1, first_attempt_at = coalesce(first_attempt_at, "
    "?1), "
    "next_attempt_at = ?2, last_error = ?3, last_status = ?4 WHERE id = ?5 AND state = 'pending'";
constexpr const char* kFail =
    "UPDATE deliveries SET state = 'failed', attempts = attempts + 1, "
    "first_attempt_at = coalesce(first_attempt_at, ?1), last_error = ?2, last_status = ?3 "
    "WHERE id = ?4 AND state = 'pending'";
constexpr const char* kRequeue =
    "UPDATE deliveries SET state = 'pending', next_attempt_at = ?1, attempts = 0, "
    "first_attempt_at = NULL WHERE id = ?2 AND state IN ('failed', 'pending')";
constexpr const char* kRetryable =
    "SELECT id FROM deliveries WHERE state = 'failed' OR (state = 'pending' AND attempts > 0) "
    "ORDER BY id";
constexpr const char* kAtRisk =
    "SELECT count(DISTINCT d.id) FROM deliveries x "
    "JOIN notice_items i ON i.notice_id = x.notice_id AND i.action <> 'withdraw' "
    "JOIN decisions d ON d.id = i.decision_id "
    "WHERE x.channel = ?1 AND (x.state = 'failed' OR (x.state = 'pending' AND x.attempts > 0)) "
    "AND d.status = 'active' AND d.deadline <= ?2 AND "
    "(CASE ?1 WHEN 'portal' THEN " DPFEED_PUBLISHED_AT("portal") " ELSE " DPFEED_PUBLISHED_AT(
        "credit") " END) IS NULL";

Result<DeliveryRow> ReadDelivery(const Statement& st) {
  DeliveryRow d;
  d.id = st.ColumnInt(0);
  d.notice_id = st.ColumnInt(1);
  const auto channel = ParseChannel(st.ColumnText(2));
  const auto state = ParseDeliveryState(st.ColumnText(3));
  if (!channel || !state) {
    return Status::Corruption("delivery " + std::to_string(d.id) + ": bad channel or state");
  }
  d.channel = *channel;
  d.state = *state;
  d.idempotency_key = st.ColumnText(4);
  d.attempts = static_cast<int>(st.ColumnInt(5));
  d.first_attempt_at = st.ColumnOptionalText(6);
  d.next_attempt_at = st.ColumnText(7);
  d.last_error = st.ColumnText(8);
  d.last_status = static_cast<int>(st.ColumnInt(9));
  d.acknowledged_at = st.ColumnOptionalText(10);
  return d;
}

Result<DueDelivery> ReadDue(const Statement& st) {
  auto d = ReadDelivery(st);
  if (!d.ok()) return d.status();
  DueDelivery due;
  due.delivery = std::move(d.value());
  due.artifacts = {st.ColumnText(11), st.ColumnText(12), st.ColumnText(13)};
  due.department_code = st.ColumnText(14);
  const auto kind = ParseKind(st.ColumnText(15));
  const auto type = ParseNoticeType(st.ColumnText(16));
  if (!kind || !type || st.ColumnIsNull(11)) {
    return Status::Corruption("notice " + std::to_string(due.delivery.notice_id) +
                              ": bad kind, type or artifacts");
  }
  due.kind = *kind;
  due.type = *type;
  due.period_from = st.ColumnText(17);
  due.period_to = st.ColumnText(18);
  return due;
}

std::string DeliveryDetail(int64_t delivery_id, int http_status) {
  JsonOut out;
  out.w().StartObject();
  Key(out.w(), "delivery_id");
  out.w().Int64(delivery_id);
  Key(out.w(), "http_status");
  out.w().Int(http_status);
  out.w().EndObject();
  return out.Take();
}

}  // namespace

Result<std::vector<DueDelivery>> DueDeliveries(Database& db, Channel channel,
                                               const std::string& now, int limit) {
  Status s;
  Statement* st = db.Prepare(kDue, &s);
  if (st == nullptr) return s;
  st->Bind(1, now).Bind(2, ToString(channel)).Bind(3, int64_t{limit});
  return ReadAll(*st, ReadDue);
}

Result<std::vector<DeliveryRow>> ListDeliveries(Database& db, std::optional<DeliveryState> state,
                                                int limit) {
  Status s;
  Statement* st = db.Prepare(state ? kListByState : kListAll, &s);
  if (st == nullptr) return s;
  if (state) {
    st->Bind(1, ToString(*state)).Bind(2, int64_t{limit});
  } else {
    st->Bind(1, int64_t{limit});
  }
  return ReadAll(*st, ReadDelivery);
}

Result<DeliveryRow> GetDelivery(Database& db, int64_t id) {
  Status s;
  Statement* st = db.Prepare(kGet, &s);
  if (st == nullptr) return s;
  st->Bind(1, id);
  return ReadOne(*st, ReadDelivery, "no delivery " + std::to_string(id));
}

Status RecordAcknowledged(Database& db, int64_t delivery_id, int http_status,
                          const std::string& now) {
  auto d = GetDelivery(db, delivery_id);
  if (!d.ok()) return d.status();
  if (d->state == DeliveryState::kAcknowledged) return Status::Ok();  // by another process
  Status s = Run(db, kAck, [&](Statement& st) {
    st.Bind(1, now).Bind(2, int64_t{http_status}).Bind(3, delivery_id);
  });
  if (!s.ok()) return s;
  if (db.Changes() == 0) {
    return Status::Conflict("delivery " + std::to_string(delivery_id) + " is " +
                            ToString(d->state));
  }
  // A matter-list notice's changes are stamped at once (a department's
  // list, not a week of decisions); decisions wait for PublicationStamper.
  const bool portal = d->channel == Channel::kPortal;
  s = Run(db, portal ? kMattersPortalPublished : kMattersCreditPublished,
          [&](Statement& st) { st.Bind(1, now).Bind(2, d->notice_id); });
  if (!s.ok()) return s;
  if (portal) {
    s = Run(db, kReleaseCredit, [&](Statement& st) { st.Bind(1, now).Bind(2, d->notice_id); });
    if (!s.ok()) return s;
  }
  return AppendEvent(db, {now, "delivery.acknowledged", std::nullopt, std::nullopt,
                          DeliveryDetail(delivery_id, http_status)});
}

Status RecordRetry(Database& db, int64_t delivery_id, int http_status, const std::string& error,
                   const std::string& next_attempt_at, const std::string& now) {
  Status s = Run(db, kRetry, [&](Statement& st) {
    st.Bind(1, now)
        .Bind(2, next_attempt_at)
        .Bind(3, error)
        .Bind(4, int64_t{http_status})
        .Bind(5, delivery_id);
  });
  if (!s.ok() || db.Changes() == 0) return s;  // no longer pending: nothing to record
  return AppendEvent(db, {now, "delivery.retry", std::nullopt, std::nullopt,
                          DeliveryDetail(delivery_id, http_status)});
}

Status RecordFailed(Database& db, int64_t delivery_id, int http_status, const std::string& error,
                    const std::string& now) {
  Status s = Run(db, kFail, [&](Statement& st) {
    st.Bind(1, now).Bind(2, error).Bind(3, int64_t{http_status}).Bind(4, delivery_id);
  });
  if (!s.ok() || db.Changes() == 0) return s;  // no longer pending: nothing to record
  return AppendEvent(db, {now, "delivery.failed", std::nullopt, std::nullopt,
                          DeliveryDetail(delivery_id, http_status)});
}

Status RequeueDelivery(Database& db, int64_t delivery_id, const std::string& now) {
  auto d = GetDelivery(db, delivery_id);
  if (!d.ok()) return d.status();
  if (d->state == DeliveryState::kAcknowledged) {
    return Status::Conflict("delivery " + std::to_string(delivery_id) +
                            " was acknowledged already");
  }
  if (d->state == DeliveryState::kWaiting) {
    return Status::Conflict("delivery " + std::to_string(delivery_id) +
                            " waits for the portal to acknowledge its notice first");
  }
  Status s = Run(db, kRequeue, [&](Statement& st) { st.Bind(1, now).Bind(2, delivery_id); });
  if (!s.ok()) return s;
  return AppendEvent(
      db, {now, "delivery.requeued", std::nullopt, std::nullopt, DeliveryDetail(delivery_id, 0)});
}

Result<std::vector<int64_t>> RetryableDeliveryIds(Database& db) {
  Status s;
  Statement* st = db.Prepare(kRetryable, &s);
  if (st == nullptr) return s;
  std::vector<int64_t> ids;
  while (st->Step(&s)) ids.push_back(st->ColumnInt(0));
  if (!s.ok()) return s;
  return ids;
}

Result<int> CountAtRiskOnFailingChannel(Database& db, Channel channel,
                                        const std::string& deadline_limit) {
  Status s;
  Statement* st = db.Prepare(kAtRisk, &s);
  if (st == nullptr) return s;
  st->Bind(1, ToString(channel)).Bind(2, deadline_limit);
  int n = 0;
  if (st->Step(&s)) n = static_cast<int>(st->ColumnInt(0));
  st->Reset();
  if (!s.ok()) return s;
  return n;
}

}  // namespace dpfeed
