#include "service/api/metrics.h"

#include <cstdio>

namespace dpfeed {

namespace {

std::string Number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.17g", v);
  return buf;
}

void Header(std::string& out, std::string_view name, std::string_view help, std::string_view type) {
  out.append("# HELP ").append(name).append(" ").append(help).append("\n");
  out.append("# TYPE ").append(name).append(" ").append(type).append("\n");
}

}  // namespace

void Metrics::CountRequest(std::string_view method, std::string_view route, int status) {
  std::lock_guard<std::mutex> lock(mu_);
  ++requests_[{std::string(method), std::string(route), status}];
}

void Metrics::AddFamily(std::string name, std::string help, Type type,
                        std::function<std::vector<Sample>()> samples) {
  std::lock_guard<std::mutex> lock(mu_);
  families_.push_back({std::move(name), std::move(help), type, std::move(samples)});
}

std::string Metrics::Render() const {
  std::string out;
  Header(out, "dpfeed_http_requests_total", "HTTP requests by method, route pattern and status.",
         "counter");
  std::vector<Family> families;
  {
    std::lock_guard<std::mutex> lock(mu_);
    for (const auto& [key, n] : requests_) {
      out += "dpfeed_http_requests_total{method=\"" + std::get<0>(key) + "\",route=\"" +
             std::get<1>(key) + "\",status=\"" + std::to_string(std::get<2>(key)) + "\"} " +
             std::to_string(n) + "\n";
    }
    families = families_;
  }
  Header(out, "dpfeed_records_stored_total", "Decision versions stored (new or corrected).",
         "counter");
  out += "dpfeed_records_stored_total " + std::to_string(records_stored_.load()) + "\n";
  if (writer_ != nullptr) {
    Header(out, "dpfeed_commit_duration_seconds", "Duration of one group commit (BEGIN..COMMIT).",
           "histogram");
    uint64_t cumulative = 0;
    for (size_t i = 0; i < WriterStats::kBucketsSeconds.size(); ++i) {
      cumulative += writer_->buckets[i].load();
      char le[32];
      std::snprintf(le, sizeof(le), "%g", WriterStats::kBucketsSeconds[i]);
      out += std::string("dpfeed_commit_duration_seconds_bucket{le=\"") + le + "\"} " +
             std::to_string(cumulative) + "\n";
    }
    cumulative += writer_->buckets.back().load();
    out +=
        "dpfeed_commit_duration_seconds_bucket{le=\"+Inf\"} " + std::to_string(cumulative) + "\n";
    out += "dpfeed_commit_duration_seconds_sum " +
           Number(static_cast<double>(writer_->commit_micros_total.load()) / 1e6) + "\n";
    out += "dpfeed_commit_duration_seconds_count " + std::to_string(writer_->commits.load()) + "\n";
    Header(out, "dpfeed_write_jobs_total", "Write jobs committed by the group-commit writer.",
           "counter");
    out += "dpfeed_write_jobs_total " + std::to_string(writer_->jobs.load()) + "\n";
  }
  for (const Family& f : families) {
    Header(out, f.name, f.help, f.type == Type::kGauge ? "gauge" : "counter");
    for (const Sample& s : f.samples()) {
      out += f.name + (s.labels.empty() ? "" : "{" + s.labels + "}") + " " + Number(s.value) + "\n";
    }
  }
  return out;
}

}  // namespace dpfeed
