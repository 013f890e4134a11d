// Import of the national template (XLSX or CSV) by department staff: all or
// nothing, with the problems listed by row and column on the page and as a
// downloadable workbook with the bad cells marked; and the empty template.
#include <chrono>
#include <map>
#include <memory>
#include <mutex>

#include "service/store/event_log.h"
#include "service/web/console_pages.h"
#include "service/store/random_hex.h"
#include "service/web/web_route.h"
#include "service/web/xlsx_writer.h"

namespace dpfeed {

namespace {

// Error workbooks of recent failed imports, downloadable by the user who
// imported, for an hour (kept in memory: they are derived from the upload
// and worthless after the file is fixed).
class ErrorReports {
 public:
  std::string Put(int64_t user_id, std::string bytes, TimePoint now) {
    std::lock_guard<std::mutex> lock(mu_);
    Prune(now);
    while (reports_.size() >= kMaxReports) reports_.erase(reports_.begin());
    auto id = RandomHex(16);
    if (!id.ok()) return "";
    reports_[*id] = {user_id, now, std::move(bytes)};
    return *id;
  }
  std::optional<std::string> Get(const std::string& id, int64_t user_id, TimePoint now) {
    std::lock_guard<std::mutex> lock(mu_);
    Prune(now);
    auto it = reports_.find(id);
    if (it == reports_.end() || it->second.user_id != user_id) return std::nullopt;
    return it->second.bytes;
  }

 private:
  static constexpr size_t kMaxReports = 32;
  struct Report {
    int64_t user_id;
    TimePoint created;
    std::string bytes;
  };
  void Prune(TimePoint now) {
    for (auto it = reports_.begin(); it != reports_.end();) {
      it = now - it->second.created > std::chrono::hours(1) ? reports_.erase(it) : std::next(it);
    }
  }
  std::mutex mu_;
  std::map<std::string, Report> reports_;
};

std::string ImportForm(const std::string& csrf) {
  return "<p>按国家双公示数据模板导入：XLSX "
         "工作簿（“行政许可”和“行政处罚”两张工作表，第一行为中文字段名或字段代码），"
         "或 CSV 文件（UTF-8 或 GB18030 "
         "编码）。整个文件全部通过校验才会保存；有任何错误时一条也不保存，"
         "并列出错误所在的行和列。</p>\n"
         "<p><a class=\"button secondary\" "
         "href=\"/console/template.xlsx\">下载空白模板（XLSX）</a></p>\n"
         "<form method=\"post\" action=\"/console/import\" enctype=\"multipart/form-data\">" +
         CsrfField(csrf) +
         "<div class=\"field\"><label for=\"file\">文件</label><div class=\"control\">"
         "<input type=\"file\" id=\"file\" name=\"file\" accept=\".xlsx,.csv\" "
         "required></div></div>"
         "<div class=\"field\"><label for=\"kind\">CSV 文件的类别</label><div class=\"control\">"
         "<select id=\"kind\" name=\"kind\"><option value=\"\">按表头自动判断</option>"
         "<option value=\"license\">行政许可</option><option "
         "value=\"penalty\">行政处罚</option></select>"
         "<p class=\"hint\">XLSX 按工作表名称判断，无需选择。</p></div></div>"
         "<div class=\"actions\"><button type=\"submit\">导入</button></div></form>\n";
}

void GetImport(WebCall& c) {
  Page p;
  p.title = "批量导入";
  p.body = ImportForm(c.user->csrf);
  c.Render(std::move(p));
}

// The page listing an import's problems, with a link to the error
// workbook (kept for the user in `reports`).
Page ProblemsPage(const ImportOutcome& outcome, const std::string& filename, ErrorReports& reports,
                  int64_t user_id, const std::string& csrf, TimePoint now) {
  std::string h = "<p class=\"message error\" role=\"alert\">文件“" + Esc(filename) + "”有 " +
                  std::to_string(outcome.problems.size()) +
                  " 处错误，未保存任何记录。请修改后重新导入。</p>\n";
  if (auto xlsx = ErrorWorkbook(outcome); xlsx.ok()) {
    const std::string id = reports.Put(user_id, std::move(xlsx.value()), now);
    if (!id.empty()) {
      h += "<p><a class=\"button\" href=\"/console/import/errors/" + id +
           "\">下载错误清单（XLSX，错误单元格已标红）</a></p>\n";
    }
  }
  h += "<div class=\"table-wrap\"><table class=\"cards\" "
       "id=\"import-errors\"><thead><tr><th>位置</th><th>字段</th>"
       "<th>原因</th></tr></thead><tbody>\n";
  size_t shown = 0;
  for (const ImportProblem& p : outcome.problems) {
    if (++shown > 500) break;
    h += "<tr><td data-label=\"位置\">" + Esc(p.Where()) + "</td><td data-label=\"字段\"><code>" +
         Esc(p.field) + "</code></td><td data-label=\"原因\">" + Esc(p.reason) + "</td></tr>\n";
  }
  h += "</tbody></table></div>\n<h2>重新导入</h2>\n" + ImportForm(csrf);
  Page page;
  page.title = "导入未通过校验";
  page.body = std::move(h);
  return page;
}

void PostImport(WebCall& c, const std::shared_ptr<ErrorReports>& reports) {
  const FormFile* file = c.form.File("file");
  if (file == nullptr || file->data.empty()) {
    Page p;
    p.title = "批量导入";
    p.body = "<p class=\"message error\" role=\"alert\">请选择要导入的文件。</p>" +
             ImportForm(c.user->csrf);
    return c.Render(std::move(p), http::status::bad_request);
  }
  ImportOutcome outcome = ImportDecisions(file->data, file->filename, ParseKind(c.form.Get("kind")),
                                          *c.department, *c.a.ctx.calendar, ShanghaiDate(c.now),
                                          c.a.ctx.publicity, c.a.ctx.jurisdiction);
  if (!outcome.ok()) {
    return c.Render(ProblemsPage(outcome, file->filename, *reports, c.user->session.user.id,
                                 c.user->csrf, c.now),
                    http::status::unprocessable_entity);
  }
  // A 文书号 stored with another party is found while storing: the rows
  // are reported as the file's problems, and nothing is stored.
  auto imported = std::make_shared<ImportOutcome>(std::move(outcome));
  auto results = std::make_shared<std::vector<DecisionWriteResult>>();
  auto conflicts = std::make_shared<std::vector<PartyConflict>>();
  const std::string at = FormatShanghaiTimestamp(c.now);
  const int64_t user_id = c.user->session.user.id;
  const int64_t department_id = c.department->id;
  SubmitWrite(
      c,
      [imported, results, conflicts, at, user_id, department_id](Database& db) -> Status {
        conflicts->clear();
        auto stored = StoreDecisions(db, imported->prepared, at, conflicts.get());
        if (!stored.ok()) return stored.status();
        *results = std::move(stored.value());
        return AppendEvent(db, {at, "web.import", department_id, std::nullopt,
                                "{\"user_id\":" + std::to_string(user_id) +
                                    ",\"records\":" + std::to_string(results->size()) + "}"});
      },
      [imported, results, conflicts, reports, filename = file->filename, user_id,
       csrf = c.user->csrf, now = c.now,
       page_user = c.page_user](const Request& head, const Status& s) {
        if (!conflicts->empty()) {
          AddDecisionProblems(*imported, *conflicts);
          Page p = ProblemsPage(*imported, filename, *reports, user_id, csrf, now);
          p.user = page_user;
          return HtmlResponse(head, http::status::conflict, RenderPage(p));
        }
        if (!s.ok()) {
          return MessagePage(head, http::status::service_unavailable, "导入失败",
                             "保存失败，未保存任何记录，请重试：" + s.message(), page_user);
        }
        std::map<WriteOutcome, int> counts;
        for (const DecisionWriteResult& r : *results) counts[r.outcome]++;
        std::string h = "<p class=\"message ok\" role=\"status\">已导入“" + Esc(filename) +
                        "”：共 " + std::to_string(results->size()) + " 条，其中新增 " +
                        std::to_string(counts[WriteOutcome::kCreated]) + " 条，更正 " +
                        std::to_string(counts[WriteOutcome::kCorrected]) + " 条，未变化 " +
                        std::to_string(counts[WriteOutcome::kUnchanged]) + " 条。</p>\n<ul>";
        for (const ImportedSheet& sh : imported->sheets) {
          h += "<li>" + Esc(sh.name.empty() ? "CSV" : sh.name) + "（" + KindTitle(sh.kind) +
               "）：" + std::to_string(sh.records) + " 条</li>";
        }
        h += "</ul><p><a href=\"/console/records\">查看本部门决定</a></p>";
        Page p;
        p.title = "导入完成";
        p.user = page_user;
        p.body = std::move(h);
        return HtmlResponse(head, http::status::ok, RenderPage(p));
      });
}

Response Download(const Request& req, std::string bytes, const std::string& ascii_name,
                  const std::string& chinese_name) {
  Response r = MakeResponse(req, http::status::ok, kXlsxContentType, std::move(bytes));
  r.set(http::field::content_disposition,
        "attachment; filename=\"" + ascii_name + "\"; filename*=UTF-8''" + UrlEncode(chinese_name));
  return r;
}

void GetErrors(WebCall& c, const std::shared_ptr<ErrorReports>& reports) {
  auto bytes = reports->Get(c.seg[3], c.user->session.user.id, c.now);
  if (!bytes)
    return c.Message(http::status::not_found, "未找到",
                     "错误清单已过期（保留1小时），请重新导入以生成。");
  c.Reply(Download(c.req(), std::move(*bytes), "import-errors.xlsx", "导入错误清单.xlsx"));
}

void GetTemplate(WebCall& c) {
  auto bytes = TemplateWorkbook();
  if (!bytes.ok())
    return c.Message(http::status::internal_server_error, "出错了", bytes.status().message());
  c.Reply(Download(c.req(), std::move(bytes.value()), "shuanggongshi-template.xlsx",
                   "双公示导入模板.xlsx"));
}

}  // namespace

void RegisterImportPages(Router& router, const WebOptions& options) {
  auto reports = std::make_shared<ErrorReports>();
  AddWebRoute(router, options, "/console/import", http::verb::get, Path({"console", "import"}),
              Access::kDepartment, GetImport);
  AddWebRoute(router, options, "/console/import", http::verb::post, Path({"console", "import"}),
              Access::kDepartment, [reports](WebCall& c) { PostImport(c, reports); });
  AddWebRoute(
      router, options, "/console/import/errors/{id}", http::verb::get,
      [](const std::vector<std::string>& s) {
        return s.size() == 4 && s[0] == "console" && s[1] == "import" && s[2] == "errors";
      },
      Access::kDepartment, [reports](WebCall& c) { GetErrors(c, reports); });
  AddWebRoute(router, options, "/console/template.xlsx", http::verb::get,
              Path({"console", "template.xlsx"}), Access::kLoggedIn, GetTemplate);
}

}  // namespace dpfeed
