// A real local HTTP/1.1 receiver for integration tests and benchmarks: it
// stands in for the portal and the credit website, records every request the
// daemon pushes to it and answers as the test configured it (a status for
// every request, a delay before replying, or an outage).
//
// It listens on 127.0.0.1 on an ephemeral port as soon as it is constructed
// and serves from background threads (Boost.Asio/Beast): keep-alive, several
// concurrent connections, `Expect: 100-continue`, request bodies up to 1 GiB.
// The destructor stops the threads and closes every connection.
//
// Contract:
// - A request is recorded once it has been read completely, in arrival order,
//   with the status it is (or will be, after the delay) answered with. It is
//   recorded before the delay, so a test can act while a reply is pending.
// - While down (SetDown(true)) connections are still accepted and requests
//   read, then the connection is closed without any response: such requests
//   are recorded with response_status 0.
// - Replies carry `Content-Type: application/json` and the body {"ok":true}
//   for 2xx, {"ok":false,"status":N,"error":"<reason>"} otherwise; 204 and
//   304 have no body.
//
// Thread-safety: every method may be called from any thread, concurrently
// with the serving threads.
#ifndef DPFEED_TESTS_SUPPORT_HTTP_RECEIVER_H_
#define DPFEED_TESTS_SUPPORT_HTTP_RECEIVER_H_

#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace dpfeed::test {

struct ReceivedRequest {
  std::string method;   // "POST"
  std::string target;   // "/portal?x=1", as sent
  std::map<std::string, std::string> headers;  // lower-case names; repeats joined by ", "
  std::string body;
  int response_status = 0;  // the status answered with; 0 when down (no response)
  int sequence = 0;         // 1 for the first request received, then 2, 3, ...
  int connection = 0;       // 1 for the first TCP connection accepted, then 2, ...
  std::chrono::steady_clock::time_point received_at;
};

class HttpReceiver {
 public:
  // Starts listening on 127.0.0.1:0 and serving; throws
  // boost::system::system_error if the socket cannot be opened.
  HttpReceiver();
  ~HttpReceiver();
  HttpReceiver(const HttpReceiver&) = delete;
  HttpReceiver& operator=(const HttpReceiver&) = delete;

  // The port it listens on.
  int port() const;
  // "http://127.0.0.1:<port>" + path, e.g. Url("/portal").
  std::string Url(const std::string& path = "") const;

  // Simulates an outage (true) or ends it (false). See the contract above.
  void SetDown(bool down);
  // Answers every request from now on with `status` (200..599; throws
  // std::invalid_argument otherwise). Initially 200.
  void SetStatusForAll(int status);
  // Waits `delay` before each reply from now on. Initially zero.
  void SetDelay(std::chrono::milliseconds delay);
  // Adds `Retry-After: <value>` (seconds or an HTTP date) to non-2xx replies;
  // empty (the initial value) for none.
  void SetRetryAfter(std::string value);

  // Waits until at least `n` requests have been recorded (including those
  // answered with no response while down); false on timeout.
  bool WaitForRequests(size_t n, std::chrono::milliseconds timeout) const;
  // A copy of the recorded requests, in arrival order.
  std::vector<ReceivedRequest> Requests() const;
  size_t RequestCount() const;
  // Forgets the recorded requests; sequence numbers keep increasing.
  void Clear();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dpfeed::test

#endif  // DPFEED_TESTS_SUPPORT_HTTP_RECEIVER_H_
