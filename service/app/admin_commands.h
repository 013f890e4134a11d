// Administrator subcommands that act directly on the database file (safe
// while the daemon runs: SQLite serialises writers).
//   dpfeed department add --code C --name N --uscc U [--publish-empty]
//   dpfeed department list
//   dpfeed token create --role department|auditor|admin [--department C] [--label L]
//   dpfeed token list
//   dpfeed token revoke --id N
//   dpfeed agency add --department C --name N --uscc U   an entrusted organisation
//   dpfeed agency list --department C                      (受委托组织) C's decisions
//   dpfeed agency remove --department C --uscc U           may name as deciding agency
// Listings print a header row, then one tab-separated row per item.
#ifndef DPFEED_SERVICE_APP_ADMIN_COMMANDS_H_
#define DPFEED_SERVICE_APP_ADMIN_COMMANDS_H_

#include <string>

#include "service/app/config.h"

namespace dpfeed {

struct DepartmentAddArgs {
  std::string code, name, uscc;
  bool publish_empty = false;
};
int RunDepartmentAdd(const Config& config, const DepartmentAddArgs& args);
int RunDepartmentList(const Config& config);

struct TokenCreateArgs {
  std::string role, department, label;
};
// Prints the token, once, as stdout's only line.
int RunTokenCreate(const Config& config, const TokenCreateArgs& args);
int RunTokenList(const Config& config);
int RunTokenRevoke(const Config& config, int64_t id);

struct AgencyArgs {
  std::string department, name, uscc;
};
int RunAgencyAdd(const Config& config, const AgencyArgs& args);
int RunAgencyList(const Config& config, const std::string& department);
int RunAgencyRemove(const Config& config, const AgencyArgs& args);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_APP_ADMIN_COMMANDS_H_
