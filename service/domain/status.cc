#include "service/domain/status.h"

namespace dpfeed {

std::string Status::ToString() const {
  const char* name = "OK";
  switch (code_) {
    case StatusCode::kOk: return "OK";
    case StatusCode::kInvalidArgument: name = "InvalidArgument"; break;
    case StatusCode::kNotFound: name = "NotFound"; break;
    case StatusCode::kConflict: name = "Conflict"; break;
    case StatusCode::kUnauthorized: name = "Unauthorized"; break;
    case StatusCode::kForbidden: name = "Forbidden"; break;
    case StatusCode::kIOError: name = "IOError"; break;
    case StatusCode::kCorruption: name = "Corruption"; break;
  }
  return std::string(name) + ": " + message_;
}

}  // namespace dpfeed
