#include "publisher/deadline_resolver.h"

#include <boost/asio/io_context.hpp>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace dpfeed {

boost::system::error_code SystemResolve(const std::string& host, const std::string& port,
                                        Endpoints* out) {
  boost::asio::io_context ioc;
  boost::asio::ip::tcp::resolver resolver(ioc);
  boost::system::error_code ec;
  *out = resolver.resolve(host, port, ec);
  return ec;
}

ResolveOutcome ResolveBefore(const std::string& host, const std::string& port,
                             std::chrono::steady_clock::time_point deadline,
                             const BlockingResolve& resolve) {
  // Shared with the lookup thread, which may outlive this call.
  struct State {
    std::mutex mu;
    std::condition_variable cv;
    bool done = false;
    boost::system::error_code error;
    Endpoints endpoints;
  };
  auto state = std::make_shared<State>();
  std::thread([state, host, port, resolve] {
    Endpoints endpoints;
    const boost::system::error_code ec = resolve(host, port, &endpoints);
    std::lock_guard<std::mutex> lock(state->mu);
    state->error = ec;
    state->endpoints = std::move(endpoints);
    state->done = true;
    state->cv.notify_all();
  }).detach();

  ResolveOutcome out;
  std::unique_lock<std::mutex> lock(state->mu);
  if (!state->cv.wait_until(lock, deadline, [&] { return state->done; })) {
    out.timed_out = true;
    return out;
  }
  out.error = state->error;
  out.endpoints = std::move(state->endpoints);
  return out;
}

}  // namespace dpfeed
