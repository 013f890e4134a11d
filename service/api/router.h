// The router: a socket-free function from an HTTP request to a reply, so
// it is unit-testable without a network.
//
// Thread-safety: Handle may be called concurrently from io threads.
// Contract: Handle never throws and calls `reply` exactly once. Every route
// under /api/v1/ and /metrics requires `Authorization: Bearer TOKEN`
// (401 without a valid one); the public notice pages and /healthz do not.
// Database work is posted to the reader pool (reads) or the writer
// (writes), never done on the calling thread. Every request is counted in
// the metrics by method, route pattern and status.
#ifndef DPFEED_SERVICE_API_ROUTER_H_
#define DPFEED_SERVICE_API_ROUTER_H_

#include <functional>
#include <string>
#include <vector>

#include "service/api/api_context.h"
#include "service/api/handler.h"
#include "service/api/http_message.h"

namespace dpfeed {

class Router {
 public:
  explicit Router(ApiContext& ctx) : ctx_(ctx) {}

  void Handle(Request req, Reply reply);

  // Routes added by modules above the api (publication): `pattern` is the
  // metrics label, `match` decides whether the route applies, and `handle`
  // runs on a reader thread after authentication (if `authenticated`).
  struct ExtraRoute {
    std::string pattern;
    std::function<bool(http::verb, const std::vector<std::string>& segments)> match;
    std::function<void(HandlerArgs, const std::vector<std::string>& segments)> handle;
    bool authenticated = true;
  };
  void AddRoute(ExtraRoute route) { extra_routes_.push_back(std::move(route)); }

 private:
  void Dispatch(Request req, Target target, Reply reply);
  ApiContext& ctx_;
  std::vector<ExtraRoute> extra_routes_;
};

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_ROUTER_H_
