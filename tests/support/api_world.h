// The api's object graph without a network, for socket-free tests and the
// HTTP fuzzer: a real SQLite file (migrated) in `dir` with the market
// regulator registered and a department and an admin token, the real writer
// and reader pool, metrics, a manual clock at 2026-11-23T10:00 Shanghai, and
// the Router with the publication routes, as `dpfeed serve` wires them.
//
// Thread-safety: build and destroy on one thread; the router is then safe
// to call from any thread. Header-only, so the fuzz build (no GoogleTest)
// can use it.
#ifndef DPFEED_TESTS_SUPPORT_API_WORLD_H_
#define DPFEED_TESTS_SUPPORT_API_WORLD_H_

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

#include "service/api/publication_handler.h"
#include "service/api/router.h"
#include "service/calendar/shanghai_time.h"
#include "service/store/department_repository.h"
#include "service/store/migrations.h"
#include "service/store/token_repository.h"

namespace dpfeed::test {

struct ApiWorld {
  explicit ApiWorld(const std::filesystem::path& directory) : dir(directory) {
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "api.db").string();
    auto db = Database::Open(path);
    if (!db.ok() || !Migrate(**db).ok()) throw std::runtime_error("cannot open " + path);
    const char* now = "2026-11-23T10:00:00.000+08:00";
    Department d;
    d.code = "scjgj";
    d.name = "安丘市市场监督管理局";
    d.uscc = "11370784MB28503836";
    auto added = AddDepartment(**db, d, now);
    if (!added.ok()) throw std::runtime_error(added.status().ToString());
    department_token = *CreateToken(**db, Role::kDepartment, added->id, "", now);
    admin_token = *CreateToken(**db, Role::kAdmin, std::nullopt, "", now);
    writer = std::make_unique<Writer>(std::move(db.value()));
    ReaderPool::Options options;
    options.threads = 1;
    auto pool = ReaderPool::Open(path, options);
    if (!pool.ok()) throw std::runtime_error(pool.status().ToString());
    readers = std::move(pool.value());
    ctx.writer = writer.get();
    ctx.readers = readers.get();
    ctx.calendar = WorkCalendar::BuiltIn();
    ctx.clock = &clock;
    ctx.metrics = &metrics;
    ctx.jurisdiction = "安丘市";
    router = std::make_unique<Router>(ctx);
    RegisterPublicationRoutes(*router, &feed_base);
  }
  ~ApiWorld() {
    router.reset();
    readers->Stop();
    writer->Stop();
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
  }

  std::filesystem::path dir;
  std::string department_token, admin_token;
  ManualClock clock{*ParseShanghaiDateTime("2026-11-23T10:00:00")};
  Metrics metrics;
  std::unique_ptr<Writer> writer;
  std::unique_ptr<ReaderPool> readers;
  ApiContext ctx;
  std::string feed_base = "http://127.0.0.1";
  std::unique_ptr<Router> router;
};

}  // namespace dpfeed::test

#endif  // DPFEED_TESTS_SUPPORT_API_WORLD_H_
