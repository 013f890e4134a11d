// What the api layer needs from the rest of the daemon, built in main and
// passed by reference (test seams, not globals).
//
// Thread-safety: every member is safe to use from the io and reader threads
// (the writer and reader pool are internally synchronised; the calendar is
// immutable, and replaced only through LiveCalendar; clocks are thread-safe).
#ifndef DPFEED_SERVICE_API_API_CONTEXT_H_
#define DPFEED_SERVICE_API_API_CONTEXT_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "redaction/masking_policy.h"
#include "service/api/live_calendar.h"
#include "service/api/metrics.h"
#include "service/calendar/clock.h"
#include "service/calendar/work_calendar.h"
#include "service/domain/publicity_rules.h"
#include "service/store/artifact_store.h"
#include "service/store/reader_pool.h"
#include "service/store/writer.h"

namespace dpfeed {

struct ApiContext {
  Writer* writer = nullptr;
  ReaderPool* readers = nullptr;
  LiveCalendar calendar;  // `*ctx.calendar` is the calendar now in force
  const Clock* clock = nullptr;
  Metrics* metrics = nullptr;
  MaskingPolicy masking;
  std::string jurisdiction;  // e.g. "安丘市"
  PublicityRules publicity;  // severities, display periods, withholding (config "publicity")
  // The guarded artifacts public pages serve (null: none configured, and
  // those pages answer 500).
  const ArtifactStore* artifacts = nullptr;
  // Extra lines for /healthz (warnings from the calendar and publisher);
  // each entry returns zero or more problems in English.
  std::vector<std::function<std::vector<std::string>()>> health_checks;
};

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_API_CONTEXT_H_
