#include "service/app/publish_command.h"

#include <iostream>

#include "service/app/app_setup.h"
#include "service/app/publication_setup.h"
#include "service/calendar/shanghai_time.h"

namespace dpfeed {

int RunPublish(const Config& config, const std::string& as_of) {
  const auto when = ParseShanghaiDateTime(as_of);
  if (!when) {
    return Fail(
        Status::InvalidArgument("--as-of must be an Asia/Shanghai date-time such as "
                                "2026-11-23T09:00, got " +
                                as_of));
  }
  auto calendar = LoadCalendar(config);
  if (!calendar.ok()) return Fail(calendar.status());
  auto db = OpenDatabase(config);
  if (!db.ok()) return Fail(db.status());
  auto publication = MakePublication(config, *calendar);
  if (!publication.ok()) return Fail(publication.status());
  Database& conn = **db;
  const WriteFn write = [&conn](const std::function<Status(Database&)>& job) {
    Transaction txn(conn);
    if (!txn.begin_status().ok()) return txn.begin_status();
    Status s = job(conn);
    if (!s.ok()) return s;
    return txn.Commit();
  };
  if (Status moved = MoveInlineArtifactsToFiles(*publication, write); !moved.ok())
    return Fail(moved);
  Result<CycleSummary> cycle = publication->planner->RunCycle(conn, write, *when);
  if (!cycle.ok()) return Fail(cycle.status());
  auto delivered = publication->outbox->DeliverDue(conn, write, *when);
  if (!delivered.ok()) return Fail(delivered.status());

  std::string by_type;
  for (const auto& [type, n] : cycle->notices_by_type) {
    by_type += (by_type.empty() ? "" : ",") + std::string("\"") + type + "\":" + std::to_string(n);
  }
  std::cout << "{\"as_of\":\"" << FormatShanghaiTimestamp(*when) << "\",\"regular_run\":"
            << (cycle->regular_week.empty() ? "null" : "\"" + cycle->regular_week + "\"")
            << ",\"notices_created\":" << cycle->notices_created << ",\"notices_by_type\":{"
            << by_type << "},\"records_planned\":" << cycle->records_planned
            << ",\"expired\":" << cycle->expired << ",\"blocked_by_leak_guard\":" << cycle->blocked
            << ",\"deliveries\":{\"attempted\":" << delivered->attempted
            << ",\"acknowledged\":" << delivered->acknowledged
            << ",\"retrying\":" << delivered->retrying << ",\"failed\":" << delivered->failed
            << "}}" << std::endl;
  return 0;
}

}  // namespace dpfeed
