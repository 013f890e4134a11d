// Load tool for intake (issue: durable, authenticated intake). Starts the
// real daemon (Release build) on a temporary directory and reports, in one
// run on this machine:
//   1. bulk ingest, batches of 500, records/s acknowledged, against the
//      storage limit: the same records stored directly in SQLite with the
//      same schema and code path (UpsertDecision), synchronous=FULL, one
//      transaction per 500;
//   2. single-record POSTs over 64 concurrent keep-alive connections,
//      records/s, against one fsync'd SQLite commit per record;
//   3. p50/p99 latency of a single-record POST at a fixed moderate rate;
//   4. the daemon's peak RSS (VmHWM) after ingesting --million records.
// Usage: ingest_load [--bulk N] [--single N] [--rate R] [--seconds S] [--million N]
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "service/store/database.h"
#include "service/store/decision_repository.h"
#include "service/store/department_repository.h"
#include "service/store/migrations.h"
#include "tests/integration/fixtures.h"
#include "tests/support/http_client.h"
#include "tests/support/test_daemon.h"

using namespace dpfeed;
using namespace dpfeed::test;
using Clock = std::chrono::steady_clock;

namespace {

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

std::string Record(const std::string& prefix, long i) {
  return PenaltyJson("安市监罚〔2026〕" + prefix + std::to_string(i) + "号", "2026-11-20");
}

// The same content the service stores: canonical JSON of a validated record.
DecisionWrite DirectWrite(int64_t department, const std::string& prefix, long i) {
  DecisionWrite w;
  w.department_id = department;
  w.kind = Kind::kPenalty;
  w.wsh = "安市监罚〔2026〕" + prefix + std::to_string(i) + "号";
  w.decision_date = "2026-11-20";
  w.content = Record(prefix, i);
  w.deadline = "2026-12-01";
  w.display_until = "2029-11-20";
  return w;
}

struct Baseline {
  std::unique_ptr<Database> db;
  int64_t department = 0;
};

Baseline OpenBaseline(const std::string& dir) {
  Baseline b;
  auto db = Database::Open(dir + "/baseline.db");
  if (!db.ok() || !Migrate(**db).ok()) {
    std::fprintf(stderr, "baseline database failed\n");
    std::exit(1);
  }
  b.db = std::move(db.value());
  Department d;
  d.code = "scjgj";
  d.name = "市场监督管理局";
  d.uscc = kMarketUscc;
  b.department = AddDepartment(*b.db, d, "2026-11-23T10:00:00.000+08:00")->id;
  return b;
}

double BaselineRate(Baseline& b, const std::string& prefix, long n, long batch) {
  const auto t0 = Clock::now();
  for (long i = 0; i < n; i += batch) {
    Transaction txn(*b.db);
    for (long j = i; j < std::min(n, i + batch); ++j) {
      if (!UpsertDecision(*b.db, DirectWrite(b.department, prefix, j), "2026-11-23T10:00:00.000+08:00").ok()) {
        std::fprintf(stderr, "baseline insert failed\n");
        std::exit(1);
      }
    }
    if (!txn.Commit().ok()) std::exit(1);
  }
  return static_cast<double>(n) / Seconds(t0, Clock::now());
}

long PeakRssKiB(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6);
  }
  return -1;
}

}  // namespace

int main(int argc, char** argv) {
  long bulk = 100000, single = 20000, rate = 200, seconds = 10, million = 1000000;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    const long v = std::atol(argv[i + 1]);
    if (flag == "--bulk") bulk = v;
    else if (flag == "--single") single = v;
    else if (flag == "--rate") rate = v;
    else if (flag == "--seconds") seconds = v;
    else if (flag == "--million") million = v;
  }
  TestDaemon daemon(DPFEED_BINARY, "\"reader_threads\": 2");
  daemon.SetClock("2026-11-23T10:00:00");
  const std::string token = daemon.AddDepartment("scjgj", "安丘市市场监督管理局", kMarketUscc);
  daemon.Start();
  Baseline base = OpenBaseline(daemon.dir());

  // 1. Bulk: batches of 500 over 2 connections.
  const auto t0 = Clock::now();
  std::vector<std::thread> threads;
  std::atomic<long> acked{0};
  for (int t = 0; t < 2; ++t) {
    threads.emplace_back([&, t] {
      HttpClient c(daemon.port());
      for (long i = t * 500; i < bulk; i += 1000) {
        std::string body = "[";
        for (long j = i; j < std::min(bulk, i + 500); ++j) body += (j > i ? "," : "") + Record("B", j);
        HttpResult r = c.Post("/api/v1/penalties", body + "]", token);
        if (r.status == 201) acked += std::min(bulk, i + 500) - i;
      }
    });
  }
  for (auto& t : threads) t.join();
  threads.clear();
  const double bulk_rate = static_cast<double>(acked) / Seconds(t0, Clock::now());
  const double bulk_base = BaselineRate(base, "B", bulk, 500);

  // 2. Single records, 64 keep-alive connections.
  acked = 0;
  std::atomic<long> next{0};
  const auto t1 = Clock::now();
  for (int t = 0; t < 64; ++t) {
    threads.emplace_back([&] {
      HttpClient c(daemon.port());
      for (long i = next++; i < single; i = next++) {
        if (c.Post("/api/v1/penalties", Record("S", i), token).status == 201) ++acked;
      }
    });
  }
  for (auto& t : threads) t.join();
  threads.clear();
  const double single_rate = static_cast<double>(acked) / Seconds(t1, Clock::now());
  const double single_base = BaselineRate(base, "S", std::min(single, 2000L), 1);

  // 3. Latency at a fixed rate (open loop across 8 connections).
  std::vector<double> latencies;
  std::mutex mu;
  const long total = rate * seconds;
  const auto start = Clock::now();
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      HttpClient c(daemon.port());
      for (long i = t; i < total; i += 8) {
        const auto due = start + std::chrono::microseconds(i * 1000000 / rate);
        std::this_thread::sleep_until(due);
        const auto a = Clock::now();
        c.Post("/api/v1/penalties", Record("L", i), token);
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - a).count();
        std::lock_guard<std::mutex> lock(mu);
        latencies.push_back(ms);
      }
    });
  }
  for (auto& t : threads) t.join();
  threads.clear();
  std::sort(latencies.begin(), latencies.end());
  const double p50 = latencies[latencies.size() / 2];
  const double p99 = latencies[latencies.size() * 99 / 100];

  // 4. Peak RSS after ingesting `million` records in total.
  const long already = bulk + single + total;
  const long remaining = std::max(0L, million - already);
  for (int t = 0; t < 2; ++t) {
    threads.emplace_back([&, t] {
      HttpClient c(daemon.port());
      for (long i = t * 500; i < remaining; i += 1000) {
        std::string body = "[";
        for (long j = i; j < std::min(remaining, i + 500); ++j) body += (j > i ? "," : "") + Record("M", j);
        c.Post("/api/v1/penalties", body + "]", token);
      }
    });
  }
  for (auto& t : threads) t.join();
  HttpClient admin(daemon.port());
  const std::string metrics = admin.Get("/metrics", daemon.Token("admin")).body;
  const size_t at = metrics.find("\ndpfeed_records_stored_total ");
  const long stored = at == std::string::npos ? -1 : std::atol(metrics.c_str() + at + 29);
  const long rss = PeakRssKiB(daemon.pid());

  std::printf("dpfeed intake load (2 cores, loopback, synchronous=FULL)\n");
  std::printf("%-58s %12s %12s %8s\n", "measure", "service", "baseline", "ratio");
  std::printf("%-58s %12.0f %12.0f %8.2f\n", "bulk ingest, batches of 500 (records/s)", bulk_rate, bulk_base,
              bulk_rate / bulk_base);
  std::printf("%-58s %12.0f %12.0f %8.2f\n", "single-record POSTs, 64 connections (records/s)", single_rate,
              single_base, single_rate / single_base);
  std::printf("%-58s %12.2f %12.2f\n", "latency at fixed rate (ms): p50 / p99", p50, p99);
  std::printf("  (rate %ld requests/s for %ld s, %zu samples)\n", rate, seconds, latencies.size());
  std::printf("%-58s %12.1f\n", "peak RSS of the daemon (MiB)", static_cast<double>(rss) / 1024.0);
  std::printf("  (records stored in this run: %ld)\n", stored);
  daemon.Stop();
  return 0;
}
