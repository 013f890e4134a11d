// dpfeed's own record fields beside the national standard's (DOMAIN.md §3
// has none for them): the usage scope the credit platforms carry (使用范围),
// why a record is withheld (不予公开理由, 不予公开依据), a penalty's severity
// (严重程度) and the matter a decision belongs to (事项编码).
//
// On the wire they are bare codes for both kinds, like the remark BZ:
//   SYFW    使用范围: 0 公示 (default), 1 仅政府内部共享, 2 仅授权查询
//   BYGKLY  不予公开理由: one of WithheldReasons() (required for SYFW 1, 2)
//   BYGKYJ  不予公开法律依据 (text; required for SYFW 1, 2)
//   YZCD    严重程度 (penalties): 轻微, 一般, 严重
//   SXBM    事项编码: the code of the decision's matter on the department's list
// They travel and are stored with the record (so a change is a correction
// with history) but are never part of the published template.
//
// Thread-safety: immutable tables and pure functions.
#ifndef DPFEED_SERVICE_DOMAIN_EXTENSION_FIELDS_H_
#define DPFEED_SERVICE_DOMAIN_EXTENSION_FIELDS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "service/domain/kind.h"
#include "service/domain/record.h"

namespace dpfeed {

inline constexpr std::string_view kUsageScopeCode = "SYFW";
inline constexpr std::string_view kWithheldReasonCode = "BYGKLY";
inline constexpr std::string_view kWithheldBasisCode = "BYGKYJ";
inline constexpr std::string_view kSeverityCode = "YZCD";
inline constexpr std::string_view kMatterCode = "SXBM";

// The extension fields a kind accepts, in the order they are encoded
// (after the standard's fields).
const std::vector<FieldSpec>& ExtensionFieldsOf(Kind kind);

// A standard field or an extension field of the kind; nullptr otherwise.
const FieldSpec* FindRecordField(Kind kind, std::string_view code);
bool IsExtensionField(Kind kind, std::string_view code);

// The wire code of a standard or extension field: extension fields and BZ
// are bare, the others carry the kind's prefix.
std::string RecordWireCode(Kind kind, std::string_view code);
// The short code of a wire code (standard, alias or extension), or nullopt.
std::optional<std::string> RecordShortCode(Kind kind, std::string_view wire_code);

// 使用范围 values.
enum class UsageScope { kPublic = 0, kGovernmentOnly = 1, kAuthorisedQuery = 2 };
const char* UsageScopeTitle(UsageScope scope);  // 公示, 仅政府内部共享, 仅授权查询
std::optional<UsageScope> ParseUsageScope(std::string_view text);

// The fixed list of legal reasons for withholding (不予公开理由), in the
// order shown to users. kMinorReason is also applied automatically.
const std::vector<std::string>& WithheldReasons();
inline constexpr const char* kMinorReason = "未成年人";
// Applied automatically to minor penalties when they are not published
// (PublicityRules::publish_minor = false); not accepted from departments.
inline constexpr const char* kMinorPenaltyReason = "轻微处罚不予公示";

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_DOMAIN_EXTENSION_FIELDS_H_
