#include "redaction/record_context.h"

#include <algorithm>

#include "redaction/chinese_names.h"
#include "redaction/digit_detectors.h"
#include "redaction/field_policy.h"
#include "redaction/person_name.h"
#include "redaction/text_scan.h"
#include "service/domain/identifiers.h"

namespace dpfeed {
namespace {

bool IsPersonalIdNumber(std::string_view compact) {
  return IsValidIdNumber18(compact) || IsValidIdNumber15(compact);
}

// An identity document number's category, from its document type
// (XDR_ZJLX / FR_ZJLX) and shape.
PiiCategory IdentityCategory(std::string_view value, std::string_view type) {
  if (type.find("护照") != std::string_view::npos) return PiiCategory::kPassport;
  if (type.find("通行证") != std::string_view::npos ||
      type.find("台胞") != std::string_view::npos || type.find("回乡") != std::string_view::npos) {
    return PiiCategory::kTravelPermit;
  }
  if (value.empty() || !IsAsciiLetter(value[0])) return PiiCategory::kIdNumber;
  const char c = static_cast<char>(value[0] & ~0x20);
  return c == 'C' || c == 'H' || c == 'M' || c == 'L' ? PiiCategory::kTravelPermit
                                                      : PiiCategory::kPassport;
}

int DateNumber(std::string_view v) {
  if (v.size() != 10 || v[4] != '-' || v[7] != '-') return 0;
  int out = 0;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i == 4 || i == 7) continue;
    if (!IsAsciiDigit(v[i])) return 0;
    out = out * 10 + (v[i] - '0');
  }
  return out;
}

}  // namespace

std::vector<std::string_view> FieldValues(const Record& record) {
  const std::vector<FieldSpec>& fields = FieldsOf(record.kind);
  std::vector<std::string_view> out(fields.size());
  for (const auto& [code, value] : record.fields) {
    if (const FieldSpec* f = FindField(record.kind, code)) {
      out[static_cast<size_t>(f - fields.data())] = value;
    }
  }
  return out;
}

RecordContext ContextOf(const Record& record) { return ContextOf(record, FieldValues(record)); }

RecordContext ContextOf(const Record& record, const std::vector<std::string_view>& values) {
  RecordContext c;
  c.subject = record.Category().value_or(SubjectCategory::kNaturalPerson);
  const MaskingPolicy dropping;  // what is personal does not depend on how it is shown
  std::vector<std::string> identities;
  const std::vector<FieldSpec>& fields = FieldsOf(record.kind);
  for (size_t i = 0; i < fields.size(); ++i) {
    const FieldSpec& f = fields[i];
    const std::string_view v = values[i];
    if (v.empty()) continue;
    const FieldTreatment t = TreatmentOf(f, c.subject, dropping);
    if (t == FieldTreatment::kPersonName) {
      c.known.push_back({std::string(v), PiiCategory::kPersonName});
    } else if (t == FieldTreatment::kIdentifier || t == FieldTreatment::kDrop ||
               (f.role == FieldRole::kSubjectId && IsPersonalIdNumber(CompactIdentifier(v)))) {
      const std::string& type =
          record.Get(f.role == FieldRole::kRepresentativeId ? "FR_ZJLX" : "XDR_ZJLX");
      c.known.push_back({std::string(v), IdentityCategory(v, type)});
      identities.push_back(CompactIdentifier(v));
    }
    if (t == FieldTreatment::kTradeName) {
      c.trade_names.emplace_back(v);
      // An individual business registered under its operator's bare name
      // (XDR_MC 贾平): that name is the operator's, masked wherever it stands.
      size_t db = 0, de = 0;
      const size_t dot = v.find("·");
      const bool dotted = dot != std::string_view::npos && DottedNameAround(v, dot, &db, &de) &&
                          db == 0 && de == v.size();
      if ((v.size() >= 6 && ChineseNameAt(v, 0) == v.size()) || dotted)
        c.known.push_back({std::string(v), PiiCategory::kPersonName});
    }
    if (t == FieldTreatment::kPublish &&
        (f.role == FieldRole::kSubjectName || f.role == FieldRole::kRepresentative)) {
      c.public_names.emplace_back(v);
      if (f.role == FieldRole::kRepresentative) c.public_persons.emplace_back(v);
    }
  }
  c.decision_date = DateNumber(record.Get("JDRQ"));
  for (size_t i = 0; i < fields.size(); ++i) {
    const FieldSpec& f = fields[i];
    if (f.type != FieldType::kCode || values[i].empty()) continue;
    if (f.role != FieldRole::kPublic && f.role != FieldRole::kRegistryCode) continue;
    const std::string compact = CompactIdentifier(values[i]);
    if (compact.size() < 8) continue;
    // A registration code of a person that is the person's ID number (old
    // tax registrations of individual businesses were) is not public.
    const bool person = c.subject != SubjectCategory::kLegalPerson;
    if (person && (IsValidIdNumber18(compact) ||
                   std::find(identities.begin(), identities.end(), compact) != identities.end())) {
      continue;
    }
    c.public_codes.push_back(compact);
  }
  return c;
}

std::vector<std::string> PublicCodesOf(const Record& record) {
  return ContextOf(record).public_codes;
}

DetectOptions OptionsFor(const RecordContext& c, bool identity_only) {
  DetectOptions o;
  o.subject = c.subject;
  o.identity_only = identity_only;
  o.reference_date = c.decision_date;
  o.public_codes = c.public_codes;
  if (identity_only) return o;
  o.public_names = c.public_names;
  o.public_persons = c.public_persons;
  o.trade_names = c.trade_names;
  for (const KnownValue& k : c.known) {
    if (k.category == PiiCategory::kPersonName && IsSearchableName(k.value))
      o.names.push_back(k.value);
  }
  return o;
}

DetectOptions DetectOptionsFor(const Record& record) {
  return OptionsFor(ContextOf(record), false);
}

}  // namespace dpfeed
