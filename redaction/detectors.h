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
};

// Spans of personal data in `text`, sorted and non-overlapping.
std::vector<Span> DetectPersonalData(std::string_view text, const DetectOptions& options);

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_DETECTORS_H_
