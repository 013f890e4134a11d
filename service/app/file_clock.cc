#include "service/app/file_clock.h"

#include <fstream>

#include "service/calendar/shanghai_time.h"

namespace dpfeed {

std::chrono::system_clock::time_point FileClock::Now() const {
  std::ifstream in(path_);
  std::string line;
  if (in && std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (auto t = ParseShanghaiDateTime(line)) return *t;
  }
  return std::chrono::system_clock::now();
}

}  // namespace dpfeed
