#include "service/app/publication_setup.h"

#include "publisher/file_sink.h"
#include "publisher/http_sink.h"
#include "service/app/app_setup.h"
#include "service/domain/log.h"
#include "service/store/notice_repository.h"

namespace dpfeed {

namespace {
Result<std::unique_ptr<Sink>> MakeSink(const ChannelConfig& c) {
  if (c.sink == "file") return std::unique_ptr<Sink>(std::make_unique<FileSink>(c.dir));
  HttpSinkOptions o;
  o.url = c.url;
  o.token = c.token;
  o.secret = c.secret;
  o.timeout = std::chrono::seconds(c.timeout_s);
  o.ca_file = c.ca_file;
  auto sink = HttpSink::Create(o);
  if (!sink.ok()) return sink.status();
  return std::unique_ptr<Sink>(std::move(sink.value()));
}
}  // namespace

std::string ArtifactDirectory(const Config& config) { return config.database + "-artifacts"; }

Result<Publication> MakePublication(const Config& config,
                                    std::shared_ptr<const WorkCalendar> calendar) {
  Publication p;
  p.artifacts = std::make_unique<ArtifactStore>(ArtifactDirectory(config));
  auto portal = MakeSink(config.portal);
  if (!portal.ok()) return Status::InvalidArgument("channels.portal: " + portal.status().message());
  auto credit = MakeSink(config.credit);
  if (!credit.ok()) return Status::InvalidArgument("channels.credit: " + credit.status().message());
  p.portal = std::move(portal.value());
  p.credit = std::move(credit.value());
  if (config.credit.unmasked_identifiers) {
    LogWarning("channels.credit.unmasked_identifiers is on: the credit channel (" +
               p.credit->Describe() +
               ") receives unmasked personal identifiers; use this only for an internal "
               "government data-sharing platform");
  }
  PlannerOptions options;
  options.jurisdiction = config.jurisdiction;
  options.schedule.run_weekday = config.schedule.run_weekday;
  options.schedule.run_hour = std::stoi(config.schedule.run_time.substr(0, 2));
  options.schedule.run_minute = std::stoi(config.schedule.run_time.substr(3, 2));
  options.schedule.hold_on_holidays = config.schedule.hold_on_holidays;
  options.masking = MakeMaskingPolicy(config);
  options.credit_unmasked = config.credit.unmasked_identifiers;
  p.planner = std::make_unique<Planner>(std::move(calendar), options, *p.artifacts);
  p.outbox = std::make_unique<Outbox>(ChannelSink{p.portal.get(), config.portal.sink == "file"},
                                      ChannelSink{p.credit.get(), config.credit.sink == "file"},
                                      *p.artifacts, config.database);
  return p;
}

Status MoveInlineArtifactsToFiles(const Publication& publication, const WriteFn& write) {
  int moved = 0;
  Status s = write([&](Database& db) {
    auto n = MoveInlineArtifacts(
        db, [&](std::string_view bytes) { return publication.artifacts->Put(bytes); });
    if (!n.ok()) return n.status();
    moved = *n;
    return Status::Ok();
  });
  if (s.ok() && moved > 0) {
    LogInfo("moved the artifacts of " + std::to_string(moved) + " notices from the database to " +
            publication.artifacts->dir());
  }
  return s;
}

}  // namespace dpfeed
