#include "service/app/serve_command.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>

#include <csignal>
#include <iostream>
#include <thread>
#include <vector>

#include "service/api/http_server.h"
#include "service/api/publication_handler.h"
#include "service/api/router.h"
#include "publisher/publication_worker.h"
#include "service/app/publication_setup.h"
#include "service/app/app_setup.h"
#include "service/app/calendar_sync.h"
#include "service/calendar/shanghai_time.h"
#include "service/domain/log.h"
#include "service/store/reader_pool.h"
#include "service/store/writer.h"
#include "service/web/console_pages.h"

namespace dpfeed {

int RunServe(const Config& config) {
  auto calendar = LoadCalendar(config);
  if (!calendar.ok()) return Fail(calendar.status());
  auto db = OpenDatabase(config);
  if (!db.ok()) return Fail(db.status());
  std::unique_ptr<Clock> clock_owner = MakeClock(config);
  const Clock& clock = *clock_owner;
  auto sync = SyncCalendar(**db, **calendar, FormatShanghaiTimestamp(clock.Now()));
  if (!sync.ok()) return Fail(sync.status());
  if (sync->first_recording) {
    LogInfo("recorded the working-day calendar for " + std::to_string(sync->changed_years.size()) + " years");
  } else {
    for (int year : sync->changed_years) {
      LogInfo("calendar year " + std::to_string(year) + " changed since last start");
    }
  }
  if (sync->recomputed > 0) {
    LogInfo("recomputed " + std::to_string(sync->recomputed) + " stored deadlines for the changed calendar");
  }
  if (auto warning = (*calendar)->MissingNextYearWarning(ShanghaiDate(clock.Now()))) {
    LogWarning(*warning);
  }

  Writer writer(std::move(db.value()));
  auto readers = ReaderPool::Open(config.database, config.reader_threads);
  if (!readers.ok()) return Fail(readers.status());

  Metrics metrics;
  ApiContext ctx;
  ctx.writer = &writer;
  ctx.readers = readers->get();
  ctx.calendar = *calendar;
  ctx.clock = &clock;
  ctx.metrics = &metrics;
  ctx.masking = MakeMaskingPolicy(config);
  ctx.jurisdiction = config.jurisdiction;
  ctx.publicity = config.publicity;
  ctx.health_checks.push_back([cal = *calendar, &clock]() {
    std::vector<std::string> out;
    const CivilDate today = ShanghaiDate(clock.Now());
    const int year = static_cast<int>(date::year_month_day{today}.year());
    if (!cal->HasYear(year)) {
      out.push_back("working-day calendar for " + std::to_string(year) +
                    " is not loaded; deadlines are provisional (Mon-Fri) until it is added to calendar_files");
    }
    if (auto w = cal->MissingNextYearWarning(today)) out.push_back(*w);
    return out;
  });
  auto publication = MakePublication(config, *calendar);
  if (!publication.ok()) return Fail(publication.status());
  const WriteFn write = [&writer](const WriteJob& job) { return writer.Run(job); };
  const SubmitFn submit = [&writer](WriteJob job, std::function<void(Status)> done) {
    writer.Submit(std::move(job), std::move(done));
  };
  if (Status s = MoveInlineArtifactsToFiles(*publication, write); !s.ok()) return Fail(s);
  PublicationWorker worker(*publication->planner, *publication->outbox, write, submit, config.database,
                           clock, **calendar, std::chrono::minutes(config.schedule.tick_minutes));
  ctx.health_checks.push_back([&worker] { return worker.Problems(); });
  metrics.AddGaugeSource("Publication health (records at risk on a failing channel, failed deliveries, blocked notices).",
                         [&worker] {
                           const PublicationHealth h = worker.Health();
                           return std::vector<std::pair<std::string, double>>{
                               {"dpfeed_records_at_risk_on_failing_channel{channel=\"portal\"}", h.at_risk_portal},
                               {"dpfeed_records_at_risk_on_failing_channel{channel=\"credit\"}", h.at_risk_credit},
                               {"dpfeed_deliveries_failed", h.failed_deliveries},
                               {"dpfeed_notices_blocked_by_leak_guard", h.blocked_notices}};
                         });
  Router router(ctx);
  RegisterPublicationRoutes(router, config.public_base_url);
  WebOptions web;
  web.idle_timeout = std::chrono::minutes(config.console.idle_timeout_minutes);
  web.max_session_age = std::chrono::hours(config.console.session_max_hours);
  web.max_failed_logins = config.console.max_failed_logins;
  web.lockout = std::chrono::minutes(config.console.lockout_minutes);
  web.public_base_url = config.public_base_url;
  web.jurisdiction = config.jurisdiction;
  RegisterWebRoutes(router, web);

  boost::asio::io_context ioc(config.io_threads);
  HttpServerOptions options;
  options.listen = config.listen;
  options.body_limit = config.body_limit_bytes;
  options.header_limit = config.header_limit_bytes;
  options.read_timeout = std::chrono::seconds(config.read_timeout_s);
  options.write_timeout = std::chrono::seconds(config.write_timeout_s);
  options.idle_timeout = std::chrono::seconds(config.idle_timeout_s);
  HttpServer server(ioc, router, options);
  auto port = server.Start();
  if (!port.ok()) return Fail(port.status());

  boost::asio::signal_set signals(ioc, SIGTERM, SIGINT);
  signals.async_wait([&](const boost::system::error_code& ec, int signo) {
    if (ec) return;
    LogInfo(std::string("received ") + (signo == SIGTERM ? "SIGTERM" : "SIGINT") + ", draining");
    server.Shutdown(std::chrono::seconds(config.shutdown_drain_s), [&ioc] { ioc.stop(); });
  });

  // The port line is how scripts and tests learn a port chosen with :0.
  std::cout << "dpfeed: listening on " << config.listen.substr(0, config.listen.rfind(':')) << ":"
            << *port << " (database " << config.database << ")" << std::endl;
  LogInfo("listening on port " + std::to_string(*port));

  if (Status s = worker.Start(); !s.ok()) return Fail(s);

  std::vector<std::thread> threads;
  for (int i = 1; i < config.io_threads; ++i) threads.emplace_back([&ioc] { ioc.run(); });
  ioc.run();
  for (auto& t : threads) t.join();

  worker.Stop();
  (*readers)->Stop();
  writer.Stop();
  LogInfo("stopped cleanly");
  return 0;
}

}  // namespace dpfeed
