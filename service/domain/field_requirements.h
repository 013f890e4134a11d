// When each field of a record is required (DOMAIN.md §3 "Rules"), as one
// table: the validator enforces it and the field catalogue
// (GET /api/v1/fields, the README) prints it, so the two never disagree.
//
// Thread-safety: immutable table and pure functions.
#ifndef DPFEED_SERVICE_DOMAIN_FIELD_REQUIREMENTS_H_
#define DPFEED_SERVICE_DOMAIN_FIELD_REQUIREMENTS_H_

#include <string>
#include <string_view>
#include <vector>

#include "service/domain/kind.h"
#include "service/domain/record.h"

namespace dpfeed {

enum class RequiredWhen {
  kAlways,
  kLegalPerson,                    // XDR_LB 法人及非法人组织
  kNaturalPerson,                  // XDR_LB 自然人
  kIndividualBusiness,             // XDR_LB 个体工商户
  kIndividualBusinessWithoutCode,  // 个体工商户 with XDR_SHXYM 00000000000000000X
  kFine,                           // CFLB contains 罚款 (and the amount must be > 0)
  kConfiscation,                   // CFLB contains 没收违法所得 or 没收非法财物 (> 0)
  kLicenceAction,                  // CFLB contains 暂扣许可证件 or 吊销许可证件
  kRestrictedScope,                // SYFW 1 or 2
};

struct FieldRequirement {
  const char* code;  // short code
  RequiredWhen when;
};

// Every requirement of the kind; a field may appear under several conditions.
const std::vector<FieldRequirement>& RequirementsOf(Kind kind);

// "必填", "法人及非法人组织必填", ... (Chinese, for people).
const char* RequiredWhenTitle(RequiredWhen when);

// The conditions under which `code` is required, joined for people
// ("法人及非法人组织、个体工商户必填"), or "" when never required.
std::string RequiredWhenText(Kind kind, std::string_view code);

// Whether the condition holds for the record (normalised: CFLB joined with ';').
bool Holds(RequiredWhen when, const Record& record);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_DOMAIN_FIELD_REQUIREMENTS_H_
