#include "service/store/publication_stamps.h"

#include <optional>

#include "service/store/query_helpers.h"

namespace dpfeed {

namespace {

using store_internal::ReadAll;
using store_internal::Run;

constexpr const char* kUnstamped =
    "SELECT id, notice_id, channel, acknowledged_at FROM deliveries "
    "WHERE state = 'acknowledged' AND stamped_at IS NULL ORDER BY id LIMIT ?";
constexpr const char* kCountUnstamped =
    "SELECT count(*) FROM deliveries WHERE state = 'acknowledged' AND stamped_at IS NULL "
    "AND channel IN ('portal', 'credit')";
constexpr const char* kPublishedDecisions =
    "SELECT decision_id FROM notice_items WHERE notice_id = ? AND action <> 'withdraw'";
// Either time may be NULL: that channel's column is left as it is.
constexpr const char* kStamp =
    "UPDATE decisions SET portal_published_at = CASE WHEN portal_published_at IS NULL OR "
    "portal_published_at > ?1 THEN ?1 ELSE portal_published_at END, credit_published_at = CASE "
    "WHEN credit_published_at IS NULL OR credit_published_at > ?2 THEN ?2 ELSE "
    "credit_published_at END WHERE id = ?3";
constexpr const char* kMarkStamped =
    "UPDATE deliveries SET stamped_at = ?1 WHERE id = ?2 AND state = 'acknowledged' AND "
    "stamped_at IS NULL";

Result<UnstampedAcknowledgement> ReadUnstamped(const Statement& st) {
  UnstampedAcknowledgement a;
  a.delivery_id = st.ColumnInt(0);
  a.notice_id = st.ColumnInt(1);
  const auto channel = ParseChannel(st.ColumnText(2));
  if (!channel || st.ColumnIsNull(3)) {
    return Status::Corruption("delivery " + std::to_string(a.delivery_id) +
                              ": bad channel or no acknowledgement time");
  }
  a.channel = *channel;
  a.acknowledged_at = st.ColumnText(3);
  return a;
}

}  // namespace

Result<std::vector<UnstampedAcknowledgement>> UnstampedAcknowledgements(Database& db, int limit) {
  Status s;
  Statement* st = db.Prepare(kUnstamped, &s);
  if (st == nullptr) return s;
  st->Bind(1, int64_t{limit});
  return ReadAll(*st, ReadUnstamped);
}

Result<int64_t> CountUnstampedAcknowledgements(Database& db) {
  Status s;
  Statement* st = db.Prepare(kCountUnstamped, &s);
  if (st == nullptr) return s;
  int64_t n = 0;
  if (st->Step(&s)) n = st->ColumnInt(0);
  st->Reset();
  if (!s.ok()) return s;
  return n;
}

Status AppendPublishedDecisions(Database& db, int64_t notice_id, std::vector<int64_t>* out) {
  Status s;
  Statement* st = db.Prepare(kPublishedDecisions, &s);
  if (st == nullptr) return s;
  st->Bind(1, notice_id);
  while (st->Step(&s)) out->push_back(st->ColumnInt(0));
  return s;
}

Status StampDecisions(Database& db, const PublicationStamp* stamps, size_t count) {
  for (size_t i = 0; i < count; ++i) {
    // A decision's two channels next to each other are written at once: the
    // row and its covering-index entry are rewritten once, not twice.
    std::optional<std::string_view> at[2];  // ?1 portal, ?2 credit
    const auto slot = [&](size_t k) { return stamps[k].channel == Channel::kPortal ? 0 : 1; };
    const int64_t id = stamps[i].decision_id;
    at[slot(i)] = stamps[i].at;
    if (i + 1 < count && stamps[i + 1].decision_id == id &&
        stamps[i + 1].channel != stamps[i].channel) {
      ++i;
      at[slot(i)] = stamps[i].at;
    }
    Status s = Run(db, kStamp, [&](Statement& st) {
      for (int c = 0; c < 2; ++c) {
        if (at[c]) {
          st.Bind(c + 1, *at[c]);
        } else {
          st.BindNull(c + 1);
        }
      }
      st.Bind(3, id);
    });
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status MarkStamped(Database& db, const std::vector<int64_t>& delivery_ids, const std::string& now) {
  for (int64_t id : delivery_ids) {
    Status s = Run(db, kMarkStamped, [&](Statement& st) { st.Bind(1, now).Bind(2, id); });
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace dpfeed
