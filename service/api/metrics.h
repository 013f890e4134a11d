// Prometheus metrics for /metrics: requests by method, route and status,
// records stored, the writer's commit latency histogram, and families other
// modules register (publication health, connections, queues).
//
// Thread-safety: all methods may be called from any thread; AddFamily only
// before serving.
// Contract: Render() writes the Prometheus text format 0.0.4 with exactly
// one `# HELP` and one `# TYPE` line per metric family, before its samples.
// Label values come from bounded sets only: callers pass a method label from
// MethodLabel() (known methods or "OTHER"), a route pattern, never a raw
// path, and an HTTP status.
#ifndef DPFEED_SERVICE_API_METRICS_H_
#define DPFEED_SERVICE_API_METRICS_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "service/store/writer.h"

namespace dpfeed {

class Metrics {
 public:
  void CountRequest(std::string_view method, std::string_view route, int status);
  void CountRecordsStored(uint64_t n) { records_stored_.fetch_add(n, std::memory_order_relaxed); }
  // The writer whose commits are rendered as a histogram (none by default).
  void SetWriterStats(const WriterStats* stats) { writer_ = stats; }

  // A family computed at scrape time. `labels` of a sample is the text
  // inside the braces (`channel="portal"`) or "" for none.
  struct Sample {
    std::string labels;
    double value = 0;
  };
  enum class Type { kGauge, kCounter };
  void AddFamily(std::string name, std::string help, Type type,
                 std::function<std::vector<Sample>()> samples);

  std::string Render() const;

 private:
  struct Family {
    std::string name, help;
    Type type;
    std::function<std::vector<Sample>()> samples;
  };
  mutable std::mutex mu_;
  std::map<std::tuple<std::string, std::string, int>, uint64_t> requests_;  // guarded by mu_
  std::vector<Family> families_;
  std::atomic<uint64_t> records_stored_{0};
  const WriterStats* writer_ = nullptr;
};

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_METRICS_H_
