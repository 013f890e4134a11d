// The one way a handler reads a JSON request body (intake, revoke, admin
// calls): every endpoint refuses the same bad bodies the same way.
//
// Thread-safety: pure function.
// Contract: ParseJsonBody fills *doc and returns nullopt when the request
// says `Content-Type: application/json` (charset, if given, utf-8) and its
// body is exactly one JSON value under the rules of service/json/json_reader.h.
// Otherwise it returns the error reply and *doc is null:
//  - 415 for another or a missing media type;
//  - 400 for malformed JSON or invalid UTF-8, content after the value (a
//    second document is never silently dropped), or nesting deeper than
//    kMaxBodyDepth;
//  - 422 for an object that repeats a key, naming the key (and, for a
//    record of a batch, its index).
// Messages are Chinese, for department staff.
#ifndef DPFEED_SERVICE_API_JSON_BODY_H_
#define DPFEED_SERVICE_API_JSON_BODY_H_

#include <rapidjson/document.h>

#include <optional>

#include "service/api/http_message.h"

namespace dpfeed {

// Records are two levels deep (an array of objects); 32 leaves room for any
// future nested field while keeping hostile documents cheap.
inline constexpr size_t kMaxBodyDepth = 32;

std::optional<Response> ParseJsonBody(const Request& req, rapidjson::Document* doc);

// True when the Content-Type header names application/json (any case,
// optional parameters, charset utf-8 if present).
bool IsJsonContentType(std::string_view content_type);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_JSON_BODY_H_
