#include "tests/support/http_client.h"

#include <algorithm>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cctype>
#include <optional>
#include <stdexcept>
#include <thread>

namespace dpfeed::test {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

struct HttpClient::Impl {
  std::string host;
  int port;
  std::chrono::milliseconds timeout;
  net::io_context ioc;
  std::optional<beast::tcp_stream> stream;
  beast::flat_buffer buffer;

  // Runs the operations started on `ioc` to completion; the stream's
  // expiry (set by the caller) bounds them.
  void RunAll() {
    ioc.restart();
    ioc.run();
  }

  beast::error_code Connect(std::chrono::steady_clock::time_point deadline) {
    stream.emplace(ioc);
    buffer.clear();
    stream->expires_at(deadline);
    beast::error_code ec;
    stream->async_connect(
        tcp::endpoint(net::ip::make_address(host), static_cast<unsigned short>(port)),
        [&](beast::error_code e) { ec = e; });
    RunAll();
    return ec;
  }
};

HttpClient::HttpClient(int port, std::string host, std::chrono::milliseconds timeout)
    : impl_(std::make_unique<Impl>()) {
  impl_->host = std::move(host);
  impl_->port = port;
  impl_->timeout = timeout;
}

HttpClient::~HttpClient() = default;

HttpResult HttpClient::Request(const std::string& method, const std::string& target,
                               const std::string& body, const std::string& token,
                               const std::vector<std::pair<std::string, std::string>>& headers) {
  http::request<http::string_body> req{http::string_to_verb(method), target, 11};
  req.set(http::field::host, impl_->host);
  req.keep_alive(true);
  if (!token.empty()) req.set(http::field::authorization, "Bearer " + token);
  if (!body.empty() || method == "POST") req.set(http::field::content_type, "application/json");
  for (const auto& [k, v] : headers) req.set(k, v);
  req.body() = body;
  req.prepare_payload();

  const auto deadline = std::chrono::steady_clock::now() + impl_->timeout;
  HttpResult out;
  for (int attempt = 0; attempt < 2; ++attempt) {
    const bool reused = impl_->stream.has_value();
    beast::error_code ec;
    if (!reused) ec = impl_->Connect(deadline);
    http::response_parser<http::string_body> parser;
    parser.body_limit(1024 * 1024 * 1024);
    if (!ec) {
      impl_->stream->expires_at(deadline);
      http::async_write(*impl_->stream, req, [&](beast::error_code e, size_t) {
        if (e) {
          ec = e;
          return;
        }
        http::async_read(*impl_->stream, impl_->buffer, parser,
                         [&](beast::error_code e2, size_t) { ec = e2; });
      });
      impl_->RunAll();
    }
    if (!ec) {
      auto res = parser.release();
      out.status = static_cast<int>(res.result_int());
      out.body = std::move(res.body());
      for (const auto& f : res) {
        std::string name(f.name_string());
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        out.headers[name] = std::string(f.value());
      }
      if (!res.keep_alive()) impl_->stream.reset();
      out.error.clear();
      return out;
    }
    impl_->stream.reset();
    out.error = (ec == beast::error::timeout ? "timeout: " : "") + ec.message();
    // Only a kept-alive connection the server closed before answering is
    // tried again, on a new connection; a timeout is final.
    if (!reused || ec == beast::error::timeout || parser.got_some()) break;
  }
  out.status = 0;
  return out;
}

std::string HttpClient::Raw(const std::string& bytes) {
  net::io_context ioc;
  beast::tcp_stream s(ioc);
  s.expires_after(impl_->timeout);
  beast::error_code ec;
  s.async_connect(
      tcp::endpoint(net::ip::make_address(impl_->host), static_cast<unsigned short>(impl_->port)),
      [&](beast::error_code e) { ec = e; });
  ioc.run();
  if (ec) return "error: " + ec.message();
  net::async_write(s, net::buffer(bytes), [&](beast::error_code e, size_t) { ec = e; });
  ioc.restart();
  ioc.run();
  if (ec) return "error: " + ec.message();
  // Reads until the server closes the connection or, once a status line
  // and headers arrived, for half a second more (a kept-alive reply).
  std::string reply;
  char buf[4096];
  bool headers = false;
  while (!ec) {
    size_t n = 0;
    s.async_read_some(net::buffer(buf), [&](beast::error_code e, size_t got) {
      ec = e;
      n = got;
    });
    ioc.restart();
    ioc.run();
    reply.append(buf, n);
    if (!headers && reply.find("\r\n\r\n") != std::string::npos) {
      headers = true;
      s.expires_after(std::chrono::milliseconds(500));
    }
  }
  return reply;
}

struct RawConnection::Impl {
  net::io_context ioc;
  std::optional<beast::tcp_stream> stream;
};

RawConnection::RawConnection(int port) : impl_(std::make_unique<Impl>()) {
  impl_->stream.emplace(impl_->ioc);
  impl_->stream->expires_after(std::chrono::seconds(10));
  beast::error_code ec;
  impl_->stream->socket().connect(
      tcp::endpoint(net::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)), ec);
  if (ec) throw std::runtime_error("connect failed: " + ec.message());
}

RawConnection::~RawConnection() = default;

bool RawConnection::Send(const std::string& bytes) {
  beast::error_code ec;
  net::write(impl_->stream->socket(), net::buffer(bytes), ec);
  return !ec;
}

std::string RawConnection::Read(std::chrono::milliseconds timeout) {
  std::string reply;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  auto& socket = impl_->stream->socket();
  socket.non_blocking(true);
  char buf[4096];
  while (std::chrono::steady_clock::now() < deadline) {
    beast::error_code ec;
    const size_t n = socket.read_some(net::buffer(buf), ec);
    if (ec == net::error::would_block) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      continue;
    }
    reply.append(buf, n);
    if (ec) break;  // closed or reset
    const size_t head_end = reply.find("\r\n\r\n");
    if (head_end == std::string::npos) continue;
    std::string head = reply.substr(0, head_end);
    std::transform(head.begin(), head.end(), head.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const size_t cl = head.find("content-length:");
    const size_t body = cl == std::string::npos ? 0 : std::stoul(head.substr(cl + 15));
    if (reply.size() >= head_end + 4 + body) break;
  }
  socket.non_blocking(false);
  return reply;
}

}  // namespace dpfeed::test
