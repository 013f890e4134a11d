// The signature shared by the api's request handlers, and the common steps
// they take (authorisation checks, reply helpers).
//
// Handlers run on a reader-pool thread with that thread's read-only
// connection; anything that writes is handed to the writer. A handler
// calls `reply` exactly once, possibly later from the writer thread.
#ifndef DPFEED_SERVICE_API_HANDLER_H_
#define DPFEED_SERVICE_API_HANDLER_H_

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>

#include "service/api/api_context.h"
#include "service/api/api_error.h"
#include "service/api/http_message.h"
#include "service/store/database.h"
#include "service/store/token_repository.h"

namespace dpfeed {

struct HandlerArgs {
  ApiContext& ctx;
  Database& db;  // the reader thread's read-only connection
  const Request& req;
  const Target& target;
  const Principal& principal;
  Reply& reply;
};

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

inline void Key(JsonWriter& w, std::string_view k) {
  w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
}
inline void Str(JsonWriter& w, std::string_view v) {
  w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
}
inline void OptStr(JsonWriter& w, const std::optional<std::string>& v) {
  if (v) Str(w, *v); else w.Null();
}

// Forbidden unless the principal has one of the roles.
Status RequireRole(const Principal& p, std::initializer_list<Role> roles);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_HANDLER_H_
