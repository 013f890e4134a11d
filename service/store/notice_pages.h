// The public page of a published notice after a decision in it was
// withdrawn (issue 8 §7: public pages serve only guarded artifacts). The
// planner finds the notices whose page still shows a withdrawn decision
// (revoked, expired, repaired or made withheld), renders each again
// without those decisions, guards and stores the new page, and records it
// here as the notice's next revision; /notices/{id} then serves it
// (NoticeRow::page_html). The withdrawal notice itself keeps its records.
//
// Thread-safety: functions take the caller's connection; ReadPagesToRevise
// on any connection without an open transaction (it reads in one read
// transaction of its own), InsertNoticePage on the writer's, inside its
// transaction.
// Contract: InsertNoticePage writes nothing and returns false when the
// notice's newest revision is no longer the one the page was built on
// (another cycle replaced it meanwhile): the caller reads again.
#ifndef DPFEED_SERVICE_STORE_NOTICE_PAGES_H_
#define DPFEED_SERVICE_STORE_NOTICE_PAGES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "service/domain/status.h"
#include "service/store/database.h"
#include "service/store/notice_repository.h"

namespace dpfeed {

struct PageToRevise {
  NoticeRow notice;
  // The decisions the new page shows, by decision date then id (the
  // notice's order); `row.content` is the version the notice published.
  std::vector<PlanningRow> shown;
  std::vector<int64_t> dropped;  // withdrawn decisions the page shows now
};

// At most `limit` notices (oldest first), complete and not themselves
// withdrawal notices, whose page shows a decision withdrawn since.
Result<std::vector<PageToRevise>> ReadPagesToRevise(Database& db, int limit);

struct NoticePageWrite {
  int64_t notice_id = 0;
  int revision = 0;  // the new one: the notice's newest + 1
  std::string html_sha256, json_sha256;
  int records = 0;
  std::vector<int64_t> dropped;
};

// Records the page; marks its dropped decisions off the notice, and each
// decision off every page once no page shows it any more.
Result<bool> InsertNoticePage(Database& db, const NoticePageWrite& page, const std::string& now);

// Where a decision's public form is: the JSON twin (SHA-256) of the page of
// the newest complete notice that shows it (its withdrawal notice, once it
// is withdrawn); none while it is in no notice yet.
struct PublicRecordSource {
  int64_t notice_id = 0;
  std::string json_sha256;
};
Result<std::optional<PublicRecordSource>> FindPublicRecordSource(Database& db, int64_t decision_id);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_NOTICE_PAGES_H_
