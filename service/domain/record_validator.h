// Validation of a decision record against the national 双公示 standard's
// rules (DOMAIN.md §3): required and conditional fields, enumerations,
// dates, amounts, lengths and identifier check characters.
//
// Thread-safety: pure function.
// Contract: ValidateRecord first normalises the record in place (trims
// surrounding whitespace, rewrites YYYY/MM/DD dates as YYYY-MM-DD, joins
// CFLB categories with ';', upper-cases identifier check characters), then
// reports every problem it finds, not just the first. Errors make the record
// unacceptable; warnings (e.g. a subject's 统一社会信用代码 that fails its
// check character, which real registries contain) do not. Reasons are in
// Chinese for department staff; fields are named by their wire code.
#ifndef DPFEED_SERVICE_DOMAIN_RECORD_VALIDATOR_H_
#define DPFEED_SERVICE_DOMAIN_RECORD_VALIDATOR_H_

#include <string>
#include <vector>

#include "service/domain/civil_date.h"
#include "service/domain/record.h"

namespace dpfeed {

struct FieldIssue {
  std::string field;   // wire code, e.g. "CF_NR_FK"
  std::string reason;  // plain words, Chinese
};

struct Validation {
  std::vector<FieldIssue> errors;
  std::vector<FieldIssue> warnings;
  bool ok() const { return errors.empty(); }
};

// The accepted CFLB categories, in the standard's order.
const std::vector<std::string>& PenaltyCategories();

// `today` is the Asia/Shanghai date used for "not in the future".
Validation ValidateRecord(Record& record, CivilDate today);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_DOMAIN_RECORD_VALIDATOR_H_
