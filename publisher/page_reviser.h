// Takes withdrawn decisions off the public pages of the notices that
// published them (issue 8 §7): public routes serve only stored artifacts
// that passed the leak guard, so a decision revoked, expired, repaired or
// made withheld leaves /notices/{id} and the feeds when a new guarded page
// of its notice is stored without it. Each such notice is built again from
// the versions it published, minus the withdrawn decisions, with its own
// title, period and date (BuildNotice: masking, rendering, the leak guard,
// the artifact store), and recorded as the notice's next page revision.
//
// Thread-safety: call from one thread per database at a time (the
// planner's cycle); the store's conditional insert makes two cycles at once
// (daemon and CLI) safe.
// Contract: a page the leak guard refuses is not stored (the notice keeps
// its current page, logged at error level and recorded as an event with the
// categories, never the values) and is tried again at the next cycle.
#ifndef DPFEED_PUBLISHER_PAGE_REVISER_H_
#define DPFEED_PUBLISHER_PAGE_REVISER_H_

#include <string>

#include "publisher/notice_builder.h"
#include "publisher/write_fn.h"
#include "service/store/artifact_store.h"
#include "service/store/database.h"

namespace dpfeed {

struct PageRevisions {
  int stored = 0;   // new pages
  int blocked = 0;  // refused by the leak guard
};

// Reads on `read_db` (no transaction open on it), writes through `write`.
Result<PageRevisions> RevisePages(Database& read_db, const WriteFn& write,
                                  const BuildOptions& options, const ArtifactStore& store,
                                  const std::string& now);

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_PAGE_REVISER_H_
