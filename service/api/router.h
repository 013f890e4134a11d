// The router: a socket-free function from an HTTP request to a reply, so
// it is unit-testable without a network, and the one list of the routes
// the daemon serves (which the OpenAPI description is checked against).
//
// Thread-safety: Handle, Admit and Routes may be called concurrently from
// io threads once every route has been added; AddRoute only before serving.
// Contract: Handle never throws and calls `reply` exactly once. A route is
// a method and a pattern ("/api/v1/{kind}/{id}/revoke"): {kind} matches
// "licenses" or "penalties", {id} a decimal id, any other {name} one
// non-empty path segment. Every route under /api/v1/ (except the OpenAPI
// description) and /metrics requires `Authorization: Bearer TOKEN` (the
// scheme in any case, RFC 9110), 401 without a valid one; the public notice
// pages and /healthz do not. A path no route has is 404; a path served only
// with other methods is 405 with `Allow`. Database work is posted to the
// reader pool (reads) or the writer (writes), never done on the calling
// thread; a full reader queue is 503 with Retry-After. Every request is
// counted in the metrics by method (a known HTTP method, or "OTHER"), route
// pattern and status, so clients cannot create new series.
#ifndef DPFEED_SERVICE_API_ROUTER_H_
#define DPFEED_SERVICE_API_ROUTER_H_

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "service/api/api_context.h"
#include "service/api/handler.h"
#include "service/api/http_message.h"

namespace dpfeed {

class Router {
 public:
  // Registers the api's own routes (intake, queries, revoke, compliance,
  // health, metrics, the OpenAPI description).
  explicit Router(ApiContext& ctx);

  // Routes, authenticates (when the route needs it) and handles `req`.
  void Handle(Request req, Reply reply);
  // As Handle, for a request whose head Admit() already authenticated.
  void Handle(Request req, Reply reply, std::optional<Principal> admitted);

  // Called with the request head before its body is read. `done` gets the
  // refusal to send instead of reading the body (404/405, 401 for a missing
  // or invalid token) or, to go on, nullopt and the principal when the
  // route is authenticated. Lets the server refuse unauthenticated uploads
  // without buffering them. `done` may run on a reader thread.
  using AdmitDone =
      std::function<void(std::optional<Response> refusal, std::optional<Principal> principal)>;
  void Admit(const Request& head, AdmitDone done);

  // Routes added by modules above the api (publication): `pattern` is the
  // metrics label and the path of the route's OpenAPI entry, `match`
  // decides whether the route applies, and `handle` runs on a reader thread
  // after authentication (if `authenticated`).
  struct ExtraRoute {
    std::string pattern;
    std::function<bool(http::verb, const std::vector<std::string>& segments)> match;
    std::function<void(HandlerArgs, const std::vector<std::string>& segments)> handle;
    bool authenticated = true;
  };
  void AddRoute(ExtraRoute route);

  struct RouteInfo {
    std::string method;   // "GET", "POST", ...
    std::string pattern;  // "/api/v1/{kind}/{id}"
    bool authenticated = true;
    bool operator==(const RouteInfo&) const = default;
  };
  // Every route, in registration order. Extra routes' methods are found by
  // asking their matcher about the pattern filled with sample values.
  std::vector<RouteInfo> Routes() const;

 private:
  struct Route {
    std::optional<http::verb> method;  // own routes; extra routes use `match`
    std::string pattern;
    std::vector<std::string> parts;  // the pattern's segments
    bool authenticated = true;
    std::function<bool(http::verb, const std::vector<std::string>&)> match;
    std::function<void(HandlerArgs, const std::vector<std::string>&)> handle;
    bool Matches(http::verb verb, const std::vector<std::string>& segments) const;
  };
  void Add(http::verb method, std::string pattern, bool authenticated,
           std::function<void(HandlerArgs, const std::vector<std::string>&)> handle);
  // The route for the request, or the refusal (400/404/405) to send.
  const Route* Find(const Request& req, std::vector<std::string>* segments,
                    std::optional<Response>* refusal) const;
  void Run(const Route& route, std::shared_ptr<Request> req, std::shared_ptr<Target> target,
           std::vector<std::string> segments, std::optional<Principal> admitted, Reply reply);

  ApiContext& ctx_;
  std::vector<Route> routes_;
};

// The bearer token of an Authorization header value ("Bearer x", any case
// of the scheme, one or more spaces), or nullopt.
std::optional<std::string> ParseBearer(std::string_view authorization);

// The metrics label for a request's method: the method's name when Beast
// knows it, "OTHER" for anything a client made up.
std::string MethodLabel(const Request& req);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_ROUTER_H_
