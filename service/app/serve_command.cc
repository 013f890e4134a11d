#include "service/app/serve_command.h"

#include <sys/resource.h>
#include <unistd.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <condition_variable>
#include <csignal>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "publisher/publication_worker.h"
#include "service/api/http_server.h"
#include "service/api/publication_handler.h"
#include "service/api/router.h"
#include "service/app/app_setup.h"
#include "service/app/calendar_sync.h"
#include "service/app/instance_lock.h"
#include "service/app/publication_setup.h"
#include "service/app/systemd_notify.h"
#include "service/calendar/shanghai_time.h"
#include "service/domain/log.h"
#include "service/store/reader_pool.h"
#include "service/store/token_repository.h"
#include "service/store/writer.h"
#include "service/web/console_pages.h"

namespace dpfeed {

namespace {

using Sample = Metrics::Sample;

// "http://HOST:PORT" for `listen` (address:port) and the port bound; a
// wildcard address becomes this machine's host name.
std::string BaseUrlFromListen(const std::string& listen, int port) {
  std::string host = listen.substr(0, listen.rfind(':'));
  if (host.empty() || host == "0.0.0.0" || host == "[::]" || host == "::") {
    char name[256] = {};
    host = gethostname(name, sizeof(name) - 1) == 0 && name[0] != '\0' ? name : "localhost";
  }
  return "http://" + host + ":" + std::to_string(port);
}

// The publication objects and their worker, rebuilt when the calendar is
// reloaded. Health queries never wait for a rebuild: while the worker is
// being replaced they answer with its last health.
class LivePublication {
 public:
  LivePublication(const Config& config, WriteFn write, SubmitFn submit, const Clock& clock)
      : config_(config), write_(std::move(write)), submit_(std::move(submit)), clock_(clock) {}
  ~LivePublication() { Stop(); }

  // The first start also moves artifacts an older dpfeed kept in the
  // database into the artifact store.
  Status Start(std::shared_ptr<const WorkCalendar> calendar) {
    auto publication = MakePublication(config_, calendar);
    if (!publication.ok()) return publication.status();
    auto p = std::make_unique<Publication>(std::move(publication.value()));
    if (!moved_inline_artifacts_) {
      if (Status s = MoveInlineArtifactsToFiles(*p, write_); !s.ok()) return s;
      moved_inline_artifacts_ = true;
    }
    auto worker = std::make_unique<PublicationWorker>(
        *p->planner, *p->outbox, write_, submit_, config_.database, clock_, *calendar,
        std::chrono::minutes(config_.schedule.tick_minutes));
    if (Status s = worker->Start(); !s.ok()) return s;
    std::lock_guard<std::mutex> lock(mu_);
    calendar_ = std::move(calendar);
    publication_ = std::move(p);
    worker_ = std::move(worker);
    return Status::Ok();
  }
  // Stops the worker (finishing its current step) and drops it.
  void Stop() {
    std::unique_ptr<PublicationWorker> worker;
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (worker_) {
        last_health_ = worker_->Health();
        last_problems_ = worker_->Problems();
      }
      worker = std::move(worker_);
    }
    if (worker) worker->Stop();
  }
  PublicationHealth Health() const {
    std::lock_guard<std::mutex> lock(mu_);
    return worker_ ? worker_->Health() : last_health_;
  }
  std::vector<std::string> Problems() const {
    std::lock_guard<std::mutex> lock(mu_);
    return worker_ ? worker_->Problems() : last_problems_;
  }

 private:
  const Config& config_;
  WriteFn write_;
  SubmitFn submit_;
  const Clock& clock_;
  bool moved_inline_artifacts_ = false;  // Start() runs on one thread at a time
  mutable std::mutex mu_;
  std::shared_ptr<const WorkCalendar> calendar_;  // guarded by mu_; outlives worker_
  std::unique_ptr<Publication> publication_;      // guarded by mu_
  std::unique_ptr<PublicationWorker> worker_;     // guarded by mu_
  PublicationHealth last_health_;                 // guarded by mu_
  std::vector<std::string> last_problems_;        // guarded by mu_
};

void AddPublicationMetrics(Metrics& metrics, const LivePublication& publication) {
  metrics.AddFamily("dpfeed_records_at_risk_on_failing_channel",
                    "Unpublished records near their deadline whose channel is failing.",
                    Metrics::Type::kGauge, [&publication] {
                      const PublicationHealth h = publication.Health();
                      return std::vector<Sample>{{"channel=\"portal\"", double(h.at_risk_portal)},
                                                 {"channel=\"credit\"", double(h.at_risk_credit)}};
                    });
  metrics.AddFamily(
      "dpfeed_deliveries_failed", "Deliveries refused permanently, awaiting an admin retry.",
      Metrics::Type::kGauge, [&publication] {
        return std::vector<Sample>{{"", double(publication.Health().failed_deliveries)}};
      });
  metrics.AddFamily(
      "dpfeed_notices_blocked_by_leak_guard", "Notices the leak guard withheld since start.",
      Metrics::Type::kGauge, [&publication] {
        return std::vector<Sample>{{"", double(publication.Health().blocked_notices)}};
      });
  metrics.AddFamily(
      "dpfeed_records_held_by_leak_guard",
      "Decisions the leak guard held out of their notices in the last cycle, waiting for a "
      "correction.",
      Metrics::Type::kGauge, [&publication] {
        return std::vector<Sample>{{"", double(publication.Health().held_records)}};
      });
}

void AddServerMetrics(Metrics& metrics, const HttpServer& server, const Writer& writer,
                      const ReaderPool& readers) {
  metrics.AddFamily("dpfeed_http_connections", "Open HTTP connections.", Metrics::Type::kGauge,
                    [&server] {
                      return std::vector<Sample>{{"", double(server.connections())}};
                    });
  metrics.AddFamily("dpfeed_http_buffered_body_bytes",
                    "Bytes reserved for request bodies being read.", Metrics::Type::kGauge,
                    [&server] {
                      return std::vector<Sample>{{"", double(server.buffered_bytes())}};
                    });
  metrics.AddFamily("dpfeed_overload_refusals_total",
                    "Requests answered 503 because a limit was reached, by limit.",
                    Metrics::Type::kCounter, [&server, &writer, &readers] {
                      return std::vector<Sample>{
                          {"limit=\"connections\"", double(server.refused_connections())},
                          {"limit=\"buffered_bytes\"", double(server.refused_bodies())},
                          {"limit=\"writer_queue\"", double(writer.refused())},
                          {"limit=\"reader_queue\"", double(readers.refused())}};
                    });
}

// Each connection is a descriptor: take the hard limit, and say so when the
// configured connection cap cannot be reached.
void RaiseFileLimit(size_t max_connections) {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return;
  if (limit.rlim_cur < limit.rlim_max) {
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
  }
  const rlim_t needed = static_cast<rlim_t>(max_connections) + 64;
  if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < needed) {
    LogEvent(LogLevel::kWarning, "daemon.file_limit",
             "the open-file limit is below max_connections plus 64; connections beyond it fail "
             "to be accepted (raise LimitNOFILE)",
             {{"limit", std::to_string(limit.rlim_cur)},
              {"max_connections", std::to_string(max_connections)}});
  }
}

void LogSync(const CalendarSyncResult& sync) {
  if (sync.first_recording) {
    LogEvent(LogLevel::kInfo, "calendar.recorded", "recorded the working-day calendar",
             {{"years", std::to_string(sync.changed_years.size())}});
  } else {
    for (int year : sync.changed_years) {
      LogEvent(LogLevel::kInfo, "calendar.changed",
               "calendar year changed since it was last recorded",
               {{"year", std::to_string(year)}});
    }
  }
  if (sync.recomputed > 0) {
    LogEvent(LogLevel::kInfo, "calendar.recomputed",
             "recomputed stored deadlines for the changed calendar",
             {{"deadlines", std::to_string(sync.recomputed)}});
  }
}

// Runs reloads (SIGHUP) one at a time off the io threads, so connections
// keep being served while files load and the publication worker restarts.
class Reloader {
 public:
  explicit Reloader(std::function<void()> reload)
      : reload_(std::move(reload)), thread_([this] { Loop(); }) {}
  ~Reloader() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stopping_ = true;
    }
    cv_.notify_one();
    thread_.join();
  }
  void Request() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      wanted_ = true;
    }
    cv_.notify_one();
  }

 private:
  void Loop() {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      cv_.wait(lock, [this] { return stopping_ || wanted_; });
      if (stopping_) return;
      wanted_ = false;
      lock.unlock();
      reload_();
      lock.lock();
    }
  }
  std::function<void()> reload_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool wanted_ = false;    // guarded by mu_
  bool stopping_ = false;  // guarded by mu_
  std::thread thread_;
};

// SIGHUP: re-reads the config file's calendar_files, records the calendar
// and recomputes stored deadlines on a connection of its own, switches the
// api to it and restarts the publication worker on it. Tokens need no
// reload: every request is checked against the database, so `token create`
// and `token revoke` take effect at once. On any failure the running
// calendar stays.
void Reload(const Config& config, const Clock& clock, ApiContext& ctx,
            LivePublication& publication) {
  NotifyReloading();
  LogEvent(LogLevel::kInfo, "reload.started", "SIGHUP: reloading calendar files");
  Config fresh = config;
  if (!config.path.empty()) {
    auto reread = LoadConfig(config.path);
    if (!reread.ok()) {
      LogEvent(LogLevel::kError, "reload.failed",
               "config file refused, keeping the running calendar",
               {{"reason", reread.status().message()}});
      NotifyReady("reload failed");
      return;
    }
    fresh.calendar_files = reread->calendar_files;
  }
  auto calendar = LoadCalendar(fresh);
  Result<std::unique_ptr<Database>> db = Status::IOError("not opened");
  Result<CalendarSyncResult> sync = Status::IOError("not run");
  if (calendar.ok()) db = OpenDatabase(config);
  if (db.ok()) sync = SyncCalendar(**db, **calendar, FormatShanghaiTimestamp(clock.Now()));
  if (!sync.ok()) {
    const Status& why = !calendar.ok() ? calendar.status() : !db.ok() ? db.status() : sync.status();
    LogEvent(LogLevel::kError, "reload.failed", "calendar refused, keeping the running calendar",
             {{"reason", why.message()}});
    NotifyReady("reload failed");
    return;
  }
  LogSync(*sync);
  ctx.calendar = *calendar;
  publication.Stop();
  if (Status s = publication.Start(*calendar); !s.ok()) {
    LogEvent(LogLevel::kError, "reload.failed", "publication did not restart",
             {{"reason", s.message()}});
  }
  std::string tokens = "?";
  if (auto all = ListTokens(**db); all.ok()) {
    size_t active = 0;
    for (const TokenInfo& t : *all) active += t.revoked_at ? 0 : 1;
    tokens = std::to_string(active);
  }
  LogEvent(
      LogLevel::kInfo, "reload.done", "calendar reloaded; tokens are read per request",
      {{"calendar_files", std::to_string(fresh.calendar_files.size())}, {"active_tokens", tokens}});
  NotifyReady("serving");
}

}  // namespace

int RunServe(const Config& config) {
  auto lock = InstanceLock::Acquire(config.database, "dpfeed serve");
  if (!lock.ok()) return Fail(lock.status());
  RaiseFileLimit(config.max_connections);
  auto calendar = LoadCalendar(config);
  if (!calendar.ok()) return Fail(calendar.status());
  auto db = OpenDatabase(config);
  if (!db.ok()) return Fail(db.status());
  std::unique_ptr<Clock> clock_owner = MakeClock(config);
  const Clock& clock = *clock_owner;
  auto sync = SyncCalendar(**db, **calendar, FormatShanghaiTimestamp(clock.Now()));
  if (!sync.ok()) return Fail(sync.status());
  LogSync(*sync);
  if (auto warning = (*calendar)->MissingNextYearWarning(ShanghaiDate(clock.Now()))) {
    LogEvent(LogLevel::kWarning, "calendar.next_year_missing", *warning);
  }

  Writer::Options writer_options;
  writer_options.max_queue = config.queue_limit;
  writer_options.max_wait = std::chrono::seconds(config.queue_timeout_s);
  Writer writer(std::move(db.value()), writer_options);
  ReaderPool::Options reader_options;
  reader_options.threads = config.reader_threads;
  reader_options.max_queue = config.queue_limit;
  reader_options.max_wait = std::chrono::seconds(config.queue_timeout_s);
  auto readers = ReaderPool::Open(config.database, reader_options);
  if (!readers.ok()) return Fail(readers.status());

  Metrics metrics;
  metrics.SetWriterStats(&writer.stats());
  ApiContext ctx;
  ctx.writer = &writer;
  ctx.readers = readers->get();
  ctx.calendar = *calendar;
  ctx.clock = &clock;
  ctx.metrics = &metrics;
  ctx.masking = MakeMaskingPolicy(config);
  ctx.jurisdiction = config.jurisdiction;
  ctx.publicity = config.publicity;
  const ArtifactStore artifacts(ArtifactDirectory(config));
  ctx.artifacts = &artifacts;
  ctx.health_checks.push_back([&ctx, &clock]() {
    std::vector<std::string> out;
    const CivilDate today = ShanghaiDate(clock.Now());
    const int year = static_cast<int>(date::year_month_day{today}.year());
    if (!ctx.calendar->HasYear(year)) {
      out.push_back("working-day calendar for " + std::to_string(year) +
                    " is not loaded; deadlines are provisional (Mon-Fri) until it is added to "
                    "calendar_files");
    }
    if (auto w = ctx.calendar->MissingNextYearWarning(today)) out.push_back(*w);
    return out;
  });
  const WriteFn write = [&writer](const WriteJob& job) { return writer.Run(job); };
  const SubmitFn submit = [&writer](WriteJob job, std::function<void(Status)> done) {
    writer.SubmitBackground(std::move(job), std::move(done));
  };
  LivePublication publication(config, write, submit, clock);
  ctx.health_checks.push_back([&publication] { return publication.Problems(); });
  AddPublicationMetrics(metrics, publication);
  Router router(ctx);
  WebOptions web;
  web.idle_timeout = std::chrono::minutes(config.console.idle_timeout_minutes);
  web.max_session_age = std::chrono::hours(config.console.session_max_hours);
  web.max_failed_logins = config.console.max_failed_logins;
  web.lockout = std::chrono::minutes(config.console.lockout_minutes);
  web.public_base_url = config.public_base_url;
  web.jurisdiction = config.jurisdiction;
  // Web pages first: GET /notices is HTML for browsers and the api's JSON
  // list when asked for JSON (public_pages.cc).
  RegisterWebRoutes(router, web);
  // Feeds need absolute links: without public_base_url they are derived
  // from the listening address once the port is known (below).
  std::string feed_base = config.public_base_url;
  RegisterPublicationRoutes(router, &feed_base);

  boost::asio::io_context ioc(config.io_threads);
  HttpServerOptions options;
  options.listen = config.listen;
  options.body_limit = config.body_limit_bytes;
  options.header_limit = config.header_limit_bytes;
  options.read_timeout = std::chrono::seconds(config.read_timeout_s);
  options.write_timeout = std::chrono::seconds(config.write_timeout_s);
  options.idle_timeout = std::chrono::seconds(config.idle_timeout_s);
  options.max_connections = config.max_connections;
  options.max_buffered_bytes = config.max_buffered_bytes;
  HttpServer server(ioc, router, options);
  AddServerMetrics(metrics, server, writer, **readers);
  auto port = server.Start();
  if (!port.ok()) return Fail(port.status());
  if (feed_base.empty()) {
    feed_base = BaseUrlFromListen(config.listen, *port);
    LogEvent(LogLevel::kWarning, "config.public_base_url_missing",
             "public_base_url is not set; feed links use " + feed_base +
                 ", which readers elsewhere may not reach: set public_base_url");
  }

  std::optional<Reloader> reloader;
  reloader.emplace([&] { Reload(config, clock, ctx, publication); });
  boost::asio::signal_set stop_signals(ioc, SIGTERM, SIGINT);
  stop_signals.async_wait([&](const boost::system::error_code& ec, int signo) {
    if (ec) return;
    NotifyStopping();
    LogEvent(LogLevel::kInfo, "daemon.draining", "received a stop signal, draining",
             {{"signal", signo == SIGTERM ? "SIGTERM" : "SIGINT"}});
    server.Shutdown(std::chrono::seconds(config.shutdown_drain_s), [&ioc] { ioc.stop(); });
  });
  boost::asio::signal_set hup(ioc, SIGHUP);
  std::function<void(const boost::system::error_code&, int)> on_hup =
      [&](const boost::system::error_code& ec, int) {
        if (ec) return;
        reloader->Request();
        hup.async_wait(on_hup);
      };
  hup.async_wait(on_hup);
  boost::asio::steady_timer watchdog(ioc);
  std::function<void(const boost::system::error_code&)> on_watchdog;
  if (const auto interval = WatchdogInterval()) {
    // Pinged from the io loop, so a wedged loop stops the pings.
    on_watchdog = [&, every = *interval](const boost::system::error_code& ec) {
      if (ec) return;
      NotifyWatchdog();
      watchdog.expires_after(every);
      watchdog.async_wait(on_watchdog);
    };
    on_watchdog({});
  }

  // The port line is how scripts and tests learn a port chosen with :0.
  std::cout << "dpfeed: listening on " << config.listen.substr(0, config.listen.rfind(':')) << ":"
            << *port << " (database " << config.database << ")" << std::endl;
  LogEvent(LogLevel::kInfo, "daemon.listening", "listening", {{"port", std::to_string(*port)}});

  if (Status s = publication.Start(*calendar); !s.ok()) return Fail(s);
  NotifyReady("serving on port " + std::to_string(*port));

  std::vector<std::thread> threads;
  for (int i = 1; i < config.io_threads; ++i) threads.emplace_back([&ioc] { ioc.run(); });
  ioc.run();
  for (auto& t : threads) t.join();

  reloader.reset();  // a reload in progress finishes before anything stops
  publication.Stop();
  (*readers)->Stop();
  writer.Stop();
  LogEvent(LogLevel::kInfo, "daemon.stopped", "stopped cleanly");
  return 0;
}

}  // namespace dpfeed
