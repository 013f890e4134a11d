// Fuzzes the personal-data detectors, the masking and the leak guard with
// arbitrary bytes (free text arrives from departments' systems unchecked
// beyond UTF-8). Checks the contracts the publisher relies on: spans lie
// inside the text, sorted and disjoint; masking never loses the text
// around spans; nothing crashes or reads out of bounds.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "redaction/detectors.h"
#include "redaction/leak_guard.h"
#include "redaction/masking_policy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dpfeed;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  DetectOptions options;
  options.names = {"张三", "欧阳明华", "Zhang San"};
  const auto spans = DetectPersonalData(text, options);
  size_t last_end = 0;
  for (const Span& s : spans) {
    if (s.begin < last_end || s.end <= s.begin || s.end > text.size()) std::abort();
    last_end = s.end;
  }
  const MaskingPolicy policy;
  const std::string masked = ApplyMasks(text, spans, policy);
  // Text between spans is copied unchanged, in order.
  size_t pos = 0, out = 0;
  for (const Span& s : spans) {
    const std::string_view between = text.substr(pos, s.begin - pos);
    if (masked.compare(out, between.size(), between) != 0) std::abort();
    out += between.size() + MaskSpan(text.substr(s.begin, s.end - s.begin), s.category, policy).size();
    pos = s.end;
  }
  if (masked.size() != out + (text.size() - pos)) std::abort();

  Record r;
  r.kind = Kind::kPenalty;
  r.Set("XDR_LB", "自然人");
  r.Set("XDR_MC", "张三");
  r.Set("SY", std::string(text));
  const Record m = MaskRecord(r, policy);
  (void)FindLeaks(m.Get("SY"), {&r}, policy);
  (void)FindLeaks(text, {&r}, policy);
  return 0;
}
