#include "publisher/file_sink.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace dpfeed {
namespace {

DeliveryOutcome Retryable(const std::string& what) {
  return {DeliveryOutcomeKind::kRetryable, 0, std::nullopt, what + ": " + std::strerror(errno)};
}

bool SafeName(const std::string& name) {
  if (name.empty() || name[0] == '.') return false;
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                    c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

DeliveryOutcome FileSink::Deliver(const DeliveryRequest& request) {
  if (!SafeName(request.name)) {
    return {DeliveryOutcomeKind::kPermanent, 0, std::nullopt, "unsafe file name \"" + request.name + "\""};
  }
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  if (ec) return {DeliveryOutcomeKind::kRetryable, 0, std::nullopt, "create " + dir_ + ": " + ec.message()};
  const std::string final_path = dir_ + "/" + request.name;
  const std::string tmp_path = dir_ + "/.tmp-" + request.name;
  const int fd = ::open(tmp_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Retryable("open " + tmp_path);
  size_t written = 0;
  while (written < request.body.size()) {
    const ssize_t n = ::write(fd, request.body.data() + written, request.body.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      DeliveryOutcome o = Retryable("write " + tmp_path);
      ::close(fd);
      ::unlink(tmp_path.c_str());
      return o;
    }
    written += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0) {
    DeliveryOutcome o = Retryable("fsync " + tmp_path);
    ::close(fd);
    ::unlink(tmp_path.c_str());
    return o;
  }
  ::close(fd);
  if (::rename(tmp_path.c_str(), final_path.c_str()) != 0) {
    DeliveryOutcome o = Retryable("rename to " + final_path);
    ::unlink(tmp_path.c_str());
    return o;
  }
  const int dir_fd = ::open(dir_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0) {
    const int rc = ::fsync(dir_fd);
    ::close(dir_fd);
    if (rc != 0) return Retryable("fsync " + dir_);
  }
  return {DeliveryOutcomeKind::kAcknowledged, 0, std::nullopt, ""};
}

}  // namespace dpfeed
