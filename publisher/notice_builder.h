// Builds one notice from the decisions the planner put in it: masks the
// records, renders the three artifacts (portal page, portal JSON, credit
// JSON), runs the leak guard over all of them at once and, unless it is a
// dry run, stores them in the artifact store. Pure CPU and file work with
// no database access, so the planner runs it on worker threads while the
// writer commits the notices already built.
//
// Thread-safety: BuildNotice is a pure function of its arguments plus the
// (thread-safe) artifact store; call it from many threads at once.
// Contract: a flag holds only what it must. When the guard finds values in
// the artifacts it ties each to the records it belongs to (by value, or by
// where it stands in the portal JSON); in a withdrawal notice a flagged
// record's reason text is left out first (a withdrawal is never held back
// by its own reason), then the record shows only what identifies the
// decision (document number, date, subject category, agency); records
// still flagged are held: the notice is
// rendered again without them and guarded again, and it goes out with the
// others (`held` names the held decisions and their categories; when every
// record is held there is nothing to write). Only when a value cannot be
// tied to a record or the notice without the held ones still fails, the whole notice comes back
// `blocked` with the leak categories (never the values) and without artifacts stored. Otherwise its
// NoticeWrite carries everything the commit needs, with the artifact hashes set when a store was
// given. A stored record that cannot be decoded is Corruption.
#ifndef DPFEED_PUBLISHER_NOTICE_BUILDER_H_
#define DPFEED_PUBLISHER_NOTICE_BUILDER_H_

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "publisher/notice_renderer.h"
#include "redaction/masking_policy.h"
#include "service/domain/civil_date.h"
#include "service/domain/status.h"
#include "service/store/artifact_store.h"
#include "service/store/department_repository.h"
#include "service/store/notice_commit.h"
#include "service/store/notice_repository.h"

namespace dpfeed {

// One notice as the planner decided it, from the snapshot it read.
struct NoticeSpec {
  std::string run_key;  // unique per notice; a repeat of the same cycle reuses it
  int64_t department_id = 0;
  Kind kind = Kind::kLicense;
  NoticeType type = NoticeType::kRegular;
  std::vector<PlanningRow> rows;  // by decision date, then id; empty only for a regular notice
  // The regular run's week; otherwise the first and last decision dates.
  std::optional<std::pair<CivilDate, CivilDate>> period;
};

struct BuildOptions {
  std::string jurisdiction;  // title prefix, e.g. "安丘市"
  MaskingPolicy masking;
  bool credit_unmasked = false;  // the credit channel gets unmasked identifiers (not guarded)
};

// Seconds spent in each stage of building a notice.
struct BuildStages {
  double mask = 0;    // decoding and masking the records
  double render = 0;  // the three artifacts
  double guard = 0;   // the leak guard over them
  double store = 0;   // hashing and writing them to the artifact store
};

// A decision the leak guard held out of its notice, and why (categories
// such as "id_number"; never the values).
struct HeldDecision {
  int64_t decision_id = 0;
  std::set<std::string> categories;
};

struct BuiltNotice {
  NoticeWrite write;
  BuildStages stages;
  size_t records = 0;                     // in the notice as written (held ones excluded)
  bool blocked = false;                   // the leak guard refused the whole notice
  std::set<std::string> leak_categories;  // why, when blocked or when records were held
  std::vector<HeldDecision> held;         // held out; the rest is published
  // (records == 0 with decisions held: every record was held, nothing to write)
  int reasons_left_out = 0;  // withdrawal reasons not shown because they leaked
};

// `department` is the notice's department; `published_on` the run's
// Shanghai date (YYYY-MM-DD). `store` null: render and guard only (dry run).
// `title` "": the standard title (a page revision passes its notice's).
Result<BuiltNotice> BuildNotice(const NoticeSpec& spec, const Department& department,
                                const std::string& published_on, const BuildOptions& options,
                                const ArtifactStore* store, const std::string& title = "");

// The detail of the event recorded for a notice (or page) the leak guard
// refused: {"run_key": …, "leaks": [categories]}; never the values.
std::string LeakEventDetail(const std::string& run_key, const std::vector<std::string>& categories);

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_NOTICE_BUILDER_H_
