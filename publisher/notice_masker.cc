#include "publisher/notice_masker.h"

#include "redaction/field_policy.h"

namespace dpfeed {

MaskedNotice MaskForNotice(const std::vector<const Record*>& originals,
                           const std::vector<std::string>& reasons, const MaskingPolicy& policy) {
  return MaskNotice(originals, policy, reasons);
}

std::string MaskFreeText(std::string_view text, const MaskingPolicy& policy) {
  Record context;
  context.kind = Kind::kLicense;
  context.Set("XDR_LB", "法人及非法人组织");
  return MaskReasonText(text, context, policy);
}

bool IsPublishedColumn(const FieldSpec& f, const MaskingPolicy& policy) {
  return IsPublishedField(f, policy);
}

NoticeLeakGuard::NoticeLeakGuard(const MaskedNotice& masked) : guard_(masked) {}

std::vector<ArtifactLeak> NoticeLeakGuard::Check(
    const std::vector<std::string_view>& artifacts) const {
  std::vector<ArtifactLeak> out;
  for (size_t i = 0; i < artifacts.size(); ++i) {
    for (Leak& leak : guard_.Check(artifacts[i])) {
      out.push_back({i, leak.offset, PiiCategoryName(leak.category), std::move(leak.records)});
    }
  }
  return out;
}

}  // namespace dpfeed
