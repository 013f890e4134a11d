// The console pages the browser tests only open (issue 11 items 2 and 4),
// against the real daemon, its SQLite file and a real receiver: the license
// entry form from preview to save; a department's records by date and page
// and its notices of this week and next Monday; an administrator's tokens
// and departments, each change in the audit log under the administrator's
// name; the outbox showing a failing channel and its retry sending again.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "service/web/spreadsheet.h"
#include "tests/integration/console_session.h"
#include "tests/integration/publication_fixture.h"

namespace dpfeed::test {
namespace {

constexpr const char* kPassword = "correct horse battery";

class ConsolePagesTest : public PublicationTest {
 protected:
  // The daemon on Friday 2026-11-20 with a department user and an admin.
  void StartConsole() {
    StartDaemon("2026-11-20T12:00:00");
    for (const auto& [login, role] : std::vector<std::pair<std::string, std::string>>{
             {"zhang.san", "department"}, {"wang.wu", "auditor"}, {"admin.one", "admin"}}) {
      std::vector<std::string> args = {"user", "add", login, "--role", role};
      if (role == "department") args.insert(args.end(), {"--department", "scjgj"});
      args.push_back("--password-stdin");
      CommandResult u = daemon_->Cli(args, std::string(kPassword) + "\n");
      ASSERT_EQ(u.exit_code, 0) << u.err;
    }
  }

  std::unique_ptr<ConsoleSession> LogIn(const std::string& login) {
    auto s = std::make_unique<ConsoleSession>(daemon_->port());
    EXPECT_TRUE(s->Login(login, kPassword)) << login;
    return s;
  }

  int64_t Count(const std::string& sql) {
    return QueryNumber(daemon_->database_path(), sql.c_str());
  }
};

// The target of a page's 下一页 link (HTML entities decoded), "" when the
// page has none.
std::string NextPageLink(const std::string& body) {
  const size_t next = body.find("\">下一页</a>");
  if (next == std::string::npos) return "";
  const size_t href = body.rfind("href=\"", next) + 6;
  std::string target = body.substr(href, next - href);
  for (size_t at; (at = target.find("&amp;")) != std::string::npos;) target.replace(at, 5, "&");
  return target;
}

// The license form as the browser posts it (field codes as names).
ConsoleSession::Fields LicenseForm(const std::string& wsh) {
  return {{"XK_XDR_MC", "张三丰"},
          {"XK_XDR_LB", "自然人"},
          {"XK_XDR_ZJLX", "身份证"},
          {"XK_XDR_ZJHM", "11010519491231002X"},
          {"XK_XKWS", "食品经营许可决定书"},
          {"XK_WSH", wsh},
          {"XK_XKLB", "普通"},
          {"XK_NR", "准予张三丰食品经营许可，联系电话13812345678"},
          {"XK_JDRQ", "2026-11-18"},
          {"XK_YXQZ", "2026-11-18"},
          {"XK_YXQZI", "2031-11-17"},
          {"XK_XKJG", "安丘市市场监督管理局"},
          {"XK_XKJGDM", kMarketUscc}};
}

TEST_F(ConsolePagesTest, ALicenseIsPreviewedMaskedWithItsDeadlineThenSaved) {
  StartConsole();
  auto staff = LogIn("zhang.san");
  HttpResult form = staff->Get("/console/new/license");
  ASSERT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("行政相对人名称"), std::string::npos);

  // A missing field: the API's message beside it, nothing stored.
  auto fields = LicenseForm("安市监许〔2026〕41号");
  fields.erase(fields.begin() + 6);  // XK_XKLB
  fields.push_back({"action", "preview"});
  HttpResult r = staff->PostForm("/console/new/license", fields);
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_NE(r.body.find("id=\"e_XK_XKLB\""), std::string::npos) << r.body;

  fields = LicenseForm("安市监许〔2026〕41号");
  fields.push_back({"action", "preview"});
  r = staff->PostForm("/console/new/license", fields);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("公示期限 2026-11-27"), std::string::npos) << r.body;
  const size_t from = r.body.find("公示效果");
  const std::string shown = r.body.substr(from, r.body.find("<form", from) - from);
  EXPECT_NE(shown.find("张**"), std::string::npos);
  EXPECT_EQ(shown.find("13812345678"), std::string::npos);
  EXPECT_EQ(Count("SELECT count(*) FROM decisions"), 0);

  fields.back() = {"action", "save"};
  r = staff->PostForm("/console/new/license", fields);
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_NE(r.headers["location"].find("/console/records/license/"), std::string::npos);
  auto list = Json(client_->Get("/api/v1/licenses", market_).body);
  ASSERT_EQ(list["items"].Size(), 1u);
  const std::string id = std::to_string(list["items"][0]["id"].GetInt64());
  auto got = Json(client_->Get("/api/v1/licenses/" + id, market_).body);
  EXPECT_EQ(std::string(got["record"]["XK_XDR_MC"].GetString()), "张三丰");
  EXPECT_EQ(std::string(got["deadline"].GetString()), "2026-11-27");
  EXPECT_EQ(Count("SELECT count(*) FROM events WHERE type = 'web.decision_saved'"), 1);

  // The empty national template to fill in: a sheet per kind, Chinese headers.
  HttpResult xlsx = staff->Get("/console/template.xlsx");
  ASSERT_EQ(xlsx.status, 200);
  auto sheets = ReadXlsx(xlsx.body);
  ASSERT_TRUE(sheets.ok()) << sheets.status().ToString();
  ASSERT_EQ(sheets->size(), 2u);
  for (const Sheet& sheet : *sheets) {
    ASSERT_EQ(sheet.rows.size(), 1u) << sheet.name;
    EXPECT_EQ(sheet.rows[0].cells.front(), "行政相对人名称") << sheet.name;
  }
}

TEST_F(ConsolePagesTest, ADepartmentPagesThroughItsRecordsAndSeesItsNotices) {
  StartConsole();
  // 50 penalties of this week and one of an earlier week.
  std::string batch = "[";
  for (int i = 1; i <= 50; ++i) {
    batch += (i > 1 ? "," : "") +
             PenaltyJson("安市监罚〔2026〕" + std::to_string(100 + i) + "号", "2026-11-18");
  }
  ASSERT_EQ(client_->Post("/api/v1/penalties", batch + "]", market_).status, 201);
  Post("penalties", PenaltyJson("安市监罚〔2026〕99号", "2026-11-13"), market_);

  auto staff = LogIn("zhang.san");
  HttpResult page = staff->Get("/console/records?kind=penalty");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("安市监罚〔2026〕101号"), std::string::npos);
  const std::string target = NextPageLink(page.body);
  ASSERT_FALSE(target.empty()) << page.body;
  HttpResult second = staff->Get(target);
  ASSERT_EQ(second.status, 200);
  EXPECT_NE(second.body.find("安市监罚〔2026〕99号"), std::string::npos);
  EXPECT_EQ(second.body.find("安市监罚〔2026〕101号"), std::string::npos);
  EXPECT_EQ(second.body.find("下一页"), std::string::npos) << "the last page";
  // Exactly one page of this week's decisions: no link to an empty page.
  HttpResult exact = staff->Get("/console/records?kind=penalty&from=2026-11-16&to=2026-11-22");
  EXPECT_NE(exact.body.find("安市监罚〔2026〕150号"), std::string::npos);
  EXPECT_EQ(exact.body.find("下一页"), std::string::npos) << exact.body;
  HttpResult filtered = staff->Get("/console/records?kind=penalty&from=2026-11-01&to=2026-11-15");
  EXPECT_NE(filtered.body.find("安市监罚〔2026〕99号"), std::string::npos);
  EXPECT_EQ(filtered.body.find("安市监罚〔2026〕101号"), std::string::npos);
  EXPECT_NE(filtered.body.find("公示期限"), std::string::npos);
  EXPECT_NE(filtered.body.find("2026-11-24"), std::string::npos) << "the 99号 deadline";

  // Next Monday's run: this week's 51, and the earlier one as supplementary.
  HttpResult notices = staff->Get("/console/notices");
  ASSERT_EQ(notices.status, 200);
  EXPECT_NE(notices.body.find("下周一（2026-11-23）将发布"), std::string::npos) << notices.body;
  EXPECT_NE(notices.body.find("行政处罚信息公示（2026年11月16日-2026年11月22日）：目前 50 条"),
            std::string::npos)
      << notices.body;
  EXPECT_NE(notices.body.find("另有 1 条此前各周的决定尚未公示"), std::string::npos);
  daemon_->SetClock("2026-11-23T09:00:30");
  ASSERT_TRUE(WaitAcked("/credit", 2)) << daemon_->Log();
  staff = LogIn("zhang.san");  // the weekend ended the idle session
  notices = staff->Get("/console/notices");
  EXPECT_NE(notices.body.find("行政处罚信息公示（2026年11月16日-2026年11月22日）</a>"),
            std::string::npos)
      << notices.body;
  EXPECT_NE(notices.body.find("已发布"), std::string::npos);
}

TEST_F(ConsolePagesTest, AnAdminIssuesAndRevokesTokensAndRegistersDepartmentsOnTheRecord) {
  StartConsole();
  auto admin = LogIn("admin.one");
  const std::string market_id =
      std::to_string(Count("SELECT id FROM departments WHERE code = 'scjgj'"));
  HttpResult r = admin->PostForm(
      "/console/admin/tokens",
      {{"role", "department"}, {"department_id", market_id}, {"label", "执法系统"}});
  ASSERT_EQ(r.status, 200) << r.body;
  const size_t at = r.body.find("id=\"secret\">");
  ASSERT_NE(at, std::string::npos) << r.body;
  const std::string token = r.body.substr(at + 12, r.body.find('<', at + 12) - at - 12);
  EXPECT_EQ(
      client_->Post("/api/v1/penalties", PenaltyJson("安市监罚〔2026〕201号", "2026-11-18"), token)
          .status,
      201);
  // Who issued it is on the record, as for every other admin change.
  EXPECT_EQ(Count("SELECT count(*) FROM events WHERE type = 'web.admin_change' AND detail "
                  "LIKE '%token.created%' AND detail LIKE '%by_user_id%'"),
            1);

  const std::string token_id = std::to_string(Count("SELECT max(id) FROM tokens"));
  r = admin->PostForm("/console/admin/tokens/" + token_id + "/revoke", {});
  EXPECT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(
      client_->Post("/api/v1/penalties", PenaltyJson("安市监罚〔2026〕202号", "2026-11-18"), token)
          .status,
      401);
  EXPECT_EQ(Count("SELECT count(*) FROM events WHERE type = 'web.admin_change' AND detail "
                  "LIKE '%token.revoked%'"),
            1);

  // A department: a name with a control character is refused, a good one
  // is listed with the jurisdiction.
  r = admin->PostForm(
      "/console/admin/departments",
      {{"code", "wjw"}, {"name", "卫生\x07健康局"}, {"uscc", "11370784MB2850350R"}});
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_NE(r.body.find("U+0007"), std::string::npos) << r.body;
  r = admin->PostForm("/console/admin/departments",
                      {{"code", "wjw"}, {"name", "卫生健康局"}, {"uscc", "11370784MB2850350R"}});
  EXPECT_EQ(r.status, 303) << r.body;
  EXPECT_NE(admin->Get("/console/admin").body.find("安丘市卫生健康局"), std::string::npos);
  EXPECT_EQ(Count("SELECT count(*) FROM events WHERE type = 'web.admin_change' AND detail "
                  "LIKE '%department.added%'"),
            1);
}

TEST_F(ConsolePagesTest, TheOutboxShowsAFailingChannelAndItsRetrySendsAgain) {
  StartConsole();
  Post("penalties", PenaltyJson("安市监罚〔2026〕301号", "2026-11-18"), market_);
  receiver_.SetStatusForAll(503);
  daemon_->SetClock("2026-11-23T09:00:10");
  ASSERT_TRUE(receiver_.WaitForRequests(1, 20s));
  // A day's attempts each day until the retries run out (ten days).
  for (int day = 24; day <= 30; ++day) {
    const size_t seen = receiver_.RequestCount();
    daemon_->SetClock("2026-11-" + std::to_string(day) + "T09:00:00");
    ASSERT_TRUE(receiver_.WaitForRequests(seen + 1, 20s)) << "no attempt on 11-" << day;
  }
  daemon_->SetClock("2026-12-03T09:00:00");
  const auto until = std::chrono::steady_clock::now() + 20s;
  while (Count("SELECT count(*) FROM deliveries WHERE state = 'failed'") < 1 &&
         std::chrono::steady_clock::now() < until) {
    std::this_thread::sleep_for(50ms);
  }
  ASSERT_EQ(Count("SELECT count(*) FROM deliveries WHERE state = 'failed'"), 1);

  auto admin = LogIn("admin.one");
  HttpResult outbox = admin->Get("/console/admin/outbox?state=failed");
  ASSERT_EQ(outbox.status, 200);
  EXPECT_NE(outbox.body.find("失败的推送：1 条"), std::string::npos) << outbox.body;
  EXPECT_NE(outbox.body.find("<td data-label=\"最近错误\">503"), std::string::npos) << outbox.body;
  EXPECT_NE(outbox.body.find("全部重试"), std::string::npos);

  receiver_.SetStatusForAll(200);
  HttpResult retry = admin->PostForm("/console/admin/outbox/retry", {});
  EXPECT_EQ(retry.status, 303) << retry.body;
  ASSERT_TRUE(WaitAcked("/portal", 1)) << daemon_->Log();
  ASSERT_TRUE(WaitAcked("/credit", 1)) << daemon_->Log();
  const auto acked_until = std::chrono::steady_clock::now() + 20s;
  while (Count("SELECT count(*) FROM deliveries WHERE state <> 'acknowledged'") != 0 &&
         std::chrono::steady_clock::now() < acked_until) {
    std::this_thread::sleep_for(50ms);
  }
  EXPECT_EQ(Count("SELECT count(*) FROM deliveries WHERE state <> 'acknowledged'"), 0);
  EXPECT_NE(admin->Get("/console/admin/outbox").body.find("失败的推送：0 条"), std::string::npos);
  EXPECT_EQ(Count("SELECT count(*) FROM events WHERE type = 'web.admin_change' AND detail "
                  "LIKE '%deliveries.retried%'"),
            1);
}

TEST_F(ConsolePagesTest, ThePasswordResetCommandUnlocksWithANewPasswordShownOnce) {
  StartConsole();
  // Five wrong passwords lock the account, even for the right one.
  for (int i = 0; i < 5; ++i)
    EXPECT_FALSE(ConsoleSession(daemon_->port()).Login("zhang.san", "wrong"));
  EXPECT_FALSE(ConsoleSession(daemon_->port()).Login("zhang.san", kPassword));
  auto session = LogIn("admin.one");
  EXPECT_NE(session->Get("/console/admin").body.find("锁定至"), std::string::npos);

  CommandResult reset = daemon_->Cli({"user", "reset-password", "zhang.san"});
  ASSERT_EQ(reset.exit_code, 0) << reset.err;
  const std::string password = reset.out.substr(0, reset.out.find('\n'));
  ASSERT_GE(password.size(), 12u) << reset.out;
  EXPECT_FALSE(ConsoleSession(daemon_->port()).Login("zhang.san", kPassword));
  EXPECT_TRUE(ConsoleSession(daemon_->port()).Login("zhang.san", password));
  EXPECT_EQ(Count("SELECT count(*) FROM events WHERE type = 'user.password_reset'"), 1);
  EXPECT_NE(daemon_->Cli({"user", "reset-password", "nobody"}).exit_code, 0);
}

TEST_F(ConsolePagesTest, TheDashboardSplitsTheLagBetweenDepartmentAndPublication) {
  StartConsole();
  receiver_.SetStatusForAll(503);  // the portal is down throughout
  // Received after its deadline (11-19): the department's lag.
  Post("penalties", PenaltyJson("安市监罚〔2026〕401号", "2026-11-10"), market_);
  // Received in time (deadline 11-23), never published: the publication's.
  Post("penalties", PenaltyJson("安市监罚〔2026〕402号", "2026-11-12"), market_);
  daemon_->SetClock("2026-11-24T12:00:00");
  auto api = Json(
      client_
          ->Get("/api/v1/compliance/summary?from=2026-11-01&to=2026-11-30&channel=portal", auditor_)
          .body);
  ASSERT_EQ(api["rows"].Size(), 1u);
  EXPECT_EQ(api["rows"][0]["overdue"].GetInt(), 2);
  EXPECT_EQ(api["rows"][0]["late_submissions"].GetInt(), 1);

  auto auditor = LogIn("wang.wu");
  HttpResult page = auditor->Get("/console/audit?from=2026-11-01&to=2026-11-30");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("部门报送迟延 1 条"), std::string::npos) << page.body;
  EXPECT_NE(page.body.find("发布迟延 1 条"), std::string::npos) << page.body;
  EXPECT_NE(page.body.find("<td class=\"num\" data-label=\"部门迟延\">1</td>"), std::string::npos);
  EXPECT_NE(page.body.find("<td class=\"num\" data-label=\"发布迟延\">1</td>"), std::string::npos);
  // Drill-down: each overdue record with the department's working days.
  HttpResult records = auditor->Get(
      "/console/audit/records?from=2026-11-01&to=2026-11-30&status=overdue&channel=portal");
  ASSERT_EQ(records.status, 200);
  EXPECT_NE(records.body.find("安市监罚〔2026〕401号"), std::string::npos) << records.body;
  EXPECT_NE(records.body.find("安市监罚〔2026〕402号"), std::string::npos);
  EXPECT_NE(records.body.find("部门用时（工作日）"), std::string::npos);
  EXPECT_EQ(records.body.find("下一页"), std::string::npos) << "both records on one page";
  // Pages of one: the first links to the second, which is the last.
  const std::string query = "from=2026-11-01&to=2026-11-30&status=overdue&channel=portal";
  HttpResult first = auditor->Get("/console/audit/records?" + query + "&limit=1");
  EXPECT_NE(first.body.find("安市监罚〔2026〕401号"), std::string::npos);
  EXPECT_EQ(first.body.find("安市监罚〔2026〕402号"), std::string::npos);
  const std::string target = NextPageLink(first.body);
  ASSERT_FALSE(target.empty()) << first.body;
  HttpResult last = auditor->Get(target);
  EXPECT_NE(last.body.find("安市监罚〔2026〕402号"), std::string::npos) << target;
  EXPECT_EQ(last.body.find("下一页"), std::string::npos) << last.body;
}

}  // namespace
}  // namespace dpfeed::test
