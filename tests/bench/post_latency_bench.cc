// Single-record POST latency while the daemon's regular run publishes a
// week of --records decisions (default 200,000, across --departments 50),
// beside the same latency with no run in progress, in one run on this
// machine (issue 12). The real daemon (Release build) delivers both
// channels to a real local HTTP receiver; the decisions are written into
// its database before it starts, as intake would have stored them.
//
//  1. no run: Sunday 2026-11-22 10:00, single-record POSTs at --rate per
//     second (open loop over 4 keep-alive connections) for --seconds;
//  2. the run: the clock moves to Monday 09:00:05, the daemon plans, masks,
//     renders, guards and delivers the week; the same POSTs go on until
//     the run is over (every notice of the week acknowledged on both
//     channels, and its decisions stamped published by the daemon's
//     stamper).
// Reported for each: samples, p50, p99, max and POSTs over 200 ms; and the
// run's duration and notices.
// Usage: post_latency_bench [--records N] [--departments D] [--rate R] [--seconds S]
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "service/store/database.h"
#include "tests/bench/week_of_decisions.h"
#include "tests/support/http_client.h"
#include "tests/support/http_receiver.h"
#include "tests/support/test_daemon.h"

using namespace dpfeed;
using namespace dpfeed::test;
using Steady = std::chrono::steady_clock;

namespace {

double Seconds(Steady::time_point a) {
  return std::chrono::duration<double>(Steady::now() - a).count();
}

// One number from the daemon's database, read beside it (-1 on error).
int64_t Number(Database& db, const char* sql) {
  Status s;
  Statement* st = db.Prepare(sql, &s);
  if (st == nullptr) return -1;
  const int64_t n = st->Step(&s) ? st->ColumnInt(0) : -1;
  st->Reset();
  return n;
}

struct Latencies {
  std::vector<double> ms;
  int failed = 0;  // not 201
};

// Single-record POSTs at `rate` per second over 4 connections, open loop
// (each one is due at its own time whatever the others took), until
// `done()` holds or, without `done`, for `seconds`.
Latencies PostAtRate(int port, const std::string& token, int rate, double seconds,
                     const std::string& day, const std::string& prefix,
                     const std::function<bool()>& done) {
  Latencies out;
  std::mutex mu;
  std::atomic<bool> stop{false};
  const auto start = Steady::now();
  std::vector<std::thread> threads;
  constexpr int kConnections = 4;
  for (int t = 0; t < kConnections; ++t) {
    threads.emplace_back([&, t] {
      HttpClient c(port);
      for (long i = t; !stop; i += kConnections) {
        const auto due = start + std::chrono::microseconds(i * 1000000 / rate);
        std::this_thread::sleep_until(due);
        if (stop) break;
        const std::string body =
            PenaltyJson("安市监罚〔2026〕" + prefix + std::to_string(i) + "号", day);
        const auto a = Steady::now();
        const int status = c.Post("/api/v1/penalties", body, token).status;
        const double ms = std::chrono::duration<double, std::milli>(Steady::now() - a).count();
        std::lock_guard<std::mutex> lock(mu);
        out.ms.push_back(ms);
        if (status != 201) ++out.failed;
      }
    });
  }
  while (!(done ? done() : Seconds(start) >= seconds))
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  stop = true;
  for (auto& t : threads) t.join();
  std::sort(out.ms.begin(), out.ms.end());
  return out;
}

// The daemon's group commits so far by duration bucket (upper bound in
// seconds -> cumulative count), from /metrics.
std::vector<std::pair<std::string, long>> CommitBuckets(HttpClient& admin,
                                                        const std::string& token) {
  std::vector<std::pair<std::string, long>> out;
  const std::string metrics = admin.Get("/metrics", token).body;
  const std::string prefix = "dpfeed_commit_duration_seconds_bucket{le=\"";
  for (size_t at = metrics.find(prefix); at != std::string::npos;
       at = metrics.find(prefix, at + 1)) {
    const size_t le = at + prefix.size();
    const size_t quote = metrics.find('"', le);
    out.emplace_back(metrics.substr(le, quote - le), std::atol(metrics.c_str() + quote + 3));
  }
  return out;
}

void Report(const char* what, const Latencies& l) {
  if (l.ms.empty()) {
    std::printf("  %-34s no samples\n", what);
    return;
  }
  const auto over = std::count_if(l.ms.begin(), l.ms.end(), [](double ms) { return ms > 200; });
  std::printf(
      "  %-34s %6zu POSTs  p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  >200 ms: %ld  failed: %d\n",
      what, l.ms.size(), l.ms[l.ms.size() / 2], l.ms[l.ms.size() * 99 / 100], l.ms.back(),
      static_cast<long>(over), l.failed);
}

}  // namespace

int main(int argc, char** argv) {
  int records = 200000, departments = 50, rate = 50;
  double seconds = 20;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--records") records = std::atoi(argv[i + 1]);
    if (flag == "--departments") departments = std::atoi(argv[i + 1]);
    if (flag == "--rate") rate = std::atoi(argv[i + 1]);
    if (flag == "--seconds") seconds = std::atof(argv[i + 1]);
  }
  HttpReceiver receiver;
  TestDaemon daemon(DPFEED_BINARY, ReceiverChannels(receiver.port()) + ", \"reader_threads\": 2");
  daemon.SetClock("2026-11-22T10:00:00");
  const std::string token = daemon.AddDepartment("scjgj", "安丘市市场监督管理局", kMarketUscc);
  auto t = Steady::now();
  PopulateWeek(daemon.database_path(), records, departments, {1});  // scjgj is department 1
  std::printf("populated %d decisions across %d departments in %.1f s\n", records, departments,
              Seconds(t));
  daemon.Start();
  Database::Options ro;
  ro.read_only = true;
  auto db = Database::Open(daemon.database_path(), ro);
  if (!db.ok()) return 1;

  // 1. No run in progress.
  const Latencies idle =
      PostAtRate(daemon.port(), token, rate, seconds, "2026-11-21", "I", nullptr);

  HttpClient admin(daemon.port());
  const std::string admin_token = daemon.Token("admin");
  const auto before = CommitBuckets(admin, admin_token);

  // 2. The regular run of Monday 2026-11-23 over the week.
  daemon.SetClock("2026-11-23T09:00:05");
  t = Steady::now();
  double run_s = 0;
  int64_t notices = 0;
  const auto over = [&] {
    receiver.Clear();  // the bodies would add up to hundreds of MB
    if (Number(**db, "SELECT count(*) FROM publication_runs WHERE run_key = 'regular:2026-11-16'") <
        1) {
      return false;
    }
    notices = Number(**db, "SELECT count(*) FROM notices");
    if (Number(**db,
               "SELECT count(*) FROM deliveries WHERE state <> 'acknowledged' OR stamped_at IS "
               "NULL") != 0 ||
        notices < 1) {
      return false;
    }
    run_s = Seconds(t);
    return true;
  };
  const Latencies during = PostAtRate(daemon.port(), token, rate, 0, "2026-11-23", "R", over);
  const int64_t planned = Number(**db, "SELECT count(*) FROM notice_items");

  const auto after = CommitBuckets(admin, admin_token);

  std::printf("\nsingle-record POST latency, %d POSTs/s over 4 keep-alive connections\n", rate);
  Report("no run in progress", idle);
  Report("during the regular run", during);
  std::printf(
      "  the run: %lld notices, %lld records, planned and delivered to both channels in "
      "%.1f s (%.1f notices/s)\n",
      static_cast<long long>(notices), static_cast<long long>(planned), run_s,
      static_cast<double>(notices) / run_s);
  // Why a POST waited: it waits for the group commit in progress, then
  // for its own.
  std::printf("  the writer's group commits during the run, by duration:");
  long below = 0;
  for (size_t i = 0; i < after.size() && i < before.size(); ++i) {
    const long n = after[i].second - before[i].second;
    std::printf("%s <=%s s: %ld", i == 0 ? "" : ",", after[i].first.c_str(), n - below);
    below = n;
  }
  std::printf("\n");
  daemon.Stop();
  return 0;
}
