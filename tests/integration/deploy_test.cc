// Installing and running under systemd (issue 9, item 13): deploy/install
// stages binary, configuration and unit into a root, the unit passes
// systemd-analyze, and the daemon speaks systemd's notify protocol
// (readiness, watchdog, stopping) to a real datagram socket.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/support/test_daemon.h"

namespace dpfeed::test {
namespace {

using namespace std::chrono_literals;

std::string Read(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string TempDir() {
  std::string pattern = std::filesystem::temp_directory_path().string() + "/dpfeed-deploy-XXXXXX";
  return mkdtemp(pattern.data());
}

TEST(DeployTest, InstallStagesBinaryConfigAndUnitIntoARoot) {
  const std::string root = TempDir();
  const std::string install = std::string(DPFEED_SOURCE_DIR) + "/deploy/install";
  CommandResult r = RunCommand(
      {"/usr/bin/env", "DESTDIR=" + root, "/bin/bash", install, "--binary", DPFEED_BINARY});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;

  const std::string bin = root + "/usr/local/bin/dpfeed";
  struct stat st {};
  ASSERT_EQ(stat(bin.c_str(), &st), 0);
  EXPECT_TRUE(st.st_mode & S_IXUSR);
  EXPECT_EQ(RunCommand({bin, "--version"}).exit_code, 0);

  const std::string unit = Read(root + "/etc/systemd/system/dpfeed.service");
  for (const char* line :
       {"ExecStart=/usr/local/bin/dpfeed serve --config /etc/dpfeed/dpfeed.jsonc", "Type=notify",
        "WatchdogSec=", "User=dpfeed", "StateDirectory=dpfeed", "ProtectSystem=strict",
        "NoNewPrivileges=yes", "Restart=on-failure", "ExecReload=/bin/kill -HUP $MAINPID"}) {
    EXPECT_NE(unit.find(line), std::string::npos) << line;
  }
  // The staged configuration is valid and puts every file under the state
  // directory (the unit makes everything else read-only).
  const std::string config = root + "/etc/dpfeed/dpfeed.jsonc";
  const std::string text = Read(config);
  EXPECT_NE(text.find("\"database\": \"/var/lib/dpfeed/dpfeed.db\""), std::string::npos) << text;
  EXPECT_NE(text.find("\"dir\": \"/var/lib/dpfeed/published/portal\""), std::string::npos) << text;
  r = RunCommand({bin, "workdays", "2026-11-20", "2026-12-01", "--config", config});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "7\n");

  // A second install keeps the operator's configuration.
  std::ofstream(config, std::ios::app) << "// edited by the operator\n";
  ASSERT_EQ(RunCommand({"/usr/bin/env", "DESTDIR=" + root, "/bin/bash", install, "--binary",
                        DPFEED_BINARY})
                .exit_code,
            0);
  EXPECT_NE(Read(config).find("edited by the operator"), std::string::npos);

  // systemd's own check of the unit, pointed at the staged binary.
  if (std::filesystem::exists("/usr/bin/systemd-analyze")) {
    std::string staged = unit;
    staged.replace(staged.find("/usr/local/bin/dpfeed"), 21, bin);
    const std::string copy = root + "/dpfeed.service";
    std::ofstream(copy) << staged;
    r = RunCommand({"/usr/bin/systemd-analyze", "verify", copy});
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  }
  std::filesystem::remove_all(root);
}

// A socket standing in for systemd's NOTIFY_SOCKET.
class NotifySocket {
 public:
  explicit NotifySocket(std::string path) : path_(std::move(path)) {
    fd_ = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_un a{};
    a.sun_family = AF_UNIX;
    std::snprintf(a.sun_path, sizeof(a.sun_path), "%s", path_.c_str());
    if (bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof(a)) != 0)
      throw std::runtime_error("bind");
    timeval tv{0, 100000};
    setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
  }
  ~NotifySocket() { close(fd_); }
  // Messages received until one contains `what`, or the timeout.
  bool WaitFor(const std::string& what, std::chrono::seconds timeout, std::string* seen) {
    const auto until = std::chrono::steady_clock::now() + timeout;
    char buf[4096];
    while (std::chrono::steady_clock::now() < until) {
      const ssize_t n = recv(fd_, buf, sizeof(buf), 0);
      if (n <= 0) continue;
      const std::string message(buf, static_cast<size_t>(n));
      *seen += message + "|";
      if (message.find(what) != std::string::npos) return true;
    }
    return false;
  }

 private:
  std::string path_;
  int fd_ = -1;
};

TEST(DeployTest, ServeNotifiesReadinessPingsTheWatchdogAndSaysWhenStopping) {
  TestDaemon d(DPFEED_BINARY);
  NotifySocket notify(d.dir() + "/notify.sock");
  // The daemon inherits the environment systemd would give it.
  setenv("NOTIFY_SOCKET", (d.dir() + "/notify.sock").c_str(), 1);
  setenv("WATCHDOG_USEC", "400000", 1);
  d.Start();
  unsetenv("NOTIFY_SOCKET");
  unsetenv("WATCHDOG_USEC");
  std::string seen;
  EXPECT_TRUE(notify.WaitFor("READY=1", 10s, &seen)) << seen;
  EXPECT_TRUE(notify.WaitFor("WATCHDOG=1", 5s, &seen)) << seen;
  EXPECT_TRUE(notify.WaitFor("WATCHDOG=1", 5s, &seen)) << seen;
  kill(d.pid(), SIGHUP);
  EXPECT_TRUE(notify.WaitFor("RELOADING=1", 5s, &seen)) << seen;
  EXPECT_TRUE(notify.WaitFor("READY=1", 10s, &seen)) << seen;
  kill(d.pid(), SIGTERM);
  EXPECT_TRUE(notify.WaitFor("STOPPING=1", 5s, &seen)) << seen;
  EXPECT_EQ(d.Stop(SIGTERM), 0);
}

}  // namespace
}  // namespace dpfeed::test
