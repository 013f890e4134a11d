// `dpfeed publish --as-of DATETIME [--dry-run]`: one publication cycle as
// if the clock read DATETIME (regular run if due, supplementary, expedited,
// corrections, withdrawals), then one delivery pass; prints a JSON summary.
// Running it twice for the same instant creates nothing new; it may run
// while `dpfeed serve` runs on the same database.
//
// DATETIME must have a time of day (a bare date would mean 00:00, before
// that Monday's 09:00 run, and run the week before the one meant) and must
// not be in the future (notices would carry a publication time that has not
// come), unless --dry-run: then nothing is written (no database change, no
// file, no delivery) and the summary lists what would be published.
#ifndef DPFEED_SERVICE_APP_PUBLISH_COMMAND_H_
#define DPFEED_SERVICE_APP_PUBLISH_COMMAND_H_

#include <CLI/CLI.hpp>
#include <string>

#include "service/app/config.h"

namespace dpfeed {

struct PublishArgs {
  std::string as_of;
  bool dry_run = false;
};

// Adds --as-of and --dry-run, with their help, to the subcommand.
void AddPublishOptions(CLI::App* publish, PublishArgs* args);

int RunPublish(const Config& config, const PublishArgs& args);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_APP_PUBLISH_COMMAND_H_
