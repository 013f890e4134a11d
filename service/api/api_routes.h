// The api module's own routes, as one table the Router registers: method,
// pattern, whether a token is needed, and the handler. The OpenAPI
// description (openapi.json) documents exactly these plus the routes other
// modules add, which the router unit test checks.
//
// Thread-safety: the table is built once and immutable.
#ifndef DPFEED_SERVICE_API_API_ROUTES_H_
#define DPFEED_SERVICE_API_API_ROUTES_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "service/api/handler.h"

namespace dpfeed {

struct ApiRoute {
  http::verb method;
  std::string pattern;  // "/api/v1/{kind}/{id}"
  bool authenticated = true;
  // `segments` are the request path's segments, matched against pattern.
  std::function<void(HandlerArgs, const std::vector<std::string>& segments)> handle;
};

const std::vector<ApiRoute>& ApiRoutes();

// A positive decimal id of at most 18 digits, or nullopt.
std::optional<int64_t> ParseRouteId(const std::string& segment);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_API_ROUTES_H_
