#include "publisher/notice_builder.h"

#include <algorithm>
#include <chrono>
#include <map>

#include "publisher/notice_masker.h"
#include "service/domain/display_name.h"
#include "service/json/json_writer.h"
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
  item.revocation_kind = p.row.revocation_kind.value_or(RevocationKind::kRevoke);
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

// What a withdrawal shows of a record whose own fields the guard flagged:
// enough to tell which decision is withdrawn (document number, date, the
// subject's category, the deciding agency and its code), nothing else.
Record IdentifyingFields(const Record& masked) {
  Record out;
  out.kind = masked.kind;
  for (const char* code : {"WSH", "JDRQ", "XDR_LB", "XKJG", "XKJGDM", "CFJG", "CFJGDM"}) {
    const std::string& v = masked.Get(code);
    if (!v.empty()) out.Set(code, v);
  }
  return out;
}

// One rendering of a notice: its three artifacts, where each record stands
// in the portal JSON, and what the guard found in them.
struct Rendering {
  std::string title, period_from, period_to;
  std::string portal_html, portal_json, credit_json;
  std::vector<ByteRange> record_ranges;  // in portal_json, one per record
  std::vector<ArtifactLeak> leaks;
};

// The notice of `rows` (some of the spec's rows, in order) from their masked
// form `masked` and originals, guarded by `guard`. `drop_reason[i]`: row
// i's withdrawal reason text is left out of the wording. `title` "": the
// standard title. `masked.records` are lent to the renderer (moved, not
// copied) and are back in place when this returns.
Result<Rendering> RenderGuarded(const NoticeSpec& spec, const Department& department,
                                const std::string& published_on, const BuildOptions& options,
                                const std::vector<const PlanningRow*>& rows, MaskedNotice& masked,
                                const std::vector<const Record*>& originals,
                                const std::vector<bool>& drop_reason, const NoticeLeakGuard& guard,
                                const std::string& title, StageClock& clock, BuildStages& stages) {
  NoticeContent n;
  n.columns = Columns(spec.kind, options.masking);
  n.type = spec.type;
  n.kind = spec.kind;
  n.department_code = department.code;
  n.department_name = FullDepartmentName(options.jurisdiction, department.name);
  n.department_uscc = department.uscc;
  n.published_on = published_on;
  if (spec.period) {
    n.period_from = spec.period->first;
    n.period_to = spec.period->second;
  } else {
    const auto from = ParseCivilDate(rows.front()->row.decision_date);
    const auto to = ParseCivilDate(rows.back()->row.decision_date);
    if (!from || !to)
      return Status::Corruption("decision " + std::to_string(rows.front()->row.id) + ": bad date");
    n.period_from = *from;
    n.period_to = *to;
  }
  // 撤回 in the title when every record withdrawn was entered in error.
  const bool data_entry_withdrawal =
      spec.type == NoticeType::kWithdrawal && !rows.empty() &&
      std::all_of(rows.begin(), rows.end(), [](const PlanningRow* r) {
        return r->row.status == DecisionStatus::kRevoked &&
               r->row.revocation_kind == RevocationKind::kWithdraw;
      });
  n.title = !title.empty() ? title
                           : NoticeTitle(options.jurisdiction, n.department_name, n.kind, n.type,
                                         n.period_from, n.period_to, data_entry_withdrawal);
  if (spec.type == NoticeType::kWithdrawal) {
    for (size_t i = 0; i < rows.size(); ++i) {
      const DecisionRow& row = rows[i]->row;
      // An active decision withdrawn is one that became withheld (不予公开)
      // by a correction after it was published.
      n.withdrawal_reasons.push_back(
          row.status == DecisionStatus::kActive && row.withheld_reason
              ? std::string("依法不予公开")
              : WithdrawalWording(row.status, drop_reason[i] ? "" : masked.reasons[i],
                                  row.revocation_kind.value_or(RevocationKind::kRevoke)));
    }
  } else if (ActionOf(spec.type) == NoticeAction::kPublish) {
    for (const PlanningRow* p : rows) {
      n.record_notes.push_back(PublicationNote(p->row.deadline, published_on));
    }
  }
  n.records = std::move(masked.records);

  Rendering out;
  out.title = n.title;
  out.period_from = FormatCivilDate(n.period_from);
  out.period_to = FormatCivilDate(n.period_to);
  out.portal_html = RenderNoticeHtml(n);
  size_t portal_records_at = 0, credit_records_at = 0;
  out.portal_json = RenderPortalJson(n, &out.record_ranges, &portal_records_at);
  if (!options.credit_unmasked) {
    out.credit_json =
        CreditJsonFromPortal(n, out.portal_json, portal_records_at, &credit_records_at);
    masked.records = std::move(n.records);
  } else {
    masked.records = std::move(n.records);
    n.records.clear();
    for (const Record* r : originals) n.records.push_back(*r);
    out.credit_json = RenderCreditJson(n);
  }
  stages.render += clock.Lap();
  std::vector<std::string_view> guarded = {out.portal_html, out.portal_json};
  if (!options.credit_unmasked) {
    // The credit JSON's records are the portal JSON's, byte for byte
    // (checked here, never assumed): its header is all that is left to check.
    const std::string_view credit(out.credit_json);
    const bool same_records = credit.substr(credit_records_at) ==
                              std::string_view(out.portal_json).substr(portal_records_at);
    guarded.push_back(same_records ? credit.substr(0, credit_records_at) : credit);
  }
  out.leaks = guard.Check(guarded);
  stages.guard += clock.Lap();
  return out;
}

// The records (indices into the rendering's rows) the leaks are tied to,
// with their categories: by value (the guard knows whose value it is), or,
// for a value found by its shape alone (an ID number typed into a public
// field), by the record of the portal JSON it stands in. A value in the
// page or the credit header stands in the portal JSON too and needs no tie
// of its own (the notice is guarded again without the held records). A
// value outside every record, or leaks none of which can be tied, make
// `untied` true.
std::map<size_t, std::set<std::string>> FlaggedRecords(const Rendering& r, bool* untied) {
  std::map<size_t, std::set<std::string>> out;
  *untied = false;
  for (const ArtifactLeak& leak : r.leaks) {
    if (!leak.records.empty()) {
      for (size_t i : leak.records) out[i].insert(leak.category);
      continue;
    }
    if (leak.artifact != 1) continue;  // the page or the credit header: see above
    bool found = false;
    for (size_t i = 0; i < r.record_ranges.size(); ++i) {
      if (r.record_ranges[i].begin <= leak.offset && leak.offset < r.record_ranges[i].end) {
        out[i].insert(leak.category);
        found = true;
        break;
      }
    }
    if (!found) *untied = true;
  }
  if (out.empty() && !r.leaks.empty()) *untied = true;
  return out;
}

}  // namespace

std::string LeakEventDetail(const std::string& run_key,
                            const std::vector<std::string>& categories) {
  JsonOut out;
  JsonWriter& w = out.w();
  w.StartObject();
  Key(w, "run_key");
  Str(w, run_key);
  Key(w, "leaks");
  w.StartArray();
  for (const std::string& c : categories) Str(w, c);
  w.EndArray();
  w.EndObject();
  return out.Take();
}

Result<BuiltNotice> BuildNotice(const NoticeSpec& spec, const Department& department,
                                const std::string& published_on, const BuildOptions& options,
                                const ArtifactStore* store, const std::string& title) {
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
  std::vector<const PlanningRow*> rows;
  refs.reserve(originals.size());
  for (const Record& r : originals) refs.push_back(&r);
  for (const PlanningRow& p : spec.rows) rows.push_back(&p);
  MaskedNotice masked = MaskForNotice(refs, reasons, options.masking);
  const NoticeLeakGuard guard(masked);

  BuiltNotice out;
  out.stages.mask = clock.Lap();
  std::vector<bool> drop_reason(rows.size(), false);
  auto r = RenderGuarded(spec, department, published_on, options, rows, masked, refs, drop_reason,
                         guard, title, clock, out.stages);
  if (!r.ok()) return r.status();
  bool untied = false;
  auto flagged = FlaggedRecords(*r, &untied);

  // A withdrawal is never held back by its own reason: a flagged record's
  // reason is left out (the wording keeps 撤销 / 撤回) and the notice is
  // rendered again; a record still flagged shows its reason again but only
  // what identifies the decision withdrawn, and if that is still flagged,
  // neither. (Still flagged after that, it is held like any.)
  if (spec.type == NoticeType::kWithdrawal && !flagged.empty()) {
    for (const auto& [i, categories] : flagged) {
      if (masked.reasons[i].empty()) continue;
      drop_reason[i] = true;
      ++out.reasons_left_out;
    }
    if (out.reasons_left_out > 0) {
      r = RenderGuarded(spec, department, published_on, options, rows, masked, refs, drop_reason,
                        guard, title, clock, out.stages);
      if (!r.ok()) return r.status();
      flagged = FlaggedRecords(*r, &untied);
    }
    if (!flagged.empty() && !options.credit_unmasked) {
      // Its fields, not its reason: the reason is shown again.
      for (const auto& [i, categories] : flagged) {
        masked.records[i] = IdentifyingFields(masked.records[i]);
        if (drop_reason[i]) --out.reasons_left_out;
        drop_reason[i] = false;
      }
      r = RenderGuarded(spec, department, published_on, options, rows, masked, refs, drop_reason,
                        guard, title, clock, out.stages);
      if (!r.ok()) return r.status();
      flagged = FlaggedRecords(*r, &untied);
      bool dropped = false;  // both, then
      for (const auto& [i, categories] : flagged) {
        if (masked.reasons[i].empty()) continue;
        drop_reason[i] = dropped = true;
        ++out.reasons_left_out;
      }
      if (dropped) {
        r = RenderGuarded(spec, department, published_on, options, rows, masked, refs, drop_reason,
                          guard, title, clock, out.stages);
        if (!r.ok()) return r.status();
        flagged = FlaggedRecords(*r, &untied);
      }
    }
  }

  // Hold only the records involved; the rest is rendered and guarded again.
  if (!r->leaks.empty()) {
    for (const ArtifactLeak& leak : r->leaks) out.leak_categories.insert(leak.category);
    if (!untied && flagged.size() == rows.size()) {
      // Every record flagged: all held, nothing left to publish.
      for (const auto& [i, categories] : flagged) out.held.push_back({rows[i]->row.id, categories});
      rows.clear();
      r->leaks.clear();
    } else if (!untied) {
      std::vector<size_t> held;
      for (const auto& [i, categories] : flagged) {
        held.push_back(i);
        out.held.push_back({rows[i]->row.id, categories});
      }
      MaskedNotice kept = WithoutRecords(masked, held);
      const NoticeLeakGuard kept_guard(kept);
      std::vector<const PlanningRow*> kept_rows;
      std::vector<const Record*> kept_refs;
      std::vector<bool> kept_drop;
      for (size_t i = 0; i < rows.size(); ++i) {
        if (flagged.count(i)) continue;
        kept_rows.push_back(rows[i]);
        kept_refs.push_back(refs[i]);
        kept_drop.push_back(drop_reason[i]);
      }
      r = RenderGuarded(spec, department, published_on, options, kept_rows, kept, kept_refs,
                        kept_drop, kept_guard, title, clock, out.stages);
      if (!r.ok()) return r.status();
      rows = std::move(kept_rows);
    }
    if (!r->leaks.empty()) {
      for (const ArtifactLeak& leak : r->leaks) out.leak_categories.insert(leak.category);
      out.blocked = true;
      out.held.clear();
    }
  }

  NoticeWrite& w = out.write;
  w.run_key = spec.run_key;
  w.department_id = spec.department_id;
  w.kind = spec.kind;
  w.type = spec.type;
  w.title = r->title;
  w.period_from = r->period_from;
  w.period_to = r->period_to;
  w.published_on = published_on;
  out.records = rows.size();
  for (const PlanningRow* p : rows) w.items.push_back(ItemOf(*p, spec.type));
  if (out.blocked) return out;
  if (rows.empty() && !out.held.empty()) return out;  // all held: nothing to store
  if (store != nullptr) {
    for (auto [bytes, hash] : {std::pair{&r->portal_html, &w.artifacts.portal_html},
                               std::pair{&r->portal_json, &w.artifacts.portal_json},
                               std::pair{&r->credit_json, &w.artifacts.credit_json}}) {
      auto stored = store->Put(*bytes);
      if (!stored.ok()) return stored.status();
      *hash = std::move(stored.value());
    }
    out.stages.store = clock.Lap();
  }
  return out;
}

}  // namespace dpfeed
