#include "service/api/http_server.h"

#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <iostream>

#include "service/api/api_error.h"

namespace dpfeed {

namespace net = boost::asio;
namespace beast = boost::beast;
using tcp = net::ip::tcp;

namespace {

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, Router& router, const HttpServerOptions& options, HttpServer& server)
      : stream_(std::move(socket)), router_(router), options_(options), server_(server) {}

  void Start() {
    net::dispatch(stream_.get_executor(),
                  beast::bind_front_handler(&Session::Read, shared_from_this()));
  }

 private:
  void Read() {
    parser_.emplace();
    parser_->body_limit(options_.body_limit);
    parser_->header_limit(static_cast<std::uint32_t>(options_.header_limit));
    stream_.expires_after(first_ ? options_.read_timeout : options_.idle_timeout);
    first_ = false;
    http::async_read(stream_, buffer_, *parser_,
                     beast::bind_front_handler(&Session::OnRead, shared_from_this()));
  }

  void OnRead(beast::error_code ec, std::size_t) {
    if (ec == http::error::end_of_stream || ec == beast::error::timeout ||
        ec == net::error::operation_aborted || ec == net::error::connection_reset ||
        ec == net::error::eof) {
      return Close();
    }
    if (ec) {
      Request dummy{http::verb::get, "/", 11};
      dummy.keep_alive(false);
      Status s = ec == http::error::body_limit
                     ? Status::InvalidArgument("请求体超过上限 " +
                                               std::to_string(options_.body_limit) + " 字节")
                     : Status::InvalidArgument("无法解析的HTTP请求：" + ec.message());
      Response res = ErrorResponse(dummy, s);
      if (ec == http::error::body_limit) res.result(http::status::payload_too_large);
      if (ec == http::error::header_limit) res.result(http::status::request_header_fields_too_large);
      res.keep_alive(false);
      return Write(std::move(res));
    }
    Request req = parser_->release();
    server_.in_flight().fetch_add(1);
    auto self = shared_from_this();
    router_.Handle(std::move(req), [self](Response res) {
      // The reply may come from the writer or a reader thread: hop back
      // onto this connection's strand.
      net::post(self->stream_.get_executor(), [self, res = std::move(res)]() mutable {
        self->counted_ = true;
        self->Write(std::move(res));
      });
    });
  }

  void Write(Response res) {
    if (server_.draining()) res.keep_alive(false);
    res_ = std::make_shared<Response>(std::move(res));
    stream_.expires_after(options_.write_timeout);
    http::async_write(stream_, *res_,
                      beast::bind_front_handler(&Session::OnWrite, shared_from_this()));
  }

  void OnWrite(beast::error_code ec, std::size_t) {
    const bool keep = res_ && res_->keep_alive();
    res_.reset();
    if (counted_) {
      counted_ = false;
      server_.in_flight().fetch_sub(1);
    }
    if (ec || !keep) return Close();
    Read();
  }

  void Close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::shared_ptr<Response> res_;
  Router& router_;
  const HttpServerOptions& options_;
  HttpServer& server_;
  bool first_ = true;
  bool counted_ = false;
};

}  // namespace

HttpServer::HttpServer(net::io_context& ioc, Router& router, HttpServerOptions options)
    : ioc_(ioc),
      router_(router),
      options_(std::move(options)),
      acceptor_(net::make_strand(ioc)),
      drain_timer_(ioc) {}

HttpServer::~HttpServer() = default;

Result<int> HttpServer::Start() {
  const size_t colon = options_.listen.rfind(':');
  if (colon == std::string::npos) {
    return Status::InvalidArgument("listen must be host:port, got " + options_.listen);
  }
  std::string host = options_.listen.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  int port = 0;
  try {
    port = std::stoi(options_.listen.substr(colon + 1));
  } catch (...) {
    return Status::InvalidArgument("listen port is not a number: " + options_.listen);
  }
  beast::error_code ec;
  const auto address = net::ip::make_address(host, ec);
  if (ec) return Status::InvalidArgument("listen address is not an IP address: " + host);
  const tcp::endpoint endpoint{address, static_cast<unsigned short>(port)};
  acceptor_.open(endpoint.protocol(), ec);
  if (!ec) acceptor_.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) acceptor_.bind(endpoint, ec);
  if (!ec) acceptor_.listen(net::socket_base::max_listen_connections, ec);
  if (ec) return Status::IOError("cannot listen on " + options_.listen + ": " + ec.message());
  Accept();
  return static_cast<int>(acceptor_.local_endpoint().port());
}

void HttpServer::Accept() {
  acceptor_.async_accept(net::make_strand(ioc_), [this](beast::error_code ec, tcp::socket socket) {
    if (ec) {
      if (ec == net::error::operation_aborted || !acceptor_.is_open()) return;
      std::cerr << "dpfeed: accept failed: " << ec.message() << "\n";
    } else {
      std::make_shared<Session>(std::move(socket), router_, options_, *this)->Start();
    }
    if (!draining_) Accept();
  });
}

void HttpServer::Shutdown(std::chrono::milliseconds drain, std::function<void()> on_drained) {
  draining_ = true;
  net::post(acceptor_.get_executor(), [this] {
    beast::error_code ignored;
    acceptor_.close(ignored);
  });
  WaitDrained(std::chrono::steady_clock::now() + drain, std::move(on_drained));
}

void HttpServer::WaitDrained(std::chrono::steady_clock::time_point deadline,
                             std::function<void()> done) {
  if (in_flight_.load() <= 0 || std::chrono::steady_clock::now() >= deadline) {
    done();
    return;
  }
  drain_timer_.expires_after(std::chrono::milliseconds(20));
  drain_timer_.async_wait([this, deadline, done = std::move(done)](beast::error_code) mutable {
    WaitDrained(deadline, std::move(done));
  });
}

}  // namespace dpfeed
