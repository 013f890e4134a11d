#include "service/store/matter_repository.h"

#include "service/store/event_log.h"

namespace dpfeed {

namespace {

#define DPFEED_MATTER_SELECT                                                                   \
  "SELECT c.id, m.id, m.department_id, m.kind, c.version, c.action, m.code, c.name, "          \
  "c.legal_basis, c.agency, c.category, c.effective_on, c.reason, c.recorded_at, c.deadline, " \
  "c.deadline_provisional, c.portal_published_at, c.credit_published_at "                      \
  "FROM matters m JOIN matter_changes c ON c.matter_id = m.id "
// Optional filters as "?n IS NULL OR column = ?n", one statement for all shapes.
#define DPFEED_MATTER_FILTER "(?1 IS NULL OR m.department_id = ?1) AND (?2 IS NULL OR m.kind = ?2) "

constexpr const char* kInEffect = DPFEED_MATTER_SELECT
    "WHERE " DPFEED_MATTER_FILTER
    "AND c.version = (SELECT max(version) FROM matter_changes x WHERE x.matter_id = m.id "
    "AND x.effective_on <= ?3) AND c.action <> 'cancel' "
    "ORDER BY m.department_id, m.kind, m.code";
constexpr const char* kHistory = DPFEED_MATTER_SELECT "WHERE m.id = ?1 ORDER BY c.version";
constexpr const char* kChanges =
    DPFEED_MATTER_SELECT "WHERE " DPFEED_MATTER_FILTER
                         "AND c.effective_on BETWEEN ?3 AND ?4 ORDER BY c.effective_on, c.id";
constexpr const char* kUnpublished = DPFEED_MATTER_SELECT
    "WHERE c.effective_on <= ?1 AND NOT EXISTS (SELECT 1 FROM notice_matter_changes x "
    "WHERE x.change_id = c.id) ORDER BY m.department_id, m.kind, c.effective_on, c.id";
constexpr const char* kOfNotice = DPFEED_MATTER_SELECT
    "JOIN notice_matter_changes x ON x.change_id = c.id WHERE x.notice_id = ?1 "
    "ORDER BY c.effective_on, c.id";
constexpr const char* kLatest = DPFEED_MATTER_SELECT
    "WHERE m.department_id = ?1 AND m.kind = ?2 AND m.code = ?3 "
    "AND c.version = m.current_version";
constexpr const char* kNaming =
    "SELECT d.id, d.department_id, d.kind, d.wsh, d.decision_date, d.matter_code FROM decisions d "
    "WHERE (?1 IS NULL OR d.department_id = ?1) AND (?2 IS NULL OR d.kind = ?2) "
    "AND d.matter_code IS NOT NULL AND d.decision_date BETWEEN ?3 AND ?4 ORDER BY d.id";
#undef DPFEED_MATTER_SELECT
#undef DPFEED_MATTER_FILTER

constexpr const char* kInsertMatter =
    "INSERT INTO matters (department_id, kind, code, current_version) VALUES (?, ?, ?, 1)";
constexpr const char* kBumpMatter = "UPDATE matters SET current_version = ? WHERE id = ?";
constexpr const char* kInsertChange =
    "INSERT INTO matter_changes (matter_id, version, action, effective_on, name, legal_basis, "
    "agency, category, reason, recorded_at, deadline, deadline_provisional) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

Result<MatterChangeRow> ReadRow(const Statement& st) {
  MatterChangeRow r;
  r.change_id = st.ColumnInt(0);
  r.matter_id = st.ColumnInt(1);
  r.department_id = st.ColumnInt(2);
  const auto kind = ParseKind(st.ColumnText(3));
  const auto action = ParseMatterAction(st.ColumnText(5));
  if (!kind || !action) {
    return Status::Corruption("matter change " + std::to_string(r.change_id) +
                              ": bad kind or action");
  }
  r.kind = *kind;
  r.version = static_cast<int>(st.ColumnInt(4));
  r.action = *action;
  r.fields = {st.ColumnText(6), st.ColumnText(7), st.ColumnText(8), st.ColumnText(9),
              st.ColumnText(10)};
  r.effective_on = st.ColumnText(11);
  r.reason = st.ColumnText(12);
  r.recorded_at = st.ColumnText(13);
  r.deadline = st.ColumnText(14);
  r.deadline_provisional = st.ColumnInt(15) != 0;
  r.portal_published_at = st.ColumnOptionalText(16);
  r.credit_published_at = st.ColumnOptionalText(17);
  return r;
}

// Runs a prepared, bound statement and reads every row.
Result<std::vector<MatterChangeRow>> ReadAll(Statement* st) {
  Status s;
  std::vector<MatterChangeRow> out;
  while (st->Step(&s)) {
    auto r = ReadRow(*st);
    if (!r.ok()) {
      st->Reset();
      return r.status();
    }
    out.push_back(std::move(r.value()));
  }
  st->Reset();
  if (!s.ok()) return s;
  return out;
}

void BindFilter(Statement* st, const MatterFilter& f) {
  if (f.department_id) {
    st->Bind(1, *f.department_id);
  } else {
    st->BindNull(1);
  }
  if (f.kind) {
    st->Bind(2, KindName(*f.kind));
  } else {
    st->BindNull(2);
  }
}

}  // namespace

Result<MatterChangeRow> RecordMatterChange(Database& db, const MatterChangeWrite& w,
                                           const std::string& now) {
  const MatterChange& c = w.change;
  Status s;
  Statement* latest = db.Prepare(kLatest, &s);
  if (latest == nullptr) return s;
  latest->Bind(1, w.department_id).Bind(2, KindName(c.kind)).Bind(3, c.fields.code);
  auto found = ReadAll(latest);
  if (!found.ok()) return found.status();
  std::optional<MatterChangeRow> last;
  if (!found->empty()) last = found->front();

  const bool in_effect = last && last->action != MatterAction::kCancel;
  const std::string code = "事项编码" + c.fields.code;
  if (c.action == MatterAction::kAdd && in_effect) {
    return Status::Conflict(code + "已在清单中（" + last->fields.name + "），请用变更（change）");
  }
  if (c.action != MatterAction::kAdd && !last) {
    return Status::NotFound(code + "不在本部门" + KindTitle(c.kind) +
                            "事项清单中，请先新增（add）");
  }
  if (c.action != MatterAction::kAdd && !in_effect) {
    return Status::Conflict(code + "已于" + last->effective_on + "取消");
  }
  if (last && c.effective_on < last->effective_on) {
    return Status::InvalidArgument("生效日期" + c.effective_on + "早于该事项上一次变更的生效日期" +
                                   last->effective_on);
  }
  MatterFields fields = c.fields;
  if (c.action == MatterAction::kCancel) fields = last->fields;  // keep what was cancelled

  int64_t matter_id = 0;
  int version = 1;
  if (last) {
    matter_id = last->matter_id;
    version = last->version + 1;
    Statement* bump = db.Prepare(kBumpMatter, &s);
    if (bump == nullptr) return s;
    bump->Bind(1, int64_t{version}).Bind(2, matter_id);
    if (s = bump->Run(); !s.ok()) return s;
  } else {
    Statement* ins = db.Prepare(kInsertMatter, &s);
    if (ins == nullptr) return s;
    ins->Bind(1, w.department_id).Bind(2, KindName(c.kind)).Bind(3, c.fields.code);
    if (s = ins->Run(); !s.ok()) return s;
    matter_id = db.LastInsertRowId();
  }
  Statement* change = db.Prepare(kInsertChange, &s);
  if (change == nullptr) return s;
  change->Bind(1, matter_id)
      .Bind(2, int64_t{version})
      .Bind(3, ToString(c.action))
      .Bind(4, c.effective_on)
      .Bind(5, fields.name)
      .Bind(6, fields.legal_basis)
      .Bind(7, fields.agency)
      .Bind(8, fields.category)
      .Bind(9, c.reason)
      .Bind(10, now)
      .Bind(11, w.deadline)
      .Bind(12, int64_t{w.deadline_provisional});
  if (s = change->Run(); !s.ok()) return s;
  MatterChangeRow row;
  row.change_id = db.LastInsertRowId();
  row.matter_id = matter_id;
  row.department_id = w.department_id;
  row.kind = c.kind;
  row.version = version;
  row.action = c.action;
  row.fields = fields;
  row.effective_on = c.effective_on;
  row.reason = c.reason;
  row.recorded_at = now;
  row.deadline = w.deadline;
  row.deadline_provisional = w.deadline_provisional;
  s = AppendEvent(db,
                  {now, std::string("matter.") + ToString(c.action), w.department_id, std::nullopt,
                   "{\"matter_id\":" + std::to_string(matter_id) + ",\"version\":" +
                       std::to_string(version) + ",\"effective_on\":\"" + c.effective_on + "\"}"});
  if (!s.ok()) return s;
  return row;
}

Result<std::vector<MatterChangeRow>> MattersInEffect(Database& db, const MatterFilter& f,
                                                     const std::string& as_of) {
  Status s;
  Statement* st = db.Prepare(kInEffect, &s);
  if (st == nullptr) return s;
  BindFilter(st, f);
  st->Bind(3, as_of);
  return ReadAll(st);
}

Result<std::vector<MatterChangeRow>> UnpublishedMatterChanges(Database& db,
                                                              const std::string& today) {
  Status s;
  Statement* st = db.Prepare(kUnpublished, &s);
  if (st == nullptr) return s;
  st->Bind(1, today);
  return ReadAll(st);
}

Result<std::vector<MatterChangeRow>> MatterChangesOfNotice(Database& db, int64_t notice_id) {
  Status s;
  Statement* st = db.Prepare(kOfNotice, &s);
  if (st == nullptr) return s;
  st->Bind(1, notice_id);
  return ReadAll(st);
}

Result<std::vector<MatterChangeRow>> MatterHistory(Database& db, int64_t matter_id) {
  Status s;
  Statement* st = db.Prepare(kHistory, &s);
  if (st == nullptr) return s;
  st->Bind(1, matter_id);
  auto rows = ReadAll(st);
  if (rows.ok() && rows->empty())
    return Status::NotFound("没有该事项：" + std::to_string(matter_id));
  return rows;
}

Result<std::vector<MatterChangeRow>> MatterChanges(Database& db, const MatterFilter& f,
                                                   const std::string& from, const std::string& to) {
  Status s;
  Statement* st = db.Prepare(kChanges, &s);
  if (st == nullptr) return s;
  BindFilter(st, f);
  st->Bind(3, from).Bind(4, to);
  return ReadAll(st);
}

Result<std::vector<DecisionMatterRow>> DecisionsNamingMatters(Database& db, const MatterFilter& f,
                                                              const std::string& from,
                                                              const std::string& to) {
  Status s;
  Statement* st = db.Prepare(kNaming, &s);
  if (st == nullptr) return s;
  BindFilter(st, f);
  st->Bind(3, from).Bind(4, to);
  std::vector<DecisionMatterRow> out;
  while (st->Step(&s)) {
    DecisionMatterRow r;
    r.decision_id = st->ColumnInt(0);
    r.department_id = st->ColumnInt(1);
    const auto kind = ParseKind(st->ColumnText(2));
    if (!kind) {
      st->Reset();
      return Status::Corruption("decision " + std::to_string(r.decision_id) + ": bad kind");
    }
    r.kind = *kind;
    r.wsh = st->ColumnText(3);
    r.decision_date = st->ColumnText(4);
    r.matter_code = st->ColumnText(5);
    out.push_back(std::move(r));
  }
  st->Reset();
  if (!s.ok()) return s;
  return out;
}

}  // namespace dpfeed
