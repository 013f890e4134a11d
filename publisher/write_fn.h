// How the publisher writes: each job runs on the write connection inside a
// transaction and is durable when the call returns Ok (the daemon's
// Writer::Run, or a plain transaction in a command-line tool).
//
// Thread-safety: as the function given; the daemon's is callable from any
// thread.
#ifndef DPFEED_PUBLISHER_WRITE_FN_H_
#define DPFEED_PUBLISHER_WRITE_FN_H_

#include <functional>

#include "service/domain/status.h"
#include "service/store/database.h"

namespace dpfeed {

using WriteJob = std::function<Status(Database&)>;
// Runs `job` durably and returns its Status (a failed job wrote nothing).
using WriteFn = std::function<Status(const WriteJob& job)>;

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_WRITE_FN_H_
