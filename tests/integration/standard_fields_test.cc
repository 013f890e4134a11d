// Issue 10 §1, fields exactly as exchanged, against the real daemon: bare
// BZ through intake, masking, both channels and the API; exported dates;
// the field catalogue and "did you mean"; 文书号 in batch errors; amounts
// in the wrong unit; deadline feedback at intake.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <chrono>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include "tests/integration/fixtures.h"
#include "tests/support/http_client.h"
#include "tests/support/http_receiver.h"
#include "tests/support/test_daemon.h"

namespace dpfeed::test {
namespace {

using namespace std::chrono_literals;

rapidjson::Document Json(const std::string& body) { return ParseJson(body); }

// A third party's ID number and mobile in the remark, to be masked.
constexpr const char* kRemark = "举报人李四，身份证号11010519491231002X，电话13912345678";

class StandardFieldsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    daemon_ = std::make_unique<TestDaemon>(DPFEED_BINARY, ReceiverChannels(receiver_.port()));
    daemon_->SetClock("2026-11-20T12:00:00");  // Friday
    market_ = daemon_->AddDepartment("scjgj", "安丘市市场监督管理局", kMarketUscc);
    auditor_ = daemon_->Token("auditor");
    daemon_->Start();
    client_ = std::make_unique<HttpClient>(daemon_->port());
  }

  HttpResult PostPenalty(const std::string& body) {
    return client_->Post("/api/v1/penalties", body, market_);
  }

  std::vector<ReceivedRequest> Acked(const std::string& path) const {
    std::vector<ReceivedRequest> out;
    for (const ReceivedRequest& q : receiver_.Requests()) {
      if (q.target == path && q.response_status == 200) out.push_back(q);
    }
    return out;
  }

  bool WaitAcked(const std::string& path, size_t n) const {
    const auto until = std::chrono::steady_clock::now() + 20s;
    while (std::chrono::steady_clock::now() < until) {
      if (Acked(path).size() >= n) return true;
      std::this_thread::sleep_for(50ms);
    }
    return false;
  }

  HttpReceiver receiver_;
  std::unique_ptr<TestDaemon> daemon_;
  std::unique_ptr<HttpClient> client_;
  std::string market_, auditor_;
};

TEST_F(StandardFieldsTest, BareBzRoundTripsThroughIntakeMaskingBothChannelsAndTheApi) {
  HttpResult r = PostPenalty(PenaltyJson("安市监罚〔2026〕501号", "2026-11-18", "0.5",
                                         std::string(",\"BZ\":\"") + kRemark + "\""));
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string id = std::to_string(Json(r.body)["records"][0]["id"].GetInt64());
  // The alias CF_BZ is accepted on input and emitted as BZ.
  HttpResult alias = PostPenalty(PenaltyJson("安市监罚〔2026〕502号", "2026-11-18", "0.5",
                                             ",\"CF_BZ\":\"经复核，当事人已整改。\""));
  ASSERT_EQ(alias.status, 201) << alias.body;
  const std::string alias_id = std::to_string(Json(alias.body)["records"][0]["id"].GetInt64());

  // The API: the original for the owner, BZ bare.
  auto full = Json(client_->Get("/api/v1/penalties/" + id, market_).body);
  EXPECT_EQ(std::string(full["record"]["BZ"].GetString()), kRemark);
  EXPECT_FALSE(full["record"].HasMember("CF_BZ"));
  auto aliased = Json(client_->Get("/api/v1/penalties/" + alias_id, market_).body);
  EXPECT_EQ(std::string(aliased["record"]["BZ"].GetString()), "经复核，当事人已整改。");
  EXPECT_FALSE(aliased["record"].HasMember("CF_BZ"));
  // The public view masks the free text in BZ.
  auto pub = Json(client_->Get("/api/v1/penalties/" + id + "?view=public", auditor_).body);
  const std::string masked = pub["record"]["BZ"].GetString();
  EXPECT_EQ(masked.find("11010519491231002X"), std::string::npos) << masked;
  EXPECT_EQ(masked.find("13912345678"), std::string::npos) << masked;
  EXPECT_NE(masked.find("110105"), std::string::npos) << masked;

  // Both channels: BZ bare and masked; the original never leaves.
  daemon_->SetClock("2026-11-23T09:00:30");
  ASSERT_TRUE(WaitAcked("/credit", 1)) << daemon_->Log();
  for (const std::string path : {"/portal", "/credit"}) {
    const auto acked = Acked(path);
    ASSERT_FALSE(acked.empty()) << path;
    const std::string& body = acked[0].body;
    EXPECT_EQ(body.find("11010519491231002X"), std::string::npos) << path;
    EXPECT_EQ(body.find("13912345678"), std::string::npos) << path;
    EXPECT_EQ(body.find("CF_BZ"), std::string::npos) << path;
    EXPECT_NE(body.find("\"BZ\""), std::string::npos) << path;
    EXPECT_NE(body.find("经复核，当事人已整改。"), std::string::npos) << path;
  }
  // The public notice page (the stored portal artifact) too.
  auto notices = Json(client_->Get("/notices?format=json").body);
  ASSERT_GE(notices["notices"].Size(), 1u);
  const std::string page = client_->Get(notices["notices"][0]["url"].GetString()).body;
  EXPECT_NE(page.find("<th scope=\"col\">备注</th>"), std::string::npos);  // no field codes
  EXPECT_EQ(page.find("11010519491231002X"), std::string::npos);
}

TEST_F(StandardFieldsTest, ExportedDatesAreAcceptedAndStoredInOneForm) {
  HttpResult r = client_->Post(
      "/api/v1/licenses",
      "[" + LicenseJson("安市监许〔2026〕501号", "2026-11-18 00:00:00", ",\"XK_BZ\":\"x\"") + "]",
      market_);
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string id = std::to_string(Json(r.body)["records"][0]["id"].GetInt64());
  auto got = Json(client_->Get("/api/v1/licenses/" + id, market_).body);
  EXPECT_EQ(std::string(got["record"]["XK_JDRQ"].GetString()), "2026-11-18");
  EXPECT_EQ(std::string(got["record"]["XK_YXQZ"].GetString()), "2026-11-18");
  EXPECT_EQ(std::string(got["decision_date"].GetString()), "2026-11-18");
  // A long-term license (2099/12/31) stays shown until revoked.
  std::string long_term = LicenseJson("安市监许〔2026〕502号", "2026/11/18");
  long_term.replace(long_term.find("2099-12-31"), 10, "2099/12/31");
  r = client_->Post("/api/v1/licenses", long_term, market_);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_TRUE(Json(r.body)["records"][0]["display_until"].IsNull());
  // A license with a validity end leaves publication then.
  std::string limited = LicenseJson("安市监许〔2026〕503号", "2026-11-18");
  limited.replace(limited.find("2099-12-31"), 10, "2031/11/17");
  r = client_->Post("/api/v1/licenses", limited, market_);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(std::string(Json(r.body)["records"][0]["display_until"].GetString()), "2031-11-17");
}

TEST_F(StandardFieldsTest, FieldCatalogueMatchesTheReadme) {
  EXPECT_EQ(client_->Get("/api/v1/fields").status, 401);
  HttpResult r = client_->Get("/api/v1/fields", market_);
  ASSERT_EQ(r.status, 200) << r.body;
  auto d = Json(r.body);
  ASSERT_EQ(d["kinds"].Size(), 2u);
  std::map<std::string, const rapidjson::Value*> by_code;
  std::set<std::string> codes;
  for (const auto& kind : d["kinds"].GetArray()) {
    for (const auto& f : kind["fields"].GetArray()) {
      const std::string key = std::string(kind["kind"].GetString()) + ":" + f["code"].GetString();
      by_code[key] = &f;
      codes.insert(f["code"].GetString());
    }
  }
  ASSERT_TRUE(by_code.count("license:BZ"));
  ASSERT_TRUE(by_code.count("penalty:BZ"));
  EXPECT_FALSE(by_code.count("penalty:CF_BZ"));
  // The data-source asymmetry of the standard.
  EXPECT_TRUE(by_code.count("license:XK_LYDW"));
  EXPECT_TRUE(by_code.count("penalty:CF_SJLY"));
  EXPECT_FALSE(by_code.count("license:XK_SJLY"));
  const auto& mc = *by_code["license:XK_XDR_MC"];
  EXPECT_EQ(std::string(mc["name"].GetString()), "行政相对人名称");
  EXPECT_EQ(std::string(mc["required_when"].GetString()), "必填");
  EXPECT_EQ(std::string(mc["privacy"].GetString()), "personal_if_natural_person");
  EXPECT_EQ(std::string((*by_code["penalty:CF_NR_FK"])["required_when"].GetString()),
            "处罚类别含罚款时必填，且大于0");
  EXPECT_EQ(std::string((*by_code["penalty:CF_FR_ZJHM"])["privacy"].GetString()),
            "never_published");
  EXPECT_FALSE((*by_code["penalty:SYFW"])["standard"].GetBool());
  EXPECT_EQ(client_->Get("/api/v1/fields?kind=license", market_).status, 200);
  EXPECT_EQ(Json(client_->Get("/api/v1/fields?kind=penalty", market_).body)["kinds"].Size(), 1u);
  EXPECT_EQ(client_->Get("/api/v1/fields?kind=other", market_).status, 400);

  // The README's catalogue lists every code with its Chinese name.
  std::ifstream in(std::string(DPFEED_SOURCE_DIR) + "/README.md");
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string readme = ss.str();
  for (const auto& [key, f] : by_code) {
    const std::string row =
        std::string("`") + (*f)["code"].GetString() + "` | " + (*f)["name"].GetString();
    EXPECT_NE(readme.find(row), std::string::npos) << "README lacks the row for " << key;
  }
}

TEST_F(StandardFieldsTest, UnknownFieldsGetDidYouMean) {
  HttpResult r = client_->Post("/api/v1/licenses",
                               LicenseJson("安市监许〔2026〕504号", "2026-11-18",
                                           ",\"XK_ZJHM\":\"1\",\"XK_YXQJZ\":\"2031-11-17\""),
                               market_);
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_NE(r.body.find("是否应为XK_XDR_ZJHM"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("是否应为XK_YXQZI"), std::string::npos) << r.body;
  EXPECT_EQ(r.body.find("开头的标准代码"), std::string::npos) << r.body;
  r = client_->Post(
      "/api/v1/licenses",
      LicenseJson("安市监许〔2026〕505号", "2026-11-18", ",\"XK_SJLY\":\"市场监管局\""), market_);
  EXPECT_NE(r.body.find("是否应为XK_LYDW"), std::string::npos) << r.body;
}

TEST_F(StandardFieldsTest, BatchErrorsCarryTheDocumentNumber) {
  const std::string batch = "[" + PenaltyJson("安市监罚〔2026〕511号", "2026-11-18") + "," +
                            PenaltyJson("安市监罚〔2026〕512号", "2026-11-30") + "]";
  HttpResult r = PostPenalty(batch);
  ASSERT_EQ(r.status, 422) << r.body;
  auto d = Json(r.body);
  EXPECT_EQ(d["records"][0]["index"].GetInt(), 1);
  EXPECT_EQ(std::string(d["records"][0]["wsh"].GetString()), "安市监罚〔2026〕512号");
  r = PostPenalty(
      "[" + PenaltyJson("安市监罚〔2026〕513号", "2026-11-18", "0.5", ",\"CF_X\":\"1\"") + "]");
  ASSERT_EQ(r.status, 400);
  EXPECT_EQ(std::string(Json(r.body)["records"][0]["wsh"].GetString()), "安市监罚〔2026〕513号");
}

TEST_F(StandardFieldsTest, AnAmountInTheWrongUnitIsRefusedWithBothNumbers) {
  std::string body = PenaltyJson("安市监罚〔2026〕521号", "2026-11-18", "2000");
  body.replace(body.find("警告，并处罚款2000万元"), std::string("警告，并处罚款2000万元").size(),
               "警告，并处罚款2000元");
  HttpResult r = PostPenalty(body);
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_NE(r.body.find("CF_NR_FK"), std::string::npos);
  EXPECT_NE(r.body.find("2000万元"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("2000元（0.2万元）"), std::string::npos) << r.body;
  EXPECT_EQ(
      Json(client_->Get("/api/v1/penalties?from=2026-11-01&to=2026-11-30", market_).body)["items"]
          .Size(),
      0u);
  // The same amount written correctly is accepted; a large one warns.
  ASSERT_EQ(PostPenalty(PenaltyJson("安市监罚〔2026〕521号", "2026-11-18", "0.2")).status, 201);
  r = PostPenalty(PenaltyJson("安市监罚〔2026〕522号", "2026-11-18", "150"));
  ASSERT_EQ(r.status, 201) << r.body;
  auto d = Json(r.body);
  ASSERT_TRUE(d["records"][0].HasMember("warnings")) << r.body;
  EXPECT_EQ(std::string(d["records"][0]["warnings"][0]["field"].GetString()), "CF_NR_FK");
}

TEST_F(StandardFieldsTest, IntakeSaysWhenADeadlinePassedOrIsNear) {
  // Friday 2026-11-20. Decided 11-10: deadline 11-19, passed.
  HttpResult r = PostPenalty(PenaltyJson("安市监罚〔2026〕531号", "2026-11-10"));
  ASSERT_EQ(r.status, 201) << r.body;
  auto d = Json(r.body);
  ASSERT_TRUE(d["records"][0].HasMember("warnings")) << r.body;
  std::string reason = d["records"][0]["warnings"][0]["reason"].GetString();
  EXPECT_NE(reason.find("2026-11-19"), std::string::npos) << reason;
  EXPECT_NE(reason.find("已超过期限"), std::string::npos) << reason;
  // Decided 11-13: deadline 11-24, two working days away.
  r = PostPenalty(PenaltyJson("安市监罚〔2026〕532号", "2026-11-13"));
  d = Json(r.body);
  ASSERT_TRUE(d["records"][0].HasMember("warnings")) << r.body;
  reason = d["records"][0]["warnings"][0]["reason"].GetString();
  EXPECT_NE(reason.find("2026-11-24"), std::string::npos) << reason;
  // Decided 11-19: deadline 11-30, no warning; a resubmission of the late
  // one says nothing new either.
  r = PostPenalty(PenaltyJson("安市监罚〔2026〕533号", "2026-11-19"));
  EXPECT_FALSE(Json(r.body)["records"][0].HasMember("warnings")) << r.body;
  r = PostPenalty(PenaltyJson("安市监罚〔2026〕531号", "2026-11-10"));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_FALSE(Json(r.body)["records"][0].HasMember("warnings")) << r.body;
}

}  // namespace
}  // namespace dpfeed::test
