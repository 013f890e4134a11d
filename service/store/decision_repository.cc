#include "service/store/decision_repository.h"

#include "service/store/decision_columns.h"
#include "service/store/event_log.h"
#include "service/store/record_json.h"
#include "service/store/sha256.h"

namespace dpfeed {

namespace {

constexpr const char* kFindIdentity =
    "SELECT d.id, d.current_version, v.content_hash, v.received_at, d.deadline, "
    "d.deadline_provisional, v.content FROM decisions d JOIN decision_versions v "
    "ON v.decision_id = d.id AND v.version = d.current_version "
    "WHERE d.department_id = ? AND d.kind = ? AND d.wsh = ?";
constexpr const char* kInsertDecision =
    "INSERT INTO decisions (department_id, kind, wsh, current_version, decision_date, received_at, "
    "deadline, deadline_provisional, display_until, usage_scope, withheld_reason, severity, "
    "matter_code) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kUpdateDecision =
    "UPDATE decisions SET current_version = ?, decision_date = ?, deadline = ?, "
    "deadline_provisional = ?, display_until = ?, usage_scope = ?, withheld_reason = ?, "
    "severity = ?, matter_code = ? WHERE id = ?";
constexpr const char* kInsertVersion =
    "INSERT INTO decision_versions (decision_id, version, content, content_hash, received_at) "
    "VALUES (?, ?, ?, ?, ?)";

constexpr const char* kGetDecision = DPFEED_DECISION_SELECT "WHERE d.id = ?";
constexpr const char* kListByDepartment = DPFEED_DECISION_SELECT
    "WHERE d.department_id = ? AND d.kind = ? AND d.decision_date BETWEEN ? AND ? AND d.id > ? "
    "ORDER BY d.id LIMIT ?";
constexpr const char* kListAll = DPFEED_DECISION_SELECT
    "WHERE d.kind = ? AND d.decision_date BETWEEN ? AND ? AND d.id > ? ORDER BY d.id LIMIT ?";

constexpr const char* kGetVersions =
    "SELECT version, content, received_at FROM decision_versions WHERE decision_id = ? "
    "ORDER BY version";
constexpr const char* kSetStatus =
    "UPDATE decisions SET status = ?, status_reason = ? WHERE id = ? AND status = 'active'";
constexpr const char* kStatusOf = "SELECT status, department_id FROM decisions WHERE id = ?";

}  // namespace

Result<DecisionRow> ReadDecisionRow(const Statement& st) {
  DecisionRow r;
  r.id = st.ColumnInt(0);
  r.department_id = st.ColumnInt(1);
  const auto kind = ParseKind(st.ColumnText(2));
  const auto status = ParseDecisionStatus(st.ColumnText(10));
  if (!kind || !status)
    return Status::Corruption("decision " + std::to_string(r.id) + ": bad kind or status");
  r.kind = *kind;
  r.wsh = st.ColumnText(3);
  r.current_version = static_cast<int>(st.ColumnInt(4));
  r.decision_date = st.ColumnText(5);
  r.received_at = st.ColumnText(6);
  r.deadline = st.ColumnText(7);
  r.provisional = st.ColumnInt(8) != 0;
  r.display_until = st.ColumnOptionalText(9);
  r.status = *status;
  r.status_reason = st.ColumnText(11);
  r.portal_published_at = st.ColumnOptionalText(12);
  r.credit_published_at = st.ColumnOptionalText(13);
  r.content = st.ColumnText(14);
  r.usage_scope = static_cast<int>(st.ColumnInt(15));
  r.withheld_reason = st.ColumnOptionalText(16);
  r.severity = st.ColumnOptionalText(17);
  r.matter_code = st.ColumnOptionalText(18);
  r.repair_reference = st.ColumnOptionalText(19);
  r.repaired_on = st.ColumnOptionalText(20);
  if (auto k = st.ColumnOptionalText(21)) {
    r.revocation_kind = ParseRevocationKind(*k);
    if (!r.revocation_kind)
      return Status::Corruption("decision " + std::to_string(r.id) + ": bad revocation kind");
  }
  r.held_at = st.ColumnOptionalText(22);
  return r;
}

namespace {

std::string DecisionEventDetail(int version, const DecisionWrite& w, bool party_changed) {
  // Only public identifiers: never record content.
  return "{\"version\":" + std::to_string(version) + ",\"kind\":\"" + KindName(w.kind) +
         "\",\"deadline\":\"" + w.deadline + "\"" +
         (party_changed ? ",\"party_changed\":true}" : "}");
}

}  // namespace

const char* WriteOutcomeName(WriteOutcome outcome) {
  switch (outcome) {
    case WriteOutcome::kCreated:
      return "created";
    case WriteOutcome::kUnchanged:
      return "unchanged";
    case WriteOutcome::kCorrected:
      return "corrected";
  }
  return "created";
}

Result<DecisionWriteResult> UpsertDecision(Database& db, const DecisionWrite& w,
                                           const std::string& now) {
  Status s;
  const std::string hash = Sha256Hex(w.content);
  Statement* find = db.Prepare(kFindIdentity, &s);
  if (find == nullptr) return s;
  find->Bind(1, w.department_id).Bind(2, KindName(w.kind)).Bind(3, w.wsh);
  DecisionWriteResult out;
  if (find->Step(&s)) {
    out.id = find->ColumnInt(0);
    const int current = static_cast<int>(find->ColumnInt(1));
    const std::string current_hash = find->ColumnText(2);
    if (current_hash == hash) {
      out.version = current;
      out.received_at = find->ColumnText(3);
      out.deadline = find->ColumnText(4);
      out.provisional = find->ColumnInt(5) != 0;
      out.outcome = WriteOutcome::kUnchanged;
      find->Reset();
      return out;
    }
    auto stored = DecodeStoredRecord(w.kind, find->ColumnText(6));
    find->Reset();
    if (!stored.ok()) return stored.status();
    auto next = DecodeStoredRecord(w.kind, w.content);
    if (!next.ok()) return Status::InvalidArgument("decision content does not decode");
    if (stored->Get("XDR_MC") != next->Get("XDR_MC") ||
        stored->Get("XDR_SHXYM") != next->Get("XDR_SHXYM")) {
      if (!w.allow_party_change) {
        out.party_conflict = true;
        out.stored_party_name = stored->Get("XDR_MC");
        out.stored_party_code = stored->Get("XDR_SHXYM");
        out.new_party_name = next->Get("XDR_MC");
        out.new_party_code = next->Get("XDR_SHXYM");
        return out;
      }
      out.party_changed = true;
    }
    out.version = current + 1;
    out.outcome = WriteOutcome::kCorrected;
    Statement* up = db.Prepare(kUpdateDecision, &s);
    if (up == nullptr) return s;
    up->Bind(1, int64_t{out.version}).Bind(2, w.decision_date).Bind(3, w.deadline)
        .Bind(4, int64_t{w.provisional}).Bind(5, w.display_until)
        .Bind(6, int64_t{w.usage_scope}).Bind(7, w.withheld_reason).Bind(8, w.severity)
        .Bind(9, w.matter_code).Bind(10, out.id);
    s = up->Run();
    if (!s.ok()) return s;
  } else {
    if (!s.ok()) return s;
    Statement* ins = db.Prepare(kInsertDecision, &s);
    if (ins == nullptr) return s;
    ins->Bind(1, w.department_id).Bind(2, KindName(w.kind)).Bind(3, w.wsh)
        .Bind(4, w.decision_date).Bind(5, now).Bind(6, w.deadline)
        .Bind(7, int64_t{w.provisional}).Bind(8, w.display_until)
        .Bind(9, int64_t{w.usage_scope}).Bind(10, w.withheld_reason).Bind(11, w.severity)
        .Bind(12, w.matter_code);
    s = ins->Run();
    if (!s.ok()) return s;
    out.id = db.LastInsertRowId();
    out.version = 1;
    out.outcome = WriteOutcome::kCreated;
  }
  Statement* ver = db.Prepare(kInsertVersion, &s);
  if (ver == nullptr) return s;
  ver->Bind(1, out.id).Bind(2, int64_t{out.version}).Bind(3, w.content).Bind(4, hash).Bind(5, now);
  s = ver->Run();
  if (!s.ok()) return s;
  out.received_at = now;
  out.deadline = w.deadline;
  out.provisional = w.provisional;
  s = AppendEvent(
      db, {now, out.outcome == WriteOutcome::kCreated ? "decision.submitted" : "decision.corrected",
           w.department_id, out.id, DecisionEventDetail(out.version, w, out.party_changed)});
  if (!s.ok()) return s;
  return out;
}

Result<DecisionRow> GetDecision(Database& db, int64_t id) {
  Status s;
  Statement* st = db.Prepare(kGetDecision, &s);
  if (st == nullptr) return s;
  st->Bind(1, id);
  if (st->Step(&s)) {
    Result<DecisionRow> r = ReadDecisionRow(*st);
    st->Reset();
    return r;
  }
  if (!s.ok()) return s;
  return Status::NotFound("no decision with id " + std::to_string(id));
}

Result<std::vector<VersionRow>> GetVersions(Database& db, int64_t id) {
  Status s;
  Statement* st = db.Prepare(kGetVersions, &s);
  if (st == nullptr) return s;
  st->Bind(1, id);
  std::vector<VersionRow> out;
  while (st->Step(&s)) {
    out.push_back({static_cast<int>(st->ColumnInt(0)), st->ColumnText(1), st->ColumnText(2)});
  }
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<DecisionRow>> ListDecisions(Database& db, const DecisionFilter& f) {
  Status s;
  Statement* st = db.Prepare(f.department_id ? kListByDepartment : kListAll, &s);
  if (st == nullptr) return s;
  int i = 1;
  if (f.department_id) st->Bind(i++, *f.department_id);
  st->Bind(i, KindName(f.kind));
  st->Bind(i + 1, f.from);
  st->Bind(i + 2, f.to);
  st->Bind(i + 3, f.after_id);
  st->Bind(i + 4, int64_t{f.limit});
  std::vector<DecisionRow> out;
  while (st->Step(&s)) {
    Result<DecisionRow> r = ReadDecisionRow(*st);
    if (!r.ok()) {
      st->Reset();
      return r.status();
    }
    out.push_back(std::move(r.value()));
  }
  if (!s.ok()) return s;
  return out;
}

Status SetDecisionStatus(Database& db, int64_t id, DecisionStatus status, const std::string& reason,
                         const std::string& now) {
  Status s;
  Statement* get = db.Prepare(kStatusOf, &s);
  if (get == nullptr) return s;
  get->Bind(1, id);
  if (!get->Step(&s)) {
    if (!s.ok()) return s;
    return Status::NotFound("no decision with id " + std::to_string(id));
  }
  const std::string current = get->ColumnText(0);
  const int64_t department_id = get->ColumnInt(1);
  get->Reset();
  if (current != ToString(DecisionStatus::kActive))
    return Status::Conflict("decision is already " + current);
  Statement* st = db.Prepare(kSetStatus, &s);
  if (st == nullptr) return s;
  st->Bind(1, ToString(status)).Bind(2, reason).Bind(3, id);
  s = st->Run();
  if (!s.ok()) return s;
  return AppendEvent(db,
                     {now, std::string("decision.") + ToString(status), department_id, id, "{}"});
}

}  // namespace dpfeed
