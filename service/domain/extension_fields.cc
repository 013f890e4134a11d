#include "service/domain/extension_fields.h"

#include <algorithm>

namespace dpfeed {

namespace {

using T = FieldType;
using R = FieldRole;

const std::vector<FieldSpec> kLicenseExtensions = {
    {"SYFW", "使用范围", T::kCode, 1, R::kPublic},
    {"BYGKLY", "不予公开理由", T::kText, 32, R::kPublic},
    {"BYGKYJ", "不予公开法律依据", T::kText, 500, R::kPublic},
    {"SXBM", "事项编码", T::kCode, 64, R::kPublic},
};

const std::vector<FieldSpec> kPenaltyExtensions = {
    {"SYFW", "使用范围", T::kCode, 1, R::kPublic},
    {"BYGKLY", "不予公开理由", T::kText, 32, R::kPublic},
    {"BYGKYJ", "不予公开法律依据", T::kText, 500, R::kPublic},
    {"YZCD", "严重程度", T::kText, 4, R::kPublic},
    {"SXBM", "事项编码", T::kCode, 64, R::kPublic},
};

const std::vector<std::string> kWithheldReasons = {
    "国家秘密", "商业秘密", "个人隐私", kMinorReason, "仅限政府内部共享", "其他法律法规规定"};

}  // namespace

const std::vector<FieldSpec>& ExtensionFieldsOf(Kind kind) {
  return kind == Kind::kLicense ? kLicenseExtensions : kPenaltyExtensions;
}

bool IsExtensionField(Kind kind, std::string_view code) {
  const auto& fields = ExtensionFieldsOf(kind);
  return std::any_of(fields.begin(), fields.end(),
                     [&](const FieldSpec& f) { return code == f.code; });
}

const FieldSpec* FindRecordField(Kind kind, std::string_view code) {
  if (const FieldSpec* f = FindField(kind, code)) return f;
  for (const FieldSpec& f : ExtensionFieldsOf(kind)) {
    if (code == f.code) return &f;
  }
  return nullptr;
}

std::string RecordWireCode(Kind kind, std::string_view code) {
  if (IsExtensionField(kind, code)) return std::string(code);
  return WireCode(kind, code);
}

std::optional<std::string> RecordShortCode(Kind kind, std::string_view wire_code) {
  if (IsExtensionField(kind, wire_code)) return std::string(wire_code);
  return ShortCode(kind, wire_code);
}

const char* UsageScopeTitle(UsageScope scope) {
  switch (scope) {
    case UsageScope::kPublic:
      return "公示";
    case UsageScope::kGovernmentOnly:
      return "仅政府内部共享";
    case UsageScope::kAuthorisedQuery:
      return "仅授权查询";
  }
  return "公示";
}

std::optional<UsageScope> ParseUsageScope(std::string_view text) {
  if (text == "0") return UsageScope::kPublic;
  if (text == "1") return UsageScope::kGovernmentOnly;
  if (text == "2") return UsageScope::kAuthorisedQuery;
  return std::nullopt;
}

const std::vector<std::string>& WithheldReasons() { return kWithheldReasons; }

}  // namespace dpfeed
