#include "service/store/revocation_repository.h"

#include "service/json/json_writer.h"
#include "service/store/event_log.h"
#include "service/store/query_helpers.h"

namespace dpfeed {

namespace {

using store_internal::Run;

constexpr const char* kCurrent =
    "SELECT status, department_id, status_reason, revocation_kind, withdrawn_at IS NOT NULL "
    "FROM decisions WHERE id = ?";
constexpr const char* kRevoke =
    "UPDATE decisions SET status = 'revoked', status_reason = ?1, revocation_kind = ?2 "
    "WHERE id = ?3 AND status = 'active'";
// A withdrawal already out showed the old wording: withdrawn again.
constexpr const char* kAmend =
    "UPDATE decisions SET status_reason = ?1, revocation_kind = ?2, withdrawn_at = NULL "
    "WHERE id = ?3 AND status = 'revoked'";

std::string Detail(RevocationKind kind, const RevocationKind* previous, bool withdrawn_again) {
  JsonOut out;
  JsonWriter& w = out.w();
  w.StartObject();
  Key(w, "kind");
  Str(w, ToString(kind));
  if (previous != nullptr) {
    Key(w, "previous_kind");
    Str(w, ToString(*previous));
    Key(w, "withdrawn_again");
    w.Bool(withdrawn_again);
  }
  w.EndObject();
  return out.Take();
}

}  // namespace

Result<RevokeOutcome> RevokeDecision(Database& db, int64_t id, RevocationKind kind,
                                     const std::string& reason, const std::string& now) {
  Status s;
  Statement* get = db.Prepare(kCurrent, &s);
  if (get == nullptr) return s;
  get->Bind(1, id);
  if (!get->Step(&s)) {
    if (!s.ok()) return s;
    return Status::NotFound("no decision with id " + std::to_string(id));
  }
  const auto status = ParseDecisionStatus(get->ColumnText(0));
  const int64_t department_id = get->ColumnInt(1);
  const std::string old_reason = get->ColumnText(2);
  const auto stored_kind = get->ColumnOptionalText(3);
  const bool withdrawn = get->ColumnInt(4) != 0;
  get->Reset();
  if (!status) return Status::Corruption("decision " + std::to_string(id) + ": bad status");

  if (*status == DecisionStatus::kActive) {
    s = Run(db, kRevoke,
            [&](Statement& st) { st.Bind(1, reason).Bind(2, ToString(kind)).Bind(3, id); });
    if (!s.ok()) return s;
    s = AppendEvent(db, {now, "decision.revoked", department_id, id, Detail(kind, nullptr, false)});
    if (!s.ok()) return s;
    return RevokeOutcome::kRevoked;
  }
  if (*status != DecisionStatus::kRevoked)
    return Status::Conflict(std::string("decision is ") + ToString(*status));

  const RevocationKind old_kind =
      stored_kind ? ParseRevocationKind(*stored_kind).value_or(RevocationKind::kRevoke)
                  : RevocationKind::kRevoke;
  if (old_kind == kind && old_reason == reason) return RevokeOutcome::kUnchanged;
  s = Run(db, kAmend,
          [&](Statement& st) { st.Bind(1, reason).Bind(2, ToString(kind)).Bind(3, id); });
  if (!s.ok()) return s;
  s = AppendEvent(db, {now, "decision.revocation_amended", department_id, id,
                       Detail(kind, &old_kind, withdrawn)});
  if (!s.ok()) return s;
  return RevokeOutcome::kAmended;
}

}  // namespace dpfeed
