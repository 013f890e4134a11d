// Detectors for personal identifiers written with digits: 18-digit ID
// numbers (check character and birth date validated; lower-case x; spaces
// or dashes inside), old 15-digit IDs (valid birth date), mobile numbers
// (+86, spaces, dashes), landlines (area code + number) and bank cards
// (16-19 digits passing Luhn, with a card-network leading digit). Digits
// may be full-width (１３８…) and separated by full-width dashes or spaces.
//
// A digit group glued to ASCII letters (统一社会信用代码, passport numbers,
// case numbers such as "GX2024...") is never a match here, and a valid ID
// inside a longer digit run is not one either: detectors match whole runs
// or whole separator-delimited parts of a run.
//
// Context decides too: a number introduced by a label naming it as
// something else (案件编号, 受理编号, 流水号, 缴款码, 文号, 票据号码 ...) is
// not taken for an identifier on shape alone, and neither is an "ID
// number" whose birth date is after the record's decision date (a dated
// code such as a construction permit number). Such numbers are reported
// as kept, so the leak guard knows masking left them on purpose.
//
// Thread-safety: pure functions.
#ifndef DPFEED_REDACTION_DIGIT_DETECTORS_H_
#define DPFEED_REDACTION_DIGIT_DETECTORS_H_

#include <string>
#include <string_view>
#include <vector>

#include "redaction/span.h"
#include "redaction/text_scan.h"

namespace dpfeed {

struct DigitOptions {
  bool landlines = true;  // report landlines (the caller decides whose they are)
  // Only what a natural person's identity reused in a public code field
  // looks like: 18-digit ID numbers of adults and mobile numbers. Cards and
  // old 15-digit numbers there are the shapes of other codes (default off).
  bool identity_only = false;
  // The record's decision date as YYYYMMDD, 0 when unknown: an ID number
  // born after it is a dated code, not an ID; with identity_only, so is one
  // born less than 16 years before it (licences are not held by children).
  int reference_date = 0;
  // Whether the text may hold full-width digits (１３８…); a caller that
  // knows it holds none saves a pass (default true).
  bool full_width = true;
};

// Appends the identifiers found in `text` to `out`, and to `kept` (when
// given) the numbers shaped like identifiers that the context says are
// something else. Both sorted by position.
void DetectDigitIdentifiers(std::string_view text, const DigitOptions& options,
                            std::vector<Span>& out, std::vector<Span>* kept);
// The same for a text whose ASCII words are known already (listed by
// TriggerTable::Collect): no pass of its own unless the text holds
// full-width digits.
void DetectDigitIdentifiers(std::string_view text, const std::vector<AsciiWord>& words,
                            const DigitOptions& options, std::vector<Span>& out,
                            std::vector<Span>* kept);
// With default options.
void DetectDigitIdentifiers(std::string_view text, std::vector<Span>& out);

// The same for the number starting at p (an ASCII digit that a scan
// reached from the previous token's end), with default options and no
// labels: classifies the digit group there and returns the position after
// its alphanumeric token, where the scan goes on.
size_t DetectDigitGroupAt(std::string_view text, size_t p, std::vector<Span>& out);

// Whether the token starting at p follows a label naming it as something
// other than a person's identifier (案件编号：, 流水号为 ...).
bool LabelledAsNonPersonal(std::string_view text, size_t p);

// The identifier characters (digits and X) of a span, without separators;
// full-width digits become ASCII.
std::string CompactIdentifier(std::string_view span_text);
// The same, written over `out` (a caller's reused buffer).
void CompactIdentifier(std::string_view span_text, std::string& out);
// Whether CompactIdentifier(span_text) == compact, without building it.
bool CompactEquals(std::string_view span_text, std::string_view compact);

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_DIGIT_DETECTORS_H_
