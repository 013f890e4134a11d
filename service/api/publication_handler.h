// Publication routes on the router:
//  public, unauthenticated (citizens): GET /notices (JSON list, newest
//  first, ?before=ID&limit=N), GET /notices/{id} (the notice page, HTML),
//  GET /feed.atom and GET /feed.json (the newest 50 notices). Only notices
//  the portal acknowledged are public; withdrawn decisions disappear from
//  every page and feed.
//  admin: GET /api/v1/deliveries?state=pending|waiting|acknowledged|failed
//  (with each delivery's last error), POST /api/v1/deliveries/{id}/retry,
//  POST /api/v1/deliveries/retry (every failed one).
#ifndef DPFEED_SERVICE_API_PUBLICATION_HANDLER_H_
#define DPFEED_SERVICE_API_PUBLICATION_HANDLER_H_

#include <string>

#include "service/api/router.h"

namespace dpfeed {

// `public_base_url` prefixes links in the feeds ("" for relative links).
void RegisterPublicationRoutes(Router& router, const std::string& public_base_url);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_PUBLICATION_HANDLER_H_
