// `dpfeed import` against a real database: a CSV of the national template
// with one bad row stores nothing and names the row and column; the fixed
// file stores every row, and the API then serves them.
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "tests/integration/fixtures.h"
#include "tests/support/http_client.h"
#include "tests/support/test_daemon.h"

namespace dpfeed::test {
namespace {

std::string Csv(bool bad) {
  std::string s =
      "\xEF\xBB\xBF"
      "行政相对人名称,行政相对人类别,统一社会信用代码,法定代表人,行政处罚决定书文号,违法行为类型,"
      "违法事实,"
      "处罚依据,处罚类别,处罚内容,罚款金额（万元）,处罚决定日期,处罚机关,"
      "处罚机关统一社会信用代码\r\n";
  for (int i = 1; i <= 2; ++i) {
    s += std::string("安丘市某某食品有限公司,法人及非法人组织,") + kCompanyUscc +
         ",王五,安市监罚〔2026〕" + std::to_string(200 + i) + "号," +
         (bad && i == 2 ? "" : "销售过期食品") +
         ",\"当事人销售过期食品，数量\"\"较大\"\"。\",《食品安全法》,警告;罚款,罚款," +
         (bad && i == 2 ? "-1" : "0.5") + ",2026/11/20,安丘市市场监督管理局," + kMarketUscc +
         "\r\n";
  }
  return s;
}

TEST(ImportCommandTest, AllOrNothingWithRowAndColumn) {
  TestDaemon daemon(DPFEED_BINARY);
  daemon.SetClock("2026-11-23T10:00:00");
  const std::string token = daemon.AddDepartment("scjgj", "安丘市市场监督管理局", kMarketUscc);
  const std::string file = daemon.dir() + "/本周.csv";
  std::ofstream(file, std::ios::binary) << Csv(true);
  CommandResult bad = daemon.Cli({"import", file, "--department", "scjgj"});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("第3行 F列 CF_WFXW"), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("第3行 K列 CF_NR_FK"), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("nothing was imported"), std::string::npos);

  std::ofstream(file, std::ios::binary | std::ios::trunc) << Csv(false);
  CommandResult good = daemon.Cli({"import", file, "--department", "scjgj"});
  ASSERT_EQ(good.exit_code, 0) << good.err;
  EXPECT_NE(good.out.find("imported 2 records: 2 created"), std::string::npos) << good.out;
  // Again: the same content is unchanged, not duplicated.
  EXPECT_NE(daemon.Cli({"import", file, "--department", "scjgj"}).out.find("2 unchanged"),
            std::string::npos);

  daemon.Start();
  HttpClient client(daemon.port());
  HttpResult list = client.Get("/api/v1/penalties", token);
  ASSERT_EQ(list.status, 200);
  EXPECT_NE(list.body.find("安市监罚〔2026〕201号"), std::string::npos);
  EXPECT_NE(list.body.find("安市监罚〔2026〕202号"), std::string::npos);
  EXPECT_NE(list.body.find("\"CF_JDRQ\":\"2026-11-20\""), std::string::npos) << "dates normalised";
  EXPECT_EQ(daemon.Cli({"import", file, "--department", "nosuch"}).exit_code, 1);
}

TEST(ImportCommandTest, ARepeatedOrForeignDocumentNumberIsAnErrorOnItsRows) {
  TestDaemon daemon(DPFEED_BINARY);
  daemon.SetClock("2026-11-23T10:00:00");
  daemon.AddDepartment("scjgj", "安丘市市场监督管理局", kMarketUscc);
  const std::string file = daemon.dir() + "/本周.csv";
  // One 文书号 on rows 2 and 4: both rows are named.
  std::ofstream(file, std::ios::binary)
      << PenaltyCsv({{"安丘市甲商贸有限公司", "安市监罚〔2026〕301号"},
                     {"安丘市乙商贸有限公司", "安市监罚〔2026〕302号"},
                     {"安丘市丙商贸有限公司", "安市监罚〔2026〕301号"}});
  CommandResult twice = daemon.Cli({"import", file, "--department", "scjgj"});
  EXPECT_EQ(twice.exit_code, 1);
  EXPECT_NE(twice.err.find("第2行 E列 CF_WSH"), std::string::npos) << twice.err;
  EXPECT_NE(twice.err.find("第4行 E列 CF_WSH"), std::string::npos) << twice.err;
  EXPECT_EQ(twice.err.find("第3行"), std::string::npos) << twice.err;

  std::ofstream(file, std::ios::binary | std::ios::trunc)
      << PenaltyCsv({{"安丘市乙商贸有限公司", "安市监罚〔2026〕302号"}});
  ASSERT_EQ(daemon.Cli({"import", file, "--department", "scjgj"}).exit_code, 0);
  // 302号 is stored for 乙: another party on row 3 is that row's error, and
  // the new record on row 2 is not stored either.
  std::ofstream(file, std::ios::binary | std::ios::trunc)
      << PenaltyCsv({{"安丘市甲商贸有限公司", "安市监罚〔2026〕303号"},
                     {"安丘市丙商贸有限公司", "安市监罚〔2026〕302号"}});
  CommandResult other = daemon.Cli({"import", file, "--department", "scjgj"});
  EXPECT_EQ(other.exit_code, 1);
  EXPECT_NE(other.err.find("第3行 A列 CF_XDR_MC"), std::string::npos) << other.err;
  EXPECT_NE(other.err.find("安丘市乙商贸有限公司"), std::string::npos) << other.err;
  EXPECT_NE(other.err.find("安丘市丙商贸有限公司"), std::string::npos) << other.err;
  EXPECT_NE(other.err.find("nothing was imported"), std::string::npos);
  std::ofstream(file, std::ios::binary | std::ios::trunc)
      << PenaltyCsv({{"安丘市甲商贸有限公司", "安市监罚〔2026〕303号"}});
  EXPECT_NE(daemon.Cli({"import", file, "--department", "scjgj"}).out.find("1 created"),
            std::string::npos)
      << "303号 was not stored by the refused import";
}

}  // namespace
}  // namespace dpfeed::test
