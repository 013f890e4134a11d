// Runs the real dpfeed binary for integration tests: a temporary directory
// with a config file (listen 127.0.0.1:0) and SQLite file, `dpfeed serve`
// as a child process, and the CLI subcommands against the same config.
//
// Thread-safety: use from the test's thread.
// The daemon's clock is the file `clock` in the directory when the test
// sets one (SetClock): the config's clock_file, read on every "now".
#ifndef DPFEED_TESTS_SUPPORT_TEST_DAEMON_H_
#define DPFEED_TESTS_SUPPORT_TEST_DAEMON_H_

#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

namespace dpfeed::test {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `argv` (argv[0] a path) to completion, capturing stdout and stderr,
// writing `input` to its stdin. A command still running after `timeout` is
// killed (SIGKILL: exit_code 137, and `err` says so), so a stuck command
// fails the test instead of hanging it.
CommandResult RunCommand(const std::vector<std::string>& argv, const std::string& input = "",
                         std::chrono::milliseconds timeout = std::chrono::minutes(3));

class TestDaemon {
 public:
  // `extra_config` is inserted into the config object (without braces),
  // e.g. "\"jurisdiction\": \"安丘市\"". Nothing starts until Start().
  TestDaemon(std::string binary, std::string extra_config = "");
  ~TestDaemon();

  // Starts `dpfeed serve` and waits for its "listening on" line.
  void Start();
  // Sends `signal` and waits for exit; returns the exit status (or 128+sig).
  // A daemon still running 30 s later is killed (137).
  int Stop(int signal = 15);
  bool running() const { return pid_ > 0; }
  int port() const { return port_; }
  pid_t pid() const { return pid_; }

  // Runs `dpfeed ARGS... --config <config>`.
  CommandResult Cli(std::vector<std::string> args, const std::string& input = "") const;
  // Registers a department and returns a department token for it.
  std::string AddDepartment(const std::string& code, const std::string& name,
                            const std::string& uscc) const;
  std::string Token(const std::string& role, const std::string& department = "") const;

  // Sets the daemon's clock (Asia/Shanghai, e.g. "2026-11-23T10:00:00").
  void SetClock(const std::string& shanghai_time);

  const std::string& dir() const { return dir_; }
  const std::string& config_path() const { return config_path_; }
  std::string database_path() const { return dir_ + "/dpfeed.db"; }
  // The daemon's stderr so far (its log).
  std::string Log() const;

 private:
  std::string binary_;
  std::string dir_;
  std::string config_path_;
  pid_t pid_ = -1;
  int port_ = 0;
};

}  // namespace dpfeed::test

#endif  // DPFEED_TESTS_SUPPORT_TEST_DAEMON_H_
