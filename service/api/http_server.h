// The HTTP/1.1 server (Boost.Beast): accepts connections on the configured
// address and feeds each request to the Router.
//
// Thread-safety: Start/Shutdown from the thread that owns the io_context's
// lifecycle; sessions run on io threads, each on its own strand.
// Contract: each request gets a fresh parser with body and header limits;
// every read and write has a timeout. A body over the limit is answered
// 413, an unparsable request 400, and the connection closed. Shutdown()
// stops accepting, lets in-flight requests finish (up to `drain`), then
// calls `on_drained`.
#ifndef DPFEED_SERVICE_API_HTTP_SERVER_H_
#define DPFEED_SERVICE_API_HTTP_SERVER_H_

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "service/api/router.h"
#include "service/domain/status.h"

namespace dpfeed {

struct HttpServerOptions {
  std::string listen = "127.0.0.1:8080";             // host:port; port 0 picks a free one
  size_t body_limit = 8 * 1024 * 1024;               // default 8 MiB
  size_t header_limit = 16 * 1024;                   // default 16 KiB
  std::chrono::seconds read_timeout{30};             // default 30 s per request read
  std::chrono::seconds write_timeout{30};            // default 30 s per reply write
  std::chrono::seconds idle_timeout{60};             // default 60 s between keep-alive requests
};

class HttpServer {
 public:
  HttpServer(boost::asio::io_context& ioc, Router& router, HttpServerOptions options);
  ~HttpServer();
  // Binds and starts accepting; returns the bound port.
  Result<int> Start();
  void Shutdown(std::chrono::milliseconds drain, std::function<void()> on_drained);
  bool draining() const { return draining_.load(); }

  // Requests read but not yet answered (used for draining).
  std::atomic<int>& in_flight() { return in_flight_; }

 private:
  void Accept();
  void WaitDrained(std::chrono::steady_clock::time_point deadline, std::function<void()> done);

  boost::asio::io_context& ioc_;
  Router& router_;
  HttpServerOptions options_;
  boost::asio::ip::tcp::acceptor acceptor_;
  boost::asio::steady_timer drain_timer_;
  std::atomic<int> in_flight_{0};
  std::atomic<bool> draining_{false};
};

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_HTTP_SERVER_H_
