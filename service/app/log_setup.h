// Chooses the log format from the configuration: plain text lines (the
// default) or JSON lines {"time","level","event","message", fields...} for
// log collectors. Every string is valid UTF-8 JSON (service/json).
//
// Thread-safety: call once from main's thread before starting threads.
#ifndef DPFEED_SERVICE_APP_LOG_SETUP_H_
#define DPFEED_SERVICE_APP_LOG_SETUP_H_

#include "service/app/config.h"

namespace dpfeed {

void ConfigureLogging(const Config& config);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_APP_LOG_SETUP_H_
