// What masking needs to know about one record before it scans the record's
// text: whose record it is, which of its values are public, and the
// personal values its fields hold by their nature.
//
// Thread-safety: pure functions over value types.
#ifndef DPFEED_REDACTION_RECORD_CONTEXT_H_
#define DPFEED_REDACTION_RECORD_CONTEXT_H_

#include <string>
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
  // The record's codes that are public (registration and agency codes),
  // compacted; a registration code that is a person's ID number is not one.
  std::vector<std::string> public_codes;
  // Names and identity numbers of the record's persons, from the fields
  // that hold them by nature (XDR_MC of a natural person, an individual
  // business's operator, XDR_ZJHM, FR_ZJHM).
  std::vector<KnownValue> known;
};

RecordContext ContextOf(const Record& record);

// The record's public identifier codes, compacted to digits and letters.
std::vector<std::string> PublicCodesOf(const Record& record);

// What to look for in the record's free text, with the record's own names.
DetectOptions DetectOptionsFor(const Record& record);

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_RECORD_CONTEXT_H_
