// Detectors for personal data written with letters or Chinese text:
// email addresses, passport numbers and travel permits, and
// house-number-level addresses.
//
// Thread-safety: pure functions.
#ifndef DPFEED_REDACTION_TEXT_DETECTORS_H_
#define DPFEED_REDACTION_TEXT_DETECTORS_H_

#include <string_view>
#include <vector>

#include "redaction/span.h"

namespace dpfeed {

// local@domain.tld (ASCII), the whole address.
void DetectEmails(std::string_view text, std::vector<Span>& out);

// Whole alphanumeric tokens shaped like documents of persons:
//   passports: E + 8 digits, E + letter + 7 digits, G/D/S/P + 8 digits;
//   往来港澳通行证 (mainland residents): C + 8 digits, C + letter + 7 digits;
//   港澳居民来往内地通行证: H or M + 8 or 10 digits;
//   台湾居民来往大陆通行证: 8 digits (or 10 digits + letter) right after
//   the words 台胞证 / 通行证.
// A token of another shape (统一社会信用代码, case numbers) is left alone.
void DetectTravelDocuments(std::string_view text, std::vector<Span>& out);

// House-number chains after a road, street, village or estate word:
// "幸福路88号", "3号楼2单元301室", "张家村3组15号". The span covers the
// numbers and their unit words; the road name stays public.
void DetectAddresses(std::string_view text, std::vector<Span>& out);

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_TEXT_DETECTORS_H_
