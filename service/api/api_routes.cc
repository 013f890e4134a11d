#include "service/api/api_routes.h"

#include "service/api/agency_handler.h"
#include "service/api/compliance_handler.h"
#include "service/api/decision_query_handler.h"
#include "service/api/fields_handler.h"
#include "service/api/intake_handler.h"
#include "service/api/matters_handler.h"
#include "service/api/repair_handler.h"
#include "service/api/reports_handler.h"
#include "service/api/revoke_handler.h"
#include "service/api/service_handler.h"

namespace dpfeed {

std::optional<int64_t> ParseRouteId(const std::string& s) {
  if (s.empty() || s.size() > 18) return std::nullopt;
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

namespace {

// Segment 2 of /api/v1/{kind}/... (the router matched it).
Kind KindAt(const std::vector<std::string>& s) { return *ParseKind(s[2]); }
int64_t IdAt(const std::vector<std::string>& s, size_t i) { return *ParseRouteId(s[i]); }

}  // namespace

const std::vector<ApiRoute>& ApiRoutes() {
  using S = const std::vector<std::string>&;
  static const std::vector<ApiRoute> kRoutes = {
      {http::verb::post, "/api/v1/{kind}", true,
       [](HandlerArgs a, S s) { HandleSubmitDecisions(a, KindAt(s)); }},
      {http::verb::get, "/api/v1/{kind}", true,
       [](HandlerArgs a, S s) { HandleListDecisions(a, KindAt(s)); }},
      {http::verb::get, "/api/v1/{kind}/{id}", true,
       [](HandlerArgs a, S s) { HandleGetDecision(a, KindAt(s), IdAt(s, 3)); }},
      {http::verb::post, "/api/v1/{kind}/{id}/revoke", true,
       [](HandlerArgs a, S s) { HandleRevokeDecision(a, KindAt(s), IdAt(s, 3)); }},
      {http::verb::post, "/api/v1/penalties/{id}/repair", true,
       [](HandlerArgs a, S s) { HandleCreditRepair(a, IdAt(s, 3)); }},
      {http::verb::get, "/api/v1/fields", true, [](HandlerArgs a, S) { HandleFieldCatalogue(a); }},
      {http::verb::get, "/api/v1/matters", true, [](HandlerArgs a, S) { HandleListMatters(a); }},
      {http::verb::post, "/api/v1/matters", true, [](HandlerArgs a, S) { HandleChangeMatter(a); }},
      {http::verb::get, "/api/v1/matters/{id}", true,
       [](HandlerArgs a, S s) { HandleGetMatter(a, IdAt(s, 3)); }},
      {http::verb::get, "/api/v1/compliance/matters", true,
       [](HandlerArgs a, S) { HandleMatterCompliance(a); }},
      {http::verb::get, "/api/v1/compliance/unlisted-decisions", true,
       [](HandlerArgs a, S) { HandleUnlistedDecisions(a); }},
      {http::verb::get, "/api/v1/reports/annual", true,
       [](HandlerArgs a, S) { HandleAnnualReport(a); }},
      {http::verb::get, "/api/v1/compliance/summary", true,
       [](HandlerArgs a, S) { HandleComplianceSummary(a); }},
      {http::verb::get, "/api/v1/compliance/records", true,
       [](HandlerArgs a, S) { HandleComplianceRecords(a); }},
      {http::verb::get, "/api/v1/departments/{code}/agencies", true,
       [](HandlerArgs a, S s) { HandleListAgencies(a, s[3]); }},
      {http::verb::post, "/api/v1/departments/{code}/agencies", true,
       [](HandlerArgs a, S s) { HandleAddAgency(a, s[3]); }},
      {http::verb::delete_, "/api/v1/departments/{code}/agencies/{uscc}", true,
       [](HandlerArgs a, S s) { HandleRemoveAgency(a, s[3], s[5]); }},
      {http::verb::get, "/api/v1/openapi.json", false, [](HandlerArgs a, S) { HandleOpenApi(a); }},
      {http::verb::get, "/healthz", false, [](HandlerArgs a, S) { HandleHealth(a); }},
      {http::verb::get, "/metrics", true, [](HandlerArgs a, S) { HandleMetrics(a); }},
  };
  return kRoutes;
}

}  // namespace dpfeed
