#include "service/app/command_line.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace dpfeed {

namespace {

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace

std::optional<std::string> ClosestName(const std::string& typed,
                                       const std::vector<std::string>& names) {
  std::optional<std::string> best, prefix;
  size_t best_distance = 3, prefixes = 0;
  for (const std::string& name : names) {
    const size_t d = EditDistance(typed, name);
    if (d < best_distance) {
      best_distance = d;
      best = name;
    }
    if (!typed.empty() && name.rfind(typed, 0) == 0) {
      ++prefixes;
      prefix = name;
    }
  }
  if (best) return best;
  if (prefixes == 1) return prefix;
  return std::nullopt;
}

std::string ConfigPathToUse(const std::string& given, std::string* explanation) {
  if (!given.empty()) return given;
  if (const char* env = std::getenv("DPFEED_CONFIG"); env != nullptr && *env != '\0') {
    *explanation = std::string("no --config given: using ") + env + " from $DPFEED_CONFIG";
    return env;
  }
  std::error_code ec;
  if (std::filesystem::exists(kSystemConfigPath, ec)) {
    *explanation = std::string("no --config given: using ") + kSystemConfigPath;
    return kSystemConfigPath;
  }
  *explanation = std::string("no --config given and no ") + kSystemConfigPath +
                 ": using the built-in defaults (database ./var/dpfeed.db)";
  return "";
}

}  // namespace dpfeed
