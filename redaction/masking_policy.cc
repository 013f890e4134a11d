#include "redaction/masking_policy.h"

#include <algorithm>

#include "redaction/digit_detectors.h"
#include "redaction/person_name.h"
#include "redaction/text_scan.h"
#include "service/domain/identifiers.h"

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

// An identifier field's value: ID-number rule for long values, otherwise a
// travel document's (first character and last two kept).
std::string MaskIdentifierValue(std::string_view value, const MaskingPolicy& policy) {
  int count = 0;
  for (char c : value) count += IsAsciiAlnum(c) ? 1 : 0;
  if (count >= 15) return KeepHeadTail(value, policy.id_keep_head, policy.id_keep_tail);
  return KeepHeadTail(value, 1, 2);
}

bool IsPersonalIdNumber(std::string_view v) { return IsValidIdNumber18(v) || IsValidIdNumber15(v); }

}  // namespace

std::string MaskSpan(std::string_view span_text, PiiCategory category, const MaskingPolicy& policy) {
  switch (category) {
    case PiiCategory::kIdNumber:
      return KeepHeadTail(span_text, policy.id_keep_head, policy.id_keep_tail);
    case PiiCategory::kMobile:
    case PiiCategory::kLandline:
      return KeepHeadTail(span_text, policy.phone_keep_head, policy.phone_keep_tail);
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

std::string ApplyMasks(std::string_view text, const std::vector<Span>& spans, const MaskingPolicy& policy) {
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

std::string MaskFreeText(std::string_view text, const DetectOptions& options, const MaskingPolicy& policy) {
  return ApplyMasks(text, DetectPersonalData(text, options), policy);
}

std::vector<std::string> PublicCodesOf(const Record& record) {
  std::vector<std::string> codes;
  for (const FieldSpec& f : FieldsOf(record.kind)) {
    if (f.type != FieldType::kCode || f.role != FieldRole::kPublic || !record.Has(f.code)) continue;
    const std::string compact = CompactIdentifier(record.Get(f.code));
    if (compact.size() >= 8) codes.push_back(compact);
  }
  return codes;
}

DetectOptions DetectOptionsFor(const Record& record) {
  DetectOptions o;
  o.public_codes = PublicCodesOf(record);
  const SubjectCategory cat = record.Category().value_or(SubjectCategory::kNaturalPerson);
  if (cat == SubjectCategory::kLegalPerson) {
    o.landlines = false;
    o.addresses = false;
    return o;
  }
  if (cat == SubjectCategory::kNaturalPerson && IsSearchableName(record.Get("XDR_MC"))) {
    o.names.push_back(record.Get("XDR_MC"));
  }
  if (IsSearchableName(record.Get("FRDB"))) o.names.push_back(record.Get("FRDB"));
  return o;
}

Record MaskRecord(const Record& record, const MaskingPolicy& policy) {
  Record out = record;
  const SubjectCategory cat = record.Category().value_or(SubjectCategory::kNaturalPerson);
  const bool person = cat != SubjectCategory::kLegalPerson;
  const DetectOptions options = DetectOptionsFor(record);

  if (cat == SubjectCategory::kNaturalPerson) {
    if (record.Has("XDR_MC")) out.Set("XDR_MC", MaskPersonName(record.Get("XDR_MC")));
  } else if (cat == SubjectCategory::kIndividualBusiness && record.Has("XDR_MC")) {
    // A trade name stays public, except the operator's own name inside it.
    const std::string& operator_name = record.Get("FRDB");
    if (record.Get("XDR_MC") == operator_name) {
      out.Set("XDR_MC", MaskPersonName(operator_name));
    } else {
      std::vector<Span> spans;
      DetectName(record.Get("XDR_MC"), operator_name, spans);
      out.Set("XDR_MC", ApplyMasks(record.Get("XDR_MC"), spans, policy));
    }
  }
  if (person && record.Has("FRDB")) out.Set("FRDB", MaskPersonName(record.Get("FRDB")));
  if (record.Has("XDR_ZJHM") && (person || IsPersonalIdNumber(record.Get("XDR_ZJHM")))) {
    out.Set("XDR_ZJHM", MaskIdentifierValue(record.Get("XDR_ZJHM"), policy));
  }
  if (policy.publish_representative_id && record.Has("FR_ZJHM")) {
    out.Set("FR_ZJHM", MaskIdentifierValue(record.Get("FR_ZJHM"), policy));
  } else {
    out.fields.erase("FR_ZJHM");
  }
  for (const FieldSpec& f : FieldsOf(record.kind)) {
    if (f.role != FieldRole::kFreeText || !record.Has(f.code)) continue;
    out.Set(f.code, MaskFreeText(record.Get(f.code), options, policy));
  }
  return out;
}

}  // namespace dpfeed
