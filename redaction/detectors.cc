#include "redaction/detectors.h"

#include <algorithm>

#include "redaction/digit_detectors.h"
#include "redaction/person_name.h"
#include "redaction/text_detectors.h"

namespace dpfeed {

std::vector<Span> DetectPersonalData(std::string_view text, const DetectOptions& options) {
  std::vector<Span> spans;
  DetectDigitIdentifiers(text, spans);
  if (!options.landlines) {
    spans.erase(std::remove_if(spans.begin(), spans.end(),
                               [](const Span& s) { return s.category == PiiCategory::kLandline; }),
                spans.end());
  }
  DetectEmails(text, spans);
  DetectTravelDocuments(text, spans);
  if (options.addresses) DetectAddresses(text, spans);
  for (const std::string& name : options.names) DetectName(text, name, spans);
  NormalizeSpans(spans);
  return spans;
}

}  // namespace dpfeed
