// How the publisher writes: each job runs on the write connection inside a
// transaction and is durable when it reports Ok (the store's Writer: Run
// waits for that, SubmitBackground reports it to a callback; both queue
// behind the requests of department systems).
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
// Queues `job` and returns at once; `done` gets its durable outcome later,
// on another thread (the daemon's Writer::SubmitBackground).
using SubmitFn = std::function<void(WriteJob job, std::function<void(Status)> done)>;

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_WRITE_FN_H_
