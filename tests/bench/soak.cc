// Soak: the real daemon over loopback under normal intake and, at the same
// time, every abusive request of issue 9, for a fixed time; reports the
// daemon's RSS (start, peak, end) and /healthz latency (percentiles over
// the whole run and its last minute), and checks that no acknowledged
// record is missing at the end.
//
//   build/release/tests/bench/soak [--minutes 10]
//
// Abuse mix (each in its own thread, in a loop): JSON nested 100,000 deep,
// a second document after the first, duplicate keys, wrong media types,
// invented methods with long names, invalid UTF-8 in paths and queries,
// 8 MB uploads announced without a token, authenticated uploads announced
// and left half-sent, slowloris heads, idle connections up to the cap, and
// garbage bytes.
#include <rapidjson/document.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "tests/integration/fixtures.h"
#include "tests/support/http_client.h"
#include "tests/support/test_daemon.h"

using namespace dpfeed::test;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

namespace {

long RssKib(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6);
  }
  return -1;
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

}  // namespace

int main(int argc, char** argv) {
  long minutes = 10;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::string(argv[i]) == "--minutes") minutes = std::atol(argv[i + 1]);
  }
  TestDaemon daemon(DPFEED_BINARY, "\"max_connections\": 512");
  daemon.SetClock("2026-11-23T10:00:00");
  const std::string token = daemon.AddDepartment("scjgj", "安丘市市场监督管理局", kMarketUscc);
  const std::string auditor = daemon.Token("auditor");
  daemon.Start();
  const int port = daemon.port();
  const auto end = Clock::now() + std::chrono::minutes(minutes);
  std::atomic<bool> stop{false};
  std::atomic<long> abusive{0}, intake_requests{0};
  std::mutex mu;
  std::set<int64_t> acknowledged;
  std::vector<std::thread> threads;

  // Normal intake: single records and batches of 50, two clients.
  for (int t = 0; t < 2; ++t) {
    threads.emplace_back([&, t] {
      HttpClient c(port);
      for (long i = 0; !stop; ++i) {
        std::string body;
        const std::string prefix =
            "安市监罚〔2026〕S" + std::to_string(t) + "-" + std::to_string(i);
        if (i % 10 == 0) {
          body = "[";
          for (int j = 0; j < 50; ++j)
            body +=
                (j ? "," : "") + PenaltyJson(prefix + "-" + std::to_string(j) + "号", "2026-11-20");
          body += "]";
        } else {
          body = PenaltyJson(prefix + "号", "2026-11-20");
        }
        HttpResult r = c.Post("/api/v1/penalties", body, token);
        ++intake_requests;
        if (r.status == 201) {
          rapidjson::Document d;
          d.Parse(r.body.c_str());
          std::lock_guard<std::mutex> lock(mu);
          for (const auto& rec : d["records"].GetArray()) acknowledged.insert(rec["id"].GetInt64());
        }
        std::this_thread::sleep_for(20ms);
      }
    });
  }
  // Abusive requests on keep-alive or fresh connections.
  const std::string deep(100000, '[');
  const std::string one = PenaltyJson("安市监罚〔2026〕X号", "2026-11-20");
  threads.emplace_back([&] {
    HttpClient c(port);
    for (long i = 0; !stop; ++i) {
      switch (i % 6) {
        case 0:
          c.Post("/api/v1/penalties", deep, token);
          break;
        case 1:
          c.Post("/api/v1/penalties", one + one, token);
          break;
        case 2:
          c.Post("/api/v1/penalties", one.substr(0, one.size() - 1) + ",\"CF_NR\":\"x\"}", token);
          break;
        case 3:
          c.Request("POST", "/api/v1/penalties", one, token, {{"Content-Type", "text/xml"}});
          break;
        case 4:
          c.Get("/api/v1/penalties?from=%FF%FE&department=%C0%AF", token);
          break;
        case 5:
          c.Get("/%ED%A0%80/x");
          break;
      }
      ++abusive;
    }
  });
  threads.emplace_back([&] {
    HttpClient c(port);
    for (long i = 0; !stop; ++i) {
      c.Raw("M" + std::to_string(i) + std::string(300, 'Z') +
            " /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      c.Raw(std::string("\x16\x03\x01\x02\x00garbage\r\n\r\n", 17));
      abusive += 2;
    }
  });
  threads.emplace_back([&] {  // unauthenticated and half-sent uploads
    for (long i = 0; !stop; ++i) {
      try {
        RawConnection c(port);
        const std::string auth = i % 2 ? "Authorization: Bearer " + token + "\r\n" : "";
        c.Send("POST /api/v1/penalties HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
               auth + "Content-Length: 8000000\r\n\r\n[");
        c.Read(200ms);
      } catch (const std::exception&) {
      }
      ++abusive;
    }
  });
  threads.emplace_back([&] {  // slowloris and idle connections, a few hundred held
    std::vector<std::unique_ptr<RawConnection>> held;
    while (!stop) {
      try {
        held.push_back(std::make_unique<RawConnection>(port));
        held.back()->Send("GET /healthz HTTP/1.1\r\nHo");
      } catch (const std::exception&) {
      }
      if (held.size() > 300) held.erase(held.begin(), held.begin() + 100);
      ++abusive;
      std::this_thread::sleep_for(10ms);
    }
  });

  // Monitor: /healthz latency and RSS every second.
  std::vector<double> latency_ms, last_minute_ms;
  long rss_start = RssKib(daemon.pid()), rss_peak = rss_start;
  HttpClient probe(port);
  int failed_probes = 0;
  while (Clock::now() < end) {
    const auto t0 = Clock::now();
    const HttpResult h = probe.Get("/healthz");
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    if (h.status != 200) ++failed_probes;
    latency_ms.push_back(ms);
    if (end - Clock::now() < 60s) last_minute_ms.push_back(ms);
    rss_peak = std::max(rss_peak, RssKib(daemon.pid()));
    std::this_thread::sleep_for(1s);
  }
  const long rss_end = RssKib(daemon.pid());
  stop = true;
  for (auto& t : threads) t.join();

  HttpClient check(port);
  size_t missing = 0;
  {
    std::lock_guard<std::mutex> lock(mu);
    for (int64_t id : acknowledged) {
      if (check.Get("/api/v1/penalties/" + std::to_string(id), auditor).status != 200) ++missing;
    }
  }
  const bool alive = daemon.running() && check.Get("/healthz").status == 200;
  std::printf(
      "soak: %ld min, %ld intake requests, %zu records acknowledged (%zu missing), %ld abusive "
      "requests\n",
      minutes, intake_requests.load(), acknowledged.size(), missing, abusive.load());
  std::printf("RSS: start %.1f MiB, peak %.1f MiB, end %.1f MiB\n", rss_start / 1024.0,
              rss_peak / 1024.0, rss_end / 1024.0);
  std::printf(
      "/healthz latency (ms), whole run: p50 %.2f, p99 %.2f, max %.2f; last minute: p50 %.2f, p99 "
      "%.2f; "
      "failed probes %d; daemon alive: %s\n",
      Percentile(latency_ms, 0.5), Percentile(latency_ms, 0.99), Percentile(latency_ms, 1.0),
      Percentile(last_minute_ms, 0.5), Percentile(last_minute_ms, 0.99), failed_probes,
      alive ? "yes" : "no");
  return missing == 0 && alive ? 0 : 1;
}
