#include "publisher/notice_masker.h"

#include <charconv>

#include "redaction/leak_guard.h"

namespace dpfeed {

namespace {

// Between artifacts checked as one text: no value or digit run can span it.
constexpr std::string_view kSeparator = "\n\n";

size_t LeakOffset(const Leak& leak) {
  // "byte N" (leak_guard.h); a Leak never carries the value.
  const std::string_view where = leak.where;
  const size_t space = where.rfind(' ');
  size_t n = 0;
  if (space != std::string_view::npos)
    std::from_chars(where.data() + space + 1, where.data() + where.size(), n);
  return n;
}

}  // namespace

MaskedNotice MaskForNotice(const std::vector<const Record*>& originals,
                           const std::vector<std::string>& reasons, const MaskingPolicy& policy) {
  MaskedNotice out;
  out.records.reserve(originals.size());
  for (const Record* r : originals) out.records.push_back(MaskRecord(*r, policy));
  for (size_t i = 0; i < reasons.size() && i < originals.size(); ++i) {
    out.reasons.push_back(MaskFreeText(reasons[i], DetectOptionsFor(*originals[i]), policy));
  }
  return out;
}

bool IsPublishedColumn(const FieldSpec& f, const MaskingPolicy& policy) {
  return f.role != FieldRole::kRepresentativeId || policy.publish_representative_id;
}

NoticeLeakGuard::NoticeLeakGuard(std::vector<const Record*> originals, const MaskingPolicy& policy)
    : originals_(std::move(originals)), policy_(policy) {}

std::vector<ArtifactLeak> NoticeLeakGuard::Check(
    const std::vector<std::string_view>& artifacts) const {
  std::string joined;
  std::vector<size_t> starts;
  size_t total = 0;
  for (std::string_view a : artifacts) total += a.size() + kSeparator.size();
  joined.reserve(total);
  for (std::string_view a : artifacts) {
    starts.push_back(joined.size());
    joined.append(a);
    joined.append(kSeparator);
  }
  std::vector<ArtifactLeak> out;
  for (const Leak& leak : FindLeaks(joined, originals_, policy_)) {
    const size_t at = LeakOffset(leak);
    size_t i = starts.size();
    while (i > 0 && starts[i - 1] > at) --i;
    const size_t artifact = i == 0 ? 0 : i - 1;
    out.push_back({artifact, at - starts[artifact], leak.category});
  }
  return out;
}

}  // namespace dpfeed
