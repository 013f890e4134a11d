// Issue 9 item 6 on the import path: `dpfeed import` prepares rows with the
// API's rules, so a department cannot import penalties under another
// department's name either; an entrusted organisation registered for it by
// an admin (`dpfeed agency add`) can be named.
#include <gtest/gtest.h>

#include <fstream>

#include "tests/integration/fixtures.h"
#include "tests/support/http_client.h"
#include "tests/support/test_daemon.h"

namespace dpfeed::test {
namespace {

// One penalty row of the national template, decided by `agency` (`uscc`).
std::string Csv(const std::string& wsh, const std::string& agency, const std::string& uscc) {
  return "行政相对人名称,行政相对人类别,统一社会信用代码,法定代表人,行政处罚决定书文号,"
         "违法行为类型,违法事实,处罚依据,处罚类别,处罚内容,罚款金额（万元）,处罚决定日期,"
         "处罚机关,处罚机关统一社会信用代码\r\n"
         "安丘市某某运输有限公司,法人及非法人组织," +
         std::string(kCompanyUscc) + ",王五," + wsh +
         ",超限运输,车辆超限运输,《公路安全保护条例》,罚款,罚款,0.3,2026-11-20," + agency + "," +
         uscc + "\r\n";
}

TEST(DecidingAgencyImportTest, ImportRefusesAnotherDepartmentsAgencyAndAcceptsItsEntrusted) {
  TestDaemon daemon(DPFEED_BINARY);
  daemon.SetClock("2026-11-23T10:00:00");
  daemon.AddDepartment("scjgj", "安丘市市场监督管理局", kMarketUscc);
  const std::string transport = daemon.AddDepartment("jtysj", "安丘市交通运输局", kTransportUscc);
  const std::string file = daemon.dir() + "/交通.csv";

  // The transport department names the market regulator: refused, nothing stored.
  std::ofstream(file, std::ios::binary)
      << Csv("交罚〔2026〕11号", "安丘市市场监督管理局", kMarketUscc);
  CommandResult foreign = daemon.Cli({"import", file, "--department", "jtysj"});
  EXPECT_EQ(foreign.exit_code, 1) << foreign.out;
  EXPECT_NE(foreign.err.find("第2行 N列 CF_CFJGDM"), std::string::npos) << foreign.err;
  EXPECT_NE(foreign.err.find("nothing was imported"), std::string::npos) << foreign.err;

  // An entrusted organisation not (yet) registered: refused the same way.
  const std::string entrusted = "12370784MB1234567G";
  std::ofstream(file, std::ios::binary | std::ios::trunc)
      << Csv("交罚〔2026〕12号", "安丘市交通运输综合执法大队", entrusted);
  EXPECT_EQ(daemon.Cli({"import", file, "--department", "jtysj"}).exit_code, 1);

  // Registered by an admin, it may be named by the transport department only.
  CommandResult added = daemon.Cli({"agency", "add", "--department", "jtysj", "--name",
                                    "安丘市交通运输综合执法大队", "--uscc", entrusted});
  ASSERT_EQ(added.exit_code, 0) << added.err;
  CommandResult good = daemon.Cli({"import", file, "--department", "jtysj"});
  ASSERT_EQ(good.exit_code, 0) << good.err;
  EXPECT_NE(good.out.find("imported 1 records: 1 created"), std::string::npos) << good.out;
  std::ofstream(file, std::ios::binary | std::ios::trunc)
      << Csv("市监罚〔2026〕13号", "安丘市交通运输综合执法大队", entrusted);
  EXPECT_EQ(daemon.Cli({"import", file, "--department", "scjgj"}).exit_code, 1);

  daemon.Start();
  HttpClient client(daemon.port());
  HttpResult list = client.Get("/api/v1/penalties", transport);
  ASSERT_EQ(list.status, 200);
  EXPECT_NE(list.body.find("交罚〔2026〕12号"), std::string::npos);
  EXPECT_EQ(list.body.find("交罚〔2026〕11号"), std::string::npos)
      << "the refused file stored nothing";
}

}  // namespace
}  // namespace dpfeed::test
