// Prometheus metrics for /metrics: requests by route and status, records
// stored, and the writer's commit latency histogram.
//
// Thread-safety: all methods may be called from any thread.
#ifndef DPFEED_SERVICE_API_METRICS_H_
#define DPFEED_SERVICE_API_METRICS_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "service/store/writer.h"

namespace dpfeed {

class Metrics {
 public:
  // route is a pattern ("/api/v1/{kind}/{id}"), never a raw path.
  void CountRequest(const std::string& method, const std::string& route, int status);
  void CountRecordsStored(uint64_t n) { records_stored_.fetch_add(n, std::memory_order_relaxed); }
  // Extra gauges computed at scrape time (e.g. publisher alerts): name,
  // help, value.
  using Gauge = std::function<std::vector<std::pair<std::string, double>>()>;
  void AddGaugeSource(std::string help_prefix, Gauge gauge);

  std::string Render(const WriterStats* writer) const;

 private:
  mutable std::mutex mu_;
  std::map<std::tuple<std::string, std::string, int>, uint64_t> requests_;
  std::vector<std::pair<std::string, Gauge>> gauges_;
  std::atomic<uint64_t> records_stored_{0};
};

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_METRICS_H_
