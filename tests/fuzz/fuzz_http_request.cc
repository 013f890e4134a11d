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

#include "service/api/publication_handler.h"
#include "service/api/router.h"
#include "service/calendar/shanghai_time.h"
#include "service/domain/log.h"
#include "service/json/json_reader.h"
#include "service/store/department_repository.h"
#include "service/store/migrations.h"
#include "service/store/token_repository.h"

namespace {

using namespace dpfeed;

struct World {
  World() {
    dir = std::filesystem::temp_directory_path() / ("dpfeed-fuzz-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "fuzz.db").string();
    auto db = Database::Open(path);
    if (!db.ok() || !Migrate(**db).ok()) std::abort();
    const char* now = "2026-11-23T10:00:00.000+08:00";
    Department d;
    d.code = "scjgj";
    d.name = "市场监督管理局";
    d.uscc = "11370784MB28503836";
    auto added = AddDepartment(**db, d, now);
    if (!added.ok()) std::abort();
    token = *CreateToken(**db, Role::kDepartment, added->id, "fuzz", now);
    writer = std::make_unique<Writer>(std::move(db.value()));
    ReaderPool::Options options;
    options.threads = 1;
    readers = std::move(ReaderPool::Open(path, options).value());
    ctx.writer = writer.get();
    ctx.readers = readers.get();
    ctx.calendar = WorkCalendar::BuiltIn();
    ctx.clock = &clock;
    ctx.metrics = &metrics;
    ctx.jurisdiction = "安丘市";
    router = std::make_unique<Router>(ctx);
    RegisterPublicationRoutes(*router, "");
  }

  std::filesystem::path dir;
  std::string token;
  ManualClock clock{*ParseShanghaiDateTime("2026-11-23T10:00:00")};
  Metrics metrics;
  std::unique_ptr<Writer> writer;
  std::unique_ptr<ReaderPool> readers;
  ApiContext ctx;
  std::unique_ptr<Router> router;
};

World& TheWorld() {
  static World* world = new World();  // lives until exit, with its threads
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
  World& world = TheWorld();
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
    req.set(http::field::authorization, "Bearer " + world.token);
  }

  std::promise<void> admitted;
  world.router->Admit(req, [&admitted](std::optional<Response> refusal, std::optional<Principal>) {
    if (refusal) CheckReply(*refusal);
    admitted.set_value();
  });
  admitted.get_future().wait();

  std::promise<Response> replied;
  world.router->Handle(std::move(req), [&replied](Response res) { replied.set_value(std::move(res)); });
  CheckReply(replied.get_future().get());
  return 0;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // Quiet: a log line per request would drown libFuzzer's own output.
  SetLogSink([](LogLevel, std::string_view, std::string_view, std::string_view, const LogFields&) {});
  return 0;
}
