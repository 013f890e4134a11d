// `dpfeed publish --as-of DATETIME`: one publication cycle as if the clock
// read DATETIME (regular run if due, supplementary, expedited,
// corrections, withdrawals), then one delivery pass; prints a JSON summary.
// Running it twice for the same instant creates nothing new.
#ifndef DPFEED_SERVICE_APP_PUBLISH_COMMAND_H_
#define DPFEED_SERVICE_APP_PUBLISH_COMMAND_H_

#include <string>

#include "service/app/config.h"

namespace dpfeed {

int RunPublish(const Config& config, const std::string& as_of);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_APP_PUBLISH_COMMAND_H_
