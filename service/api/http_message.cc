#include "service/api/http_message.h"

#include <cstdio>

namespace dpfeed {

Response MakeResponse(const Request& req, http::status status, std::string content_type,
                      std::string body) {
  Response res{status, req.version()};
  res.set(http::field::server, "dpfeed");
  res.set(http::field::content_type, content_type);
  res.set(http::field::cache_control, "no-store");
  res.keep_alive(req.keep_alive());
  res.body() = std::move(body);
  res.prepare_payload();
  return res;
}

Response AttachmentResponse(const Request& req, std::string content_type, std::string body,
                            const std::string& filename) {
  Response res = MakeResponse(req, http::status::ok, std::move(content_type), std::move(body));
  res.set(http::field::content_disposition, "attachment; filename=\"" + filename + "\"");
  return res;
}

Response JsonResponse(const Request& req, http::status status, std::string json) {
  return MakeResponse(req, status, "application/json; charset=utf-8", std::move(json));
}

namespace {
int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::optional<std::string> PercentDecode(std::string_view s, bool plus_is_space) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%') {
      if (i + 2 >= s.size()) return std::nullopt;
      const int hi = HexValue(s[i + 1]), lo = HexValue(s[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else if (plus_is_space && s[i] == '+') {
      out += ' ';
    } else {
      out += s[i];
    }
  }
  return out;
}
}  // namespace

std::optional<Target> ParseTarget(std::string_view target) {
  Target t;
  const size_t q = target.find('?');
  auto path = PercentDecode(target.substr(0, q), false);
  if (!path) return std::nullopt;
  t.path = std::move(*path);
  if (q == std::string_view::npos) return t;
  std::string_view rest = target.substr(q + 1);
  while (!rest.empty()) {
    const size_t amp = rest.find('&');
    const std::string_view pair = rest.substr(0, amp);
    const size_t eq = pair.find('=');
    auto key = PercentDecode(pair.substr(0, eq), true);
    auto value = eq == std::string_view::npos ? std::optional<std::string>("")
                                              : PercentDecode(pair.substr(eq + 1), true);
    if (!key || !value) return std::nullopt;
    if (!key->empty()) t.query[*key] = *value;
    if (amp == std::string_view::npos) break;
    rest = rest.substr(amp + 1);
  }
  return t;
}

}  // namespace dpfeed
