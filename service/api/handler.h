// The signature shared by the api's request handlers, and the common steps
// they take (authorisation checks, reply helpers).
//
// Handlers run on a reader-pool thread with that thread's read-only
// connection; anything that writes is handed to the writer. A handler
// calls `reply` exactly once, possibly later from the writer thread.
#ifndef DPFEED_SERVICE_API_HANDLER_H_
#define DPFEED_SERVICE_API_HANDLER_H_

#include <string>

#include "service/api/api_context.h"
#include "service/api/api_error.h"
#include "service/api/http_message.h"
#include "service/json/json_writer.h"
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

// Forbidden unless the principal has one of the roles.
Status RequireRole(const Principal& p, std::initializer_list<Role> roles);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_HANDLER_H_
