#include "service/api/decision_preparation.h"

#include "service/compliance/intake_feedback.h"
#include "service/store/record_json.h"

namespace dpfeed {

PrepareResult PrepareDecision(Record record, const Department& department,
                              const WorkCalendar& calendar, CivilDate today,
                              const PublicityRules& rules) {
  PrepareResult out;
  Validation v = ValidateRecord(record, today, rules);
  if (!v.ok()) {
    out.failure = PrepareFailure::kRules;
    out.errors = std::move(v.errors);
    return out;
  }
  const Kind kind = record.kind;
  const std::string source_code_field = SourceCodeField(kind);
  const std::string& source = record.Get(source_code_field);
  if (!source.empty() && source != department.uscc) {
    out.failure = PrepareFailure::kForeignSource;
    out.errors.push_back(
        {WireCode(kind, source_code_field), "数据来源单位统一社会信用代码" + source +
                                                "不是本部门（" + department.name + "，" +
                                                department.uscc + "）；部门只能提交本部门的决定"});
    return out;
  }
  if (source.empty()) record.Set(source_code_field, department.uscc);
  if (!record.Has(SourceNameField(kind))) record.Set(SourceNameField(kind), department.name);

  const auto decided = ParseCivilDate(record.Get("JDRQ"));
  if (!decided) {  // ValidateRecord guarantees a date; never trust it blindly
    out.failure = PrepareFailure::kRules;
    out.errors.push_back({WireCode(kind, "JDRQ"), "决定日期无效"});
    return out;
  }
  const IntakeAssessment assessment = AssessForIntake(record, rules, calendar, today);
  PreparedDecision p;
  p.write.department_id = department.id;
  p.write.kind = kind;
  p.write.wsh = record.Get("WSH");
  p.write.decision_date = FormatCivilDate(*decided);
  p.write.content = EncodeRecord(record);
  ApplyAssessment(assessment, record, &p.write);
  p.deadline_provisional = assessment.deadline.provisional;
  p.warnings = std::move(v.warnings);
  p.warnings.insert(p.warnings.end(), assessment.warnings.begin(), assessment.warnings.end());
  p.deadline_warnings = assessment.deadline_warnings;
  p.record = std::move(record);
  out.prepared = std::move(p);
  return out;
}

Result<std::vector<DecisionWriteResult>> StoreDecisions(
    Database& db, const std::vector<PreparedDecision>& decisions, const std::string& received_at) {
  std::vector<DecisionWriteResult> results;
  results.reserve(decisions.size());
  for (const PreparedDecision& p : decisions) {
    auto r = UpsertDecision(db, p.write, received_at);
    if (!r.ok()) return r.status();
    results.push_back(*r);
  }
  return results;
}

}  // namespace dpfeed
