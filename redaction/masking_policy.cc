#include "redaction/masking_policy.h"

#include <algorithm>
#include <cstring>

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

// Limits the kept head and tail so that at least a third of `count`
// identifier characters are starred, whatever the policy says.
void LimitKept(int count, int& head, int& tail) {
  head = std::max(head, 0);
  tail = std::max(tail, 0);
  if (head + tail > count - (count + 2) / 3) {
    head = std::min(head, count / 3);
    tail = std::min(tail, count / 3);
  }
}

// KeepHeadTail for a span holding a byte that is not ASCII (full-width
// digits), character by character. Out of line: rare, and the ASCII path
// runs for almost every number masked.
[[gnu::noinline]] void KeepHeadTailWide(std::string_view text, int head, int tail,
                                        std::string& out) {
  int count = 0;
  for (size_t p = 0; p < text.size();) {
    const size_t k = IdentifierCharAt(text, p);
    count += k > 0 ? 1 : 0;
    p += std::max<size_t>(k, 1);
  }
  LimitKept(count, head, tail);
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
      out.append(text.data() + p, k);
    }
    ++i;
    p += k;
  }
}

// Appends `text` to `out` keeping `head` leading and `tail` trailing
// identifier characters and starring the rest (one '*' per character,
// full-width ones included); separators stay where they were. At least a
// third of the characters are always starred, whatever the policy says.
void KeepHeadTail(std::string_view text, int head, int tail, std::string& out) {
  // The usual span is ASCII: its identifier characters are counted in one
  // branch-free pass; any other byte sends it to the character reading.
  int count = 0;
  unsigned high = 0;
  for (const char c : text) {
    high |= static_cast<unsigned char>(c);
    count += IsAsciiAlnum(c) ? 1 : 0;
  }
  if (high >= 0x80) return KeepHeadTailWide(text, head, tail, out);
  LimitKept(count, head, tail);
  // It keeps its length: copied whole, then starred in place.
  const size_t at = out.size();
  out.append(text);
  char* o = out.data() + at;
  if (static_cast<size_t>(count) == text.size()) {
    // No separator (most numbers): the stars between the kept head and tail.
    if (head < count - tail) std::memset(o + head, '*', static_cast<size_t>(count - tail - head));
    return;
  }
  int i = 0;
  for (size_t k = 0; k < text.size(); ++k) {
    if (!IsAsciiAlnum(o[k])) continue;
    if (i >= head && i < count - tail) o[k] = '*';
    ++i;
  }
}

// A landline's area code is public (it names a city, not a person): it is
// kept whole and the local number keeps its last digits (0536-****1234).
void MaskLandline(std::string_view text, const MaskingPolicy& policy, std::string& out) {
  // The characters CompactIdentifier keeps (digits and X, ASCII and
  // full-width), counted without building the string.
  int count = 0;
  char second = 0;
  for (size_t p = 0; p < text.size(); ++p) {
    char d = 0;
    if (IsAsciiDigit(text[p])) {
      d = text[p];
    } else if (text[p] == 'x' || text[p] == 'X') {
      d = 'X';
    } else if (p + 2 < text.size() && static_cast<unsigned char>(text[p]) == 0xEF &&
               static_cast<unsigned char>(text[p + 1]) == 0xBC) {
      const auto b2 = static_cast<unsigned char>(text[p + 2]);
      if (b2 >= 0x90 && b2 <= 0x99) d = static_cast<char>('0' + (b2 - 0x90));
      if (b2 == 0xB8) d = 'X';
      p += 2;
    }
    if (d == 0) continue;
    if (++count == 2) second = d;
  }
  // 010 and 02x are three-digit area codes, every other 0xxx four.
  const int area = count > 1 && (second == '1' || second == '2') ? 3 : 4;
  if (count <= area) {
    KeepHeadTail(text, policy.phone_keep_head, policy.phone_keep_tail, out);
    return;
  }
  KeepHeadTail(text, area, std::min(policy.phone_keep_tail, (count - area) / 2), out);
}

void MaskEmail(std::string_view email, std::string& out) {
  const size_t at = email.find('@');
  if (at == std::string_view::npos || at == 0) {
    out.append(email.size(), '*');
    return;
  }
  out.append(email.data(), 1);
  out.append("***");
  out.append(email.substr(at));
}

// Appends the masked form of one span's text to `out`.
void AppendMasked(std::string_view span_text, PiiCategory category, const MaskingPolicy& policy,
                  std::string& out) {
  switch (category) {
    case PiiCategory::kIdNumber:
      return KeepHeadTail(span_text, policy.id_keep_head, policy.id_keep_tail, out);
    case PiiCategory::kMobile:
      return KeepHeadTail(span_text, policy.phone_keep_head, policy.phone_keep_tail, out);
    case PiiCategory::kLandline:
      return MaskLandline(span_text, policy, out);
    case PiiCategory::kBankCard:
      return KeepHeadTail(span_text, 0, policy.card_keep_tail, out);
    case PiiCategory::kEmail:
      return MaskEmail(span_text, out);
    case PiiCategory::kPassport:
    case PiiCategory::kTravelPermit:
      return KeepHeadTail(span_text, 1, 2, out);
    case PiiCategory::kAddress:
      return AppendMaskedAddress(span_text, out);
    case PiiCategory::kPersonName:
      return AppendMaskedPersonName(span_text, out);
  }
  out.append(span_text.size(), '*');
}

}  // namespace

std::string MaskSpan(std::string_view span_text, PiiCategory category,
                     const MaskingPolicy& policy) {
  std::string out;
  AppendMasked(span_text, category, policy, out);
  return out;
}

std::string ApplyMasks(std::string_view text, const std::vector<Span>& spans,
                       const MaskingPolicy& policy) {
  if (spans.empty()) return std::string(text);
  // Each masked form is written in place: no string per span.
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  for (const Span& s : spans) {
    out.append(text.data() + pos, s.begin - pos);
    AppendMasked(text.substr(s.begin, s.end - s.begin), s.category, policy, out);
    pos = s.end;
  }
  out.append(text.data() + pos, text.size() - pos);
  return out;
}

std::string MaskFreeText(std::string_view text, const DetectOptions& options,
                         const MaskingPolicy& policy) {
  thread_local Detection detection;  // reused: no allocation per text
  Detect(text, options, detection);
  return ApplyMasks(text, detection.spans, policy);
}

std::string MaskIdentifierValue(std::string_view value, const MaskingPolicy& policy) {
  int count = 0;
  for (char c : value) count += IsAsciiAlnum(c) ? 1 : 0;
  std::string out;
  if (count >= 15) {
    KeepHeadTail(value, policy.id_keep_head, policy.id_keep_tail, out);
  } else {
    KeepHeadTail(value, 1, 2, out);
  }
  return out;
}

}  // namespace dpfeed
