// `dpfeed serve`: the daemon. Builds the object graph (writer, readers,
// router, HTTP server, publication scheduler), runs until SIGTERM/SIGINT,
// then drains: stops accepting, lets in-flight requests finish (up to
// shutdown_drain_s), stops the scheduler, flushes the writer and exits 0.
#ifndef DPFEED_SERVICE_APP_SERVE_COMMAND_H_
#define DPFEED_SERVICE_APP_SERVE_COMMAND_H_

#include "service/app/config.h"

namespace dpfeed {

int RunServe(const Config& config);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_APP_SERVE_COMMAND_H_
