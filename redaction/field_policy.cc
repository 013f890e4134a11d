#include "redaction/field_policy.h"

namespace dpfeed {

FieldTreatment TreatmentOf(const FieldSpec& f, SubjectCategory subject,
                           const MaskingPolicy& policy) {
  if (!IsPublishedField(f, policy)) return FieldTreatment::kDrop;
  switch (PersonalDataIn(f.role, subject)) {
    case PersonalData::kNone:
      return FieldTreatment::kPublish;
    case PersonalData::kWhole:
      return f.role == FieldRole::kSubjectName || f.role == FieldRole::kRepresentative
                 ? FieldTreatment::kPersonName
                 : FieldTreatment::kIdentifier;
    case PersonalData::kEmbedded:
      if (f.role == FieldRole::kFreeText) return FieldTreatment::kScanText;
      if (f.role == FieldRole::kSubjectName) return FieldTreatment::kTradeName;
      return FieldTreatment::kScanIdentity;
  }
  return FieldTreatment::kDrop;
}

bool IsPublishedField(const FieldSpec& f, const MaskingPolicy& policy) {
  return f.role != FieldRole::kRepresentativeId || policy.publish_representative_id;
}

}  // namespace dpfeed
