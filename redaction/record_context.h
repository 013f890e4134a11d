// What masking needs to know about one record before it scans the record's
// text: whose record it is, which of its values are public, and the
// personal values its fields hold by their nature.
//
// Thread-safety: pure functions over value types.
#ifndef DPFEED_REDACTION_RECORD_CONTEXT_H_
#define DPFEED_REDACTION_RECORD_CONTEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "redaction/detectors.h"
#include "redaction/span.h"
#include "service/domain/record.h"

namespace dpfeed {

struct KnownValue {
  std::string value;
  PiiCategory category;
};

struct RecordContext {
  // XDR_LB; a record without a valid one is treated as a natural person's
  // (the most protective reading).
  SubjectCategory subject = SubjectCategory::kNaturalPerson;
  // A legal person's name and legal representative: public wherever they
  // stand, in this record's fields and free text.
  std::vector<std::string> public_names;
  // An individual business's trade name: public as a name, though the
  // operator's name inside it is not.
  std::vector<std::string> trade_names;
  // The persons among them (the legal representative).
  std::vector<std::string> public_persons;
  // The record's codes that are public (registration and agency codes),
  // compacted; a registration code that is a person's ID number is not one.
  std::vector<std::string> public_codes;
  // Names and identity numbers of the record's persons, from the fields
  // that hold them by nature (XDR_MC of a natural person, an individual
  // business's operator, XDR_ZJHM, FR_ZJHM).
  std::vector<KnownValue> known;
  // JDRQ as YYYYMMDD, 0 when missing or malformed.
  int decision_date = 0;
};

RecordContext ContextOf(const Record& record);
// The same from the record's FieldValues (for callers that keep them).
RecordContext ContextOf(const Record& record, const std::vector<std::string_view>& values);

// The record's value of each field of FieldsOf(record.kind), by index ("" when
// absent): one pass over the record's map instead of a lookup per field.
// The views point into `record`.
std::vector<std::string_view> FieldValues(const Record& record);

// The detector options for one of the record's texts: free text (every
// detector, with the record's own names), or a public code or wording
// field when `identity_only`.
DetectOptions OptionsFor(const RecordContext& context, bool identity_only);

// The record's public identifier codes, compacted to digits and letters.
std::vector<std::string> PublicCodesOf(const Record& record);

// What to look for in the record's free text, with the record's own names.
DetectOptions DetectOptionsFor(const Record& record);

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_RECORD_CONTEXT_H_
