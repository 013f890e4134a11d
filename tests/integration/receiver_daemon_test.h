// What the notice tests of issue 10 share: the real daemon at Monday
// 2026-11-23 10:00 (after that morning's regular run) with both channels
// on one real local receiver, the 市场监督管理局 as a department with its
// token, an auditor's token, and the acknowledged bodies the receiver got.
#ifndef DPFEED_TESTS_INTEGRATION_RECEIVER_DAEMON_TEST_H_
#define DPFEED_TESTS_INTEGRATION_RECEIVER_DAEMON_TEST_H_

#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "tests/integration/fixtures.h"
#include "tests/support/http_client.h"
#include "tests/support/http_receiver.h"
#include "tests/support/test_daemon.h"

namespace dpfeed::test {

class ReceiverDaemonTest : public ::testing::Test {
 protected:
  void SetUp() override {
    daemon_ = std::make_unique<TestDaemon>(DPFEED_BINARY, ReceiverChannels(receiver_.port()));
    daemon_->SetClock("2026-11-23T10:00:00");  // Monday, after the 09:00 run
    market_ = daemon_->AddDepartment("scjgj", "安丘市市场监督管理局", kMarketUscc);
    auditor_ = daemon_->Token("auditor");
    // That morning's run is over before the daemon starts: otherwise its
    // catch-up cycle at start is the regular run, and what a test sends
    // while it runs would go out in it.
    CommandResult run = daemon_->Cli({"publish", "--as-of", "2026-11-23T09:00:30"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    daemon_->Start();
    client_ = std::make_unique<HttpClient>(daemon_->port());
  }

  // The bodies acknowledged on `target` ("/portal", "/credit") that contain
  // `marker`, in arrival order, once there are `n` of them (or after 20 s).
  std::vector<std::string> AckedWith(const std::string& target, const std::string& marker,
                                     size_t n = 1) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    std::vector<std::string> out;
    while (std::chrono::steady_clock::now() < until) {
      out.clear();
      for (const ReceivedRequest& q : receiver_.Requests()) {
        if (q.target == target && q.response_status == 200 &&
            q.body.find(marker) != std::string::npos) {
          out.push_back(q.body);
        }
      }
      if (out.size() >= n) return out;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return out;
  }

  HttpReceiver receiver_;
  std::unique_ptr<TestDaemon> daemon_;
  std::unique_ptr<HttpClient> client_;
  std::string market_, auditor_;
};

}  // namespace dpfeed::test

#endif  // DPFEED_TESTS_INTEGRATION_RECEIVER_DAEMON_TEST_H_
