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
  std::vector<Span> out;
  out.reserve(spans.size());
  for (const Span& s : spans) {
    if (s.end <= s.begin) continue;
    if (!out.empty() && s.begin < out.back().end) {
      // Overlap: keep the union under the earlier span's category so no
      // byte of either escapes masking.
      out.back().end = std::max(out.back().end, s.end);
      continue;
    }
    out.push_back(s);
  }
  spans.swap(out);
}

}  // namespace dpfeed
