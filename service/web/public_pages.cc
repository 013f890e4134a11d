// Citizens' pages: the list of published notices by week, department and
// kind (the home page), and search by party name, 统一社会信用代码 or
// document number over published records in their masked form only. No
// field codes; withdrawn records never appear. The list is HTML for
// browsers at / and /notices, and the api's JSON list with ?format=json or
// `Accept: application/json` (the web routes are registered before the
// api's /notices, so they negotiate it).
#include <algorithm>
#include <cctype>

#include "redaction/masking_policy.h"
#include "service/api/publication_handler.h"
#include "service/store/department_repository.h"
#include "service/store/public_query.h"
#include "service/store/record_json.h"
#include "service/web/console_pages.h"
#include "service/web/record_view.h"
#include "service/web/web_route.h"

namespace dpfeed {

namespace {

constexpr int kNoticesPerPage = 30;
constexpr int kSearchCandidates = 500;
constexpr int kSearchResults = 50;

std::string SearchForm(const std::string& q) {
  return "<form class=\"filters\" method=\"get\" action=\"/search\" role=\"search\">"
         "<label for=\"q\">当事人名称、统一社会信用代码或决定文书号<input type=\"search\" id=\"q\" "
         "name=\"q\" value=\"" +
         Esc(q) +
         "\" minlength=\"2\" maxlength=\"100\" required></label><button "
         "type=\"submit\">查询</button></form>\n";
}

std::map<int64_t, Department> DepartmentsById(Database& db) {
  std::map<int64_t, Department> out;
  if (auto all = ListDepartments(db); all.ok()) {
    for (Department& d : *all) out[d.id] = std::move(d);
  }
  return out;
}

// JSON for a client that asks for it (?format=json, or an Accept header
// that names application/json before any text/html); HTML otherwise.
bool WantsJson(const WebCall& c) {
  const std::string& format = c.Query("format");
  if (!format.empty()) return format == "json";
  const auto accept = c.req().find(http::field::accept);
  if (accept == c.req().end()) return false;
  const std::string_view value = accept->value();
  const size_t json = value.find("application/json");
  return json != std::string_view::npos && json < value.find("text/html");
}

// GET / and GET /notices: published notices, newest first, filtered by
// department, kind and week; the api's JSON list when asked for JSON.
void Home(WebCall& c) {
  if (WantsJson(c)) return HandlePublicNoticeList(c.a);
  auto departments = DepartmentsById(c.a.db);
  PublicNoticeFilter f;
  f.limit = kNoticesPerPage;
  std::string problem;
  for (const auto& [id, d] : departments) {
    if (d.code == c.Query("department")) f.department_id = id;
  }
  f.kind = ParseKind(c.Query("kind"));
  if (!c.Query("week").empty()) {
    if (auto d = ParseCivilDate(c.Query("week"))) {
      f.week_from = FormatCivilDate(MondayOf(*d));
    } else {
      problem = "日期格式应为 YYYY-MM-DD。";
    }
  }
  if (auto before = SegmentId(c.Query("before"))) f.before_id = *before;
  auto notices = ListPublicNotices(c.a.db, f);
  if (!notices.ok())
    return c.Message(http::status::internal_server_error, "出错了",
                     "暂时无法读取公示，请稍后再试。");

  std::string h = SearchForm("");
  if (!problem.empty()) h += "<p class=\"message error\" role=\"alert\">" + Esc(problem) + "</p>";
  h += "<form class=\"filters\" method=\"get\" action=\"/\"><label "
       "for=\"department\">发布单位<select id=\"department\" "
       "name=\"department\"><option value=\"\">全部</option>";
  for (const auto& [id, d] : departments) {
    h += "<option value=\"" + Esc(d.code) + "\"" + (f.department_id == id ? " selected" : "") +
         ">" + Esc(FullDepartmentName(c.options.jurisdiction, d.name)) + "</option>";
  }
  h += "</select></label><label for=\"kind\">类别<select id=\"kind\" name=\"kind\"><option "
       "value=\"\">全部</option>";
  for (Kind k : {Kind::kLicense, Kind::kPenalty}) {
    h += std::string("<option value=\"") + KindName(k) + "\"" + (f.kind == k ? " selected" : "") +
         ">" + KindTitle(k) + "</option>";
  }
  h += "</select></label><label for=\"week\">所在周（任一日期）<input type=\"date\" id=\"week\" "
       "name=\"week\" value=\"" +
       Esc(c.Query("week")) + "\"></label><button type=\"submit\">筛选</button></form>\n";
  if (notices->empty()) {
    h += "<p>没有符合条件的公示。</p>";
  } else {
    h += "<div class=\"table-wrap\"><table class=\"cards\" "
         "id=\"notices\"><thead><tr><th>标题</th><th>发布单位</th>"
         "<th>类别</th><th>发布日期</th><th class=\"num\">条数</th></tr></thead><tbody>\n";
    for (const PublicNotice& n : *notices) {
      const auto d = departments.find(n.department_id);
      h +=
          "<tr><td data-label=\"标题\"><a href=\"/notices/" + std::to_string(n.id) + "\">" +
          Esc(n.title) + "</a></td><td data-label=\"发布单位\">" +
          Esc(d == departments.end() ? ""
                                     : FullDepartmentName(c.options.jurisdiction, d->second.name)) +
          "</td><td data-label=\"类别\">" + KindTitle(n.kind) +
          "</td><td data-label=\"发布日期\">" + Esc(n.published_on) +
          "</td><td class=\"num\" data-label=\"条数\">" + std::to_string(n.records) +
          "</td></tr>\n";
    }
    h += "</tbody></table></div>\n";
    if (static_cast<int>(notices->size()) == kNoticesPerPage) {
      h += "<p class=\"pager\"><a href=\"/?department=" + UrlEncode(c.Query("department")) +
           "&amp;kind=" + UrlEncode(c.Query("kind")) + "&amp;week=" + UrlEncode(c.Query("week")) +
           "&amp;before=" + std::to_string(notices->back().id) + "\">更早的公示</a></p>";
    }
  }
  h += "<p class=\"hint\">个人信息已按规定脱敏。订阅：<a href=\"/feed.atom\">Atom</a> · <a "
       "href=\"/feed.json\">JSON Feed</a></p>";
  Page p;
  p.title = c.options.jurisdiction + "行政许可和行政处罚信息公示";
  p.public_site = true;
  p.body = std::move(h);
  c.Render(std::move(p));
}

std::string Upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
  return s;
}

// Whether the masked, published record answers the query.
bool Matches(const Record& published, const std::string& q) {
  return published.Get("XDR_MC").find(q) != std::string::npos ||
         Upper(published.Get("XDR_SHXYM")) == Upper(q) ||
         published.Get("WSH").find(q) != std::string::npos;
}

void Search(WebCall& c) {
  std::string q = c.Query("q");
  q.erase(0, q.find_first_not_of(" \t"));
  q.erase(q.find_last_not_of(" \t") + 1);
  std::string h = SearchForm(q);
  if (!q.empty() && (Utf8Length(q) < 2 || q.size() > 300)) {
    h += "<p class=\"message error\" role=\"alert\">请输入至少2个字。</p>";
  } else if (!q.empty()) {
    auto candidates = SearchCandidates(c.a.db, q, kSearchCandidates);
    if (!candidates.ok())
      return c.Message(http::status::internal_server_error, "出错了", "暂时无法查询，请稍后再试。");
    auto departments = DepartmentsById(c.a.db);
    int found = 0;
    std::string results;
    for (const PublishedRecord& r : *candidates) {
      auto record = DecodeStoredRecord(r.kind, r.content);
      if (!record.ok()) continue;
      const Record published = MaskRecord(*record, c.a.ctx.masking);
      if (!Matches(published, q)) continue;
      if (++found > kSearchResults) break;
      const auto d = departments.find(r.department_id);
      results +=
          "<article class=\"result\"><h2><a href=\"/notices/" + std::to_string(r.notice_id) +
          "\">" + Esc(published.Get("XDR_MC")) + "</a></h2><dl class=\"pairs\"><dt>类别</dt><dd>" +
          KindTitle(r.kind) + "</dd><dt>统一社会信用代码</dt><dd>" +
          (published.Has("XDR_SHXYM") ? Esc(published.Get("XDR_SHXYM")) : "—") +
          "</dd><dt>决定文书号</dt><dd>" + Esc(published.Get("WSH")) +
          "</dd><dt>决定日期</dt><dd>" + Esc(published.Get("JDRQ")) + "</dd><dt>发布单位</dt><dd>" +
          Esc(d == departments.end() ? ""
                                     : FullDepartmentName(c.options.jurisdiction, d->second.name)) +
          "</dd><dt>所在公示</dt><dd><a href=\"/notices/" + std::to_string(r.notice_id) + "\">" +
          Esc(r.notice_title) + "</a></dd></dl></article>\n";
    }
    h += found == 0
             ? "<p id=\"search-summary\">没有找到与“" + Esc(q) + "”相关的已公示信息。</p>"
             : "<p id=\"search-summary\">找到 " + std::to_string(std::min(found, kSearchResults)) +
                   " 条已公示信息：</p>" + results;
  }
  h += "<p "
       "class=\"hint\">仅查询已公示的信息；自然人姓名等个人信息已脱敏，请按公示中显示的形式查询。</"
       "p>";
  Page p;
  p.title = "公示信息查询";
  p.public_site = true;
  p.body = std::move(h);
  c.Render(std::move(p));
}

}  // namespace

void RegisterPublicPages(Router& router, const WebOptions& options) {
  AddWebRoute(
      router, options, "/", http::verb::get,
      [](const std::vector<std::string>& s) { return s.empty(); }, Access::kPublic, Home);
  AddWebRoute(router, options, "/notices", http::verb::get, Path({"notices"}), Access::kPublic,
              Home);
  AddWebRoute(router, options, "/search", http::verb::get, Path({"search"}), Access::kPublic,
              Search);
}

}  // namespace dpfeed
