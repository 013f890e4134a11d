// Subcommands for matter lists and the annual report (issue 10 §4-5),
// acting directly on the database file (safe while the daemon runs: SQLite
// serialises writers):
//   dpfeed matter add|change|cancel --department C --kind license|penalty --code X
//          [--name N --legal-basis B --agency A --category K] --effective YYYY-MM-DD [--reason R]
//   dpfeed matter list [--department C] [--kind K] [--as-of YYYY-MM-DD]
//   dpfeed report annual --year YYYY [--format json|csv|xlsx] [--output FILE]
// Errors are printed on stderr (Chinese for the data's problems) with exit 1.
#ifndef DPFEED_SERVICE_APP_STANDARD_COMMANDS_H_
#define DPFEED_SERVICE_APP_STANDARD_COMMANDS_H_

#include <string>

#include "service/app/config.h"

namespace dpfeed {

struct MatterArgs {
  std::string action;  // add | change | cancel
  std::string department, kind, code, name, legal_basis, agency, category, effective, reason;
};
// Prints the recorded change as JSON (with its publication deadline).
int RunMatterChange(const Config& config, const MatterArgs& args);

struct MatterListArgs {
  std::string department, kind, as_of;
};
// One matter per line: department, kind, code, name, effective date.
int RunMatterList(const Config& config, const MatterListArgs& args);

struct AnnualReportArgs {
  int year = 0;
  std::string format = "json";  // json | csv | xlsx
  std::string output;           // file; stdout when empty (json and csv only)
};
int RunAnnualReport(const Config& config, const AnnualReportArgs& args);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_APP_STANDARD_COMMANDS_H_
