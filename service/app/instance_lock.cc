#include "service/app/instance_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace dpfeed {

Result<std::unique_ptr<InstanceLock>> InstanceLock::Acquire(const std::string& database,
                                                            const std::string& purpose) {
  const std::string path = PathFor(database);
  const int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0640);
  if (fd < 0) return Status::IOError("cannot open lock file " + path + ": " + std::strerror(errno));
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int err = errno;
    char holder[128] = {0};
    const ssize_t n = pread(fd, holder, sizeof(holder) - 1, 0);
    close(fd);
    std::string who = n > 0 ? std::string(holder, static_cast<size_t>(n)) : "";
    while (!who.empty() && (who.back() == '\n' || who.back() == '\0')) who.pop_back();
    if (err == EWOULDBLOCK) {
      return Status::Conflict("the database " + database + " is in use by another dpfeed (" +
                              (who.empty() ? "unknown process" : who) +
                              "); stop it first, or use another database");
    }
    return Status::IOError("cannot lock " + path + ": " + std::strerror(err));
  }
  const std::string me = "pid " + std::to_string(getpid()) + ", " + purpose + "\n";
  if (ftruncate(fd, 0) != 0 ||
      pwrite(fd, me.data(), me.size(), 0) != static_cast<ssize_t>(me.size())) {
    // The lock holds regardless; the text only helps the message above.
  }
  return std::unique_ptr<InstanceLock>(new InstanceLock(fd));
}

InstanceLock::~InstanceLock() {
  if (fd_ >= 0) close(fd_);
}

}  // namespace dpfeed
