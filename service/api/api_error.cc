#include "service/api/api_error.h"

#include "service/json/json_writer.h"

namespace dpfeed {

http::status HttpStatusOf(const Status& s) {
  switch (s.code()) {
    case StatusCode::kOk:
      return http::status::ok;
    case StatusCode::kInvalidArgument:
      return http::status::bad_request;
    case StatusCode::kNotFound:
      return http::status::not_found;
    case StatusCode::kConflict:
      return http::status::conflict;
    case StatusCode::kUnauthorized:
      return http::status::unauthorized;
    case StatusCode::kForbidden:
      return http::status::forbidden;
    case StatusCode::kIOError:
      return http::status::service_unavailable;
    case StatusCode::kCorruption:
      return http::status::internal_server_error;
  }
  return http::status::internal_server_error;
}

const char* ErrorCodeOf(const Status& s) {
  switch (s.code()) {
    case StatusCode::kOk:
      return "ok";
    case StatusCode::kInvalidArgument:
      return "invalid_request";
    case StatusCode::kNotFound:
      return "not_found";
    case StatusCode::kConflict:
      return "conflict";
    case StatusCode::kUnauthorized:
      return "unauthorized";
    case StatusCode::kForbidden:
      return "forbidden";
    case StatusCode::kIOError:
      return "unavailable";
    case StatusCode::kCorruption:
      return "internal_error";
  }
  return "internal_error";
}

Response ErrorResponse(const Request& req, const Status& status) {
  std::string body = std::string("{\"error\":\"") + ErrorCodeOf(status) + "\",\"message\":\"" +
                     JsonEscape(status.message()) + "\"}";
  Response res = JsonResponse(req, HttpStatusOf(status), std::move(body));
  if (status.code() == StatusCode::kUnauthorized) {
    res.set(http::field::www_authenticate, "Bearer realm=\"dpfeed\"");
  }
  if (status.code() == StatusCode::kIOError) {
    res.set(http::field::retry_after, std::to_string(kRetryAfterSeconds));
  }
  return res;
}

Response RecordErrorResponse(const Request& req, http::status status, const char* code,
                             const std::string& message, const std::vector<RecordIssues>& issues) {
  std::string body = std::string("{\"error\":\"") + code + "\",\"message\":\"" +
                     JsonEscape(message) + "\",\"records\":[";
  bool first_record = true;
  for (const RecordIssues& r : issues) {
    if (!first_record) body += ',';
    first_record = false;
    body += "{\"index\":" + std::to_string(r.index) + ",\"wsh\":\"" + JsonEscape(r.wsh) +
            "\",\"errors\":[";
    bool first = true;
    for (const FieldIssue& i : r.errors) {
      if (!first) body += ',';
      first = false;
      body +=
          "{\"field\":\"" + JsonEscape(i.field) + "\",\"reason\":\"" + JsonEscape(i.reason) + "\"}";
    }
    body += "]}";
  }
  body += "]}";
  return JsonResponse(req, status, std::move(body));
}

}  // namespace dpfeed
