#include "redaction/masking_policy.h"

#include <algorithm>

#include "redaction/address_detector.h"
#include "redaction/digit_detectors.h"
#include "redaction/person_name.h"
#include "redaction/text_scan.h"

namespace dpfeed {
namespace {

// Bytes of an identifier character at p: an ASCII letter or digit (1), a
// full-width one (3: ０-９, Ａ-Ｚ, ａ-ｚ); 0 for anything else.
size_t IdentifierCharAt(std::string_view text, size_t p) {
  if (IsAsciiAlnum(text[p])) return 1;
  if (p + 2 >= text.size() || static_cast<unsigned char>(text[p]) != 0xEF) return 0;
  const auto b1 = static_cast<unsigned char>(text[p + 1]);
  const auto b2 = static_cast<unsigned char>(text[p + 2]);
  if (b1 == 0xBC && ((b2 >= 0x90 && b2 <= 0x99) || (b2 >= 0xA1 && b2 <= 0xBA))) return 3;
  if (b1 == 0xBD && b2 >= 0x81 && b2 <= 0x9A) return 3;
  return 0;
}

// Keeps `head` leading and `tail` trailing identifier characters and stars
// the rest (one '*' per character, full-width ones included); separators
// stay where they were. At least a third of the characters are always
// starred, whatever the policy says.
std::string KeepHeadTail(std::string_view text, int head, int tail) {
  int count = 0;
  for (size_t p = 0; p < text.size();) {
    const size_t k = IdentifierCharAt(text, p);
    count += k > 0 ? 1 : 0;
    p += std::max<size_t>(k, 1);
  }
  head = std::max(head, 0);
  tail = std::max(tail, 0);
  if (head + tail > count - (count + 2) / 3) {
    head = std::min(head, count / 3);
    tail = std::min(tail, count / 3);
  }
  std::string out;
  out.reserve(text.size());
  int i = 0;
  for (size_t p = 0; p < text.size();) {
    const size_t k = IdentifierCharAt(text, p);
    if (k == 0) {
      out.push_back(text[p++]);
      continue;
    }
    if (i >= head && i < count - tail) {
      out.push_back('*');
    } else {
      out.append(text.substr(p, k));
    }
    ++i;
    p += k;
  }
  return out;
}

// A landline's area code is public (it names a city, not a person): it is
// kept whole and the local number keeps its last digits (0536-****1234).
std::string MaskLandline(std::string_view text, const MaskingPolicy& policy) {
  const std::string digits = CompactIdentifier(text);
  const int count = static_cast<int>(digits.size());
  // 010 and 02x are three-digit area codes, every other 0xxx four.
  const int area = count > 1 && (digits[1] == '1' || digits[1] == '2') ? 3 : 4;
  if (count <= area) return KeepHeadTail(text, policy.phone_keep_head, policy.phone_keep_tail);
  return KeepHeadTail(text, area, std::min(policy.phone_keep_tail, (count - area) / 2));
}

std::string MaskEmail(std::string_view email) {
  const size_t at = email.find('@');
  if (at == std::string_view::npos || at == 0) return std::string(email.size(), '*');
  return std::string(email.substr(0, 1)) + "***" + std::string(email.substr(at));
}

}  // namespace

std::string MaskSpan(std::string_view span_text, PiiCategory category,
                     const MaskingPolicy& policy) {
  switch (category) {
    case PiiCategory::kIdNumber:
      return KeepHeadTail(span_text, policy.id_keep_head, policy.id_keep_tail);
    case PiiCategory::kMobile:
      return KeepHeadTail(span_text, policy.phone_keep_head, policy.phone_keep_tail);
    case PiiCategory::kLandline:
      return MaskLandline(span_text, policy);
    case PiiCategory::kBankCard:
      return KeepHeadTail(span_text, 0, policy.card_keep_tail);
    case PiiCategory::kEmail:
      return MaskEmail(span_text);
    case PiiCategory::kPassport:
    case PiiCategory::kTravelPermit:
      return KeepHeadTail(span_text, 1, 2);
    case PiiCategory::kAddress:
      return MaskAddress(span_text);
    case PiiCategory::kPersonName:
      return MaskPersonName(span_text);
  }
  return std::string(span_text.size(), '*');
}

std::string ApplyMasks(std::string_view text, const std::vector<Span>& spans,
                       const MaskingPolicy& policy) {
  if (spans.empty()) return std::string(text);
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  for (const Span& s : spans) {
    out.append(text.substr(pos, s.begin - pos));
    out.append(MaskSpan(text.substr(s.begin, s.end - s.begin), s.category, policy));
    pos = s.end;
  }
  out.append(text.substr(pos));
  return out;
}

std::string MaskFreeText(std::string_view text, const DetectOptions& options,
                         const MaskingPolicy& policy) {
  return ApplyMasks(text, DetectPersonalData(text, options), policy);
}

std::string MaskIdentifierValue(std::string_view value, const MaskingPolicy& policy) {
  int count = 0;
  for (char c : value) count += IsAsciiAlnum(c) ? 1 : 0;
  if (count >= 15) return KeepHeadTail(value, policy.id_keep_head, policy.id_keep_tail);
  return KeepHeadTail(value, 1, 2);
}

}  // namespace dpfeed
