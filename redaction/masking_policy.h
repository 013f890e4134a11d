// What each kind of personal value is reduced to before it leaves dpfeed
// (DOMAIN.md §4), and masking of detected spans in a text:
//
//   names -> surname + '*' (欧阳明华 -> 欧阳**); ID numbers keep at most the
//   first 6 and last 4; phones the first 3 and last 4 (a landline's area
//   code stays whole: 0536-****1234); bank cards the last 4; emails the
//   first character and the domain; addresses keep their unit words
//   (幸福路**号) and, for a home address, the county-level part.
//
// Which fields are masked is the field policy's (field_policy.h); masking a
// whole notice is notice_masking.h's.
//
// Thread-safety: pure functions over value types.
#ifndef DPFEED_REDACTION_MASKING_POLICY_H_
#define DPFEED_REDACTION_MASKING_POLICY_H_

#include <string>
#include <string_view>
#include <vector>

#include "redaction/detectors.h"
#include "redaction/field_policy.h"
#include "redaction/notice_masking.h"
#include "redaction/record_context.h"
#include "redaction/span.h"

namespace dpfeed {

// The masked form of one detected span's text.
std::string MaskSpan(std::string_view span_text, PiiCategory category, const MaskingPolicy& policy);

// `text` with every span replaced by its masked form.
// REQUIRES: spans sorted and non-overlapping (DetectPersonalData's output).
std::string ApplyMasks(std::string_view text, const std::vector<Span>& spans,
                       const MaskingPolicy& policy);

// Detects and masks personal data in free text.
std::string MaskFreeText(std::string_view text, const DetectOptions& options,
                         const MaskingPolicy& policy);

// A whole identity-number field (XDR_ZJHM, FR_ZJHM): the ID-number rule for
// 15 characters or more, otherwise a travel document's (first character and
// last two kept).
std::string MaskIdentifierValue(std::string_view value, const MaskingPolicy& policy);

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_MASKING_POLICY_H_
