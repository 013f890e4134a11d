// Fuzzes the HTTP request path as the daemon runs it: Beast's request parser
// with the daemon's limits, then the router (target decoding, routes, the
// bearer scheme, admission before the body), the one JSON body parser,
// record decoding, validation, the deciding-agency and party rules and the
// store, against a real SQLite file with the real reader pool and writer.
// A request without a token gets a department's, so the handlers behind
// authentication are reached. Checks what clients rely on: the router
// answers exactly once, with a status code, and every JSON reply is one
// well-formed UTF-8 document.
#include <unistd.h>

#include <boost/beast/http.hpp>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <memory>
#include <string>

#include "service/domain/log.h"
#include "service/json/json_reader.h"
#include "tests/support/api_world.h"

namespace {

using namespace dpfeed;

test::ApiWorld& TheWorld() {
  // Lives until exit, with its threads.
  static auto* world = new test::ApiWorld(std::filesystem::temp_directory_path() /
                                          ("dpfeed-fuzz-" + std::to_string(getpid())));
  return *world;
}

void CheckReply(const Response& res) {
  const unsigned status = res.result_int();
  if (status < 100 || status > 599) std::abort();
  const auto type = res.find(http::field::content_type);
  if (type != res.end() && type->value().starts_with("application/json")) {
    rapidjson::Document doc;
    if (ParseJson(res.body(), JsonReadOptions{}, &doc)) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  test::ApiWorld& world = TheWorld();
  http::request_parser<http::string_body> parser;
  parser.body_limit(1024 * 1024);
  parser.header_limit(16 * 1024);
  parser.eager(true);
  boost::beast::error_code ec;
  parser.put(boost::asio::buffer(data, size), ec);
  if (!ec && !parser.is_done()) parser.put_eof(ec);
  if (ec || !parser.is_done()) return 0;
  Request req = parser.release();
  if (req.find(http::field::authorization) == req.end()) {
    req.set(http::field::authorization, "Bearer " + world.department_token);
  }

  std::promise<void> admitted;
  world.router->Admit(req, [&admitted](std::optional<Response> refusal, std::optional<Principal>) {
    if (refusal) CheckReply(*refusal);
    admitted.set_value();
  });
  admitted.get_future().wait();

  std::promise<Response> replied;
  world.router->Handle(std::move(req),
                       [&replied](Response res) { replied.set_value(std::move(res)); });
  CheckReply(replied.get_future().get());
  return 0;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // Quiet: a log line per request would drown libFuzzer's own output.
  SetLogSink(
      [](LogLevel, std::string_view, std::string_view, std::string_view, const LogFields&) {});
  return 0;
}
