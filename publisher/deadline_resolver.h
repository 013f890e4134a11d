// Name resolution that gives up at a deadline.
//
// getaddrinfo cannot be interrupted, and Asio's async_resolve runs it on a
// private thread while counting it as work of the caller's io_context, so
// cancelling the resolver does not return before getaddrinfo does: a hung
// DNS server would hold a delivery for as long as glibc's own retries take.
// ResolveBefore runs the blocking lookup on a thread of its own and waits
// for it only until the deadline; a lookup that has not finished by then
// is abandoned (its thread ends when getaddrinfo returns and frees what it
// used).
//
// Thread-safety: ResolveBefore may be called from many threads at once.
#ifndef DPFEED_PUBLISHER_DEADLINE_RESOLVER_H_
#define DPFEED_PUBLISHER_DEADLINE_RESOLVER_H_

#include <boost/asio/ip/tcp.hpp>
#include <chrono>
#include <functional>
#include <string>

namespace dpfeed {

using Endpoints = boost::asio::ip::tcp::resolver::results_type;
// A blocking lookup of host and port (the default is the system's).
using BlockingResolve = std::function<boost::system::error_code(
    const std::string& host, const std::string& port, Endpoints* out)>;

struct ResolveOutcome {
  bool timed_out = false;
  boost::system::error_code error;  // when the lookup finished and failed
  Endpoints endpoints;              // when it finished and succeeded
};

boost::system::error_code SystemResolve(const std::string& host, const std::string& port,
                                        Endpoints* out);

ResolveOutcome ResolveBefore(const std::string& host, const std::string& port,
                             std::chrono::steady_clock::time_point deadline,
                             const BlockingResolve& resolve = SystemResolve);

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_DEADLINE_RESOLVER_H_
