#include "service/api/http_server.h"

#include <boost/asio/strand.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <optional>
#include <sstream>

#include "service/api/api_error.h"
#include "service/domain/log.h"

namespace dpfeed {

namespace net = boost::asio;
namespace beast = boost::beast;
using tcp = net::ip::tcp;

namespace {

bool IsDisconnect(const beast::error_code& ec) {
  return ec == http::error::end_of_stream || ec == beast::error::timeout ||
         ec == net::error::operation_aborted || ec == net::error::connection_reset ||
         ec == net::error::eof || ec == http::error::partial_message;
}

// A reply to a request whose head was read but not its body.
Request HeadOnly(const Request& head) {
  Request r{head.method(), head.target(), head.version()};
  r.keep_alive(false);
  return r;
}

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, Router& router, HttpServer& server)
      : stream_(std::move(socket)),
        router_(router),
        options_(server.options()),
        server_(server),
        admission_(server.admission()) {
    admission_->connections.fetch_add(1);
  }
  // Never touches server_: it may run after the server is destroyed.
  ~Session() {
    ReleaseBody();
    admission_->connections.fetch_sub(1);
  }

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
    http::async_read_header(stream_, buffer_, *parser_,
                            beast::bind_front_handler(&Session::OnHeader, shared_from_this()));
  }

  void OnHeader(beast::error_code ec, std::size_t) {
    if (IsDisconnect(ec)) return Close();
    if (ec) return WriteParseError(ec);
    stream_.expires_after(options_.read_timeout);
    if (parser_->is_done()) return Dispatch();
    const Request& head = parser_->get();
    const auto length = parser_->content_length();
    if (length && *length > options_.body_limit) return WriteParseError(http::error::body_limit);
    // What the body will hold: string_body reserves Content-Length at once.
    const size_t wanted = length ? static_cast<size_t>(*length) : options_.body_limit;
    if (!server_.ReserveBody(wanted)) {
      return Refuse(ErrorResponse(HeadOnly(head),
                                  Status::IOError("服务繁忙：同时上传的请求体过多，请稍后重试")));
    }
    reserved_ = wanted;
    auto self = shared_from_this();
    router_.Admit(head, [self](std::optional<Response> refusal, std::optional<Principal> p) {
      net::post(self->stream_.get_executor(),
                [self, refusal = std::move(refusal), p = std::move(p)]() mutable {
                  if (refusal) {
                    self->ReleaseBody();
                    return self->Refuse(std::move(*refusal));
                  }
                  self->principal_ = std::move(p);
                  self->ReadBody();
                });
    });
  }

  void ReadBody() {
    const auto expect = parser_->get().find(http::field::expect);
    if (expect != parser_->get().end() && beast::iequals(expect->value(), "100-continue")) {
      auto cont = std::make_shared<http::response<http::empty_body>>(http::status::continue_, 11);
      return http::async_write(
          stream_, *cont, [self = shared_from_this(), cont](beast::error_code ec, std::size_t) {
            if (ec) return self->Close();
            self->ReadRest();
          });
    }
    ReadRest();
  }

  void ReadRest() {
    http::async_read(stream_, buffer_, *parser_,
                     [self = shared_from_this()](beast::error_code ec, std::size_t) {
                       if (IsDisconnect(ec)) return self->Close();
                       if (ec) return self->WriteParseError(ec);
                       self->Dispatch();
                     });
  }

  void Dispatch() {
    Request req = parser_->release();
    server_.in_flight().fetch_add(1);
    auto self = shared_from_this();
    router_.Handle(
        std::move(req),
        [self](Response res) {
          // The reply may come from the writer or a reader thread: hop back
          // onto this connection's strand.
          net::post(self->stream_.get_executor(), [self, res = std::move(res)]() mutable {
            self->counted_ = true;
            self->ReleaseBody();
            self->Write(std::move(res));
          });
        },
        std::exchange(principal_, std::nullopt));
  }

  void WriteParseError(beast::error_code ec) {
    Request dummy{http::verb::get, "/", 11};
    dummy.keep_alive(false);
    Status s = ec == http::error::body_limit
                   ? Status::InvalidArgument("请求体超过上限 " +
                                             std::to_string(options_.body_limit) + " 字节")
                   : Status::InvalidArgument("无法解析的HTTP请求：" + ec.message());
    Response res = ErrorResponse(dummy, s);
    if (ec == http::error::body_limit) res.result(http::status::payload_too_large);
    if (ec == http::error::header_limit) res.result(http::status::request_header_fields_too_large);
    Refuse(std::move(res));
  }

  // Answers and closes: the rest of the request is not read.
  void Refuse(Response res) {
    res.keep_alive(false);
    Write(std::move(res));
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
    if (ec) return Close();
    if (!keep) return Linger();
    Read();
  }

  // After a reply that ends the connection: stop sending, then read and
  // discard what the client still sends (an unread upload) for a moment, so
  // closing does not reset the connection before the client read the reply.
  void Linger() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.expires_after(std::chrono::seconds(2));
    scratch_.resize(16 * 1024);
    DrainSome();
  }
  void DrainSome() {
    stream_.async_read_some(net::buffer(scratch_),
                            [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                              self->drained_ += n;
                              if (ec || self->drained_ > 1024 * 1024) return self->Close();
                              self->DrainSome();
                            });
  }

  void Close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
  }

  void ReleaseBody() {
    if (reserved_ > 0) admission_->buffered.fetch_sub(std::exchange(reserved_, 0));
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::shared_ptr<Response> res_;
  Router& router_;
  const HttpServerOptions& options_;
  HttpServer& server_;
  std::shared_ptr<HttpServer::Admission> admission_;
  std::optional<Principal> principal_;  // from Admit, for the request being read
  size_t reserved_ = 0;                 // body bytes reserved for the current request
  std::string scratch_;
  size_t drained_ = 0;
  bool first_ = true;
  bool counted_ = false;
};

}  // namespace

HttpServer::HttpServer(net::io_context& ioc, Router& router, HttpServerOptions options)
    : ioc_(ioc),
      router_(router),
      options_(std::move(options)),
      acceptor_(net::make_strand(ioc)),
      drain_timer_(ioc),
      accept_pause_(acceptor_.get_executor()) {
  Request head{http::verb::get, "/", 11};
  head.keep_alive(false);
  Response res = ErrorResponse(head, Status::IOError("服务繁忙：连接数已达上限，请稍后重试"));
  std::ostringstream raw;
  raw << res;
  busy_reply_ = raw.str();
}

HttpServer::~HttpServer() = default;

bool HttpServer::ReserveBody(size_t bytes) {
  size_t now = admission_->buffered.load();
  do {
    if (now + bytes > options_.max_buffered_bytes) {
      refused_bodies_.fetch_add(1);
      return false;
    }
  } while (!admission_->buffered.compare_exchange_weak(now, now + bytes));
  return true;
}

Result<int> HttpServer::Start() {
  const size_t colon = options_.listen.rfind(':');
  if (colon == std::string::npos) {
    return Status::InvalidArgument("listen must be host:port, got " + options_.listen);
  }
  std::string host = options_.listen.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
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
      // Out of descriptors or memory: pause instead of spinning on the error.
      LogWarning("accept failed: " + ec.message());
      accept_pause_.expires_after(std::chrono::milliseconds(100));
      accept_pause_.async_wait([this](beast::error_code wait_ec) {
        if (!wait_ec && !draining_) Accept();
      });
      return;
    }
    if (admission_->connections.load() >= options_.max_connections) {
      Refuse(std::move(socket));
    } else {
      std::make_shared<Session>(std::move(socket), router_, *this)->Start();
    }
    if (!draining_) Accept();
  });
}

void HttpServer::Refuse(tcp::socket socket) {
  refused_connections_.fetch_add(1);
  auto s = std::make_shared<tcp::socket>(std::move(socket));
  net::async_write(*s, net::buffer(busy_reply_), [s](beast::error_code, std::size_t) {
    beast::error_code ignored;
    s->shutdown(tcp::socket::shutdown_send, ignored);
  });
}

void HttpServer::Shutdown(std::chrono::milliseconds drain, std::function<void()> on_drained) {
  draining_ = true;
  net::post(acceptor_.get_executor(), [this] {
    beast::error_code ignored;
    acceptor_.close(ignored);
    accept_pause_.cancel();
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
