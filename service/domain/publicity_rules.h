// How long a decision is shown and whether it is shown at all (DOMAIN.md §1,
// issue 10 §2-3): penalty severity and its display periods, the automatic
// withholding of records about minors and of minor penalties, and the end of
// a license's display at the end of its validity.
//
//   severity  轻微 minor     display at most 3 months, not published by default
//             一般 ordinary  at least 3 months, at most 1 year
//             严重 serious   at least 1 year, at most 3 years
// all counted in calendar months from the decision date (JDRQ). Credit
// repair (信用修复) is possible from the end of the minimum period.
//
// Thread-safety: value types and pure functions.
#ifndef DPFEED_SERVICE_DOMAIN_PUBLICITY_RULES_H_
#define DPFEED_SERVICE_DOMAIN_PUBLICITY_RULES_H_

#include <optional>
#include <string>
#include <string_view>

#include "service/domain/civil_date.h"
#include "service/domain/extension_fields.h"
#include "service/domain/record.h"

namespace dpfeed {

enum class Severity { kMinor, kOrdinary, kSerious };
const char* ToString(Severity s);       // minor, ordinary, serious (database, JSON)
const char* SeverityTitle(Severity s);  // 轻微, 一般, 严重 (people)
// Accepts the Chinese titles and the English words.
std::optional<Severity> ParseSeverity(std::string_view text);

struct DisplayPeriod {
  int min_months = 0;
  int max_months = 0;
};

struct PublicityRules {
  DisplayPeriod minor{0, 3};                        // 轻微 (default 0..3 months)
  DisplayPeriod ordinary{3, 12};                    // 一般 (default 3..12 months)
  DisplayPeriod serious{12, 36};                    // 严重 (default 12..36 months)
  Severity default_severity = Severity::kOrdinary;  // neither YZCD nor GSJZQ (default 一般)
  bool publish_minor = false;                       // minor penalties are published (default false)
  bool license_until_validity_end =
      true;                            // a license leaves publication after XK_YXQZI (default true)
  double fine_warning_wan_yuan = 100;  // a fine above this (万元) gets a warning (default 100)

  const DisplayPeriod& PeriodOf(Severity s) const;
};

// The decision-date-relative window in which CF_GSJZQ must fall.
struct DisplayWindow {
  CivilDate earliest;  // decision date + min months
  CivilDate latest;    // decision date + max months
};
DisplayWindow WindowOf(const PublicityRules& rules, Severity s, CivilDate decided);

// The severity a display period (JDRQ .. GSJZQ) implies: the first of
// 一般, 严重, 轻微 whose window holds it; nullopt when none does.
std::optional<Severity> SeverityOfDisplay(const PublicityRules& rules, CivilDate decided,
                                          CivilDate display_until);

// What publication does with a validated record.
struct PublicityTerms {
  UsageScope usage_scope = UsageScope::kPublic;
  // Set when the record is never published: the department's reason
  // (BYGKLY), 未成年人 or 轻微处罚不予公示.
  std::optional<std::string> withheld_reason;
  bool withheld_automatically = false;     // withheld by dpfeed, not by the department
  std::optional<Severity> severity;        // penalties
  std::optional<CivilDate> display_until;  // last day shown; nullopt: until revoked
};

// REQUIRES: the record passed ValidateRecord with the same rules.
PublicityTerms DerivePublicityTerms(const Record& record, const PublicityRules& rules);

// Whether the record's subject is a natural person whose 18-digit ID number
// shows an age under 18 on the decision date.
bool IsAboutMinor(const Record& record);

// The earliest day credit repair may be granted (decision date + the
// severity's minimum period).
CivilDate RepairPossibleFrom(const PublicityRules& rules, Severity s, CivilDate decided);

// The validity end that means "long-term" (长期) in YXQZI.
inline constexpr std::string_view kLongTermDate = "2099-12-31";
// How a stored value reads for people: "长期" for a long-term YXQZI, the
// value itself otherwise (a view of `value`, or of a literal).
std::string_view DisplayValue(Kind kind, std::string_view code, std::string_view value);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_DOMAIN_PUBLICITY_RULES_H_
