#include "service/web/record_view.h"

#include "service/calendar/deadline_rules.h"
#include "service/web/html.h"

namespace dpfeed {

std::string RecordPairs(const Record& record, bool with_codes, bool published_only) {
  std::string h = "<dl class=\"pairs\">\n";
  for (const FieldSpec& f : FieldsOf(record.kind)) {
    if (published_only && f.role == FieldRole::kRepresentativeId && !record.Has(f.code)) continue;
    h += "<dt>";
    h += f.name;
    if (with_codes) h += "<code>" + WireCode(record.kind, f.code) + "</code>";
    h += "</dt><dd>";
    const std::string& v = record.Get(f.code);
    h += v.empty() ? "—" : Esc(v);
    h += "</dd>\n";
  }
  h += "</dl>\n";
  return h;
}

std::string DecisionStateBadge(const DecisionRow& d, const WorkCalendar& calendar,
                               CivilDate today) {
  auto badge = [](const char* cls, const std::string& text) {
    return std::string("<span class=\"state ") + cls + "\">" + Esc(text) + "</span>";
  };
  if (d.status == DecisionStatus::kRevoked) {
    return badge(
        "revoked",
        std::string("已") + RevocationTitle(d.revocation_kind.value_or(RevocationKind::kRevoke)));
  }
  if (d.status == DecisionStatus::kExpired) return badge("expired", "公示期满");
  if (d.portal_published_at)
    return badge("published", "已公示 " + d.portal_published_at->substr(0, 10));
  const auto deadline = ParseCivilDate(d.deadline);
  if (!deadline) return badge("pending", "待公示");
  if (*deadline < today) return badge("overdue", "已逾期");
  if (IsAtRisk(calendar, today, *deadline)) return badge("at_risk", "即将到期");
  return badge("pending", "待公示");
}

const char* KindShortTitle(Kind kind) { return kind == Kind::kLicense ? "许可" : "处罚"; }

}  // namespace dpfeed
