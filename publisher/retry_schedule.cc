#include "publisher/retry_schedule.h"

#include <algorithm>
#include <array>

namespace dpfeed {

std::chrono::seconds RetryDelay(int attempts, std::optional<std::chrono::seconds> retry_after) {
  using std::chrono::seconds;
  if (retry_after) return std::clamp(*retry_after, seconds(1), seconds(24 * 3600));
  // 5 s, 15 s, 30 s, 1 min, 2 min, 5 min, 10 min, 30 min, 1 h, 2 h, 4 h, then every 6 h.
  static constexpr std::array<int, 11> kSteps = {5,   15,   30,   60,   120,  300,
                                                 600, 1800, 3600, 7200, 14400};
  const int i = std::max(attempts, 1) - 1;
  return seconds(i < static_cast<int>(kSteps.size()) ? kSteps[i] : 6 * 3600);
}

bool RetriesExhausted(int attempts, std::chrono::seconds since_first_attempt) {
  return attempts > 1 && since_first_attempt >= kRetryWindow;
}

}  // namespace dpfeed
