#include "redaction/record_context.h"

#include <algorithm>

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

// An identity document number's category: a letter-led number is a
// passport or travel permit, anything else an ID number.
PiiCategory IdentityCategory(std::string_view value) {
  if (value.empty() || !IsAsciiLetter(value[0])) return PiiCategory::kIdNumber;
  const char c = static_cast<char>(value[0] & ~0x20);
  return c == 'C' || c == 'H' || c == 'M' ? PiiCategory::kTravelPermit : PiiCategory::kPassport;
}

}  // namespace

RecordContext ContextOf(const Record& record) {
  RecordContext c;
  c.subject = record.Category().value_or(SubjectCategory::kNaturalPerson);
  const MaskingPolicy dropping;  // what is personal does not depend on how it is shown
  std::vector<std::string> identities;
  for (const FieldSpec& f : FieldsOf(record.kind)) {
    const std::string& v = record.Get(f.code);
    if (v.empty()) continue;
    const FieldTreatment t = TreatmentOf(f, c.subject, dropping);
    if (t == FieldTreatment::kPersonName) {
      c.known.push_back({v, PiiCategory::kPersonName});
    } else if (t == FieldTreatment::kIdentifier || t == FieldTreatment::kDrop ||
               (f.role == FieldRole::kSubjectId && IsPersonalIdNumber(CompactIdentifier(v)))) {
      c.known.push_back({v, IdentityCategory(v)});
      identities.push_back(CompactIdentifier(v));
    }
    if (t == FieldTreatment::kPublish &&
        (f.role == FieldRole::kSubjectName || f.role == FieldRole::kRepresentative)) {
      c.public_names.push_back(v);
    }
  }
  for (const FieldSpec& f : FieldsOf(record.kind)) {
    if (f.type != FieldType::kCode || !record.Has(f.code)) continue;
    if (f.role != FieldRole::kPublic && f.role != FieldRole::kRegistryCode) continue;
    const std::string compact = CompactIdentifier(record.Get(f.code));
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

DetectOptions DetectOptionsFor(const Record& record) {
  const RecordContext c = ContextOf(record);
  DetectOptions o;
  o.public_codes = c.public_codes;
  if (c.subject == SubjectCategory::kLegalPerson) {
    o.landlines = false;
    o.addresses = false;
  }
  for (const KnownValue& k : c.known) {
    if (k.category == PiiCategory::kPersonName && IsSearchableName(k.value))
      o.names.push_back(k.value);
  }
  return o;
}

}  // namespace dpfeed
