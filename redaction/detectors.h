// All detectors in one pass over a text, for one record's context: which
// categories apply to its subject and whose names to look for.
//
// Thread-safety: pure function.
#ifndef DPFEED_REDACTION_DETECTORS_H_
#define DPFEED_REDACTION_DETECTORS_H_

#include <string>
#include <string_view>
#include <vector>

#include "redaction/span.h"

namespace dpfeed {

struct DetectOptions {
  // Landlines and house-number addresses are personal for natural persons
  // and individual businesses; a firm's premises and switchboard are public.
  bool landlines = true;
  bool addresses = true;
  // Names of the persons of this record, searched for verbatim.
  std::vector<std::string> names;
  // The record's own public codes (统一社会信用代码, 工商注册号 ...): an
  // all-digit code quoted in free text may look like a card or an old ID
  // number, and stays visible (DOMAIN.md §4).
  std::vector<std::string> public_codes;
};

// Spans of personal data in `text`, sorted and non-overlapping.
std::vector<Span> DetectPersonalData(std::string_view text, const DetectOptions& options);

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_DETECTORS_H_
