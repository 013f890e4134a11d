#include "tests/support/http_receiver.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <algorithm>
#include <cctype>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>
#include <utility>

namespace dpfeed::test {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

namespace {

constexpr std::uint64_t kBodyLimit = std::uint64_t{1} << 30;  // 1 GiB
constexpr std::uint32_t kHeaderLimit = 64 * 1024;
constexpr int kServingThreads = 4;

std::string Lower(beast::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool HasNoBody(int status) { return status == 204 || status == 304; }

std::string ResponseBody(int status) {
  if (status >= 200 && status < 300) return "{\"ok\":true}";
  return "{\"ok\":false,\"status\":" + std::to_string(status) + ",\"error\":\"" +
         std::string(http::obsolete_reason(static_cast<http::status>(status))) + "\"}";
}

// How to answer a request.
struct Reply {
  bool down = false;
  int status = 200;
  std::chrono::milliseconds delay{0};
  std::string retry_after;
};

// What a connection needs to know about the receiver: the configuration and
// the record, under one mutex.
struct State {
  // Records `request` and returns how to answer it.
  Reply Record(ReceivedRequest request) {
    Reply reply;
    {
      std::lock_guard<std::mutex> lock(mu);
      reply = config;
      request.response_status = reply.down ? 0 : reply.status;
      request.sequence = next_sequence++;
      requests.push_back(std::move(request));
    }
    cv.notify_all();
    return reply;
  }

  int NextConnection() {
    std::lock_guard<std::mutex> lock(mu);
    return next_connection++;
  }

  std::mutex mu;
  std::condition_variable cv;
  Reply config;                           // guarded by mu
  std::vector<ReceivedRequest> requests;  // guarded by mu
  int next_sequence = 1;                  // guarded by mu
  int next_connection = 1;                // guarded by mu
};

// One accepted connection: reads requests one after the other and answers
// each. Owned by the handler of its pending operation (only one at a time),
// so its members need no lock; it reaches the receiver only from handlers,
// which never run after the receiver has stopped its threads.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, State* state)
      : socket_(std::move(socket)),
        timer_(socket_.get_executor()),
        state_(state),
        connection_(state->NextConnection()) {}

  void Start() { ReadHeader(); }

 private:
  void ReadHeader() {
    parser_.emplace();
    parser_->header_limit(kHeaderLimit);
    parser_->body_limit(kBodyLimit);
    http::async_read_header(socket_, buffer_, *parser_,
                            [self = shared_from_this()](beast::error_code ec, size_t) {
                              self->OnHeader(ec);
                            });
  }

  void OnHeader(beast::error_code ec) {
    if (ec) return Close();
    const auto& req = parser_->get();
    if (beast::iequals(req[http::field::expect], "100-continue")) {
      interim_.emplace(http::status::continue_, req.version());
      http::async_write(socket_, *interim_,
                        [self = shared_from_this()](beast::error_code write_ec, size_t) {
                          if (write_ec) return self->Close();
                          self->ReadBody();
                        });
      return;
    }
    ReadBody();
  }

  void ReadBody() {
    if (parser_->is_done()) return OnRequest({});
    http::async_read(socket_, buffer_, *parser_,
                     [self = shared_from_this()](beast::error_code ec, size_t) {
                       self->OnRequest(ec);
                     });
  }

  void OnRequest(beast::error_code ec) {
    if (ec) return Close();
    http::request<http::string_body> req = parser_->release();
    parser_.reset();
    keep_alive_ = req.keep_alive();
    version_ = req.version();

    ReceivedRequest received;
    received.method = std::string(req.method_string());
    received.target = std::string(req.target());
    for (const auto& field : req) {
      std::string& value = received.headers[Lower(field.name_string())];
      if (!value.empty()) value += ", ";
      value += std::string(field.value());
    }
    received.body = std::move(req.body());
    received.connection = connection_;
    received.received_at = std::chrono::steady_clock::now();
    reply_ = state_->Record(std::move(received));

    if (reply_.down) return Close();  // an outage: no response at all
    if (reply_.delay.count() > 0) {
      timer_.expires_after(reply_.delay);
      timer_.async_wait([self = shared_from_this()](beast::error_code wait_ec) {
        if (wait_ec) return self->Close();
        self->Respond();
      });
      return;
    }
    Respond();
  }

  void Respond() {
    response_ = http::response<http::string_body>();
    response_.version(version_);
    response_.result(static_cast<unsigned>(reply_.status));
    response_.set(http::field::server, "dpfeed-test-receiver");
    response_.set(http::field::content_type, "application/json");
    if (!reply_.retry_after.empty() && (reply_.status < 200 || reply_.status >= 300)) {
      response_.set(http::field::retry_after, reply_.retry_after);
    }
    if (!HasNoBody(reply_.status)) response_.body() = ResponseBody(reply_.status);
    response_.keep_alive(keep_alive_);
    response_.prepare_payload();
    http::async_write(socket_, response_,
                      [self = shared_from_this()](beast::error_code ec, size_t) {
                        self->OnWritten(ec);
                      });
  }

  void OnWritten(beast::error_code ec) {
    if (ec || !keep_alive_ || response_.need_eof()) return Close();
    ReadHeader();
  }

  void Close() {
    beast::error_code ignored;
    socket_.shutdown(tcp::socket::shutdown_both, ignored);
    socket_.close(ignored);
  }

  tcp::socket socket_;
  net::steady_timer timer_;
  State* state_;
  const int connection_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::optional<http::response<http::empty_body>> interim_;
  http::response<http::string_body> response_;
  Reply reply_;
  bool keep_alive_ = true;
  unsigned version_ = 11;
};

}  // namespace

struct HttpReceiver::Impl {
  void Accept();

  // Outlives `io`: the connections point to it (they use it only from
  // handlers, never from their destructors).
  State state;
  // Outlives `acceptor`; destroying it destroys the handlers still pending
  // and with them the connections they own.
  net::io_context io;
  tcp::acceptor acceptor{io};
  int port = 0;
  std::vector<std::thread> threads;
};

void HttpReceiver::Impl::Accept() {
  acceptor.async_accept(net::make_strand(io), [this](beast::error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted || !acceptor.is_open()) return;
    if (!ec) {
      beast::error_code ignored;
      socket.set_option(tcp::no_delay(true), ignored);
      std::make_shared<Session>(std::move(socket), &state)->Start();
    }
    Accept();
  });
}

HttpReceiver::HttpReceiver() : impl_(std::make_unique<Impl>()) {
  const tcp::endpoint endpoint(net::ip::make_address("127.0.0.1"), 0);
  impl_->acceptor.open(endpoint.protocol());
  impl_->acceptor.set_option(net::socket_base::reuse_address(true));
  impl_->acceptor.bind(endpoint);
  impl_->acceptor.listen(net::socket_base::max_listen_connections);
  impl_->port = impl_->acceptor.local_endpoint().port();
  impl_->Accept();
  for (int i = 0; i < kServingThreads; ++i) {
    impl_->threads.emplace_back([impl = impl_.get()] { impl->io.run(); });
  }
}

HttpReceiver::~HttpReceiver() {
  impl_->io.stop();
  for (std::thread& t : impl_->threads) t.join();
  // ~Impl closes the acceptor, then ~io_context destroys the handlers that
  // were still pending and with them every Session and its socket.
}

int HttpReceiver::port() const { return impl_->port; }

std::string HttpReceiver::Url(const std::string& path) const {
  return "http://127.0.0.1:" + std::to_string(impl_->port) + path;
}

void HttpReceiver::SetDown(bool down) {
  std::lock_guard<std::mutex> lock(impl_->state.mu);
  impl_->state.config.down = down;
}

void HttpReceiver::SetStatusForAll(int status) {
  if (status < 200 || status > 599) {
    throw std::invalid_argument("HttpReceiver::SetStatusForAll: status " + std::to_string(status) +
                                " outside 200..599");
  }
  std::lock_guard<std::mutex> lock(impl_->state.mu);
  impl_->state.config.status = status;
}

void HttpReceiver::SetDelay(std::chrono::milliseconds delay) {
  std::lock_guard<std::mutex> lock(impl_->state.mu);
  impl_->state.config.delay = std::max(delay, std::chrono::milliseconds(0));
}

void HttpReceiver::SetRetryAfter(std::string value) {
  std::lock_guard<std::mutex> lock(impl_->state.mu);
  impl_->state.config.retry_after = std::move(value);
}

bool HttpReceiver::WaitForRequests(size_t n, std::chrono::milliseconds timeout) const {
  std::unique_lock<std::mutex> lock(impl_->state.mu);
  return impl_->state.cv.wait_for(lock, timeout, [&] { return impl_->state.requests.size() >= n; });
}

std::vector<ReceivedRequest> HttpReceiver::Requests() const {
  std::lock_guard<std::mutex> lock(impl_->state.mu);
  return impl_->state.requests;
}

size_t HttpReceiver::RequestCount() const {
  std::lock_guard<std::mutex> lock(impl_->state.mu);
  return impl_->state.requests.size();
}

void HttpReceiver::Clear() {
  std::lock_guard<std::mutex> lock(impl_->state.mu);
  impl_->state.requests.clear();
}

}  // namespace dpfeed::test
