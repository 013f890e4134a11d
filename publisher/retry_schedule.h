// How long to wait before trying a failed delivery again: seconds at first,
// then minutes, then hours, and never giving up before 7 days (the longest a
// receiver outage can last while the legal deadline can still be met by a
// manual fix is shorter, but an acknowledged publication is still owed).
//
// Thread-safety: pure functions.
#ifndef DPFEED_PUBLISHER_RETRY_SCHEDULE_H_
#define DPFEED_PUBLISHER_RETRY_SCHEDULE_H_

#include <chrono>
#include <optional>

namespace dpfeed {

// Retries continue for at least this long after the first attempt.
inline constexpr std::chrono::hours kRetryWindow{24 * 8};

// The wait after the `attempts`-th failed attempt (attempts >= 1). A
// receiver's Retry-After, when given, replaces the schedule's value
// (clamped to 1 s .. 24 h).
std::chrono::seconds RetryDelay(int attempts, std::optional<std::chrono::seconds> retry_after);

// True once retrying has gone on for the whole window.
bool RetriesExhausted(int attempts, std::chrono::seconds since_first_attempt);

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_RETRY_SCHEDULE_H_
