#include "tests/support/http_client.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <algorithm>
#include <cctype>
#include <optional>

namespace dpfeed::test {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

struct HttpClient::Impl {
  std::string host;
  int port;
  net::io_context ioc;
  std::optional<beast::tcp_stream> stream;
  beast::flat_buffer buffer;

  void Connect() {
    stream.emplace(ioc);
    stream->expires_after(std::chrono::seconds(30));
    stream->connect(tcp::endpoint(net::ip::make_address(host), static_cast<unsigned short>(port)));
    buffer.clear();
  }
};

HttpClient::HttpClient(int port, std::string host) : impl_(std::make_unique<Impl>()) {
  impl_->host = std::move(host);
  impl_->port = port;
}

HttpClient::~HttpClient() = default;

HttpResult HttpClient::Request(const std::string& method, const std::string& target,
                               const std::string& body, const std::string& token,
                               const std::vector<std::pair<std::string, std::string>>& headers) {
  HttpResult out;
  for (int attempt = 0; attempt < 2; ++attempt) {
    try {
      if (!impl_->stream) impl_->Connect();
      http::request<http::string_body> req{http::string_to_verb(method), target, 11};
      req.set(http::field::host, impl_->host);
      req.keep_alive(true);
      if (!token.empty()) req.set(http::field::authorization, "Bearer " + token);
      if (!body.empty() || method == "POST") req.set(http::field::content_type, "application/json");
      for (const auto& [k, v] : headers) req.set(k, v);
      req.body() = body;
      req.prepare_payload();
      impl_->stream->expires_after(std::chrono::seconds(120));
      http::write(*impl_->stream, req);
      http::response_parser<http::string_body> parser;
      parser.body_limit(1024 * 1024 * 1024);
      http::read(*impl_->stream, impl_->buffer, parser);
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
    } catch (const std::exception& e) {
      // A keep-alive connection the server closed: retry once on a new one.
      impl_->stream.reset();
      out.error = e.what();
    }
  }
  out.status = 0;
  return out;
}

std::string HttpClient::Raw(const std::string& bytes) {
  try {
    net::io_context ioc;
    beast::tcp_stream s(ioc);
    s.expires_after(std::chrono::seconds(30));
    s.connect(tcp::endpoint(net::ip::make_address(impl_->host),
                            static_cast<unsigned short>(impl_->port)));
    net::write(s, net::buffer(bytes));
    std::string reply;
    beast::error_code ec;
    char buf[4096];
    for (;;) {
      const size_t n = s.socket().read_some(net::buffer(buf), ec);
      reply.append(buf, n);
      if (ec) break;
      if (reply.find("\r\n\r\n") != std::string::npos) {
        // Enough for a status line and headers; read what else is there.
        s.expires_after(std::chrono::milliseconds(500));
      }
    }
    return reply;
  } catch (const std::exception& e) {
    return std::string("error: ") + e.what();
  }
}

}  // namespace dpfeed::test
