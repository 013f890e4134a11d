// An exclusive lock on a database for the process that owns it: `serve`
// holds it while running, `restore` while replacing the file, so neither
// starts beside a running daemon.
//
// Thread-safety: a value owned by main's thread.
// Contract: Acquire() takes a non-blocking exclusive flock(2) on the file
// "<database>.lock" (created if needed, next to the database) and writes the
// holder's pid and purpose into it. When another process holds it, Acquire()
// fails with Conflict naming that process. The lock is released when the
// InstanceLock is destroyed or the process ends, however it ends (kill -9
// included: the kernel drops it), so a crash never leaves a stale lock.
#ifndef DPFEED_SERVICE_APP_INSTANCE_LOCK_H_
#define DPFEED_SERVICE_APP_INSTANCE_LOCK_H_

#include <memory>
#include <string>

#include "service/domain/status.h"

namespace dpfeed {

class InstanceLock {
 public:
  static Result<std::unique_ptr<InstanceLock>> Acquire(const std::string& database,
                                                       const std::string& purpose);
  ~InstanceLock();
  InstanceLock(const InstanceLock&) = delete;
  InstanceLock& operator=(const InstanceLock&) = delete;

  static std::string PathFor(const std::string& database) { return database + ".lock"; }

 private:
  explicit InstanceLock(int fd) : fd_(fd) {}
  int fd_;
};

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_APP_INSTANCE_LOCK_H_
