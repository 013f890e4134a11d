#include "tests/support/test_daemon.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace dpfeed::test {

namespace {

// How long Stop() waits for the daemon to exit before it kills it.
constexpr std::chrono::seconds kStopGrace{30};

std::string MakeTempDir() {
  const char* base = std::getenv("TMPDIR");
  std::string pattern = std::string(base ? base : "/tmp") + "/dpfeed-test-XXXXXX";
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  if (mkdtemp(buf.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  return buf.data();
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Waits for `pid` to exit until `deadline`; false if it is still running.
bool WaitForExit(pid_t pid, std::chrono::steady_clock::time_point deadline, int* status) {
  for (;;) {
    const pid_t r = waitpid(pid, status, WNOHANG);
    if (r == pid || (r < 0 && errno != EINTR)) return true;
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

}  // namespace

CommandResult RunCommand(const std::vector<std::string>& argv, const std::string& input,
                         std::chrono::milliseconds timeout) {
  // Everything the child needs is built before fork: between fork and exec
  // the child of a multithreaded process (the tests' receivers serve on
  // threads of their own) may only make async-signal-safe calls. A malloc
  // there can wait forever on an allocator lock another thread held at the
  // moment of the fork.
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  int in_pipe[2], out_pipe[2], err_pipe[2];
  if (pipe2(in_pipe, O_CLOEXEC) != 0 || pipe2(out_pipe, O_CLOEXEC) != 0 ||
      pipe2(err_pipe, O_CLOEXEC) != 0) {
    throw std::runtime_error("pipe failed");
  }
  const pid_t pid = fork();
  if (pid == 0) {
    // dup2 clears O_CLOEXEC on the copies; the originals close at exec.
    dup2(in_pipe[0], 0);
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    execv(args[0], args.data());
    _exit(127);
  }
  close(in_pipe[0]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  // Feed stdin and drain both outputs with poll, so large outputs never
  // deadlock; the whole exchange is bounded by `timeout`.
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  size_t written = 0;
  if (input.empty()) {
    close(in_pipe[1]);
    in_pipe[1] = -1;
  } else {
    fcntl(in_pipe[1], F_SETFL, O_NONBLOCK);
  }
  CommandResult r;
  bool out_open = true, err_open = true, timed_out = false;
  char buf[65536];
  while (out_open || err_open) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    pollfd fds[3];
    int n = 0;
    if (out_open) fds[n++] = {out_pipe[0], POLLIN, 0};
    if (err_open) fds[n++] = {err_pipe[0], POLLIN, 0};
    if (in_pipe[1] >= 0) fds[n++] = {in_pipe[1], POLLOUT, 0};
    const int ready = poll(fds, static_cast<nfds_t>(n), static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) break;
    for (int i = 0; i < n; ++i) {
      if (fds[i].revents == 0) continue;
      if (fds[i].fd == in_pipe[1]) {
        const ssize_t w = write(in_pipe[1], input.data() + written, input.size() - written);
        if (w > 0) written += static_cast<size_t>(w);
        if (w < 0 || written == input.size()) {
          close(in_pipe[1]);
          in_pipe[1] = -1;
        }
        continue;
      }
      const ssize_t got = read(fds[i].fd, buf, sizeof(buf));
      if (got <= 0) {
        if (fds[i].fd == out_pipe[0])
          out_open = false;
        else
          err_open = false;
      } else {
        (fds[i].fd == out_pipe[0] ? r.out : r.err).append(buf, static_cast<size_t>(got));
      }
    }
  }
  if (in_pipe[1] >= 0) close(in_pipe[1]);
  close(out_pipe[0]);
  close(err_pipe[0]);
  // Both outputs closed: the child is exiting. Still, never wait past the
  // deadline for it.
  int status = 0;
  if (!WaitForExit(pid, timed_out ? std::chrono::steady_clock::now() : deadline, &status)) {
    timed_out = true;
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
  }
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  if (timed_out) {
    r.err +=
        "\n(test harness: " + argv[0] + " killed after " + std::to_string(timeout.count()) + " ms)";
  }
  return r;
}

TestDaemon::TestDaemon(std::string binary, std::string extra_config)
    : binary_(std::move(binary)), dir_(MakeTempDir()), config_path_(dir_ + "/dpfeed.jsonc") {
  std::ofstream cfg(config_path_);
  cfg << "// written by the integration tests\n{\n"
      << "  \"listen\": \"127.0.0.1:0\",\n"
      << "  \"database\": \"dpfeed.db\",\n"
      << "  \"jurisdiction\": \"安丘市\",\n"
      << "  \"clock_file\": \"clock\",\n"
      << "  \"shutdown_drain_s\": 5,\n"
      << extra_config << (extra_config.empty() ? "" : ",\n") << "  \"io_threads\": 2\n}\n";
}

TestDaemon::~TestDaemon() {
  if (pid_ > 0) Stop(SIGKILL);
  if (std::getenv("DPFEED_KEEP_TEST_DIRS") == nullptr) {
    std::error_code ignored;  // no fork here: see RunCommand
    std::filesystem::remove_all(dir_, ignored);
  }
}

void TestDaemon::Start() {
  const std::string log_path = dir_ + "/daemon.log";
  const std::string out_path = dir_ + "/daemon.out";
  unlink(out_path.c_str());
  pid_ = fork();
  if (pid_ == 0) {
    const int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err = open(log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    dup2(out, 1);
    dup2(err, 2);
    execl(binary_.c_str(), binary_.c_str(), "serve", "--config", config_path_.c_str(), nullptr);
    _exit(127);
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    const std::string out = ReadFile(out_path);
    const size_t at = out.find("listening on ");
    if (at != std::string::npos && out.find('(', at) != std::string::npos) {
      const size_t colon = out.rfind(':', out.find(' ', at + 13));
      port_ = std::atoi(out.c_str() + colon + 1);
      return;
    }
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      throw std::runtime_error("dpfeed serve exited at start: " + ReadFile(log_path));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  throw std::runtime_error("dpfeed serve did not start: " + ReadFile(log_path));
}

int TestDaemon::Stop(int signal) {
  if (pid_ <= 0) return -1;
  kill(pid_, signal);
  int status = 0;
  if (!WaitForExit(pid_, std::chrono::steady_clock::now() + kStopGrace, &status)) {
    // Did not stop in time: a test expecting a clean exit fails (137).
    kill(pid_, SIGKILL);
    waitpid(pid_, &status, 0);
  }
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

CommandResult TestDaemon::Cli(std::vector<std::string> args, const std::string& input) const {
  args.insert(args.begin(), binary_);
  args.push_back("--config");
  args.push_back(config_path_);
  return RunCommand(args, input);
}

std::string TestDaemon::AddDepartment(const std::string& code, const std::string& name,
                                      const std::string& uscc) const {
  CommandResult r = Cli({"department", "add", "--code", code, "--name", name, "--uscc", uscc});
  if (r.exit_code != 0) throw std::runtime_error("department add failed: " + r.err);
  return Token("department", code);
}

std::string TestDaemon::Token(const std::string& role, const std::string& department) const {
  std::vector<std::string> args = {"token", "create", "--role", role};
  if (!department.empty()) {
    args.push_back("--department");
    args.push_back(department);
  }
  CommandResult r = Cli(args);
  if (r.exit_code != 0) throw std::runtime_error("token create failed: " + r.err);
  std::string token = r.out;
  while (!token.empty() && (token.back() == '\n' || token.back() == '\r')) token.pop_back();
  return token;
}

void TestDaemon::SetClock(const std::string& shanghai_time) {
  const std::string tmp = dir_ + "/clock.tmp";
  {
    std::ofstream out(tmp);
    out << shanghai_time << "\n";
  }
  std::rename(tmp.c_str(), (dir_ + "/clock").c_str());
}

std::string TestDaemon::Log() const { return ReadFile(dir_ + "/daemon.log"); }

}  // namespace dpfeed::test
