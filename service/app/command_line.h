// Small helpers of the command line: "did you mean" for a misspelt
// subcommand, and which configuration file a command uses.
//
// Thread-safety: pure functions (ConfigPathToUse reads the environment and
// the file system).
#ifndef DPFEED_SERVICE_APP_COMMAND_LINE_H_
#define DPFEED_SERVICE_APP_COMMAND_LINE_H_

#include <optional>
#include <string>
#include <vector>

namespace dpfeed {

// The name in `names` closest to `typed` (at most 2 edits, or a unique
// prefix), or nullopt.
std::optional<std::string> ClosestName(const std::string& typed,
                                       const std::vector<std::string>& names);

// Where the configuration comes from when --config is not given, in order:
// $DPFEED_CONFIG, /etc/dpfeed/dpfeed.jsonc if it exists, else none
// (built-in defaults).
inline constexpr const char* kSystemConfigPath = "/etc/dpfeed/dpfeed.jsonc";
std::string ConfigPathToUse(const std::string& given, std::string* explanation);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_APP_COMMAND_LINE_H_
