#include "service/store/durable_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

namespace dpfeed {

namespace {

Status Errno(const std::string& what) {
  return Status::IOError(what + ": " + std::strerror(errno));
}

Status FsyncDirectory(const std::string& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return Errno("open " + dir);
  const int rc = ::fsync(fd);
  Status s = rc == 0 ? Status::Ok() : Errno("fsync " + dir);
  ::close(fd);
  return s;
}

// A temporary name no other thread or process uses at the same time.
std::string TemporaryName(const std::string& name) {
  static std::atomic<unsigned long> counter{0};
  return ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter.fetch_add(1)) + "-" +
         name;
}

Status WriteAll(int fd, std::string_view bytes, const std::string& path) {
  size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Errno("write " + path);
    written += static_cast<size_t>(n);
  }
  return Status::Ok();
}

}  // namespace

Status WriteFileDurably(const std::string& dir, const std::string& name, std::string_view bytes,
                        unsigned mode) {
  const std::string final_path = dir + "/" + name;
  const std::string tmp_path = dir + "/" + TemporaryName(name);
  const int fd =
      ::open(tmp_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, static_cast<mode_t>(mode));
  if (fd < 0) return Errno("open " + tmp_path);
  Status s = WriteAll(fd, bytes, tmp_path);
  if (s.ok() && ::fsync(fd) != 0) s = Errno("fsync " + tmp_path);
  if (::close(fd) != 0 && s.ok()) s = Errno("close " + tmp_path);
  if (s.ok() && ::rename(tmp_path.c_str(), final_path.c_str()) != 0)
    s = Errno("rename to " + final_path);
  if (!s.ok()) {
    ::unlink(tmp_path.c_str());
    return s;
  }
  return FsyncDirectory(dir);
}

Status LinkFileDurably(const std::string& source, const std::string& dir, const std::string& name,
                       bool* cannot_link) {
  *cannot_link = false;
  const std::string final_path = dir + "/" + name;
  const std::string tmp_path = dir + "/" + TemporaryName(name);
  if (::link(source.c_str(), tmp_path.c_str()) != 0) {
    if (errno == ENOENT) return Status::NotFound("no file " + source);
    *cannot_link = errno == EXDEV || errno == EPERM || errno == EMLINK || errno == ENOTSUP;
    return Errno("link " + source + " to " + tmp_path);
  }
  if (::rename(tmp_path.c_str(), final_path.c_str()) != 0) {
    Status s = Errno("rename to " + final_path);
    ::unlink(tmp_path.c_str());
    return s;
  }
  // rename() of two links to the same file succeeds and keeps both names.
  ::unlink(tmp_path.c_str());
  return FsyncDirectory(dir);
}

Status CreateDirectoriesDurably(const std::string& dir) {
  namespace fs = std::filesystem;
  std::vector<fs::path> created;
  std::error_code ec;
  for (fs::path p = fs::path(dir); !p.empty() && !fs::exists(p, ec); p = p.parent_path()) {
    created.push_back(p);
    if (p == p.parent_path()) break;
  }
  fs::create_directories(dir, ec);
  if (ec) return Status::IOError("create " + dir + ": " + ec.message());
  for (const fs::path& p : created) {
    const fs::path parent = p.has_parent_path() ? p.parent_path() : fs::path(".");
    if (Status s = FsyncDirectory(parent.empty() ? "." : parent.string()); !s.ok()) return s;
  }
  return Status::Ok();
}

Result<std::string> ReadFileRange(const std::string& path, size_t offset, size_t length) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return Status::NotFound("no file " + path);
    return Errno("open " + path);
  }
  std::string out(length, '\0');
  size_t got = 0;
  Status s;
  while (got < length) {
    const ssize_t n = ::pread(fd, out.data() + got, length - got, static_cast<off_t>(offset + got));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      s = Errno("read " + path);
      break;
    }
    if (n == 0) {
      s = Status::IOError("read " + path + ": file ends before byte " +
                          std::to_string(offset + length));
      break;
    }
    got += static_cast<size_t>(n);
  }
  ::close(fd);
  if (!s.ok()) return s;
  return out;
}

Result<std::string> ReadWholeFile(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT) return Status::NotFound("no file " + path);
    return Errno("stat " + path);
  }
  return ReadFileRange(path, 0, static_cast<size_t>(st.st_size));
}

}  // namespace dpfeed
