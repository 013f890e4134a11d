// What a detector reports: a byte range of the scanned text and the kind of
// personal data found there. Detectors report; the masking policy decides.
//
// Thread-safety: value types.
#ifndef DPFEED_REDACTION_SPAN_H_
#define DPFEED_REDACTION_SPAN_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace dpfeed {

enum class PiiCategory {
  kIdNumber,      // 居民身份证号 (18-digit with check character, or old 15-digit)
  kMobile,        // 手机号
  kLandline,      // 固定电话
  kBankCard,      // 银行卡号 (Luhn, 16-19 digits)
  kEmail,         // 电子邮箱
  kPassport,      // 护照号
  kTravelPermit,  // 港澳台居民来往内地通行证 / 往来港澳通行证
  kAddress,       // 门牌号级地址
  kPersonName,    // 自然人姓名
};

// Stable lower-case names used in logs, metrics and the evaluation report.
const char* PiiCategoryName(PiiCategory c);
inline constexpr int kPiiCategoryCount = 9;

// An identity number or contact (anything but a name or an address).
inline bool IsIdentity(PiiCategory c) {
  return c != PiiCategory::kPersonName && c != PiiCategory::kAddress;
}
// A number written with digits, which a text may split by spaces or dashes.
inline bool IsDigitNumber(PiiCategory c) {
  return c == PiiCategory::kIdNumber || c == PiiCategory::kMobile || c == PiiCategory::kBankCard ||
         c == PiiCategory::kLandline;
}

struct Span {
  size_t begin = 0;  // byte offsets into the scanned text, [begin, end)
  size_t end = 0;
  PiiCategory category = PiiCategory::kIdNumber;
  bool operator==(const Span&) const = default;
};

// Sorts spans and drops any that overlap an earlier (or longer) one, so the
// result can be applied left to right.
void NormalizeSpans(std::vector<Span>& spans);

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_SPAN_H_
