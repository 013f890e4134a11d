// Builds the publication objects from the configuration: the two channel
// sinks, the planner options and the outbox. Shared by `serve` and
// `publish`.
#ifndef DPFEED_SERVICE_APP_PUBLICATION_SETUP_H_
#define DPFEED_SERVICE_APP_PUBLICATION_SETUP_H_

#include <memory>

#include "publisher/outbox.h"
#include "publisher/planner.h"
#include "publisher/sink.h"
#include "service/app/config.h"

namespace dpfeed {

struct Publication {
  std::unique_ptr<Sink> portal;
  std::unique_ptr<Sink> credit;
  std::unique_ptr<Planner> planner;
  std::unique_ptr<Outbox> outbox;
};

// Logs a warning when the credit channel is configured to receive unmasked
// identifiers.
Result<Publication> MakePublication(const Config& config,
                                    std::shared_ptr<const WorkCalendar> calendar);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_APP_PUBLICATION_SETUP_H_
