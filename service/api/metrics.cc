#include "service/api/metrics.h"

#include <cstdio>
#include <tuple>

namespace dpfeed {

void Metrics::CountRequest(const std::string& method, const std::string& route, int status) {
  std::lock_guard<std::mutex> lock(mu_);
  ++requests_[{method, route, status}];
}

void Metrics::AddGaugeSource(std::string help_prefix, Gauge gauge) {
  std::lock_guard<std::mutex> lock(mu_);
  gauges_.emplace_back(std::move(help_prefix), std::move(gauge));
}

std::string Metrics::Render(const WriterStats* writer) const {
  std::string out;
  out += "# HELP dpfeed_http_requests_total HTTP requests by method, route and status.\n";
  out += "# TYPE dpfeed_http_requests_total counter\n";
  std::vector<std::pair<std::string, Gauge>> gauges;
  {
    std::lock_guard<std::mutex> lock(mu_);
    for (const auto& [key, n] : requests_) {
      out += "dpfeed_http_requests_total{method=\"" + std::get<0>(key) + "\",route=\"" +
             std::get<1>(key) + "\",status=\"" + std::to_string(std::get<2>(key)) + "\"} " +
             std::to_string(n) + "\n";
    }
    gauges = gauges_;
  }
  out += "# HELP dpfeed_records_stored_total Decision versions stored (new or corrected).\n";
  out += "# TYPE dpfeed_records_stored_total counter\n";
  out += "dpfeed_records_stored_total " + std::to_string(records_stored_.load()) + "\n";
  if (writer != nullptr) {
    out += "# HELP dpfeed_commit_duration_seconds Duration of one group commit (BEGIN..COMMIT).\n";
    out += "# TYPE dpfeed_commit_duration_seconds histogram\n";
    uint64_t cumulative = 0;
    char buf[64];
    for (size_t i = 0; i < WriterStats::kBucketsSeconds.size(); ++i) {
      cumulative += writer->buckets[i].load();
      std::snprintf(buf, sizeof(buf), "%g", WriterStats::kBucketsSeconds[i]);
      out += std::string("dpfeed_commit_duration_seconds_bucket{le=\"") + buf + "\"} " +
             std::to_string(cumulative) + "\n";
    }
    cumulative += writer->buckets.back().load();
    out += "dpfeed_commit_duration_seconds_bucket{le=\"+Inf\"} " + std::to_string(cumulative) + "\n";
    std::snprintf(buf, sizeof(buf), "%.6f", static_cast<double>(writer->commit_micros_total.load()) / 1e6);
    out += std::string("dpfeed_commit_duration_seconds_sum ") + buf + "\n";
    out += "dpfeed_commit_duration_seconds_count " + std::to_string(writer->commits.load()) + "\n";
    out += "# HELP dpfeed_write_jobs_total Write jobs committed by the group-commit writer.\n";
    out += "# TYPE dpfeed_write_jobs_total counter\n";
    out += "dpfeed_write_jobs_total " + std::to_string(writer->jobs.load()) + "\n";
  }
  for (const auto& [help, gauge] : gauges) {
    for (const auto& [name, value] : gauge()) {
      char buf[64];
      std::snprintf(buf, sizeof(buf), "%g", value);
      const std::string base = name.substr(0, name.find('{'));
      out += "# HELP " + base + " " + help + "\n# TYPE " + base + " gauge\n";
      out += name + " " + buf + "\n";
    }
  }
  return out;
}

}  // namespace dpfeed
