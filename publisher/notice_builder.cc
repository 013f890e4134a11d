#include "publisher/notice_builder.h"

#include <chrono>

#include "publisher/notice_masker.h"
#include "service/store/record_json.h"

namespace dpfeed {

namespace {

std::vector<const FieldSpec*> Columns(Kind kind, const MaskingPolicy& policy) {
  std::vector<const FieldSpec*> out;
  for (const FieldSpec& f : FieldsOf(kind)) {
    if (IsPublishedColumn(f, policy)) out.push_back(&f);
  }
  return out;
}

NoticeItem ItemOf(const PlanningRow& p, NoticeType type) {
  NoticeItem item;
  item.decision_id = p.row.id;
  item.version = p.row.current_version;
  item.action = ActionOf(type);
  item.planned_version = p.planned_version;
  item.status = p.row.status;
  item.status_reason = p.row.status_reason;
  return item;
}

// Seconds since the last lap.
class StageClock {
 public:
  double Lap() {
    const auto now = std::chrono::steady_clock::now();
    const double s = std::chrono::duration<double>(now - last_).count();
    last_ = now;
    return s;
  }

 private:
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

}  // namespace

Result<BuiltNotice> BuildNotice(const NoticeSpec& spec, const Department& department,
                                const std::string& published_on, const BuildOptions& options,
                                const ArtifactStore* store) {
  StageClock clock;
  std::vector<Record> originals;
  std::vector<std::string> reasons;
  originals.reserve(spec.rows.size());
  for (const PlanningRow& p : spec.rows) {
    auto record = DecodeStoredRecord(p.row.kind, p.row.content);
    if (!record.ok()) return record.status();
    originals.push_back(std::move(record.value()));
    if (spec.type == NoticeType::kWithdrawal) reasons.push_back(p.row.status_reason);
  }
  std::vector<const Record*> refs;
  refs.reserve(originals.size());
  for (const Record& r : originals) refs.push_back(&r);
  MaskedNotice masked = MaskForNotice(refs, reasons, options.masking);
  const NoticeLeakGuard guard(masked);
  const double mask_s = clock.Lap();

  NoticeContent n;
  n.columns = Columns(spec.kind, options.masking);
  n.type = spec.type;
  n.kind = spec.kind;
  n.department_code = department.code;
  n.department_name = department.name;
  n.department_uscc = department.uscc;
  n.published_on = published_on;
  if (spec.period) {
    n.period_from = spec.period->first;
    n.period_to = spec.period->second;
  } else {
    const auto from = ParseCivilDate(spec.rows.front().row.decision_date);
    const auto to = ParseCivilDate(spec.rows.back().row.decision_date);
    if (!from || !to)
      return Status::Corruption("decision " + std::to_string(spec.rows.front().row.id) +
                                ": bad date");
    n.period_from = *from;
    n.period_to = *to;
  }
  n.title = NoticeTitle(options.jurisdiction, n.department_name, n.kind, n.type, n.period_from,
                        n.period_to);
  if (spec.type == NoticeType::kWithdrawal) {
    for (size_t i = 0; i < spec.rows.size(); ++i) {
      const DecisionRow& row = spec.rows[i].row;
      // An active decision withdrawn is one that became withheld (不予公开)
      // by a correction after it was published.
      n.withdrawal_reasons.push_back(row.status == DecisionStatus::kActive && row.withheld_reason
                                         ? std::string("依法不予公开")
                                         : WithdrawalWording(row.status, masked.reasons[i]));
    }
  } else if (ActionOf(spec.type) == NoticeAction::kPublish) {
    for (const PlanningRow& p : spec.rows) {
      n.record_notes.push_back(PublicationNote(p.row.deadline, published_on));
    }
  }
  n.records = std::move(masked.records);

  const std::string portal_html = RenderNoticeHtml(n);
  size_t portal_records_at = 0, credit_records_at = 0;
  const std::string portal_json = RenderPortalJson(n, nullptr, &portal_records_at);
  const std::string credit_json = [&] {
    if (!options.credit_unmasked) return RenderCreditJson(n, &credit_records_at);
    NoticeContent credit = n;
    credit.records = originals;
    return RenderCreditJson(credit);
  }();

  BuiltNotice out;
  out.stages.mask = mask_s;
  out.stages.render = clock.Lap();
  out.records = spec.rows.size();
  std::vector<std::string_view> guarded = {portal_html, portal_json};
  if (!options.credit_unmasked) {
    // The credit JSON's records are the portal JSON's, byte for byte
    // (checked here, never assumed): its header is all that is left to check.
    const std::string_view credit(credit_json);
    const bool same_records =
        credit.substr(credit_records_at) == std::string_view(portal_json).substr(portal_records_at);
    guarded.push_back(same_records ? credit.substr(0, credit_records_at) : credit);
  }
  for (const ArtifactLeak& leak : guard.Check(guarded)) {
    out.leak_categories.insert(leak.category);
  }
  out.stages.guard = clock.Lap();
  NoticeWrite& w = out.write;
  w.run_key = spec.run_key;
  w.department_id = spec.department_id;
  w.kind = spec.kind;
  w.type = spec.type;
  w.title = n.title;
  w.period_from = FormatCivilDate(n.period_from);
  w.period_to = FormatCivilDate(n.period_to);
  w.published_on = published_on;
  for (const PlanningRow& p : spec.rows) w.items.push_back(ItemOf(p, spec.type));
  if (!out.leak_categories.empty()) {
    out.blocked = true;
    return out;
  }
  if (store != nullptr) {
    for (auto [bytes, hash] : {std::pair{&portal_html, &w.artifacts.portal_html},
                               std::pair{&portal_json, &w.artifacts.portal_json},
                               std::pair{&credit_json, &w.artifacts.credit_json}}) {
      auto stored = store->Put(*bytes);
      if (!stored.ok()) return stored.status();
      *hash = std::move(stored.value());
    }
    out.stages.store = clock.Lap();
  }
  return out;
}

}  // namespace dpfeed
