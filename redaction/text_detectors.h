// Detectors for personal data written with letters: email addresses,
// passport numbers and travel permits (addresses: address_detector.h).
//
// Thread-safety: pure functions.
#ifndef DPFEED_REDACTION_TEXT_DETECTORS_H_
#define DPFEED_REDACTION_TEXT_DETECTORS_H_

#include <string_view>
#include <vector>

#include "redaction/span.h"
#include "redaction/text_scan.h"

namespace dpfeed {

// local@domain.tld (ASCII), the whole address.
void DetectEmails(std::string_view text, std::vector<Span>& out);

// Whole alphanumeric tokens shaped like documents of persons:
//   passports: E + 8 digits, E + letter + 7 digits, G/D/S/P + 8 digits;
//   and, named 护照 just before, any letter + 8 digits, two letters + 7
//   digits or 9 digits (foreign passports);
//   往来港澳通行证 (mainland residents): C + 8 digits, C + letter + 7 digits;
//   往来台湾通行证: L + 8 digits;
//   港澳居民来往内地通行证: H or M + 8 or 10 digits;
//   台湾居民来往大陆通行证: 8 digits (or 10 digits + letter) right after
//   the words 台胞证 / 通行证.
// A token of another shape (统一社会信用代码, case numbers) or after a
// label naming it as something else (订单号 ...) is left alone.
void DetectTravelDocuments(std::string_view text, std::vector<Span>& out);
// The same over the text's ASCII words, listed already.
void DetectTravelDocuments(std::string_view text, const std::vector<AsciiWord>& words,
                           std::vector<Span>& out);

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_TEXT_DETECTORS_H_
