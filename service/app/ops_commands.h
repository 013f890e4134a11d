// Operator subcommands for the database file as a whole:
//   dpfeed backup --to FILE     online backup while the daemon serves, then
//                               an integrity check of the copy; the rendered
//                               notices go to FILE-artifacts/
//   dpfeed restore --from FILE  replaces the database with a checked backup
//                               (and adds its artifacts); refuses while a
//                               daemon holds the database
#ifndef DPFEED_SERVICE_APP_OPS_COMMANDS_H_
#define DPFEED_SERVICE_APP_OPS_COMMANDS_H_

#include <string>

#include "service/app/config.h"

namespace dpfeed {

int RunBackup(const Config& config, const std::string& to);
int RunRestore(const Config& config, const std::string& from);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_APP_OPS_COMMANDS_H_
