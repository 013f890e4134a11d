#include "service/api/decision_preparation.h"

#include <algorithm>
#include <map>

#include "service/compliance/intake_feedback.h"
#include "service/store/record_json.h"

namespace dpfeed {

namespace {

// Whether `given` names `registered`, alone or after the jurisdiction.
bool SameName(const std::string& given, const std::string& registered,
              std::string_view jurisdiction) {
  if (given == registered) return true;
  return !jurisdiction.empty() && registered.rfind(jurisdiction, 0) != 0 &&
         given.size() == jurisdiction.size() + registered.size() &&
         given.compare(0, jurisdiction.size(), jurisdiction) == 0 &&
         given.compare(jurisdiction.size(), std::string::npos, registered) == 0;
}

// The deciding agency must be the department or one of its registered
// agencies, under the registered name: no department files decisions in
// another's name.
std::vector<FieldIssue> CheckDecidingAgency(const Record& r, const Department& d,
                                            std::string_view jurisdiction) {
  const Kind kind = r.kind;
  const std::string& code = r.Get(AgencyCodeField(kind));
  const std::string& name = r.Get(AgencyNameField(kind));
  std::map<std::string, std::string> allowed = {{d.uscc, d.name}};
  for (const Agency& a : d.agencies) allowed.emplace(a.uscc, a.name);
  const std::string word = kind == Kind::kLicense ? "许可机关" : "处罚机关";
  const auto it = allowed.find(code);
  if (it == allowed.end()) {
    std::string list;
    for (const auto& [uscc, n] : allowed)
      list += (list.empty() ? "" : "、") + n + "（" + uscc + "）";
    return {{WireCode(kind, AgencyCodeField(kind)),
             word + "统一社会信用代码" + code +
                 "既不是本部门，也不是为本部门登记的受委托组织；可填写：" + list +
                 "。受委托组织由管理员登记"}};
  }
  if (!SameName(name, it->second, jurisdiction)) {
    return {{WireCode(kind, AgencyNameField(kind)),
             word + "名称与统一社会信用代码" + code + "登记的名称不符：应为" + it->second}};
  }
  return {};
}

std::string Party(const std::string& name, const std::string& code) {
  return name + (code.empty() ? "" : "（" + code + "）");
}

}  // namespace

PrepareResult PrepareDecision(Record record, const Department& department,
                              const WorkCalendar& calendar, CivilDate today,
                              const PublicityRules& rules, std::string_view jurisdiction) {
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
  if (auto agency = CheckDecidingAgency(record, department, jurisdiction); !agency.empty()) {
    out.failure = PrepareFailure::kForeignSource;
    out.errors = std::move(agency);
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

std::vector<DecisionIssue> RepeatedDecisions(const std::vector<PreparedDecision>& decisions,
                                             const std::function<std::string(size_t)>& where) {
  std::map<std::pair<Kind, std::string>, std::vector<size_t>> by_identity;
  for (size_t i = 0; i < decisions.size(); ++i) {
    by_identity[{decisions[i].write.kind, decisions[i].write.wsh}].push_back(i);
  }
  std::vector<DecisionIssue> out;
  for (const auto& [identity, indexes] : by_identity) {
    if (indexes.size() < 2) continue;
    for (size_t i : indexes) {
      std::string others;
      for (size_t j : indexes) {
        if (j != i) others += (others.empty() ? "" : "、") + where(j);
      }
      out.push_back({i,
                     {WireCode(identity.first, "WSH"), "文书号" + identity.second +
                                                           "在同一次提交中出现了不止一次（另见" +
                                                           others + "）；每个决定只能提交一次"}});
    }
  }
  std::sort(out.begin(), out.end(),
            [](const DecisionIssue& a, const DecisionIssue& b) { return a.index < b.index; });
  return out;
}

Result<std::vector<DecisionWriteResult>> StoreDecisions(
    Database& db, const std::vector<PreparedDecision>& decisions, const std::string& received_at,
    std::vector<PartyConflict>* conflicts) {
  std::vector<DecisionWriteResult> results;
  results.reserve(decisions.size());
  std::string first_conflict;
  for (size_t i = 0; i < decisions.size(); ++i) {
    const DecisionWrite& w = decisions[i].write;
    auto r = UpsertDecision(db, w, received_at);
    if (!r.ok()) return r.status();
    if (r->party_conflict) {
      const std::string reason =
          "文书号" + w.wsh + "已登记的当事人为" +
          Party(r->stored_party_name, r->stored_party_code) + "，本次提交为" +
          Party(r->new_party_name, r->new_party_code) +
          "；不同当事人的决定应使用不同文书号。确需更正当事人时，请明确提出更正（接口：在地址后加 "
          "?correct_party=true；控制台录入：勾选“确认更正当事人”）";
      if (first_conflict.empty()) first_conflict = reason;
      if (conflicts == nullptr) break;
      conflicts->push_back({i, {WireCode(w.kind, "XDR_MC"), reason}});
      continue;
    }
    results.push_back(*r);
  }
  if (!first_conflict.empty()) return Status::Conflict(first_conflict);
  return results;
}

}  // namespace dpfeed
