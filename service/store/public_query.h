// Reads behind the citizens' pages: published notices with filters, and
// the candidates of a search over published records. Only what the portal
// acknowledged is ever returned; withdrawn (revoked or expired) decisions
// are not.
//
// Thread-safety: functions take the caller's (reader) connection.
// Contract: SearchCandidates matches `needle` as a substring of the
// document number or of the published version's stored content, which
// holds unmasked personal data: the caller must mask each candidate and
// keep only those whose published (masked) form matches, so a search for a
// person's full name finds nothing. Newest first; at most `limit`.
#ifndef DPFEED_SERVICE_STORE_PUBLIC_QUERY_H_
#define DPFEED_SERVICE_STORE_PUBLIC_QUERY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "service/domain/kind.h"
#include "service/domain/publication_state.h"
#include "service/domain/status.h"
#include "service/store/database.h"

namespace dpfeed {

struct PublicNotice {
  int64_t id = 0;
  int64_t department_id = 0;
  Kind kind = Kind::kLicense;
  NoticeType type = NoticeType::kRegular;
  std::string title, period_from, period_to, published_on, published_at;
  int records = 0;  // decisions in it that are still shown
};

struct PublicNoticeFilter {
  std::optional<int64_t> department_id;
  std::optional<Kind> kind;
  std::string week_from;          // notices covering the week of this Monday ("" = any)
  int64_t before_id = INT64_MAX;  // keyset paging
  int limit = 50;
};
Result<std::vector<PublicNotice>> ListPublicNotices(Database& db, const PublicNoticeFilter& filter);

struct PublishedRecord {
  int64_t decision_id = 0;
  int version = 0;
  Kind kind = Kind::kLicense;
  int64_t department_id = 0;
  int64_t notice_id = 0;
  std::string notice_title, published_on;
  std::string content;  // canonical JSON of the published version (unmasked)
};
// One row per decision: the newest published version.
Result<std::vector<PublishedRecord>> SearchCandidates(Database& db, const std::string& needle,
                                                      int limit);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_PUBLIC_QUERY_H_
