// Hostile and careless input against the real daemon over loopback (issue
// 9): no request crashes it, starves it or is silently half-accepted.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <map>
#include <set>
#include <sstream>
#include <thread>

#include "tests/integration/fixtures.h"
#include "tests/support/http_client.h"
#include "tests/support/test_daemon.h"

namespace dpfeed::test {
namespace {

using namespace std::chrono_literals;

rapidjson::Document Json(const std::string& body) {
  rapidjson::Document d;
  d.Parse<rapidjson::kParseValidateEncodingFlag>(body.c_str(), body.size());
  return d;
}

std::string Field(const rapidjson::Document& d, size_t record, size_t error = 0) {
  if (!d.IsObject() || !d.HasMember("records")) return "(no records)";
  return d["records"][static_cast<rapidjson::SizeType>(record)]["errors"]
          [static_cast<rapidjson::SizeType>(error)]["field"]
              .GetString();
}

class HardeningTest : public ::testing::Test {
 protected:
  explicit HardeningTest(std::string extra_config = "")
      : daemon_(DPFEED_BINARY, std::move(extra_config)) {}
  void SetUp() override {
    daemon_.SetClock("2026-11-23T10:00:00");
    market_ = daemon_.AddDepartment("scjgj", "安丘市市场监督管理局", kMarketUscc);
    transport_ = daemon_.AddDepartment("jtysj", "交通运输局", kTransportUscc);
    admin_ = daemon_.Token("admin");
    daemon_.Start();
    client_ = std::make_unique<HttpClient>(daemon_.port());
  }
  HttpResult Post(const std::string& path, const std::string& body, const std::string& token) {
    return client_->Post(path, body, token);
  }
  size_t Stored() {
    auto d = Json(client_->Get("/api/v1/penalties?from=2026-01-01&to=2026-12-31", admin_).body);
    return d.IsObject() ? d["items"].Size() : 999;
  }

  TestDaemon daemon_;
  std::string market_, transport_, admin_;
  std::unique_ptr<HttpClient> client_;
};

TEST_F(HardeningTest, DeeplyNestedJsonIs400AndTheDaemonLives) {
  std::string deep(107000, '[');
  HttpResult r = Post("/api/v1/penalties", deep, market_);
  EXPECT_EQ(r.status, 400) << r.error;
  EXPECT_NE(r.body.find("嵌套"), std::string::npos) << r.body;
  HttpResult ok =
      Post("/api/v1/penalties", PenaltyJson("安市监罚〔2026〕1号", "2026-11-20"), market_);
  ASSERT_EQ(ok.status, 201) << ok.body;
  const std::string id = std::to_string(Json(ok.body)["records"][0]["id"].GetInt64());
  std::string deep_object;
  for (int i = 0; i < 107000; ++i) deep_object += "{\"reason\":";
  r = Post("/api/v1/penalties/" + id + "/revoke", deep_object, market_);
  EXPECT_EQ(r.status, 400) << r.error;
  EXPECT_EQ(client_->Get("/healthz").status, 200);
}

TEST_F(HardeningTest, ASecondDocumentDuplicateKeysAndOtherMediaTypesAreRefused) {
  const std::string one = PenaltyJson("安市监罚〔2026〕1号", "2026-11-20");
  const std::string two = PenaltyJson("安市监罚〔2026〕2号", "2026-11-20");
  HttpResult r = Post("/api/v1/penalties", one + "\n" + two, market_);
  EXPECT_EQ(r.status, 400) << r.body;
  r = Post("/api/v1/penalties", one.substr(0, one.size() - 1) + ",\"CF_NR_FK\":\"9\"}", market_);
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(Field(Json(r.body), 0), "CF_NR_FK");
  r = client_->Request("POST", "/api/v1/penalties", one, market_, {{"Content-Type", "text/plain"}});
  EXPECT_EQ(r.status, 415) << r.body;
  r = client_->Request("POST", "/api/v1/penalties", one, market_,
                       {{"Content-Type", "application/x-www-form-urlencoded"}});
  EXPECT_EQ(r.status, 415) << r.body;
  EXPECT_EQ(Stored(), 0u);
}

TEST_F(HardeningTest, NoBodyIsReadBeforeTheTokenIsChecked) {
  // An 8 MiB upload announced without a token, or with a bad one: answered
  // 401 at once, while not one byte of the body was sent.
  for (const std::string& auth :
       {std::string(), std::string("Authorization: Bearer dpf_bad\r\n")}) {
    RawConnection c(daemon_.port());
    ASSERT_TRUE(
        c.Send("POST /api/v1/penalties HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
               auth + "Content-Length: 8000000\r\n\r\n"));
    const std::string reply = c.Read(5s);
    EXPECT_EQ(reply.rfind("HTTP/1.1 401", 0), 0u) << reply;
    EXPECT_NE(reply.find("Connection: close"), std::string::npos) << reply;
  }
  // An unknown path is refused from the head too.
  RawConnection c(daemon_.port());
  ASSERT_TRUE(c.Send("POST /nowhere HTTP/1.1\r\nHost: x\r\nContent-Length: 8000000\r\n\r\n"));
  EXPECT_EQ(c.Read(5s).rfind("HTTP/1.1 404", 0), 0u);
  // With a valid token the upload goes on (Expect: 100-continue is honoured).
  RawConnection good(daemon_.port());
  const std::string body = PenaltyJson("安市监罚〔2026〕3号", "2026-11-20");
  ASSERT_TRUE(good.Send(
      "POST /api/v1/penalties HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Authorization: bearer " +
      market_ + "\r\nExpect: 100-continue\r\nContent-Length: " + std::to_string(body.size()) +
      "\r\n\r\n"));
  EXPECT_EQ(good.Read(5s).rfind("HTTP/1.1 100 Continue", 0), 0u);
  ASSERT_TRUE(good.Send(body));
  EXPECT_EQ(good.Read(5s).rfind("HTTP/1.1 201", 0), 0u);
}

TEST_F(HardeningTest, LowerCaseBearerAndErrorBodiesAreValidUtf8) {
  HttpResult r =
      client_->Request("GET", "/api/v1/penalties", "", "", {{"Authorization", "bearer " + admin_}});
  EXPECT_EQ(r.status, 200) << r.body;
  for (const char* target :
       {"/api/v1/penalties?from=%FF%FE", "/api/v1/compliance/summary?from=%C0%AF",
        "/api/v1/penalties?department=%ED%A0%80", "/%FF/%FE"}) {
    r = client_->Get(target, admin_);
    EXPECT_GE(r.status, 400) << target;
    EXPECT_TRUE(Json(r.body).IsObject()) << target << " " << r.body;
  }
}

TEST_F(HardeningTest, ADepartmentCannotNameAnotherAsTheDecidingAgency) {
  // The transport department files a penalty under the market regulator.
  const std::string foreign =
      PenaltyJsonBy("安丘市市场监督管理局", kMarketUscc, "交罚〔2026〕1号", "2026-11-20");
  HttpResult r = Post("/api/v1/penalties", foreign, transport_);
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(Field(Json(r.body), 0), "CF_CFJGDM");
  // Its own name (with or without the jurisdiction) is fine; another name
  // for its own code is not.
  EXPECT_EQ(Post("/api/v1/penalties",
                 PenaltyJsonBy("安丘市交通运输局", kTransportUscc, "交罚〔2026〕2号", "2026-11-20"),
                 transport_)
                .status,
            201);
  r = Post("/api/v1/penalties",
           PenaltyJsonBy("安丘市公安局", kTransportUscc, "交罚〔2026〕3号", "2026-11-20"),
           transport_);
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(Field(Json(r.body), 0), "CF_CFJG");

  // An entrusted organisation registered by an admin (API here, CLI in the
  // operations tests) becomes acceptable; removing it stops it again.
  const std::string entrusted = "12370784MB1234567G";
  const std::string agency =
      std::string("{\"name\":\"安丘市交通运输综合执法大队\",\"uscc\":\"") + entrusted + "\"}";
  EXPECT_EQ(Post("/api/v1/departments/jtysj/agencies", agency, transport_).status, 403);
  r = Post("/api/v1/departments/jtysj/agencies", agency, admin_);
  EXPECT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(Post("/api/v1/departments/jtysj/agencies", agency, admin_).status, 409);
  EXPECT_EQ(
      Post("/api/v1/departments/jtysj/agencies",
           std::string("{\"name\":\"执法\\u0007大队\",\"uscc\":\"") + entrusted + "\"}", admin_)
          .status,
      400);
  const std::string by_agency =
      PenaltyJsonBy("安丘市交通运输综合执法大队", entrusted, "交罚〔2026〕4号", "2026-11-20");
  EXPECT_EQ(Post("/api/v1/penalties", by_agency, transport_).status, 201);
  EXPECT_EQ(Post("/api/v1/penalties",
                 PenaltyJsonBy("安丘市交通运输综合执法大队", entrusted, "市监罚〔2026〕4号",
                               "2026-11-20"),
                 market_)
                .status,
            403);
  auto list = Json(client_->Get("/api/v1/departments/jtysj/agencies", transport_).body);
  ASSERT_TRUE(list.IsObject());
  EXPECT_EQ(list["agencies"].Size(), 1u);
  EXPECT_EQ(
      client_->Request("DELETE", "/api/v1/departments/jtysj/agencies/" + entrusted, "", admin_)
          .status,
      200);
  EXPECT_EQ(
      Post("/api/v1/penalties",
           PenaltyJsonBy("安丘市交通运输综合执法大队", entrusted, "交罚〔2026〕5号", "2026-11-20"),
           transport_)
          .status,
      403);
}

TEST_F(HardeningTest, AnotherPartyUnderAStoredDocumentNumberIsAConflict) {
  const std::string first = PenaltyJson("安市监罚〔2026〕7号", "2026-11-20");
  ASSERT_EQ(Post("/api/v1/penalties", first, market_).status, 201);
  std::string other = first;
  other.replace(other.find("安丘市某某食品有限公司"), std::string("安丘市某某食品有限公司").size(),
                "安丘市另一家商贸有限公司");
  HttpResult r = Post("/api/v1/penalties", other, market_);
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_NE(r.body.find("安丘市某某食品有限公司"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("安丘市另一家商贸有限公司"), std::string::npos) << r.body;
  // Also inside a batch with a new record: nothing of the batch is stored.
  r = Post("/api/v1/penalties",
           "[" + PenaltyJson("安市监罚〔2026〕8号", "2026-11-20") + "," + other + "]", market_);
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(Json(r.body)["records"][0]["index"].GetInt(), 1);
  EXPECT_EQ(Stored(), 1u);
  // An explicit correction of the party goes through as a new version.
  r = Post("/api/v1/penalties?correct_party=true", other, market_);
  ASSERT_EQ(r.status, 201) << r.body;
  auto d = Json(r.body);
  EXPECT_EQ(d["records"][0]["version"].GetInt(), 2);
  EXPECT_TRUE(d["records"][0]["party_changed"].GetBool());
  // Two records with one document number in a batch: 422, nothing stored.
  r = Post("/api/v1/penalties",
           "[" + PenaltyJson("安市监罚〔2026〕9号", "2026-11-20") + "," +
               PenaltyJson("安市监罚〔2026〕9号", "2026-11-19") + "]",
           market_);
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(Field(Json(r.body), 0), "CF_WSH");
  EXPECT_EQ(Stored(), 1u);
}

TEST_F(HardeningTest, DepartmentNamesWithControlCharactersAreRefused) {
  CommandResult r = daemon_.Cli({"department", "add", "--code", "bad", "--name",
                                 "市场\x07监督管理局", "--uscc", "11370784MB2850350R"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("U+0007"), std::string::npos) << r.err;
  r = daemon_.Cli({"department", "add", "--code", "bad", "--name", "市场\n监督管理局", "--uscc",
                   "11370784MB2850350R"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(daemon_.Cli({"department", "list"}).out.find("bad\t"), std::string::npos);
}

// One sample line "name{a=\"x\",b=\"y\"} value": its name and label text,
// or false when it is malformed.
bool ParseSample(const std::string& line, std::string* name, std::string* labels) {
  const auto name_char = [](char c, bool first) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == ':' ||
           (!first && std::isdigit(static_cast<unsigned char>(c)));
  };
  size_t i = 0;
  while (i < line.size() && name_char(line[i], i == 0)) ++i;
  if (i == 0) return false;
  *name = line.substr(0, i);
  labels->clear();
  if (i < line.size() && line[i] == '{') {
    const size_t start = ++i;
    while (i < line.size() && line[i] != '}') {
      const size_t key = i;
      while (i < line.size() && name_char(line[i], i == key)) ++i;
      if (i == key || line.compare(i, 2, "=\"") != 0) return false;
      for (i += 2; i < line.size() && line[i] != '"'; ++i) {
        if (line[i] == '\\') {
          if (i + 1 >= line.size() || std::string("\\\"n").find(line[i + 1]) == std::string::npos)
            return false;
          ++i;
        } else if (line[i] == '\n') {
          return false;
        }
      }
      if (i >= line.size()) return false;
      ++i;
      if (i < line.size() && line[i] == ',') ++i;
    }
    if (i >= line.size()) return false;
    *labels = line.substr(start, i - start);
    ++i;
  }
  if (i >= line.size() || line[i] != ' ') return false;
  const std::string value = line.substr(i + 1);
  if (value == "+Inf" || value == "-Inf" || value == "NaN") return true;
  char* end = nullptr;
  std::strtod(value.c_str(), &end);
  return !value.empty() && *end == '\0';
}

// A strict reader of the Prometheus text format 0.0.4: every family has
// exactly one HELP and one TYPE line before its samples, samples belong to
// a declared family, labels are well formed, values parse, no series twice.
std::string CheckPrometheusText(const std::string& text, std::map<std::string, size_t>* series) {
  std::map<std::string, std::string> types;
  std::set<std::string> helps, seen;
  std::string current;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("# HELP ", 0) == 0 || line.rfind("# TYPE ", 0) == 0) {
      std::istringstream words(line.substr(7));
      std::string name, rest;
      words >> name >> rest;
      if (line[2] == 'H') {
        if (!helps.insert(name).second) return "second HELP for " + name;
        if (rest.empty()) return "empty HELP for " + name;
      } else {
        if (types.count(name)) return "second TYPE for " + name;
        if (rest != "counter" && rest != "gauge" && rest != "histogram") return "bad TYPE " + rest;
        types[name] = rest;
      }
      current = name;
      continue;
    }
    if (line.empty() || line[0] == '#') return "unexpected line: " + line;
    std::string name, labels;
    if (!ParseSample(line, &name, &labels)) return "malformed sample: " + line;
    std::string family = name;
    for (const std::string suffix : {"_bucket", "_sum", "_count"}) {
      if (types.count(family) == 0 && family.size() > suffix.size() &&
          family.compare(family.size() - suffix.size(), suffix.size(), suffix) == 0) {
        const std::string base = family.substr(0, family.size() - suffix.size());
        if (types.count(base) && types[base] == "histogram") family = base;
      }
    }
    if (family != current || !types.count(family)) return "sample outside its family: " + line;
    if (!helps.count(family)) return "no HELP before " + line;
    if (!seen.insert(name + "{" + labels + "}").second) return "series twice: " + line;
    ++(*series)[family];
  }
  return "";
}

TEST_F(HardeningTest, MetricsAreWellFormedAndInventedMethodsAddNoSeries) {
  ASSERT_EQ(
      Post("/api/v1/penalties", PenaltyJson("安市监罚〔2026〕1号", "2026-11-20"), market_).status,
      201);
  std::map<std::string, size_t> before;
  HttpResult m = client_->Get("/metrics", admin_);
  ASSERT_EQ(m.status, 200);
  ASSERT_EQ(CheckPrometheusText(m.body, &before), "") << m.body;
  for (int i = 0; i < 200; ++i) {
    client_->Raw("X" + std::to_string(i) + std::string(200, 'Q') +
                 " /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  }
  std::map<std::string, size_t> after;
  m = client_->Get("/metrics", admin_);
  ASSERT_EQ(CheckPrometheusText(m.body, &after), "") << m.body;
  EXPECT_LE(after["dpfeed_http_requests_total"], before["dpfeed_http_requests_total"] + 2)
      << m.body;
  EXPECT_EQ(m.body.find("QQQQ"), std::string::npos);
  for (const char* family :
       {"dpfeed_deliveries_failed", "dpfeed_records_at_risk_on_failing_channel",
        "dpfeed_http_connections", "dpfeed_overload_refusals_total"}) {
    EXPECT_GE(after[family], 1u) << family;
  }
}

TEST_F(HardeningTest, TheOpenApiDescriptionIsServedAndEveryPathAnswers) {
  HttpResult r = client_->Get("/api/v1/openapi.json");
  ASSERT_EQ(r.status, 200);
  auto doc = Json(r.body);
  ASSERT_TRUE(doc.IsObject());
  for (const auto& path : doc["paths"].GetObject()) {
    std::string target = path.name.GetString();
    for (const auto& [param, value] :
         std::vector<std::pair<std::string, std::string>>{{"{kind}", "penalties"},
                                                          {"{id}", "1"},
                                                          {"{code}", "scjgj"},
                                                          {"{uscc}", kCompanyUscc}}) {
      if (const size_t at = target.find(param); at != std::string::npos)
        target.replace(at, param.size(), value);
    }
    for (const auto& op : path.value.GetObject()) {
      std::string method = op.name.GetString();
      if (method == "parameters") continue;
      for (char& c : method) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      HttpResult a = client_->Request(method, target,
                                      method == "GET" || method == "DELETE" ? "" : "{}", admin_);
      const bool unrouted =
          (a.status == 404 && a.body.find("没有该接口") != std::string::npos) || a.status == 405;
      EXPECT_FALSE(unrouted) << method << " " << target << ": " << a.status << " " << a.body;
    }
  }
}

class LimitsTest : public HardeningTest {
 protected:
  LimitsTest() : HardeningTest("\"max_connections\": 8, \"max_buffered_bytes\": 1048576") {}
};

TEST_F(LimitsTest, ConnectionsBeyondTheCapGet503WithRetryAfter) {
  client_.reset();
  std::vector<std::unique_ptr<RawConnection>> idle;
  for (int i = 0; i < 8; ++i) idle.push_back(std::make_unique<RawConnection>(daemon_.port()));
  std::this_thread::sleep_for(200ms);
  RawConnection extra(daemon_.port());
  const std::string reply = extra.Read(5s);
  EXPECT_EQ(reply.rfind("HTTP/1.1 503", 0), 0u) << reply;
  EXPECT_NE(reply.find("Retry-After: "), std::string::npos) << reply;
  idle.clear();
  std::this_thread::sleep_for(300ms);
  HttpClient again(daemon_.port());
  EXPECT_EQ(again.Get("/healthz").status, 200);
}

TEST_F(LimitsTest, BodiesBeyondTheBufferBudgetGet503) {
  // Two authenticated uploads of 600 kB announced and held: the second
  // would pass the 1 MiB budget.
  const std::string head =
      "POST /api/v1/penalties HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Authorization: Bearer " +
      market_ + "\r\nContent-Length: 600000\r\n\r\n";
  RawConnection first(daemon_.port());
  ASSERT_TRUE(first.Send(head + "["));
  std::this_thread::sleep_for(300ms);
  RawConnection second(daemon_.port());
  ASSERT_TRUE(second.Send(head));
  const std::string reply = second.Read(5s);
  EXPECT_EQ(reply.rfind("HTTP/1.1 503", 0), 0u) << reply;
  EXPECT_NE(reply.find("Retry-After: 5"), std::string::npos) << reply;
  EXPECT_EQ(client_->Get("/healthz").status, 200);
}

}  // namespace
}  // namespace dpfeed::test
