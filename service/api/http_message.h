// HTTP message types shared by the router and the server, and small helpers
// to build JSON replies and read query strings.
//
// Thread-safety: pure functions.
#ifndef DPFEED_SERVICE_API_HTTP_MESSAGE_H_
#define DPFEED_SERVICE_API_HTTP_MESSAGE_H_

#include <boost/beast/http.hpp>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace dpfeed {

namespace http = boost::beast::http;
using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;
// Called exactly once with the reply; may be called from any thread.
using Reply = std::function<void(Response)>;

// A response with the given status, content type and body, matching the
// request's HTTP version and keep-alive.
Response MakeResponse(const Request& req, http::status status, std::string content_type,
                      std::string body);
// A 200 whose body is a file to save (CSV, XLSX) named `filename`.
Response AttachmentResponse(const Request& req, std::string content_type, std::string body,
                            const std::string& filename);
Response JsonResponse(const Request& req, http::status status, std::string json);

// "/api/v1/penalties?from=2026-01-01" -> path and decoded query parameters.
struct Target {
  std::string path;
  std::map<std::string, std::string> query;
};
// nullopt for a target that is not valid percent-encoding.
std::optional<Target> ParseTarget(std::string_view target);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_HTTP_MESSAGE_H_
