// The router without a network: requests go straight to Router::Handle, the
// handlers run against a real SQLite file through the real reader pool and
// writer, and the replies are checked as the server would send them.
#include "service/api/router.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <unistd.h>

#include <filesystem>
#include <future>
#include <set>

#include "service/api/service_handler.h"
#include "service/json/json_writer.h"
#include "tests/integration/fixtures.h"
#include "tests/support/api_world.h"

namespace dpfeed {
namespace {

class RouterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    world_ = std::make_unique<test::ApiWorld>(
        std::filesystem::temp_directory_path() /
        ("dpfeed-router-" + std::to_string(getpid()) + "-" +
         ::testing::UnitTest::GetInstance()->current_test_info()->name()));
    router_ = world_->router.get();
    token_ = world_->department_token;
    admin_ = world_->admin_token;
  }
  void TearDown() override { world_.reset(); }

  Response Send(http::verb method, const std::string& target, const std::string& body = "",
                const std::string& authorization = "",
                const std::string& content_type = "application/json") {
    Request req{method, target, 11};
    if (!authorization.empty()) req.set(http::field::authorization, authorization);
    if (!content_type.empty() && !body.empty()) req.set(http::field::content_type, content_type);
    req.body() = body;
    req.prepare_payload();
    std::promise<Response> done;
    router_->Handle(std::move(req), [&done](Response r) { done.set_value(std::move(r)); });
    return done.get_future().get();
  }
  Response Post(const std::string& target, const std::string& body) {
    return Send(http::verb::post, target, body, "Bearer " + token_);
  }

  std::unique_ptr<test::ApiWorld> world_;
  Router* router_ = nullptr;
  std::string token_, admin_;
};

TEST_F(RouterTest, OpenApiDescribesExactlyTheRoutesServed) {
  rapidjson::Document doc;
  doc.Parse(OpenApiJson().data(), OpenApiJson().size());
  ASSERT_TRUE(doc.IsObject());
  EXPECT_EQ(std::string(doc["openapi"].GetString()), "3.1.0");
  std::set<std::pair<std::string, std::string>> documented, served;
  for (const auto& path : doc["paths"].GetObject()) {
    for (const auto& op : path.value.GetObject()) {
      std::string method = op.name.GetString();
      if (method == "parameters" || method == "summary") continue;
      for (char& c : method) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      documented.insert({method, path.name.GetString()});
    }
  }
  for (const Router::RouteInfo& r : router_->Routes()) {
    EXPECT_TRUE(served.insert({r.method, r.pattern}).second) << r.method << " " << r.pattern;
    // Public routes say so in the description.
    const auto& op = doc["paths"][r.pattern.c_str()][std::string(r.method == "GET"    ? "get"
                                                                 : r.method == "POST" ? "post"
                                                                                      : "delete")
                                                         .c_str()];
    const bool open = op.HasMember("security") && op["security"].Empty();
    EXPECT_EQ(open, !r.authenticated) << r.method << " " << r.pattern;
  }
  EXPECT_EQ(documented, served);
}

TEST_F(RouterTest, BearerSchemeIsCaseInsensitive) {
  EXPECT_EQ(ParseBearer("Bearer abc"), "abc");
  EXPECT_EQ(ParseBearer("bearer abc"), "abc");
  EXPECT_EQ(ParseBearer("BEARER   abc "), "abc");
  EXPECT_FALSE(ParseBearer("Basic abc"));
  EXPECT_FALSE(ParseBearer("Bearerabc"));
  EXPECT_FALSE(ParseBearer("Bearer "));
  EXPECT_FALSE(ParseBearer("Bearer a b"));
  Response r = Send(http::verb::get, "/api/v1/penalties", "", "bearer " + token_);
  EXPECT_EQ(r.result_int(), 200u) << r.body();
}

TEST_F(RouterTest, UnknownPathIs404AndAnotherMethodIs405) {
  EXPECT_EQ(Send(http::verb::get, "/nothing").result_int(), 404u);
  Response r = Send(http::verb::delete_, "/api/v1/penalties", "", "Bearer " + token_);
  EXPECT_EQ(r.result_int(), 405u);
  EXPECT_EQ(r[http::field::allow], "GET, POST");
  EXPECT_EQ(Send(http::verb::get, "/api/v1/openapi.json").result_int(), 200u);
}

TEST_F(RouterTest, DeepJsonIs400OnSubmitAndRevoke) {
  std::string deep(107000, '[');
  Response r = Post("/api/v1/penalties", deep);
  EXPECT_EQ(r.result_int(), 400u);
  EXPECT_NE(r.body().find("嵌套"), std::string::npos) << r.body();
  r = Post("/api/v1/penalties", test::PenaltyJson("安市监罚〔2026〕1号", "2026-11-20"));
  ASSERT_EQ(r.result_int(), 201u) << r.body();
  rapidjson::Document d;
  d.Parse(r.body().c_str());
  std::string deep_object;
  for (int i = 0; i < 107000; ++i) deep_object += "{\"reason\":";
  r = Post("/api/v1/penalties/" + std::to_string(d["records"][0]["id"].GetInt64()) + "/revoke",
           deep_object);
  EXPECT_EQ(r.result_int(), 400u) << r.body();
}

TEST_F(RouterTest, BodyRulesTrailingContentDuplicateKeysAndMediaType) {
  const std::string one = test::PenaltyJson("安市监罚〔2026〕1号", "2026-11-20");
  const std::string two = test::PenaltyJson("安市监罚〔2026〕2号", "2026-11-20");
  Response r = Post("/api/v1/penalties", one + two);
  EXPECT_EQ(r.result_int(), 400u);
  EXPECT_NE(r.body().find("一个JSON值"), std::string::npos) << r.body();
  r = Post("/api/v1/penalties",
           "[" + one + "," + one.substr(0, one.size() - 1) + ",\"CF_NR\":\"x\"}]");
  EXPECT_EQ(r.result_int(), 422u);
  rapidjson::Document d;
  d.Parse(r.body().c_str());
  ASSERT_TRUE(d.IsObject()) << r.body();
  EXPECT_EQ(d["records"][0]["index"].GetInt(), 1);
  EXPECT_EQ(std::string(d["records"][0]["errors"][0]["field"].GetString()), "CF_NR");
  r = Send(http::verb::post, "/api/v1/penalties", one, "Bearer " + token_, "text/plain");
  EXPECT_EQ(r.result_int(), 415u);
  r = Send(http::verb::post, "/api/v1/penalties", one, "Bearer " + token_,
           "application/json; charset=gbk");
  EXPECT_EQ(r.result_int(), 415u);
  r = Send(http::verb::post, "/api/v1/penalties", one, "Bearer " + token_,
           "Application/JSON; charset=\"UTF-8\"");
  EXPECT_EQ(r.result_int(), 201u) << r.body();
}

TEST_F(RouterTest, ErrorBodiesAreValidUtf8Json) {
  const std::vector<std::pair<http::verb, std::string>> cases = {
      {http::verb::get, "/api/v1/penalties?from=%FF%FE"},
      {http::verb::get, "/api/v1/compliance/summary?from=%C0%AF"},
      {http::verb::get, "/api/v1/penalties/1?view=%ED%A0%80"},
      {http::verb::get, "/notices?before=%FF"},
      {http::verb::get, "/%FF%FE/x"},
  };
  for (const auto& [method, target] : cases) {
    Response r = Send(method, target, "", "Bearer " + admin_);
    EXPECT_GE(r.result_int(), 400u) << target;
    EXPECT_TRUE(IsValidUtf8(r.body())) << target << ": " << r.body();
    rapidjson::Document d;
    d.Parse<rapidjson::kParseValidateEncodingFlag>(r.body().c_str());
    EXPECT_TRUE(d.IsObject() && d.HasMember("error")) << target << ": " << r.body();
  }
}

TEST_F(RouterTest, InventedMethodsShareOneMetricsLabel) {
  for (int i = 0; i < 50; ++i) {
    Request req{http::verb::unknown, "/healthz", 11};
    req.method_string("X-INVENTED-" + std::to_string(i));
    std::promise<Response> done;
    router_->Handle(std::move(req), [&done](Response r) { done.set_value(std::move(r)); });
    done.get_future().get();
  }
  const std::string text = world_->metrics.Render();
  EXPECT_EQ(text.find("X-INVENTED"), std::string::npos);
  EXPECT_NE(text.find("method=\"OTHER\""), std::string::npos) << text;
}

}  // namespace
}  // namespace dpfeed
