#include "publisher/page_reviser.h"

#include "service/domain/log.h"
#include "service/store/event_log.h"
#include "service/store/notice_pages.h"

namespace dpfeed {

namespace {

// Notices revised per read; more wait for the next cycle.
constexpr int kPagesPerCycle = 200;

}  // namespace

Result<PageRevisions> RevisePages(Database& read_db, const WriteFn& write,
                                  const BuildOptions& options, const ArtifactStore& store,
                                  const std::string& now) {
  PageRevisions out;
  auto pages = ReadPagesToRevise(read_db, kPagesPerCycle);
  if (!pages.ok()) return pages.status();
  if (pages->empty()) return out;
  auto departments = ListDepartments(read_db);
  if (!departments.ok()) return departments.status();
  for (PageToRevise& page : *pages) {
    const NoticeRow& n = page.notice;
    const Department* department = nullptr;
    for (const Department& d : *departments) {
      if (d.id == n.department_id) department = &d;
    }
    const auto from = ParseCivilDate(n.period_from);
    const auto to = ParseCivilDate(n.period_to);
    if (department == nullptr || !from || !to)
      return Status::Corruption("notice " + std::to_string(n.id) + ": bad department or period");
    NoticeSpec spec{"page:" + std::to_string(n.id), n.department_id,           n.kind, n.type,
                    std::move(page.shown),          std::make_pair(*from, *to)};
    auto built = BuildNotice(spec, *department, n.published_on, options, &store, n.title);
    if (!built.ok()) return built.status();
    if (built->blocked) {
      ++out.blocked;
      LogError("leak guard blocked the new page of notice " + std::to_string(n.id) +
               " without its withdrawn decisions; the current page stays until fixed");
      Status s = write([&](Database& db) {
        return AppendEvent(db, {now, "notice.page_blocked", n.department_id, std::nullopt,
                                LeakEventDetail(spec.run_key, {built->leak_categories.begin(),
                                                               built->leak_categories.end()})});
      });
      if (!s.ok()) return s;
      continue;
    }
    NoticePageWrite w;
    w.notice_id = n.id;
    w.revision = n.page_revision + 1;
    w.html_sha256 = built->write.artifacts.portal_html;
    w.json_sha256 = built->write.artifacts.portal_json;
    w.records = static_cast<int>(built->records);
    w.dropped = page.dropped;
    bool inserted = false;
    Status s = write([&](Database& db) -> Status {
      auto r = InsertNoticePage(db, w, now);
      if (!r.ok()) return r.status();
      inserted = *r;
      return Status::Ok();
    });
    if (!s.ok()) return s;
    if (inserted) ++out.stored;
  }
  return out;
}

}  // namespace dpfeed
