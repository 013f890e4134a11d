// The HTTP/1.1 server (Boost.Beast): accepts connections on the configured
// address and feeds each request to the Router.
//
// Thread-safety: Start/Shutdown from the thread that owns the io_context's
// lifecycle; sessions run on io threads, each on its own strand.
// Contract: each request gets a fresh parser with body and header limits;
// every read and write has a timeout. A request's head is read first: the
// router admits it (route exists, token valid) before a single byte of its
// body is buffered, so nobody without a token can make the daemon hold
// memory; a refused request is answered and its connection closed. Memory
// held for request bodies is bounded in total (`max_buffered_bytes`, counted
// by Content-Length, or the body limit for chunked bodies); beyond it, and
// beyond `max_connections` open connections, the answer is 503 with
// Retry-After. A body over the limit is 413, an unparsable request 400, and
// the connection closed. Shutdown() stops accepting, lets in-flight
// requests finish (up to `drain`), then calls `on_drained`.
#ifndef DPFEED_SERVICE_API_HTTP_SERVER_H_
#define DPFEED_SERVICE_API_HTTP_SERVER_H_

#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "service/api/router.h"
#include "service/domain/status.h"

namespace dpfeed {

struct HttpServerOptions {
  std::string listen = "127.0.0.1:8080";         // host:port; port 0 picks a free one
  size_t body_limit = 8 * 1024 * 1024;           // default 8 MiB
  size_t header_limit = 16 * 1024;               // default 16 KiB
  std::chrono::seconds read_timeout{30};         // default 30 s per request read
  std::chrono::seconds write_timeout{30};        // default 30 s per reply write
  std::chrono::seconds idle_timeout{60};         // default 60 s between keep-alive requests
  size_t max_connections = 1024;                 // open connections at most (default 1024)
  size_t max_buffered_bytes = 64 * 1024 * 1024;  // request bodies held at once (default 64 MiB)
};

class HttpServer {
 public:
  HttpServer(boost::asio::io_context& ioc, Router& router, HttpServerOptions options);
  ~HttpServer();
  // Binds and starts accepting; returns the bound port.
  Result<int> Start();
  void Shutdown(std::chrono::milliseconds drain, std::function<void()> on_drained);
  bool draining() const { return draining_.load(); }
  const HttpServerOptions& options() const { return options_; }

  // Requests read but not yet answered (used for draining).
  std::atomic<int>& in_flight() { return in_flight_; }
  // Open connections, and bytes reserved for request bodies now.
  size_t connections() const { return admission_->connections.load(); }
  size_t buffered_bytes() const { return admission_->buffered.load(); }
  // Connections and requests refused with 503 since start.
  uint64_t refused_connections() const { return refused_connections_.load(); }
  uint64_t refused_bodies() const { return refused_bodies_.load(); }

  // For sessions: the connection count and the body budget. Shared, since
  // a session's handlers may be destroyed with the io_context after the
  // server is gone (operations abandoned at shutdown).
  struct Admission {
    std::atomic<size_t> connections{0};
    std::atomic<size_t> buffered{0};
  };
  std::shared_ptr<Admission> admission() const { return admission_; }
  // False when `bytes` more would pass max_buffered_bytes.
  bool ReserveBody(size_t bytes);

 private:
  void Accept();
  void Refuse(boost::asio::ip::tcp::socket socket);
  void WaitDrained(std::chrono::steady_clock::time_point deadline, std::function<void()> done);

  boost::asio::io_context& ioc_;
  Router& router_;
  HttpServerOptions options_;
  boost::asio::ip::tcp::acceptor acceptor_;
  boost::asio::steady_timer drain_timer_;
  boost::asio::steady_timer accept_pause_;
  std::string busy_reply_;  // the raw 503 sent to connections over the cap
  std::atomic<int> in_flight_{0};
  std::atomic<bool> draining_{false};
  std::shared_ptr<Admission> admission_ = std::make_shared<Admission>();
  std::atomic<uint64_t> refused_connections_{0};
  std::atomic<uint64_t> refused_bodies_{0};
};

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_HTTP_SERVER_H_
