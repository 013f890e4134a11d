// The personal-data policy per field: what masking does to each field of a
// record before it leaves dpfeed, derived from the domain's field catalogue
// (FieldRole, PersonalDataIn in service/domain/record.h) and the operator's
// MaskingPolicy. Masking (MaskNotice), the leak guard and the notice
// renderer (IsPublishedField) all read it; there is no other list of
// personal fields.
//
// Thread-safety: pure functions.
#ifndef DPFEED_REDACTION_FIELD_POLICY_H_
#define DPFEED_REDACTION_FIELD_POLICY_H_

#include "service/domain/record.h"

namespace dpfeed {

struct MaskingPolicy {
  int id_keep_head = 6;     // leading characters of an ID number kept (default 6, at most 6)
  int id_keep_tail = 4;     // trailing characters kept (default 4, at most 4)
  int phone_keep_head = 3;  // leading digits of a phone number kept (default 3)
  int phone_keep_tail = 4;  // trailing digits kept (default 4)
  int card_keep_tail = 4;   // trailing digits of a bank card kept (default 4)
  bool publish_representative_id =
      false;  // FR_ZJHM published (masked) instead of dropped (default false)
};

enum class FieldTreatment {
  kPublish,       // published as it stands
  kDrop,          // never published (FR_ZJHM unless the policy publishes it masked)
  kPersonName,    // a natural person's name: surname only (张三 -> 张*)
  kTradeName,     // an individual business's trade name: public, the operator's (and any
                  // other person's) name inside it masked
  kIdentifier,    // a person's identity document number: head and tail kept
  kScanIdentity,  // a public code or wording: a natural person's identity number, phone,
                  // passport or name reused in it is masked, the rest stays
  kScanText,      // free text: every detector (third parties' names by context, home
                  // addresses, contacts, identity numbers ...)
};

// What masking does to field `f` of a record whose subject is `subject`.
FieldTreatment TreatmentOf(const FieldSpec& f, SubjectCategory subject,
                           const MaskingPolicy& policy);

// Whether the column of `f` appears in published notices at all: every
// field except FR_ZJHM, which appears (masked) only when the policy says so.
bool IsPublishedField(const FieldSpec& f, const MaskingPolicy& policy);

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_FIELD_POLICY_H_
