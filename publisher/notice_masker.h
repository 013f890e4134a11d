// The publisher's one seam to redaction: what a notice's records look like
// once masked, and whether rendered artifacts still carry a personal value.
// Every other publisher file goes through here, so a change of the
// redaction API touches this file only.
//
// Today it sits on MaskRecord / MaskFreeText / FindLeaks: each record's
// text is scanned once to mask it and once more to build the guard, and the
// guard checks all of a notice's artifacts in one call. (The redaction
// module's notice-level API, one detector pass per record yielding both the
// masked records and the values to guard, will replace the bodies.)
//
// Thread-safety: pure functions and an immutable guard; safe on many
// threads at once.
#ifndef DPFEED_PUBLISHER_NOTICE_MASKER_H_
#define DPFEED_PUBLISHER_NOTICE_MASKER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "redaction/masking_policy.h"
#include "service/domain/record.h"

namespace dpfeed {

struct MaskedNotice {
  std::vector<Record> records;       // published form, in the input's order
  std::vector<std::string> reasons;  // masked free texts shown beside them ("" kept "")
};

// Masks `originals` as one notice; `reasons` is empty or one free text per
// record (a withdrawal reason), masked in its record's context.
// REQUIRES: reasons.empty() || reasons.size() == originals.size().
MaskedNotice MaskForNotice(const std::vector<const Record*>& originals,
                           const std::vector<std::string>& reasons, const MaskingPolicy& policy);

// Whether field `f` has a column in published notices at all (FR_ZJHM only
// when the policy publishes it masked).
bool IsPublishedColumn(const FieldSpec& f, const MaskingPolicy& policy);

struct ArtifactLeak {
  size_t artifact = 0;   // index into the artifacts checked
  size_t offset = 0;     // byte offset of the value in that artifact
  std::string category;  // a PiiCategoryName, e.g. "id_number"; never the value
};

// Built once per notice from its original (unmasked) records; REQUIRES the
// records outlive the guard.
class NoticeLeakGuard {
 public:
  NoticeLeakGuard(std::vector<const Record*> originals, const MaskingPolicy& policy);
  // Every personal value of the notice standing in clear in any artifact,
  // and every checksum-valid identity number that is not a public code.
  std::vector<ArtifactLeak> Check(const std::vector<std::string_view>& artifacts) const;

 private:
  std::vector<const Record*> originals_;
  MaskingPolicy policy_;
};

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_NOTICE_MASKER_H_
