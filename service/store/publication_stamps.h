// A decision's first publication on each channel, and how acknowledgements
// reach it (issue 12). An acknowledgement writes only its delivery's row;
// the decisions of its notice are stamped later, many notices at once in
// decision-id order (the publisher's PublicationStamper), so a table page
// is written once per batch of notices rather than once per notice and
// channel.
//
// The columns decisions.portal_published_at / credit_published_at hold the
// first acknowledgement stamped so far. A reader takes the earliest of the
// column and the acknowledgements not stamped yet through
// DPFEED_PUBLISHED_AT, which costs one probe of a small partial index per
// statement when nothing waits to be stamped (the usual case) and reads the
// decision's notices only while something does. So what anyone sees never
// depends on whether the stamping has run; stamping is idempotent (it only
// ever moves a column to an earlier time), so a crash midway, or two
// processes stamping the same acknowledgements, leaves it exact.
//
// Thread-safety: functions take the caller's connection; writes belong on
// the writer's connection (inside its transaction), reads on any.
#ifndef DPFEED_SERVICE_STORE_PUBLICATION_STAMPS_H_
#define DPFEED_SERVICE_STORE_PUBLICATION_STAMPS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "service/domain/publication_state.h"
#include "service/domain/status.h"
#include "service/store/database.h"

// The first publication of decision `d` on channel `ch` ("portal" or
// "credit", a string literal), as an SQL expression over a query that
// names the decisions table `d`. A withdrawal notice publishes nothing.
#define DPFEED_PUBLISHED_AT(ch)                                                                 \
  "(CASE WHEN EXISTS (SELECT 1 FROM deliveries WHERE state = 'acknowledged' AND stamped_at IS " \
  "NULL AND channel = '" ch "') THEN nullif(min(coalesce(d." ch                                 \
  "_published_at, '~'), "                                                                       \
  "coalesce((SELECT min(sx.acknowledged_at) FROM notice_items si JOIN deliveries sx ON "        \
  "sx.notice_id = si.notice_id AND sx.channel = '" ch                                           \
  "' WHERE si.decision_id = d.id AND "                                                          \
  "si.action <> 'withdraw' AND sx.state = 'acknowledged' AND sx.stamped_at IS NULL), '~')), "   \
  "'~') ELSE d." ch "_published_at END)"

namespace dpfeed {

// An acknowledged delivery whose notice's decisions are not stamped yet.
struct UnstampedAcknowledgement {
  int64_t delivery_id = 0;
  int64_t notice_id = 0;
  Channel channel = Channel::kPortal;
  std::string acknowledged_at;
};

// The oldest `limit` of them, by delivery id.
Result<std::vector<UnstampedAcknowledgement>> UnstampedAcknowledgements(Database& db, int limit);
// How many there are (a probe of their partial index).
Result<int64_t> CountUnstampedAcknowledgements(Database& db);

// The decisions `notice_id` publishes (its items other than withdrawals),
// appended to `out`.
Status AppendPublishedDecisions(Database& db, int64_t notice_id, std::vector<int64_t>* out);

// One decision to stamp: first published on `channel` at `at` unless
// stamped earlier already.
struct PublicationStamp {
  int64_t decision_id = 0;
  Channel channel = Channel::kPortal;
  std::string_view at;
};

// Moves each decision's column to `at` where it is empty or later. Cheapest
// with `stamps` in decision-id order (neighbouring rows share table pages),
// a decision's two channels next to each other (one row write for both).
Status StampDecisions(Database& db, const PublicationStamp* stamps, size_t count);
// Records that the decisions of these deliveries' notices are stamped.
Status MarkStamped(Database& db, const std::vector<int64_t>& delivery_ids, const std::string& now);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_PUBLICATION_STAMPS_H_
