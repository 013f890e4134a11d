// Publication routes on the router:
//  public, unauthenticated (citizens): GET /notices (JSON list, newest
//  first, ?before=ID&limit=N; the web console serves it as HTML to
//  browsers), GET /notices/{id} (the notice page: the stored HTML artifact
//  that passed the leak guard, byte for byte, never a rendering of the
//  database), GET /feed.atom and GET /feed.json (the newest 50 notices,
//  absolute links, each with a summary and its guarded page when small).
//  Only notices the portal acknowledged are public; a decision withdrawn
//  leaves the pages and feeds when the planner publishes the notice's
//  next guarded page without it.
//  admin: GET /api/v1/deliveries?state=pending|waiting|acknowledged|failed
//  (with each delivery's last error), POST /api/v1/deliveries/{id}/retry,
//  POST /api/v1/deliveries/retry (every failed one).
#ifndef DPFEED_SERVICE_API_PUBLICATION_HANDLER_H_
#define DPFEED_SERVICE_API_PUBLICATION_HANDLER_H_

#include <string>

#include "service/api/handler.h"
#include "service/api/router.h"

namespace dpfeed {

// `*public_base_url` (e.g. "https://gk.example.gov.cn", no trailing slash)
// makes the feeds' ids and links absolute; it outlives the router and is
// not changed once requests are served.
void RegisterPublicationRoutes(Router& router, const std::string* public_base_url);

// GET /notices as JSON (the list above), for the web console's
// negotiation between the HTML list and this one.
void HandlePublicNoticeList(HandlerArgs a);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_PUBLICATION_HANDLER_H_
