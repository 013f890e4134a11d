#include "redaction/masking_policy.h"

#include <algorithm>

#include "redaction/person_name.h"
#include "redaction/text_scan.h"

namespace dpfeed {
namespace {

// Keeps `head` leading and `tail` trailing identifier characters and stars
// the rest; separators stay where they were. At least a third of the
// characters are always starred, whatever the policy says.
std::string KeepHeadTail(std::string_view text, int head, int tail) {
  int count = 0;
  for (char c : text) count += IsAsciiAlnum(c) ? 1 : 0;
  head = std::max(head, 0);
  tail = std::max(tail, 0);
  if (head + tail > count - (count + 2) / 3) {
    head = std::min(head, count / 3);
    tail = std::min(tail, count / 3);
  }
  std::string out(text);
  int i = 0;
  for (char& c : out) {
    if (!IsAsciiAlnum(c)) continue;
    if (i >= head && i < count - tail) c = '*';
    ++i;
  }
  return out;
}

// A landline's area code is public (it names a city, not a person): it is
// kept whole and the local number keeps its last digits (0536-****1234).
std::string MaskLandline(std::string_view text, const MaskingPolicy& policy) {
  int digits = 0;
  for (char c : text) digits += IsAsciiDigit(c) ? 1 : 0;
  // 010 and 02x are three-digit area codes, every other 0xxx four.
  size_t first = 0;
  while (first < text.size() && !IsAsciiDigit(text[first])) ++first;
  const bool three = first + 1 < text.size() && (text[first + 1] == '1' || text[first + 1] == '2');
  const int area = three ? 3 : 4;
  if (digits <= area) return KeepHeadTail(text, policy.phone_keep_head, policy.phone_keep_tail);
  return KeepHeadTail(text, area, std::min(policy.phone_keep_tail, (digits - area) / 2));
}

std::string MaskEmail(std::string_view email) {
  const size_t at = email.find('@');
  if (at == std::string_view::npos || at == 0) return std::string(email.size(), '*');
  return std::string(email.substr(0, 1)) + "***" + std::string(email.substr(at));
}

std::string MaskDigits(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= '0' && c <= '9') c = '*';
  }
  return out;
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
      return MaskDigits(span_text);
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
