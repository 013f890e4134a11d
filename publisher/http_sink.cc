#include "publisher/http_sink.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <charconv>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <vector>

#include "publisher/webhook_signature.h"

namespace dpfeed {

namespace net = boost::asio;
namespace ssl = boost::asio::ssl;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = net::ip::tcp;
using SteadyTime = std::chrono::steady_clock::time_point;

namespace {

constexpr size_t kMaxResponseBody = 1 << 20;

DeliveryOutcome Retryable(std::string detail) {
  return {DeliveryOutcomeKind::kRetryable, 0, std::nullopt, std::move(detail)};
}

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

// Runs `ioc` until the operations started on it completed.
void RunToCompletion(net::io_context& ioc) {
  ioc.restart();
  ioc.run();
}

}  // namespace

// One kept-alive connection with its own io_context: used by one delivery
// at a time, so its asynchronous operations run to completion on the
// delivering thread with a deadline on each.
struct Connection {
  net::io_context ioc;
  std::optional<beast::tcp_stream> plain;
  std::optional<beast::ssl_stream<beast::tcp_stream>> tls;
  beast::flat_buffer buffer;

  bool open() const { return plain.has_value() || tls.has_value(); }
  beast::tcp_stream& lowest() { return plain ? *plain : beast::get_lowest_layer(*tls); }
  void Close() {
    beast::error_code ec;
    if (open()) lowest().socket().shutdown(tcp::socket::shutdown_both, ec);
    plain.reset();
    tls.reset();
    buffer.clear();
  }
};

struct HttpSink::Impl {
  bool tls = false;
  std::string host, port, host_header, target;
  std::string key;  // webhook HMAC key
  std::optional<ssl::context> tls_context;
  BlockingResolve resolve = SystemResolve;

  std::mutex mu;
  std::condition_variable cv;
  std::vector<std::unique_ptr<Connection>> idle;  // kept-alive or not yet opened
  int in_use = 0;

  // Resolves under the deadline (see deadline_resolver.h: a stuck resolver
  // must not hold the delivery past its timeout), connects and, for HTTPS,
  // shakes hands.
  std::optional<DeliveryOutcome> Open(Connection& c, SteadyTime deadline) {
    ResolveOutcome resolved = ResolveBefore(host, port, deadline, resolve);
    if (resolved.timed_out) return Retryable("timeout: resolving " + host);
    if (resolved.error) return Retryable("resolve " + host + ": " + resolved.error.message());
    const Endpoints& endpoints = resolved.endpoints;

    if (tls) {
      c.tls.emplace(c.ioc, *tls_context);
      if (!SSL_set_tlsext_host_name(c.tls->native_handle(), host.c_str())) {
        c.Close();
        return Retryable("TLS: cannot set SNI host name");
      }
      c.tls->set_verify_callback(ssl::host_name_verification(host));
    } else {
      c.plain.emplace(c.ioc);
    }
    beast::error_code ec;
    c.lowest().expires_at(deadline);
    c.lowest().async_connect(endpoints, [&](beast::error_code e, const tcp::endpoint&) { ec = e; });
    RunToCompletion(c.ioc);
    if (ec) {
      c.Close();
      return Retryable((ec == beast::error::timeout ? "timeout: connect: " : "connect: ") +
                       ec.message());
    }
    if (tls) {
      c.lowest().expires_at(deadline);
      c.tls->async_handshake(ssl::stream_base::client, [&](beast::error_code e) { ec = e; });
      RunToCompletion(c.ioc);
      if (ec) {
        c.Close();
        return Retryable("TLS handshake: " + ec.message());
      }
    }
    return std::nullopt;
  }

  // One request and its response on an open connection. `*answered` tells
  // whether any byte of a response arrived (a reused connection the
  // receiver had closed fails before that).
  template <typename Stream>
  DeliveryOutcome Exchange(Connection& c, Stream& stream,
                           const http::request<http::string_body>& req, SteadyTime deadline,
                           bool* answered, bool* keep_alive) {
    http::response_parser<http::string_body> parser;
    parser.body_limit(kMaxResponseBody);
    beast::error_code result;
    c.lowest().expires_at(deadline);
    http::async_write(stream, req, [&](beast::error_code ec, size_t) {
      if (ec) {
        result = ec;
        return;
      }
      http::async_read(stream, c.buffer, parser,
                       [&](beast::error_code ec2, size_t) { result = ec2; });
    });
    RunToCompletion(c.ioc);
    *answered = parser.got_some();
    if (result) {
      *keep_alive = false;
      return Retryable((result == beast::error::timeout ? "timeout: " : "transport: ") +
                       result.message());
    }
    *keep_alive = parser.get().keep_alive();
    return Classify(parser.get());
  }

  std::unique_ptr<Connection> Acquire(int max) {
    std::unique_lock<std::mutex> lock(mu);
    cv.wait(lock, [&] { return !idle.empty() || in_use < max; });
    ++in_use;
    if (idle.empty()) return std::make_unique<Connection>();
    std::unique_ptr<Connection> c = std::move(idle.back());
    idle.pop_back();
    return c;
  }

  void Release(std::unique_ptr<Connection> c) {
    std::lock_guard<std::mutex> lock(mu);
    --in_use;
    if (c->open()) idle.push_back(std::move(c));  // a closed one is simply dropped
    cv.notify_one();
  }
};

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
  const std::string default_port = impl->tls ? "443" : "80";
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
    impl->port = default_port;
  }
  if (impl->host.empty())
    return Status::InvalidArgument("url has no host: \"" + options.url + "\"");
  impl->host_header = impl->port == default_port ? impl->host : impl->host + ":" + impl->port;
  if (options.timeout.count() <= 0) return Status::InvalidArgument("timeout_s must be positive");
  if (options.connections < 1) return Status::InvalidArgument("connections must be at least 1");
  if (options.resolve) impl->resolve = options.resolve;
  if (!options.secret.empty()) {
    auto key = WebhookKey(options.secret);
    if (!key.ok()) return key.status();
    impl->key = std::move(key.value());
  }
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
  const SteadyTime deadline = std::chrono::steady_clock::now() + options_.timeout;
  std::unique_ptr<Connection> c = impl_->Acquire(options_.connections);
  DeliveryOutcome outcome = Retryable("not sent");
  try {
    http::request<http::string_body> req{http::verb::post, impl_->target, 11};
    req.set(http::field::host, impl_->host_header);
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
              WebhookSignature(impl_->key, request.idempotency_key, ts, request.body));
    }
    req.keep_alive(true);
    req.body() = request.body;
    req.prepare_payload();

    for (int attempt = 0; attempt < 2; ++attempt) {
      const bool reused = c->open();
      if (!reused) {
        if (auto failed = impl_->Open(*c, deadline)) {
          outcome = std::move(*failed);
          break;
        }
      }
      bool answered = false, keep_alive = false;
      outcome = c->plain ? impl_->Exchange(*c, *c->plain, req, deadline, &answered, &keep_alive)
                         : impl_->Exchange(*c, *c->tls, req, deadline, &answered, &keep_alive);
      if (!keep_alive) c->Close();
      // A kept-alive connection the receiver had closed: once more, fresh.
      const bool stale = reused && !answered && outcome.http_status == 0 &&
                         outcome.detail.rfind("timeout", 0) != 0;
      if (!stale) break;
    }
  } catch (const std::exception& e) {
    c->Close();
    outcome = Retryable(std::string("HTTP client: ") + e.what());
  }
  impl_->Release(std::move(c));
  return outcome;
}

}  // namespace dpfeed
