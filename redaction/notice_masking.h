// Masking every record of one notice in one call, and the list of personal
// values that masking found, from which the leak guard (leak_guard.h) is
// built.
//
// What is masked is decided per field by the personal-data policy
// (field_policy.h, from the domain's FieldRole catalogue). Each field is
// scanned once by the detectors; a name found by context in one record (员工
// 钟强明, 委托魏刚雪（公民身份号码…）) is then masked in every record of the
// notice, and every value found is listed with the records it belongs to.
// A person's name standing inside a public name of the notice (a legal
// person's name or its legal representative: 袁鹏 inside 袁鹏琦) is left
// alone there; a legal person's representative stays public in its own
// record, in its field and in free text (DOMAIN.md §4).
//
// Thread-safety: pure functions over value types.
#ifndef DPFEED_REDACTION_NOTICE_MASKING_H_
#define DPFEED_REDACTION_NOTICE_MASKING_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "redaction/field_policy.h"
#include "redaction/span.h"
#include "service/domain/record.h"

namespace dpfeed {

// A personal value found in the notice's records. It is the clear value:
// never log it, never put it in an alert.
struct PersonalValue {
  std::string value;  // as it stands in the record
  PiiCategory category;
  std::vector<size_t> records;  // indices of the records it was found in (sorted, at least one)
};

struct MaskedNotice {
  std::vector<Record> records;  // masked, in the input's order; dropped fields removed
  std::vector<std::string>
      reasons;  // masked reasons, one per input reason (empty when none were given)
  std::vector<PersonalValue> personal;  // every personal value, one entry per (value, category)
  // Public values the leak guard must not mistake for leaks: the notice's
  // legal persons' names and representatives (a person's name inside one is
  // that public name), and the digit-shaped values masking kept on purpose
  // (registration codes, numbers labelled 案件编号 / 受理编号 / 流水号 ...),
  // compacted to their digits and letters.
  std::vector<std::string> public_names;
  std::vector<std::string> public_numbers;
};

// Masks `records` as one notice. `reasons` is empty or holds one free text
// per record (a withdrawal or revocation reason, "" for none): each is
// masked like free text of its record and returned in `reasons`.
// REQUIRES: reasons.empty() || reasons.size() == records.size().
MaskedNotice MaskNotice(const std::vector<const Record*>& records, const MaskingPolicy& policy,
                        const std::vector<std::string>& reasons = {});

// The record as it may be published (a notice of one record).
Record MaskRecord(const Record& record, const MaskingPolicy& policy);

// A free text about `record` that is not one of its fields (a revocation or
// withdrawal reason, a note), masked in the record's context: its persons'
// names, third parties found by context, contacts, identity numbers and
// home addresses. A landline keeps its area code (0536-****1234).
std::string MaskReasonText(std::string_view text, const Record& record,
                           const MaskingPolicy& policy);

// The same notice without the records at `held` (indices, any order): the
// remaining masked records, and every personal value of the original notice
// still listed (a held record's third party may be named in a published
// one), with record indices renumbered and entries of held records only
// keeping an empty `records`. For a publisher that holds flagged records
// and publishes the rest: their masking knew the whole notice.
MaskedNotice WithoutRecords(const MaskedNotice& notice, const std::vector<size_t>& held);

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_NOTICE_MASKING_H_
