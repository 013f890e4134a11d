#include "redaction/detectors.h"

#include <algorithm>

#include "redaction/digit_detectors.h"
#include "redaction/person_name.h"
#include "redaction/text_detectors.h"

namespace dpfeed {

std::vector<Span> DetectPersonalData(std::string_view text, const DetectOptions& options) {
  std::vector<Span> spans;
  DetectDigitIdentifiers(text, spans);
  spans.erase(std::remove_if(spans.begin(), spans.end(),
                             [&](const Span& s) {
                               if (s.category == PiiCategory::kLandline && !options.landlines)
                                 return true;
                               if (options.public_codes.empty()) return false;
                               const std::string value =
                                   CompactIdentifier(text.substr(s.begin, s.end - s.begin));
                               return std::find(options.public_codes.begin(),
                                                options.public_codes.end(),
                                                value) != options.public_codes.end();
                             }),
              spans.end());
  DetectEmails(text, spans);
  DetectTravelDocuments(text, spans);
  if (options.addresses) DetectAddresses(text, spans);
  for (const std::string& name : options.names) DetectName(text, name, spans);
  NormalizeSpans(spans);
  return spans;
}

}  // namespace dpfeed
