// The daemon's own endpoints for operators and client developers:
//   GET /healthz               public: {"status":"ok"|"warn","time":…,"warnings":[…]}
//   GET /metrics               auditor, admin: Prometheus text format 0.0.4
//   GET /api/v1/openapi.json   public: the OpenAPI 3.1 description of the API
#ifndef DPFEED_SERVICE_API_SERVICE_HANDLER_H_
#define DPFEED_SERVICE_API_SERVICE_HANDLER_H_

#include <string_view>

#include "service/api/handler.h"

namespace dpfeed {

void HandleHealth(HandlerArgs args);
void HandleMetrics(HandlerArgs args);
void HandleOpenApi(HandlerArgs args);

// The OpenAPI description (service/api/openapi.json, embedded at build time).
std::string_view OpenApiJson();

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_SERVICE_HANDLER_H_
