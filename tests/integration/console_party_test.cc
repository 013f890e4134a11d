// Issue 9 item 10 on the web console, against the real daemon and its
// SQLite file: the entry form refuses a 文书号 stored with another party
// (409, the message beside the party's field) unless the correction is
// ticked as explicit, and an import names every row of a 文书号 repeated
// in the file and every row whose 文书号 is stored with another party, in
// the error list and in the downloadable error workbook, storing nothing.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "service/web/spreadsheet.h"
#include "tests/integration/console_session.h"
#include "tests/integration/fixtures.h"
#include "tests/support/http_client.h"
#include "tests/support/test_daemon.h"

namespace dpfeed::test {
namespace {

constexpr const char* kPassword = "correct horse battery";

// A penalty's entry form as the browser posts it (field codes as names).
std::vector<std::pair<std::string, std::string>> PenaltyForm(const std::string& party,
                                                             const std::string& wsh) {
  return {{"CF_XDR_MC", party},
          {"CF_XDR_LB", "法人及非法人组织"},
          {"CF_XDR_SHXYM", kCompanyUscc},
          {"CF_FRDB", "王五"},
          {"CF_WSH", wsh},
          {"CF_WFXW", "销售过期食品"},
          {"CF_SY", "当事人于2026年销售超过保质期的食品。"},
          {"CF_YJ", "《中华人民共和国食品安全法》第一百二十四条"},
          {"CF_CFLB", "警告"},
          {"CF_CFLB", "罚款"},
          {"CF_NR", "警告，并处罚款0.5万元"},
          {"CF_NR_FK", "0.5"},
          {"CF_JDRQ", "2026-11-20"},
          {"CF_CFJG", "安丘市市场监督管理局"},
          {"CF_CFJGDM", kMarketUscc}};
}

class ConsolePartyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    daemon_.SetClock("2026-11-23T10:00:00");
    token_ = daemon_.AddDepartment("scjgj", "安丘市市场监督管理局", kMarketUscc);
    CommandResult u = daemon_.Cli({"user", "add", "zhang.san", "--role", "department",
                                   "--department", "scjgj", "--password-stdin"},
                                  std::string(kPassword) + "\n");
    ASSERT_EQ(u.exit_code, 0) << u.err;
    daemon_.Start();
    client_ = std::make_unique<HttpClient>(daemon_.port());
    console_ = std::make_unique<ConsoleSession>(daemon_.port());
    ASSERT_TRUE(console_->Login("zhang.san", kPassword));
  }

  HttpResult Get(const std::string& target) { return console_->Get(target); }
  HttpResult PostForm(const std::string& target, ConsoleSession::Fields fields) {
    return console_->PostForm(target, std::move(fields));
  }
  HttpResult Import(const std::string& filename, const std::string& bytes) {
    return console_->Upload("/console/import", filename, bytes);
  }

  // The penalties the department has, by the API.
  std::string Stored() { return client_->Get("/api/v1/penalties", token_).body; }

  TestDaemon daemon_{DPFEED_BINARY};
  std::unique_ptr<HttpClient> client_;
  std::unique_ptr<ConsoleSession> console_;
  std::string token_;
};

TEST_F(ConsolePartyTest, TheEntryFormRefusesAnotherPartyUnlessTheCorrectionIsExplicit) {
  auto first = PenaltyForm("安丘市某某食品有限公司", "安市监罚〔2026〕71号");
  first.push_back({"action", "save"});
  ASSERT_EQ(PostForm("/console/new/penalty", first).status, 303);

  auto other = PenaltyForm("安丘市另一家商贸有限公司", "安市监罚〔2026〕71号");
  other.push_back({"action", "save"});
  HttpResult r = PostForm("/console/new/penalty", other);
  EXPECT_EQ(r.status, 409) << r.body;
  // Beside the party's field, naming both parties.
  const size_t at = r.body.find("<p class=\"field-error\" id=\"e_CF_XDR_MC\">");
  ASSERT_NE(at, std::string::npos) << r.body;
  const std::string beside = r.body.substr(at, r.body.find("</p>", at) - at);
  EXPECT_NE(beside.find("安丘市某某食品有限公司"), std::string::npos) << beside;
  EXPECT_NE(beside.find("安丘市另一家商贸有限公司"), std::string::npos) << beside;
  EXPECT_NE(r.body.find("name=\"correct_party\""), std::string::npos);
  EXPECT_EQ(Stored().find("安丘市另一家商贸有限公司"), std::string::npos);

  // Ticked: an explicit correction, stored as the decision's new version.
  other.push_back({"correct_party", "1"});
  r = PostForm("/console/new/penalty", other);
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_NE(r.headers["location"].find("saved=corrected"), std::string::npos);
  EXPECT_NE(Stored().find("安丘市另一家商贸有限公司"), std::string::npos);
}

TEST_F(ConsolePartyTest, AnImportNamesEveryRowOfARepeatedOrForeignDocumentNumber) {
  ASSERT_EQ(
      client_->Post("/api/v1/penalties", PenaltyJson("安市监罚〔2026〕81号", "2026-11-20"), token_)
          .status,
      201);
  // Rows 2 and 4 share a 文书号; row 3's is stored with another party.
  HttpResult r = Import("本周.csv", PenaltyCsv({{"安丘市甲商贸有限公司", "安市监罚〔2026〕82号"},
                                                {"安丘市乙商贸有限公司", "安市监罚〔2026〕81号"},
                                                {"安丘市甲商贸有限公司", "安市监罚〔2026〕82号"}}));
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_NE(r.body.find("第2行 E列"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("第4行 E列"), std::string::npos) << r.body;

  // Without the repetition, the stored party is the one problem left, on
  // its row and column, in the page and in the error workbook.
  r = Import("本周.csv", PenaltyCsv({{"安丘市甲商贸有限公司", "安市监罚〔2026〕82号"},
                                     {"安丘市乙商贸有限公司", "安市监罚〔2026〕81号"}}));
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_NE(r.body.find("第3行 A列"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("安丘市某某食品有限公司"), std::string::npos) << r.body;
  EXPECT_EQ(r.body.find("第2行"), std::string::npos) << r.body;
  const size_t link = r.body.find("/console/import/errors/");
  ASSERT_NE(link, std::string::npos) << r.body;
  HttpResult xlsx = Get(r.body.substr(link, r.body.find('"', link) - link));
  ASSERT_EQ(xlsx.status, 200);
  auto sheets = ReadXlsx(xlsx.body);
  ASSERT_TRUE(sheets.ok()) << sheets.status().ToString();
  ASSERT_GE(sheets->size(), 1u);
  const Sheet& list = sheets->front();  // 错误清单: sheet, row, column, field, reason
  ASSERT_EQ(list.rows.size(), 2u);
  ASSERT_GE(list.rows[1].cells.size(), 5u);
  EXPECT_EQ(list.rows[1].cells[1], "3");
  EXPECT_EQ(list.rows[1].cells[2], "A");
  EXPECT_EQ(list.rows[1].cells[3], "CF_XDR_MC");
  // All or nothing: the new row was not stored either.
  EXPECT_EQ(Stored().find("安市监罚〔2026〕82号"), std::string::npos);
}

}  // namespace
}  // namespace dpfeed::test
