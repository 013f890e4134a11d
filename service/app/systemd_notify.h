// The daemon's side of systemd's service protocol (Type=notify): readiness,
// reloading and stopping notices, and watchdog keep-alives, through
// libsystemd's sd_notify. Outside systemd (no NOTIFY_SOCKET) every call
// does nothing.
//
// Thread-safety: the functions may be called from any thread.
#ifndef DPFEED_SERVICE_APP_SYSTEMD_NOTIFY_H_
#define DPFEED_SERVICE_APP_SYSTEMD_NOTIFY_H_

#include <chrono>
#include <optional>
#include <string>

namespace dpfeed {

void NotifyReady(const std::string& status);
void NotifyReloading();
void NotifyStopping();
void NotifyWatchdog();
// Half the WatchdogSec= systemd set for this process, or nullopt when the
// watchdog is off: how often to call NotifyWatchdog().
std::optional<std::chrono::microseconds> WatchdogInterval();

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_APP_SYSTEMD_NOTIFY_H_
