// The publisher's one seam to redaction: what a notice's records look like
// once masked, and whether rendered artifacts still carry a personal value.
// Every other publisher file goes through here, so a change of the
// redaction API touches this file only.
//
// It sits on the redaction module's notice-level API (notice_masking.h,
// leak_guard.h): one detector pass per record field yields the masked
// records and the personal values found, and the guard is built from those
// values, not by scanning the records again.
//
// Thread-safety: pure functions and an immutable guard; safe on many
// threads at once.
#ifndef DPFEED_PUBLISHER_NOTICE_MASKER_H_
#define DPFEED_PUBLISHER_NOTICE_MASKER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "redaction/leak_guard.h"
#include "redaction/masking_policy.h"
#include "redaction/notice_masking.h"
#include "service/domain/record.h"

namespace dpfeed {

// Masks `originals` as one notice (MaskNotice); `reasons` is empty or one
// free text per record (a withdrawal reason), masked in its record's context.
// REQUIRES: reasons.empty() || reasons.size() == originals.size().
MaskedNotice MaskForNotice(const std::vector<const Record*>& originals,
                           const std::vector<std::string>& reasons, const MaskingPolicy& policy);

// Free text published outside any record (a matter change's reason, 变更原因),
// masked as a legal person's free text is: contacts, identity numbers,
// persons named by context and their homes; an office's landline stays.
std::string MaskFreeText(std::string_view text, const MaskingPolicy& policy);

// Whether field `f` has a column in published notices at all (FR_ZJHM only
// when the policy publishes it masked).
bool IsPublishedColumn(const FieldSpec& f, const MaskingPolicy& policy);

struct ArtifactLeak {
  size_t artifact = 0;          // index into the artifacts checked
  size_t offset = 0;            // byte offset of the value in that artifact
  std::string category;         // a PiiCategoryName, e.g. "id_number"; never the value
  std::vector<size_t> records;  // the notice's records the value belongs to; empty when unknown
};

// Built once per notice from what masking found.
class NoticeLeakGuard {
 public:
  explicit NoticeLeakGuard(const MaskedNotice& masked);
  // Every personal value of the notice standing in clear in any artifact,
  // and every checksum-valid identity number masking did not keep on purpose.
  std::vector<ArtifactLeak> Check(const std::vector<std::string_view>& artifacts) const;

 private:
  LeakGuard guard_;
};

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_NOTICE_MASKER_H_
