#include "service/domain/field_requirements.h"

#include "service/domain/extension_fields.h"
#include "service/domain/identifiers.h"

namespace dpfeed {

namespace {

using W = RequiredWhen;

#define DPFEED_COMMON_REQUIREMENTS                                                      \
  {"XDR_MC", W::kAlways}, {"XDR_LB", W::kAlways}, {"XDR_SHXYM", W::kLegalPerson},       \
      {"FRDB", W::kLegalPerson}, {"XDR_SHXYM", W::kIndividualBusiness},                 \
      {"XDR_GSZC", W::kIndividualBusinessWithoutCode}, {"XDR_ZJLX", W::kNaturalPerson}, \
      {"XDR_ZJHM", W::kNaturalPerson}, {"WSH", W::kAlways}, {"JDRQ", W::kAlways},       \
      {"BYGKLY", W::kRestrictedScope}, {                                                \
    "BYGKYJ", W::kRestrictedScope                                                       \
  }

const std::vector<FieldRequirement> kLicense = {
    DPFEED_COMMON_REQUIREMENTS, {"XKWS", W::kAlways}, {"XKLB", W::kAlways},   {"NR", W::kAlways},
    {"YXQZ", W::kAlways},       {"XKJG", W::kAlways}, {"XKJGDM", W::kAlways},
};

const std::vector<FieldRequirement> kPenalty = {
    DPFEED_COMMON_REQUIREMENTS, {"WFXW", W::kAlways},          {"SY", W::kAlways},
    {"YJ", W::kAlways},         {"CFLB", W::kAlways},          {"NR", W::kAlways},
    {"NR_FK", W::kFine},        {"NR_WFFF", W::kConfiscation}, {"NR_ZKDX", W::kLicenceAction},
    {"CFJG", W::kAlways},       {"CFJGDM", W::kAlways},
};

#undef DPFEED_COMMON_REQUIREMENTS

bool HasCategory(const Record& r, std::initializer_list<std::string_view> words) {
  const std::string& cflb = r.Get("CFLB");
  size_t start = 0;
  while (start <= cflb.size() && !cflb.empty()) {
    size_t end = cflb.find(';', start);
    if (end == std::string::npos) end = cflb.size();
    const std::string_view item = std::string_view(cflb).substr(start, end - start);
    for (std::string_view w : words) {
      if (item == w) return true;
    }
    start = end + 1;
  }
  return false;
}

}  // namespace

const std::vector<FieldRequirement>& RequirementsOf(Kind kind) {
  return kind == Kind::kLicense ? kLicense : kPenalty;
}

const char* RequiredWhenTitle(RequiredWhen when) {
  switch (when) {
    case W::kAlways:
      return "必填";
    case W::kLegalPerson:
      return "法人及非法人组织必填";
    case W::kNaturalPerson:
      return "自然人必填";
    case W::kIndividualBusiness:
      return "个体工商户必填；无代码时填写00000000000000000X";
    case W::kIndividualBusinessWithoutCode:
      return "个体工商户无统一社会信用代码时必填";
    case W::kFine:
      return "处罚类别含罚款时必填，且大于0";
    case W::kConfiscation:
      return "处罚类别含没收违法所得或没收非法财物时必填，且大于0";
    case W::kLicenceAction:
      return "处罚类别含暂扣或吊销许可证件时必填";
    case W::kRestrictedScope:
      return "使用范围为1或2时必填";
  }
  return "必填";
}

std::string RequiredWhenText(Kind kind, std::string_view code) {
  std::string out;
  for (const FieldRequirement& r : RequirementsOf(kind)) {
    if (code != r.code) continue;
    if (!out.empty()) out += "；";
    out += RequiredWhenTitle(r.when);
  }
  return out;
}

bool Holds(RequiredWhen when, const Record& r) {
  switch (when) {
    case W::kAlways:
      return true;
    case W::kLegalPerson:
      return r.Category() == SubjectCategory::kLegalPerson;
    case W::kNaturalPerson:
      return r.Category() == SubjectCategory::kNaturalPerson;
    case W::kIndividualBusiness:
      return r.Category() == SubjectCategory::kIndividualBusiness;
    case W::kIndividualBusinessWithoutCode:
      return r.Category() == SubjectCategory::kIndividualBusiness &&
             r.Get("XDR_SHXYM") == kUsccPlaceholder;
    case W::kFine:
      return HasCategory(r, {"罚款"});
    case W::kConfiscation:
      return HasCategory(r, {"没收违法所得", "没收非法财物"});
    case W::kLicenceAction:
      return HasCategory(r, {"暂扣许可证件", "吊销许可证件"});
    case W::kRestrictedScope: {
      const auto scope = ParseUsageScope(r.Get(kUsageScopeCode));
      return scope && *scope != UsageScope::kPublic;
    }
  }
  return false;
}

}  // namespace dpfeed
