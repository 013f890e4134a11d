#include "redaction/span.h"

#include <algorithm>

namespace dpfeed {

const char* PiiCategoryName(PiiCategory c) {
  switch (c) {
    case PiiCategory::kIdNumber:
      return "id_number";
    case PiiCategory::kMobile:
      return "mobile";
    case PiiCategory::kLandline:
      return "landline";
    case PiiCategory::kBankCard:
      return "bank_card";
    case PiiCategory::kEmail:
      return "email";
    case PiiCategory::kPassport:
      return "passport";
    case PiiCategory::kTravelPermit:
      return "travel_permit";
    case PiiCategory::kAddress:
      return "address";
    case PiiCategory::kPersonName:
      return "person_name";
  }
  return "unknown";
}

void NormalizeSpans(std::vector<Span>& spans) {
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  // Merged in place: the kept spans never outnumber the ones read.
  size_t kept = 0;
  for (const Span& s : spans) {
    if (s.end <= s.begin) continue;
    if (kept > 0 && s.begin < spans[kept - 1].end) {
      // Overlap: keep the union under the earlier span's category so no
      // byte of either escapes masking.
      spans[kept - 1].end = std::max(spans[kept - 1].end, s.end);
      continue;
    }
    spans[kept++] = s;
  }
  spans.resize(kept);
}

}  // namespace dpfeed
