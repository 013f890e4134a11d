// The one place where a Status becomes an HTTP error reply.
//
// Error bodies are JSON: {"error": "<code>", "message": "<plain words>",
// "records": [{"index": i, "wsh": "…", "errors": [{"field": "CF_NR_FK", "reason": "…"}]}]}
// where "records" is present for per-record problems. Messages meant for
// department staff are Chinese. Bodies are always valid UTF-8 JSON, whatever
// bytes a message echoes. A 503 (IOError: busy, storage unavailable)
// carries `Retry-After: kRetryAfterSeconds`.
#ifndef DPFEED_SERVICE_API_API_ERROR_H_
#define DPFEED_SERVICE_API_API_ERROR_H_

#include <string>
#include <vector>

#include "service/api/http_message.h"
#include "service/domain/record_validator.h"
#include "service/domain/status.h"

namespace dpfeed {

inline constexpr int kRetryAfterSeconds = 5;

http::status HttpStatusOf(const Status& status);
const char* ErrorCodeOf(const Status& status);

Response ErrorResponse(const Request& req, const Status& status);

struct RecordIssues {
  size_t index = 0;
  std::vector<FieldIssue> errors;
  std::string wsh;  // the record's 文书号 as sent ("" when it has none)
};
// An error reply listing problems per record index.
Response RecordErrorResponse(const Request& req, http::status status, const char* code,
                             const std::string& message, const std::vector<RecordIssues>& issues);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_API_ERROR_H_
