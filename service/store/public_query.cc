#include "service/store/public_query.h"

namespace dpfeed {

namespace {

// Acknowledged by the portal: the first platform publishes first.
#define DPFEED_ACKNOWLEDGED(n)                                \
  "EXISTS (SELECT 1 FROM deliveries p WHERE p.notice_id = " n \
  " AND "                                                     \
  "p.channel = 'portal' AND p.state = 'acknowledged')"

constexpr const char* kListNotices =
    "SELECT n.id, n.department_id, n.kind, n.type, n.title, n.period_from, n.period_to, "
    "n.published_on, (SELECT acknowledged_at FROM deliveries p WHERE p.notice_id = n.id AND "
    "p.channel = 'portal'), (SELECT count(*) FROM notice_matter_changes x WHERE x.notice_id = "
    "n.id) + (SELECT count(*) FROM notice_items i JOIN decisions d ON d.id = "
    "i.decision_id WHERE i.notice_id = n.id AND (n.type = 'withdrawal' OR d.status = 'active' AND "
    "d.withheld_reason IS NULL)) "
    "FROM notices n WHERE n.id < ?1 AND (?2 IS NULL OR n.department_id = ?2) AND "
    "(?3 IS NULL OR n.kind = ?3) AND (?4 IS NULL OR n.period_from >= ?4 AND n.period_from <= "
    "date(?4, '+6 days')) AND " DPFEED_ACKNOWLEDGED("n.id") " ORDER BY n.id DESC LIMIT ?5";

constexpr const char* kSearch =
    "SELECT i.decision_id, max(i.version), d.kind, d.department_id, i.notice_id, n.title, "
    "n.published_on, v.content FROM notice_items i "
    "JOIN decisions d ON d.id = i.decision_id "
    "JOIN notices n ON n.id = i.notice_id "
    "JOIN decision_versions v ON v.decision_id = i.decision_id AND v.version = i.version "
    "WHERE d.status = 'active' AND d.withheld_reason IS NULL AND i.action IN ('publish', 'correct') "
    "AND "
    DPFEED_ACKNOWLEDGED("i.notice_id") " AND "
    "(d.wsh LIKE ?1 ESCAPE '\\' OR v.content LIKE ?1 ESCAPE '\\') "
    "GROUP BY i.decision_id ORDER BY i.decision_id DESC LIMIT ?2";
#undef DPFEED_ACKNOWLEDGED

std::string LikePattern(const std::string& needle) {
  std::string out = "%";
  for (char c : needle) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

}  // namespace

Result<std::vector<PublicNotice>> ListPublicNotices(Database& db, const PublicNoticeFilter& f) {
  Status s;
  Statement* st = db.Prepare(kListNotices, &s);
  if (st == nullptr) return s;
  st->Bind(1, f.before_id);
  if (f.department_id)
    st->Bind(2, *f.department_id);
  else
    st->BindNull(2);
  if (f.kind)
    st->Bind(3, KindName(*f.kind));
  else
    st->BindNull(3);
  if (!f.week_from.empty())
    st->Bind(4, f.week_from);
  else
    st->BindNull(4);
  st->Bind(5, static_cast<int64_t>(f.limit));
  std::vector<PublicNotice> out;
  while (st->Step(&s)) {
    PublicNotice n;
    n.id = st->ColumnInt(0);
    n.department_id = st->ColumnInt(1);
    n.kind = ParseKind(st->ColumnText(2)).value_or(Kind::kLicense);
    auto type = ParseNoticeType(st->ColumnText(3));
    if (!type) return Status::Corruption("notice " + std::to_string(n.id) + ": bad type");
    n.type = *type;
    n.title = st->ColumnText(4);
    n.period_from = st->ColumnText(5);
    n.period_to = st->ColumnText(6);
    n.published_on = st->ColumnText(7);
    n.published_at = st->ColumnText(8);
    n.records = static_cast<int>(st->ColumnInt(9));
    out.push_back(std::move(n));
  }
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<PublishedRecord>> SearchCandidates(Database& db, const std::string& needle,
                                                      int limit) {
  Status s;
  Statement* st = db.Prepare(kSearch, &s);
  if (st == nullptr) return s;
  st->Bind(1, LikePattern(needle)).Bind(2, static_cast<int64_t>(limit));
  std::vector<PublishedRecord> out;
  while (st->Step(&s)) {
    PublishedRecord r;
    r.decision_id = st->ColumnInt(0);
    r.version = static_cast<int>(st->ColumnInt(1));
    r.kind = ParseKind(st->ColumnText(2)).value_or(Kind::kLicense);
    r.department_id = st->ColumnInt(3);
    r.notice_id = st->ColumnInt(4);
    r.notice_title = st->ColumnText(5);
    r.published_on = st->ColumnText(6);
    r.content = st->ColumnText(7);
    out.push_back(std::move(r));
  }
  if (!s.ok()) return s;
  return out;
}

}  // namespace dpfeed
