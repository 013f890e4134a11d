// Detectors for personal identifiers written with digits: 18-digit ID
// numbers (check character and birth date validated; lower-case x; spaces
// or dashes inside), old 15-digit IDs (valid birth date), mobile numbers
// (+86, spaces, dashes), landlines (area code + number) and bank cards
// (16-19 digits passing Luhn, with a card-network leading digit).
//
// A digit group glued to ASCII letters (统一社会信用代码, passport numbers,
// case numbers such as "GX2024...") is never a match here, and a valid ID
// inside a longer digit run is not one either: detectors match whole runs
// or whole separator-delimited parts of a run.
//
// Thread-safety: pure function.
#ifndef DPFEED_REDACTION_DIGIT_DETECTORS_H_
#define DPFEED_REDACTION_DIGIT_DETECTORS_H_

#include <string>
#include <string_view>
#include <vector>

#include "redaction/span.h"

namespace dpfeed {

// Appends the spans found in `text` to `out`.
void DetectDigitIdentifiers(std::string_view text, std::vector<Span>& out);

// The same for the number starting at p (an ASCII digit that a scan
// reached from the previous token's end): classifies the digit group there
// and returns the position after its alphanumeric token, where the scan
// goes on.
size_t DetectDigitGroupAt(std::string_view text, size_t p, std::vector<Span>& out);

// The identifier characters (digits and X) of a span, without separators.
std::string CompactIdentifier(std::string_view span_text);

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_DIGIT_DETECTORS_H_
