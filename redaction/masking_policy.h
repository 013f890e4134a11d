// The masking policy (DOMAIN.md §4): what each kind of personal data is
// reduced to before anything leaves dpfeed, per subject type and per field.
//
//   自然人 / 个体工商户 operator: name -> surname + '*' (欧阳明华 -> 欧阳**);
//   ID numbers keep at most the first 6 and last 4; phones the first 3 and
//   last 4; bank cards the last 4; emails the first character and the
//   domain; house numbers become '*'; FR_ZJHM is never published.
//   法人及非法人组织: names, codes and the legal representative stay.
// Free text (SY, NR, BZ) of every record is scanned for ID, mobile, card,
// email and travel-document numbers; for persons also landlines, house
// numbers and the person's own name.
//
// Thread-safety: pure functions over value types.
#ifndef DPFEED_REDACTION_MASKING_POLICY_H_
#define DPFEED_REDACTION_MASKING_POLICY_H_

#include <string>
#include <string_view>
#include <vector>

#include "redaction/detectors.h"
#include "redaction/span.h"
#include "service/domain/record.h"

namespace dpfeed {

struct MaskingPolicy {
  int id_keep_head = 6;     // leading characters of an ID number kept (default 6, at most 6)
  int id_keep_tail = 4;     // trailing characters kept (default 4, at most 4)
  int phone_keep_head = 3;  // leading digits of a phone number kept (default 3)
  int phone_keep_tail = 4;  // trailing digits kept (default 4)
  int card_keep_tail = 4;   // trailing digits of a bank card kept (default 4)
  bool publish_representative_id = false;  // FR_ZJHM published (masked) instead of dropped (default false)
};

// The masked form of one detected span's text.
std::string MaskSpan(std::string_view span_text, PiiCategory category, const MaskingPolicy& policy);

// `text` with every span replaced by its masked form.
// REQUIRES: spans sorted and non-overlapping (DetectPersonalData's output).
std::string ApplyMasks(std::string_view text, const std::vector<Span>& spans, const MaskingPolicy& policy);

// Detects and masks personal data in free text.
std::string MaskFreeText(std::string_view text, const DetectOptions& options, const MaskingPolicy& policy);

// The record's public identifier codes (kCode fields that are public),
// compacted to digits and letters.
std::vector<std::string> PublicCodesOf(const Record& record);

// What to look for in a record's free text, from its subject type.
DetectOptions DetectOptionsFor(const Record& record);

// The record as it may be published: same fields, personal values masked,
// FR_ZJHM removed (unless the policy publishes it masked).
Record MaskRecord(const Record& record, const MaskingPolicy& policy);

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_MASKING_POLICY_H_
