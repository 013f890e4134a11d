// Matter lists (事项清单, DOMAIN.md §1, issue 10 §4): each department's list
// of its license matters and of its penalty matters, changed by dated
// additions, changes and cancellations whose publication is due within 20
// working days of the change (seed notice of 2018-09-07).
//
// Thread-safety: value types and pure functions.
#ifndef DPFEED_SERVICE_DOMAIN_MATTER_H_
#define DPFEED_SERVICE_DOMAIN_MATTER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "service/domain/kind.h"
#include "service/domain/record_validator.h"

namespace dpfeed {

enum class MatterAction { kAdd, kChange, kCancel };
const char* ToString(MatterAction a);           // add, change, cancel
const char* MatterActionTitle(MatterAction a);  // 新增, 变更, 取消
std::optional<MatterAction> ParseMatterAction(std::string_view word);

// One matter as of one change.
struct MatterFields {
  std::string code;         // 事项编码, unique per department and kind
  std::string name;         // 事项名称
  std::string legal_basis;  // 设定依据
  std::string agency;       // 实施机关
  std::string category;     // 事项类别 (optional)
};

struct MatterChange {
  MatterAction action = MatterAction::kAdd;
  Kind kind = Kind::kLicense;
  MatterFields fields;
  std::string effective_on;  // YYYY-MM-DD: the day the change takes effect
  std::string reason;        // why (optional; e.g. 职能调整、权力取消或下放)
};

// Trims the values and checks them: every problem by field name
// ("name", "effective_on" ...) with a Chinese reason. A cancellation needs
// only the code and the date; additions and changes need code, name, legal
// basis and agency. Every value passes CheckDisplayName (no control or
// formatting characters) within its own length limit; a code has no
// whitespace.
std::vector<FieldIssue> ValidateMatterChange(MatterChange& change);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_DOMAIN_MATTER_H_
