// Read-only subcommands:
//   dpfeed deadline DATE [--workdays N]   the deadline, last line of stdout
//   dpfeed workdays FROM TO               working days in (FROM, TO]
//   dpfeed compliance --from --to [--department] [--kind] [--channel] [--format csv|json]
//   dpfeed redact                         JSON lines in, published form out;
//                                         exit 1 when any line failed
// A provisional calendar answer also prints a warning on stderr.
#ifndef DPFEED_SERVICE_APP_REPORT_COMMANDS_H_
#define DPFEED_SERVICE_APP_REPORT_COMMANDS_H_

#include <iosfwd>
#include <string>

#include "service/app/config.h"

namespace dpfeed {

int RunDeadline(const Config& config, const std::string& date, int workdays);
int RunWorkdays(const Config& config, const std::string& from, const std::string& to);

struct ComplianceArgs {
  std::string from, to, department, kind, channel, format = "json";
};
int RunCompliance(const Config& config, const ComplianceArgs& args);

// Reads `in` line by line; one output line per input line (an error object
// for a bad line, also reported on stderr with its line number). Returns 1
// when any line failed, 0 otherwise.
int RunRedact(const Config& config, std::istream& in, std::ostream& out);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_APP_REPORT_COMMANDS_H_
