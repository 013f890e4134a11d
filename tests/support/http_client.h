// A small blocking HTTP/1.1 client for tests and the load tool: one
// keep-alive connection to 127.0.0.1:port, reconnecting when the server
// closed it.
//
// Every exchange is bounded: connecting, writing the request and reading
// the response together take at most `timeout` (default 60 s); past it the
// request fails with status 0 and error "timeout: ...", and it is not sent
// again. Only a kept-alive connection the server had closed before any
// byte of a response arrived is retried, once, on a new connection.
//
// Thread-safety: one HttpClient per thread.
#ifndef DPFEED_TESTS_SUPPORT_HTTP_CLIENT_H_
#define DPFEED_TESTS_SUPPORT_HTTP_CLIENT_H_

#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace dpfeed::test {

struct HttpResult {
  int status = 0;  // 0 when the exchange failed (see error)
  std::string body;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string error;
};

class HttpClient {
 public:
  explicit HttpClient(int port, std::string host = "127.0.0.1",
                      std::chrono::milliseconds timeout = std::chrono::seconds(60));
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  HttpResult Request(const std::string& method, const std::string& target,
                     const std::string& body = "", const std::string& token = "",
                     const std::vector<std::pair<std::string, std::string>>& headers = {});
  HttpResult Get(const std::string& target, const std::string& token = "") {
    return Request("GET", target, "", token);
  }
  HttpResult Post(const std::string& target, const std::string& body,
                  const std::string& token = "") {
    return Request("POST", target, body, token);
  }
  // Sends raw bytes on a fresh connection and returns the raw reply (for
  // malformed-request tests).
  std::string Raw(const std::string& bytes);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// One raw TCP connection to 127.0.0.1:port that stays open while the test
// holds it: for half-sent requests, idle connections and connection caps.
class RawConnection {
 public:
  // Connects; throws std::runtime_error when the connection is refused.
  explicit RawConnection(int port);
  ~RawConnection();
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  // Sends bytes; false when the peer closed or reset the connection.
  bool Send(const std::string& bytes);
  // What arrives within `timeout`, stopping early once a whole response
  // head and Content-Length body are there, or the peer closed.
  std::string Read(std::chrono::milliseconds timeout);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dpfeed::test

#endif  // DPFEED_TESTS_SUPPORT_HTTP_CLIENT_H_
