#include "service/domain/matter.h"

#include <algorithm>
#include <cctype>

#include "service/domain/civil_date.h"
#include "service/domain/display_name.h"
#include "service/domain/record.h"
#include "service/domain/trim.h"

namespace dpfeed {

namespace {

struct Limit {
  const char* field;
  const char* title;
  std::string MatterFields::*member;
  size_t max_chars;
  bool required;
};

constexpr Limit kLimits[] = {
    {"code", "事项编码", &MatterFields::code, 64, true},
    {"name", "事项名称", &MatterFields::name, 200, true},
    {"legal_basis", "设定依据", &MatterFields::legal_basis, 2000, true},
    {"agency", "实施机关", &MatterFields::agency, 200, true},
    {"category", "事项类别", &MatterFields::category, 64, false},
};

}  // namespace

const char* ToString(MatterAction a) {
  switch (a) {
    case MatterAction::kAdd:
      return "add";
    case MatterAction::kChange:
      return "change";
    case MatterAction::kCancel:
      return "cancel";
  }
  return "add";
}

const char* MatterActionTitle(MatterAction a) {
  switch (a) {
    case MatterAction::kAdd:
      return "新增";
    case MatterAction::kChange:
      return "变更";
    case MatterAction::kCancel:
      return "取消";
  }
  return "新增";
}

std::optional<MatterAction> ParseMatterAction(std::string_view word) {
  for (MatterAction a : {MatterAction::kAdd, MatterAction::kChange, MatterAction::kCancel}) {
    if (word == ToString(a)) return a;
  }
  return std::nullopt;
}

std::vector<FieldIssue> ValidateMatterChange(MatterChange& c) {
  std::vector<FieldIssue> issues;
  for (const Limit& l : kLimits) {
    std::string& value = c.fields.*l.member;
    value = std::string(TrimAsciiSpace(value));
    const bool needed =
        l.required && (c.action != MatterAction::kCancel || l.member == &MatterFields::code);
    if (value.empty()) {
      if (needed) issues.push_back({l.field, std::string("缺少") + l.title});
      continue;
    }
    if (Utf8Length(value) > l.max_chars) {
      issues.push_back(
          {l.field, std::string(l.title) + "最多" + std::to_string(l.max_chars) + "个字符"});
    } else if (auto why = CheckDisplayName(value, l.max_chars)) {
      // Printed into notices, feeds and files like a department's name.
      issues.push_back({l.field, std::string(l.title) +
                                     "含有控制字符或格式字符、首尾有空格，或不是有效的UTF-8（" +
                                     *why + "）"});
    } else if (l.member == &MatterFields::code &&
               std::any_of(value.begin(), value.end(),
                           [](unsigned char ch) { return std::isspace(ch); })) {
      issues.push_back({l.field, std::string(l.title) + "含有空白字符"});
    }
  }
  c.reason = std::string(TrimAsciiSpace(c.reason));
  if (Utf8Length(c.reason) > 500) issues.push_back({"reason", "变更原因最多500个字符"});
  if (auto d = NormaliseDateText(c.effective_on)) {
    c.effective_on = *d;
  } else {
    issues.push_back({"effective_on", "生效日期应为YYYY-MM-DD：" + c.effective_on});
  }
  return issues;
}

}  // namespace dpfeed
