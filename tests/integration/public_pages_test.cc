// Public pages serve only guarded artifacts (issue 8 §7) and read well
// elsewhere (issue 11 §5-6): the real daemon, a real HTTP receiver for both
// channels. A record whose free text names third parties is published with
// the names masked on both channels, on /notices/{id}, in /feed.atom and
// /feed.json; the page is the very bytes the portal got; a revoked record
// leaves the page through a new guarded page stored as an artifact.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "tests/integration/publication_fixture.h"

namespace dpfeed::test {
namespace {

constexpr const char* kThirdParties =
    "本案系邹娟诗（手机号码13912345678）举报，当事人委托魏刚雪办理。";

// Every personal value of kThirdParties, none of which may leave.
void ExpectNoThirdParty(const std::string& text, const std::string& where) {
  for (const char* value : {"邹娟诗", "13912345678", "魏刚雪"}) {
    EXPECT_EQ(text.find(value), std::string::npos) << where << " shows " << value;
  }
}

// The artifact store's name of `bytes`: SHA-256 in lower-case hex.
std::string Sha256Hex(const std::string& bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &len, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < len; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 0xF];
  }
  return out;
}

std::string Header(const HttpResult& r, const std::string& name) {
  auto it = r.headers.find(name);
  return it == r.headers.end() ? "" : it->second;
}

TEST_F(PublicationTest, PagesAndFeedsServeTheGuardedArtifactWithThirdPartiesMasked) {
  StartDaemon("2026-11-20T12:00:00");
  // The transport bureau is registered without the jurisdiction.
  const int64_t named =
      Post("penalties",
           PenaltyJsonBy("安丘市交通运输局", kTransportUscc, "安交罚〔2026〕31号", "2026-11-18",
                         "0.5", std::string(",\"BZ\":\"") + kThirdParties + "\""),
           transport_);
  Post("penalties",
       PenaltyJsonBy("安丘市交通运输局", kTransportUscc, "安交罚〔2026〕32号", "2026-11-19"),
       transport_);
  daemon_->SetClock("2026-11-23T09:00:30");
  ASSERT_TRUE(WaitAcked("/credit", 1));

  // Both channels: masked.
  const auto portal = Acked(receiver_, "/portal");
  ASSERT_EQ(portal.size(), 1u);
  for (const auto& q : receiver_.Requests()) ExpectNoThirdParty(q.body, q.target);
  const std::string pushed = Json(portal[0].body)["html"].GetString();
  EXPECT_NE(pushed.find("邹*"), std::string::npos) << pushed;
  EXPECT_NE(pushed.find("发布单位：安丘市交通运输局"), std::string::npos);

  // The page: the bytes the portal got, stored under their hash; only its
  // own style may apply, no script.
  auto list = Json(client_->Get("/notices?format=json").body);
  ASSERT_EQ(list["notices"].Size(), 1u);
  const std::string url = list["notices"][0]["url"].GetString();
  HttpResult page = client_->Get(url);
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(page.body, pushed);
  const std::string hash = Sha256Hex(page.body);
  EXPECT_TRUE(std::filesystem::exists(daemon_->database_path() + "-artifacts/" + hash.substr(0, 2) +
                                      "/" + hash));
  const std::string policy = Header(page, "content-security-policy");
  EXPECT_NE(policy.find("style-src 'sha256-"), std::string::npos) << policy;
  EXPECT_EQ(policy.find("unsafe-inline"), std::string::npos) << policy;
  EXPECT_EQ(policy.find("script-src"), std::string::npos) << policy;  // default-src 'none'

  // The feeds: absolute ids and links, a summary, the guarded page; masked.
  const std::string base = "http://127.0.0.1:" + std::to_string(daemon_->port());
  HttpResult atom = client_->Get("/feed.atom");
  ASSERT_EQ(atom.status, 200);
  ExpectNoThirdParty(atom.body, "/feed.atom");
  EXPECT_NE(atom.body.find("<id>" + base + url + "</id>"), std::string::npos) << atom.body;
  EXPECT_NE(atom.body.find("<link rel=\"alternate\" type=\"text/html\" href=\"" + base + url),
            std::string::npos);
  EXPECT_NE(
      atom.body.find("<summary>发布单位：安丘市交通运输局；类别：行政处罚；决定日期：2026年11月"
                     "16日至2026年11月22日；共 2 条</summary>"),
      std::string::npos)
      << atom.body;
  EXPECT_NE(atom.body.find("邹*"), std::string::npos);  // the page, escaped in <content>
  HttpResult feed = client_->Get("/feed.json");
  ASSERT_EQ(feed.status, 200);
  ExpectNoThirdParty(feed.body, "/feed.json");
  auto jf = Json(feed.body);
  EXPECT_EQ(std::string(jf["home_page_url"].GetString()), base + "/");
  EXPECT_EQ(std::string(jf["items"][0]["id"].GetString()), base + url);
  EXPECT_NE(std::string(jf["items"][0]["summary"].GetString()).find("共 2 条"), std::string::npos);
  EXPECT_EQ(std::string(jf["items"][0]["content_html"].GetString()), pushed);

  // ?view=public: the record as the artifact holds it.
  auto pub = Json(
      client_->Get("/api/v1/penalties/" + std::to_string(named) + "?view=public", auditor_).body);
  EXPECT_EQ(std::string(pub["view"].GetString()), "public");
  EXPECT_EQ(std::string(pub["record"]["BZ"].GetString()),
            Json(portal[0].body)["notice"]["records"][0]["BZ"].GetString());
  ExpectNoThirdParty(pub["record"]["BZ"].GetString(), "?view=public");

  // Revoked: a new guarded page without it replaces the page and the feed
  // entry; the portal's artifact is kept as it was.
  ASSERT_EQ(client_
                ->Post("/api/v1/penalties/" + std::to_string(named) + "/revoke",
                       "{\"reason\":\"复议撤销\"}", transport_)
                .status,
            200);
  daemon_->SetClock("2026-11-23T09:15:40");  // the next tick
  std::string revised;
  for (int i = 0; i < 200; ++i) {
    revised = client_->Get(url).body;
    if (revised.find("安交罚〔2026〕31号") == std::string::npos) break;
    std::this_thread::sleep_for(50ms);
  }
  EXPECT_EQ(revised.find("安交罚〔2026〕31号"), std::string::npos);
  EXPECT_NE(revised.find("安交罚〔2026〕32号"), std::string::npos);
  EXPECT_NE(revised.find("共 1 条"), std::string::npos);
  const std::string revised_hash = Sha256Hex(revised);
  EXPECT_TRUE(std::filesystem::exists(daemon_->database_path() + "-artifacts/" +
                                      revised_hash.substr(0, 2) + "/" + revised_hash));
  EXPECT_EQ(QueryNumber(daemon_->database_path(), "SELECT count(*) FROM notice_pages"), 1);
  const std::string atom_after = client_->Get("/feed.atom").body;
  EXPECT_NE(atom_after.find("；共 1 条</summary>"), std::string::npos) << atom_after;
  // Another tick writes no second page.
  daemon_->SetClock("2026-11-23T09:30:40");
  std::this_thread::sleep_for(500ms);
  EXPECT_EQ(QueryNumber(daemon_->database_path(), "SELECT count(*) FROM notice_pages"), 1);
  EXPECT_EQ(client_->Get(url).body, revised);
}

TEST_F(PublicationTest, NoticeListIsHtmlForBrowsersAndJsonWhenAsked) {
  StartDaemon("2026-11-20T12:00:00");
  Post("penalties", PenaltyJson("安市监罚〔2026〕41号", "2026-11-18"), market_);
  daemon_->SetClock("2026-11-23T09:00:30");
  ASSERT_TRUE(WaitAcked("/portal", 1));
  // The acknowledgement reaches the database a moment after the receiver.
  for (int i = 0; i < 200; ++i) {
    if (Json(client_->Get("/notices?format=json").body)["notices"].Size() == 1) break;
    std::this_thread::sleep_for(50ms);
  }
  for (const char* path : {"/", "/notices"}) {
    HttpResult html = client_->Request("GET", path, "", "", {{"Accept", "text/html,*/*;q=0.8"}});
    EXPECT_EQ(html.status, 200) << path;
    EXPECT_NE(Header(html, "content-type").find("text/html"), std::string::npos) << path;
    EXPECT_NE(html.body.find("安丘市市场监督管理局行政处罚信息公示"), std::string::npos) << path;
    for (const std::string& target : {std::string(path) + "?format=json", std::string(path)}) {
      const bool by_header = target == path;
      HttpResult json = client_->Request(
          "GET", target, "", "",
          by_header
              ? std::vector<std::pair<std::string, std::string>>{{"Accept", "application/json"}}
              : std::vector<std::pair<std::string, std::string>>{});
      EXPECT_EQ(json.status, 200) << target;
      EXPECT_NE(Header(json, "content-type").find("application/json"), std::string::npos) << target;
      EXPECT_EQ(Json(json.body)["notices"].Size(), 1u) << target;
    }
  }
}

}  // namespace
}  // namespace dpfeed::test
