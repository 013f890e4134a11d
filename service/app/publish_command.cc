#include "service/app/publish_command.h"

#include <iostream>

#include "service/app/app_setup.h"
#include "service/app/publication_setup.h"
#include "service/calendar/shanghai_time.h"
#include "service/json/json_writer.h"
#include "service/store/writer.h"

namespace dpfeed {

namespace {

// The instant to publish as of, or why it is refused.
Result<TimePoint> AsOf(const Config& config, const PublishArgs& args) {
  const auto when = ParseShanghaiDateTime(args.as_of);
  if (!when) {
    return Status::InvalidArgument(
        "--as-of must be an Asia/Shanghai date-time such as 2026-11-23T09:00, got " + args.as_of);
  }
  if (args.as_of.find_first_of("T ") == std::string::npos) {
    return Status::InvalidArgument(
        "--as-of " + args.as_of +
        " has no time of day: it would mean 00:00, before that Monday's run, and "
        "publish the week before the one meant; give the time, e.g. " +
        args.as_of + "T09:00");
  }
  const TimePoint now = MakeClock(config)->Now();
  if (*when > now && !args.dry_run) {
    return Status::InvalidArgument(
        "--as-of " + FormatShanghaiTimestamp(*when) + " is in the future (now " +
        FormatShanghaiTimestamp(now) +
        "): notices would carry a publication time that has not come; add "
        "--dry-run to see what would be published then");
  }
  return *when;
}

void WriteNotices(JsonWriter& w, const CycleSummary& cycle) {
  Key(w, "notices");
  w.StartArray();
  for (const PlannedNoticeInfo& n : cycle.notices) {
    w.StartObject();
    Key(w, "title");
    Str(w, n.title);
    Key(w, "type");
    Str(w, ToString(n.type));
    Key(w, "records");
    w.Int(n.records);
    Key(w, "blocked_by_leak_guard");
    w.Bool(n.blocked);
    if (!n.held.empty()) {
      Key(w, "held_by_leak_guard");
      w.StartArray();
      for (int64_t id : n.held) w.Int64(id);
      w.EndArray();
    }
    if (n.blocked || !n.held.empty()) {
      Key(w, "leak_categories");
      w.StartArray();
      for (const std::string& c : n.leak_categories) Str(w, c);
      w.EndArray();
    }
    w.EndObject();
  }
  w.EndArray();
}

void WriteCycle(JsonWriter& w, TimePoint when, const CycleSummary& cycle) {
  Key(w, "as_of");
  Str(w, FormatShanghaiTimestamp(when));
  Key(w, "regular_run");
  if (cycle.regular_week.empty())
    w.Null();
  else
    Str(w, cycle.regular_week);
  Key(w, "notices_created");
  w.Int(cycle.notices_created);
  Key(w, "notices_by_type");
  w.StartObject();
  for (const auto& [type, n] : cycle.notices_by_type) {
    Key(w, type);
    w.Int(n);
  }
  w.EndObject();
  Key(w, "records_planned");
  w.Int(cycle.records_planned);
  Key(w, "expired");
  w.Int(cycle.expired);
  Key(w, "blocked_by_leak_guard");
  w.Int(cycle.blocked);
  Key(w, "held_by_leak_guard");
  w.Int(cycle.held_records);
  Key(w, "pages_revised");
  w.Int(cycle.pages_revised);
}

int DryRun(const Config& config, TimePoint when) {
  auto calendar = LoadCalendar(config);
  if (!calendar.ok()) return Fail(calendar.status());
  Database::Options ro;
  ro.read_only = true;
  auto db = Database::Open(config.database, ro);
  if (!db.ok()) return Fail(db.status());
  auto publication = MakePublication(config, *calendar);
  if (!publication.ok()) return Fail(publication.status());
  auto cycle = publication->planner->DryRun(**db, when);
  if (!cycle.ok()) return Fail(cycle.status());
  JsonOut out;
  JsonWriter& w = out.w();
  w.StartObject();
  Key(w, "dry_run");
  w.Bool(true);
  WriteCycle(w, when, *cycle);
  WriteNotices(w, *cycle);
  w.EndObject();
  std::cout << out.Take() << std::endl;
  return 0;
}

}  // namespace

void AddPublishOptions(CLI::App* publish, PublishArgs* args) {
  publish
      ->add_option(
          "--as-of", args->as_of,
          "Asia/Shanghai date and time of day, e.g. 2026-11-23T09:00 (a bare date is refused: it "
          "would mean 00:00 and run the week before); not in the future unless --dry-run")
      ->required();
  publish->add_flag(
      "--dry-run", args->dry_run,
      "write nothing (no database change, no file, no delivery); print what would be published");
}

int RunPublish(const Config& config, const PublishArgs& args) {
  auto when = AsOf(config, args);
  if (!when.ok()) return Fail(when.status());
  if (args.dry_run) return DryRun(config, *when);
  auto calendar = LoadCalendar(config);
  if (!calendar.ok()) return Fail(calendar.status());
  auto db = OpenDatabase(config);
  if (!db.ok()) return Fail(db.status());
  auto publication = MakePublication(config, *calendar);
  if (!publication.ok()) return Fail(publication.status());
  Database::Options ro;
  ro.read_only = true;
  auto reader = Database::Open(config.database, ro);
  if (!reader.ok()) return Fail(reader.status());
  // The same writer as the daemon's: short jobs, group commit.
  Writer writer(std::move(db.value()));
  const WriteFn write = [&writer](const WriteJob& job) { return writer.Run(job); };
  const SubmitFn submit = [&writer](WriteJob job, std::function<void(Status)> done) {
    writer.SubmitBackground(std::move(job), std::move(done));
  };
  if (Status moved = MoveInlineArtifactsToFiles(*publication, write); !moved.ok())
    return Fail(moved);
  auto cycle = publication->planner->RunCycle(**reader, write, *when);
  if (!cycle.ok()) return Fail(cycle.status());
  auto delivered = publication->outbox->DeliverDue(submit, *when);
  writer.Stop();
  if (!delivered.ok()) return Fail(delivered.status());

  JsonOut out;
  JsonWriter& w = out.w();
  w.StartObject();
  WriteCycle(w, *when, *cycle);
  Key(w, "deliveries");
  w.StartObject();
  Key(w, "attempted");
  w.Int(delivered->attempted);
  Key(w, "acknowledged");
  w.Int(delivered->acknowledged);
  Key(w, "retrying");
  w.Int(delivered->retrying);
  Key(w, "failed");
  w.Int(delivered->failed);
  w.EndObject();
  w.EndObject();
  std::cout << out.Take() << std::endl;
  return 0;
}

}  // namespace dpfeed
