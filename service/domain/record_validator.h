// Validation of a decision record against the national 双公示 standard's
// rules (DOMAIN.md §3): required and conditional fields, enumerations,
// dates, amounts, lengths and identifier check characters.
//
// Thread-safety: pure function.
// Contract: ValidateRecord first normalises the record in place (trims
// surrounding whitespace, rewrites YYYY/MM/DD dates and exported date-times
// such as "2026-11-20 00:00:00" as YYYY-MM-DD, joins
// CFLB categories with ';', upper-cases identifier check characters), then
// reports every problem it finds, not just the first. Errors make the record
// unacceptable; warnings (e.g. a subject's 统一社会信用代码 that fails its
// check character, which real registries contain) do not. Reasons are in
// Chinese for department staff; fields are named by their wire code.
// Beyond the standard it checks dpfeed's extension fields
// (extension_fields.h), an amount field 10,000 times off the amount CF_NR
// states (filled in 元 instead of 万元), a fine above the configured warning
// ceiling (a warning), and CF_GSJZQ against the severity's display window
// (publicity_rules.h).
#ifndef DPFEED_SERVICE_DOMAIN_RECORD_VALIDATOR_H_
#define DPFEED_SERVICE_DOMAIN_RECORD_VALIDATOR_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "service/domain/civil_date.h"
#include "service/domain/publicity_rules.h"
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
Validation ValidateRecord(Record& record, CivilDate today,
                          const PublicityRules& rules = PublicityRules());

// A date field's value in its stored form YYYY-MM-DD, from YYYY-MM-DD,
// YYYY/MM/DD or either followed by a time; nullopt when it is none of them.
std::optional<std::string> NormaliseDateText(std::string_view text);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_DOMAIN_RECORD_VALIDATOR_H_
