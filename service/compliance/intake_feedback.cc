#include "service/compliance/intake_feedback.h"

#include "service/calendar/deadline_rules.h"
#include "service/domain/extension_fields.h"
#include "service/domain/legal_periods.h"

namespace dpfeed {

namespace {

std::string WithheldMessage(const PublicityTerms& t, Kind kind) {
  const std::string not_shown = "记录已保存并计入统计，不在政府门户网站和信用网站公示";
  if (*t.withheld_reason == kMinorReason && t.withheld_automatically) {
    return "行政相对人在决定日期时未满18周岁（未成年人），依法不予公开：" + not_shown +
           "，仅供政府内部共享";
  }
  if (*t.withheld_reason == kMinorPenaltyReason) {
    return std::string("严重程度为轻微的") + KindTitle(kind) + "按规定不予公示：" + not_shown;
  }
  return std::string("使用范围为") + std::to_string(static_cast<int>(t.usage_scope)) + "（" +
         UsageScopeTitle(t.usage_scope) + "），不予公开（理由：" + *t.withheld_reason + "）：" +
         not_shown;
}

}  // namespace

IntakeAssessment AssessForIntake(const Record& record, const PublicityRules& rules,
                                 const WorkCalendar& calendar, CivilDate today) {
  IntakeAssessment a;
  a.terms = DerivePublicityTerms(record, rules);
  const CivilDate decided = ParseCivilDate(record.Get("JDRQ")).value_or(today);
  a.deadline = PublicationDeadline(calendar, decided);
  const std::string jdrq = WireCode(record.kind, "JDRQ");
  if (a.terms.withheld_reason) {
    const char* field = *a.terms.withheld_reason == kMinorReason && a.terms.withheld_automatically
                            ? "XDR_ZJHM"
                        : a.terms.usage_scope == UsageScope::kPublic ? "YZCD"
                                                                     : "SYFW";
    a.warnings.push_back(
        {RecordWireCode(record.kind, field), WithheldMessage(a.terms, record.kind)});
    return a;  // nothing to publish, so no deadline to meet
  }
  const std::string deadline = FormatCivilDate(a.deadline.date);
  const std::string rule = "（决定日期后第" + std::to_string(kPublicationWorkdays) + "个工作日）";
  if (today > a.deadline.date) {
    a.deadline_warnings.push_back({jdrq, "公示期限为" + deadline + rule +
                                             "，接收时已超过期限：将尽快公示，合规统计中记为迟报"});
  } else if (IsAtRisk(calendar, today, a.deadline.date)) {
    a.deadline_warnings.push_back({jdrq, "公示期限为" + deadline + rule + "，距今不超过" +
                                             std::to_string(kAtRiskWorkdays) +
                                             "个工作日：将在期限前单独公示，不等每周一的例行公示"});
  }
  return a;
}

void ApplyAssessment(const IntakeAssessment& a, const Record& record, DecisionWrite* w) {
  w->deadline = FormatCivilDate(a.deadline.date);
  w->provisional = a.deadline.provisional;
  w->display_until.reset();
  if (a.terms.display_until) w->display_until = FormatCivilDate(*a.terms.display_until);
  w->usage_scope = static_cast<int>(a.terms.usage_scope);
  w->withheld_reason = a.terms.withheld_reason;
  w->severity.reset();
  if (a.terms.severity) w->severity = ToString(*a.terms.severity);
  w->matter_code.reset();
  if (record.Has(kMatterCode)) w->matter_code = record.Get(kMatterCode);
}

}  // namespace dpfeed
