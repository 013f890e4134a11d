#include "publisher/http_sink.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/version.hpp>
#include <charconv>
#include <optional>

namespace dpfeed {

namespace net = boost::asio;
namespace ssl = boost::asio::ssl;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = net::ip::tcp;

struct HttpSink::Impl {
  bool tls = false;
  std::string host;
  std::string port;
  std::string target;
  std::optional<ssl::context> tls_context;
};

namespace {

constexpr size_t kMaxResponseBody = 1 << 20;

std::optional<std::chrono::seconds> ParseRetryAfter(std::string_view v) {
  long long seconds = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), seconds);
  if (ec != std::errc() || end != v.data() + v.size() || seconds < 0) return std::nullopt;
  return std::chrono::seconds(seconds);
}

DeliveryOutcome Classify(const http::response<http::string_body>& res) {
  const int status = static_cast<int>(res.result_int());
  std::string detail = "HTTP " + std::to_string(status);
  if (!res.body().empty()) detail += ": " + res.body().substr(0, 200);
  if (status >= 200 && status < 300)
    return {DeliveryOutcomeKind::kAcknowledged, status, std::nullopt, ""};
  std::optional<std::chrono::seconds> retry_after;
  auto it = res.find(http::field::retry_after);
  if (it != res.end()) retry_after = ParseRetryAfter(it->value());
  if (status == 408 || status == 429 || status >= 500) {
    return {DeliveryOutcomeKind::kRetryable, status, retry_after, detail};
  }
  return {DeliveryOutcomeKind::kPermanent, status, std::nullopt, detail};
}

// One request/response over a connected stream; every step bounded by the
// deadline on the lowest layer. Runs the io_context to completion.
template <typename Stream>
DeliveryOutcome Exchange(net::io_context& ioc, Stream& stream,
                         const http::request<http::string_body>& req,
                         std::chrono::steady_clock::time_point deadline) {
  beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  parser.body_limit(kMaxResponseBody);
  beast::error_code result;
  beast::get_lowest_layer(stream).expires_at(deadline);
  http::async_write(stream, req, [&](beast::error_code ec, size_t) {
    if (ec) {
      result = ec;
      return;
    }
    http::async_read(stream, buffer, parser, [&](beast::error_code ec2, size_t) { result = ec2; });
  });
  ioc.restart();
  ioc.run();
  if (result) {
    return {DeliveryOutcomeKind::kRetryable, 0, std::nullopt,
            (result == beast::error::timeout ? "timeout: " : "transport: ") + result.message()};
  }
  return Classify(parser.get());
}

}  // namespace

std::string WebhookSignature(const std::string& secret, const std::string& id,
                             const std::string& timestamp, const std::string& body) {
  const std::string signed_text = id + "." + timestamp + "." + body;
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int mac_len = 0;
  HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
       reinterpret_cast<const unsigned char*>(signed_text.data()), signed_text.size(), mac,
       &mac_len);
  std::string b64(4 * ((mac_len + 2) / 3) + 1, '\0');
  const int n =
      EVP_EncodeBlock(reinterpret_cast<unsigned char*>(b64.data()), mac, static_cast<int>(mac_len));
  b64.resize(static_cast<size_t>(n));
  return "v1," + b64;
}

Result<std::unique_ptr<HttpSink>> HttpSink::Create(const HttpSinkOptions& options) {
  auto impl = std::make_unique<Impl>();
  std::string_view url = options.url;
  if (url.rfind("https://", 0) == 0) {
    impl->tls = true;
    url.remove_prefix(8);
  } else if (url.rfind("http://", 0) == 0) {
    url.remove_prefix(7);
  } else {
    return Status::InvalidArgument("url must start with http:// or https://: \"" + options.url +
                                   "\"");
  }
  const size_t slash = url.find('/');
  const std::string_view authority = url.substr(0, slash);
  impl->target = slash == std::string_view::npos ? "/" : std::string(url.substr(slash));
  const size_t colon = authority.rfind(':');
  if (colon != std::string_view::npos && authority.find(']') == std::string_view::npos) {
    impl->host = std::string(authority.substr(0, colon));
    impl->port = std::string(authority.substr(colon + 1));
    int port = 0;
    auto [end, ec] =
        std::from_chars(impl->port.data(), impl->port.data() + impl->port.size(), port);
    if (ec != std::errc() || end != impl->port.data() + impl->port.size() || port <= 0 ||
        port > 65535) {
      return Status::InvalidArgument("url has a bad port: \"" + options.url + "\"");
    }
  } else {
    impl->host = std::string(authority);
    impl->port = impl->tls ? "443" : "80";
  }
  if (impl->host.empty())
    return Status::InvalidArgument("url has no host: \"" + options.url + "\"");
  if (options.timeout.count() <= 0) return Status::InvalidArgument("timeout_s must be positive");
  if (impl->tls) {
    impl->tls_context.emplace(ssl::context::tls_client);
    boost::system::error_code ec;
    impl->tls_context->set_default_verify_paths(ec);
    if (!options.ca_file.empty()) {
      impl->tls_context->load_verify_file(options.ca_file, ec);
      if (ec) return Status::InvalidArgument("ca_file " + options.ca_file + ": " + ec.message());
    }
    impl->tls_context->set_verify_mode(ssl::verify_peer);
  }
  return std::unique_ptr<HttpSink>(new HttpSink(options, std::move(impl)));
}

HttpSink::HttpSink(HttpSinkOptions options, std::unique_ptr<Impl> impl)
    : options_(std::move(options)), impl_(std::move(impl)) {}
HttpSink::~HttpSink() = default;

DeliveryOutcome HttpSink::Deliver(const DeliveryRequest& request) {
  try {
    const auto deadline = std::chrono::steady_clock::now() + options_.timeout;
    http::request<http::string_body> req{http::verb::post, impl_->target, 11};
    req.set(http::field::host, impl_->host);
    req.set(http::field::user_agent, "dpfeed");
    req.set(http::field::content_type, request.content_type);
    req.set("Idempotency-Key", request.idempotency_key);
    if (!options_.token.empty()) req.set(http::field::authorization, "Bearer " + options_.token);
    if (!options_.secret.empty()) {
      const std::string ts = std::to_string(std::chrono::duration_cast<std::chrono::seconds>(
                                                std::chrono::system_clock::now().time_since_epoch())
                                                .count());
      req.set("webhook-id", request.idempotency_key);
      req.set("webhook-timestamp", ts);
      req.set("webhook-signature",
              WebhookSignature(options_.secret, request.idempotency_key, ts, request.body));
    }
    req.keep_alive(false);
    req.body() = request.body;
    req.prepare_payload();

    net::io_context ioc;
    tcp::resolver resolver(ioc);
    beast::error_code ec;
    const auto endpoints = resolver.resolve(impl_->host, impl_->port, ec);
    if (ec)
      return {DeliveryOutcomeKind::kRetryable, 0, std::nullopt,
              "resolve " + impl_->host + ": " + ec.message()};

    auto connect = [&](beast::tcp_stream& tcp_layer) -> beast::error_code {
      beast::error_code result;
      tcp_layer.expires_at(deadline);
      tcp_layer.async_connect(endpoints,
                              [&](beast::error_code e, const tcp::endpoint&) { result = e; });
      ioc.restart();
      ioc.run();
      return result;
    };
    if (!impl_->tls) {
      beast::tcp_stream stream(ioc);
      if (auto e = connect(stream))
        return {DeliveryOutcomeKind::kRetryable, 0, std::nullopt, "connect: " + e.message()};
      DeliveryOutcome o = Exchange(ioc, stream, req, deadline);
      stream.socket().shutdown(tcp::socket::shutdown_both, ec);
      return o;
    }
    beast::ssl_stream<beast::tcp_stream> stream(ioc, *impl_->tls_context);
    if (!SSL_set_tlsext_host_name(stream.native_handle(), impl_->host.c_str())) {
      return {DeliveryOutcomeKind::kRetryable, 0, std::nullopt, "TLS: cannot set SNI host name"};
    }
    stream.set_verify_callback(ssl::host_name_verification(impl_->host));
    if (auto e = connect(beast::get_lowest_layer(stream))) {
      return {DeliveryOutcomeKind::kRetryable, 0, std::nullopt, "connect: " + e.message()};
    }
    beast::error_code hs;
    beast::get_lowest_layer(stream).expires_at(deadline);
    stream.async_handshake(ssl::stream_base::client, [&](beast::error_code e) { hs = e; });
    ioc.restart();
    ioc.run();
    if (hs)
      return {DeliveryOutcomeKind::kRetryable, 0, std::nullopt, "TLS handshake: " + hs.message()};
    DeliveryOutcome o = Exchange(ioc, stream, req, deadline);
    beast::get_lowest_layer(stream).socket().shutdown(tcp::socket::shutdown_both, ec);
    return o;
  } catch (const std::exception& e) {
    return {DeliveryOutcomeKind::kRetryable, 0, std::nullopt,
            std::string("HTTP client: ") + e.what()};
  }
}

}  // namespace dpfeed
