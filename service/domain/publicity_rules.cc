#include "service/domain/publicity_rules.h"

#include "service/domain/identifiers.h"

namespace dpfeed {

const char* ToString(Severity s) {
  switch (s) {
    case Severity::kMinor:
      return "minor";
    case Severity::kOrdinary:
      return "ordinary";
    case Severity::kSerious:
      return "serious";
  }
  return "ordinary";
}

const char* SeverityTitle(Severity s) {
  switch (s) {
    case Severity::kMinor:
      return "轻微";
    case Severity::kOrdinary:
      return "一般";
    case Severity::kSerious:
      return "严重";
  }
  return "一般";
}

std::optional<Severity> ParseSeverity(std::string_view text) {
  for (Severity s : {Severity::kMinor, Severity::kOrdinary, Severity::kSerious}) {
    if (text == ToString(s) || text == SeverityTitle(s)) return s;
  }
  return std::nullopt;
}

const DisplayPeriod& PublicityRules::PeriodOf(Severity s) const {
  switch (s) {
    case Severity::kMinor:
      return minor;
    case Severity::kOrdinary:
      return ordinary;
    case Severity::kSerious:
      return serious;
  }
  return ordinary;
}

DisplayWindow WindowOf(const PublicityRules& rules, Severity s, CivilDate decided) {
  const DisplayPeriod& p = rules.PeriodOf(s);
  return {AddMonths(decided, p.min_months), AddMonths(decided, p.max_months)};
}

std::optional<Severity> SeverityOfDisplay(const PublicityRules& rules, CivilDate decided,
                                          CivilDate display_until) {
  for (Severity s : {Severity::kOrdinary, Severity::kSerious, Severity::kMinor}) {
    const DisplayWindow w = WindowOf(rules, s, decided);
    if (display_until >= w.earliest && display_until <= w.latest) return s;
  }
  return std::nullopt;
}

bool IsAboutMinor(const Record& record) {
  if (record.Category() != SubjectCategory::kNaturalPerson) return false;
  const std::string& id = record.Get("XDR_ZJHM");
  if (!IsValidIdNumber18(id)) return false;
  const auto decided = ParseCivilDate(record.Get("JDRQ"));
  const auto born =
      ParseCivilDate(id.substr(6, 4) + "-" + id.substr(10, 2) + "-" + id.substr(12, 2));
  if (!decided || !born) return false;
  return AddMonths(*born, 18 * 12) > *decided;
}

PublicityTerms DerivePublicityTerms(const Record& record, const PublicityRules& rules) {
  PublicityTerms t;
  t.usage_scope = ParseUsageScope(record.Get(kUsageScopeCode)).value_or(UsageScope::kPublic);
  if (t.usage_scope != UsageScope::kPublic) t.withheld_reason = record.Get(kWithheldReasonCode);
  const auto decided = ParseCivilDate(record.Get("JDRQ"));
  if (!t.withheld_reason && IsAboutMinor(record)) {
    t.withheld_reason = kMinorReason;
    t.withheld_automatically = true;
    t.usage_scope = UsageScope::kGovernmentOnly;
  }
  if (record.kind == Kind::kPenalty && decided) {
    const auto until = ParseCivilDate(record.Get("GSJZQ"));
    if (auto explicit_severity = ParseSeverity(record.Get(kSeverityCode))) {
      t.severity = explicit_severity;
    } else if (until) {
      t.severity = SeverityOfDisplay(rules, *decided, *until);
    }
    if (!t.severity) t.severity = rules.default_severity;
    t.display_until = until ? *until : WindowOf(rules, *t.severity, *decided).latest;
    if (*t.severity == Severity::kMinor && !rules.publish_minor && !t.withheld_reason) {
      t.withheld_reason = kMinorPenaltyReason;
      t.withheld_automatically = true;
    }
  } else if (record.kind == Kind::kLicense && rules.license_until_validity_end) {
    const std::string& end = record.Get("YXQZI");
    if (!end.empty() && end != kLongTermDate) t.display_until = ParseCivilDate(end);
  }
  return t;
}

CivilDate RepairPossibleFrom(const PublicityRules& rules, Severity s, CivilDate decided) {
  return WindowOf(rules, s, decided).earliest;
}

std::string_view DisplayValue(Kind kind, std::string_view code, std::string_view value) {
  if (kind == Kind::kLicense && code == "YXQZI" && value == kLongTermDate) return "长期";
  return value;
}

}  // namespace dpfeed
