// The publication pipeline on --records decisions of one week (default
// 200,000) across --departments departments (default 50), one run each, on
// identical copies of one database:
//  1. the regular Monday run through the file sinks: plan (snapshot read,
//     mask, render, leak guard, artifact files, short commits), then deliver
//     every notice to both channels' directories; against a baseline
//     measured in the same run: reading the same rows from SQLite and
//     writing the same bytes to as many files with the same durability
//     (write, fsync, rename, directory fsync); and, beside it, the least
//     SQLite bookkeeping of the same decisions (BookkeepingSeconds);
//  2. delivery of the same notices to two local HTTP receivers (portal and
//     credit, kept-alive connections, parallel lanes): notices/s;
//  3. the same with the credit receiver never answering: the portal's rate
//     beside it.
// Usage: publication_bench [--records N] [--departments D] [--in-date-order]
// (--in-date-order: the week posted day by day, as a real week arrives,
// instead of the date cycling with every decision; see week_of_decisions.h)
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>

#include "publisher/file_sink.h"
#include "publisher/http_sink.h"
#include "publisher/outbox.h"
#include "publisher/planner.h"
#include "service/calendar/shanghai_time.h"
#include "service/store/database.h"
#include "service/store/notice_repository.h"
#include "service/store/publication_stamps.h"
#include "service/store/writer.h"
#include "tests/bench/week_of_decisions.h"
#include "tests/support/http_receiver.h"

using namespace dpfeed;
using namespace dpfeed::test;
using Steady = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {

double Seconds(Steady::time_point a) {
  return std::chrono::duration<double>(Steady::now() - a).count();
}

Database::Options ReadOnly() {
  Database::Options o;
  o.read_only = true;
  return o;
}

size_t WriteLikeFiles(const std::string& dir, const std::vector<size_t>& sizes) {
  fs::create_directories(dir);
  size_t total = 0;
  std::string buf;
  for (size_t i = 0; i < sizes.size(); ++i) {
    buf.assign(sizes[i], 'x');
    const std::string final_path = dir + "/f" + std::to_string(i);
    const std::string tmp = final_path + ".tmp";
    const int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (write(fd, buf.data(), buf.size()) != static_cast<ssize_t>(buf.size())) std::abort();
    fsync(fd);
    close(fd);
    rename(tmp.c_str(), final_path.c_str());
    total += sizes[i];
  }
  const int dfd = open(dir.c_str(), O_RDONLY);
  fsync(dfd);
  close(dfd);
  return total;
}

// The least SQLite bookkeeping of the run with this schema (the compliance
// covering index holds each decision's publication times), beside the
// baseline: in decision-id order, 400 to a
// transaction (synchronous=FULL), each decision marked planned and
// published on both channels in one row write and recorded as an item of
// its department's notice. No notice rows: foreign keys off.
double BookkeepingSeconds(const std::string& path) {
  auto db = std::move(Database::Open(path).value());
  if (!db->Exec("PRAGMA foreign_keys=OFF").ok()) std::abort();
  auto rows = ReadUnplanned(*db);
  if (!rows.ok()) std::abort();
  struct Item {
    int64_t id, version, notice;
  };
  std::vector<Item> items;
  for (const PlanningRow& r : *rows) {
    items.push_back({r.row.id, r.row.current_version,
                     r.row.department_id * 2 + (r.row.kind == Kind::kPenalty ? 1 : 0)});
  }
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.id < b.id; });
  Status s;
  Statement* mark = db->Prepare(
      "UPDATE decisions SET planned_version = ?1, portal_published_at = ?2, credit_published_at "
      "= ?2 WHERE id = ?3",
      &s);
  Statement* item = db->Prepare(
      "INSERT INTO notice_items (notice_id, decision_id, version, action) VALUES (?, ?, ?, "
      "'publish')",
      &s);
  if (mark == nullptr || item == nullptr) std::abort();
  const auto t = Steady::now();
  for (size_t at = 0; at < items.size(); at += 400) {
    if (!db->Exec("BEGIN IMMEDIATE").ok()) std::abort();
    for (size_t i = at; i < std::min(items.size(), at + 400); ++i) {
      mark->Bind(1, items[i].version).Bind(2, "2026-11-23T09:00:01.000+08:00").Bind(3, items[i].id);
      item->Bind(1, items[i].notice).Bind(2, items[i].id).Bind(3, items[i].version);
      if (!mark->Run().ok() || !item->Run().ok()) std::abort();
    }
    if (!db->Exec("COMMIT").ok()) std::abort();
  }
  return Seconds(t);
}

// A database with its writer and a read connection, as the daemon has them.
struct Store {
  explicit Store(const std::string& p)
      : path(p),
        writer(std::move(Database::Open(p).value())),
        reader(std::move(Database::Open(p, ReadOnly()).value())) {}
  WriteFn Write() {
    return [this](const WriteJob& job) { return writer.Run(job); };
  }
  SubmitFn Submit() {
    return [this](WriteJob job, std::function<void(Status)> done) {
      writer.SubmitBackground(std::move(job), std::move(done));
    };
  }
  int64_t Acknowledged(const char* channel) {
    Status s;
    Statement* st = reader->Prepare(
        channel[0] == 'p'
            ? "SELECT count(*) FROM deliveries WHERE channel = 'portal' AND state = 'acknowledged'"
            : "SELECT count(*) FROM deliveries WHERE channel = 'credit' AND state = 'acknowledged'",
        &s);
    int64_t n = 0;
    if (st->Step(&s)) n = st->ColumnInt(0);
    st->Reset();
    return n;
  }
  int64_t Unstamped() { return CountUnstampedAcknowledgements(*reader).value(); }
  std::string path;
  Writer writer;
  std::unique_ptr<Database> reader;
};

std::unique_ptr<HttpSink> Http(const HttpReceiver& r, const char* path, int timeout_s) {
  HttpSinkOptions o;
  o.url = r.Url(path);
  o.secret = "whsec_ZHBmZWVkLWJlbmNoLWtleS0wMDAwMDAwMDAwMDA=";
  o.timeout = std::chrono::seconds(timeout_s);
  return std::move(HttpSink::Create(o).value());
}

struct Rates {
  double portal_s = 0, all_s = 0, stamped_s = 0;
};

// Runs the daemon's delivery lanes until every portal (and, unless
// `portal_only`, every credit) delivery is acknowledged, and then (both
// healthy) until its stamper has stamped every decision with them.
Rates DeliverOverHttp(Store& store, const ArtifactStore& artifacts, Sink& portal, Sink& credit,
                      int notices, std::chrono::system_clock::time_point when, bool portal_only) {
  ManualClock clock(when);
  Outbox outbox({&portal, false}, {&credit, false}, artifacts, store.path);
  Rates r;
  const auto t = Steady::now();
  if (!outbox.Start(store.Submit(), clock, std::chrono::milliseconds(5)).ok()) std::abort();
  while (store.Acknowledged("portal") < notices)
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  r.portal_s = Seconds(t);
  while (!portal_only && store.Acknowledged("credit") < notices)
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  r.all_s = Seconds(t);
  while (!portal_only && store.Unstamped() > 0)
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  r.stamped_s = Seconds(t);
  outbox.Stop();
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  int records = 200000, departments = 50;
  bool in_date_order = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--in-date-order") in_date_order = true;
    if (i + 1 >= argc) continue;
    if (a == "--records") records = std::atoi(argv[++i]);
    if (a == "--departments") departments = std::atoi(argv[++i]);
  }
  const std::string dir =
      fs::temp_directory_path() / ("dpfeed-pubbench-" + std::to_string(getpid()));
  fs::create_directories(dir);
  const std::string seed = dir + "/seed.db";
  auto t = Steady::now();
  PopulateWeek(seed, records, departments, {}, in_date_order);
  std::printf("populated %d decisions in %.1f s (%s)\n", records, Seconds(t),
              in_date_order ? "posted day by day" : "the date cycling with every decision");

  PlannerOptions options;
  options.jurisdiction = "安丘市";
  ArtifactStore artifacts(dir + "/artifacts");
  const Planner planner(WorkCalendar::BuiltIn(), options, artifacts);
  const auto when = *ParseShanghaiDateTime("2026-11-23T09:00:00");

  // --- 1. service: plan, then write every notice with the file sinks.
  fs::copy_file(seed, dir + "/service.db");
  Result<CycleSummary> cycle = Status::Ok();
  double plan_s = 0, service_s = 0;
  {
    Store store(dir + "/service.db");
    FileSink portal(dir + "/portal"), credit(dir + "/credit");
    Outbox outbox({&portal, true}, {&credit, true}, artifacts, store.path);
    t = Steady::now();
    cycle = planner.RunCycle(*store.reader, store.Write(), when);
    plan_s = Seconds(t);
    auto delivered = outbox.DeliverDue(store.Submit(), when);
    service_s = Seconds(t);
    if (!cycle.ok() || !delivered.ok()) {
      std::fprintf(stderr, "service run failed: %s\n",
                   (cycle.ok() ? delivered.status() : cycle.status()).ToString().c_str());
      return 1;
    }
  }
  std::vector<size_t> sizes;
  size_t bytes = 0;
  for (const auto& sub : {"/portal", "/credit"}) {
    for (const auto& e : fs::directory_iterator(dir + sub)) {
      sizes.push_back(fs::file_size(e.path()));
      bytes += sizes.back();
    }
  }

  // --- baseline: read the same rows, write the same bytes to as many files.
  fs::copy_file(seed, dir + "/baseline.db");
  double baseline_s = 0;
  size_t read_bytes = 0, rows = 0, written = 0;
  {
    auto base = Database::Open(dir + "/baseline.db", ReadOnly());
    t = Steady::now();
    auto unplanned = ReadUnplanned(**base);
    for (const PlanningRow& r : *unplanned) {
      read_bytes += r.row.content.size();
      ++rows;
    }
    written = WriteLikeFiles(dir + "/baseline-files", sizes);
    baseline_s = Seconds(t);
  }

  fs::copy_file(seed, dir + "/bookkeeping.db");
  const double bookkeeping_s = BookkeepingSeconds(dir + "/bookkeeping.db");

  std::printf("\nregular run over %d decisions, %d departments\n", records, departments);
  std::printf("  notices created: %d, records planned: %d, files: %zu, bytes: %.1f MB\n",
              cycle->notices_created, cycle->records_planned, sizes.size(),
              static_cast<double>(bytes) / 1e6);
  std::printf(
      "  service: plan+mask+render+guard+store %.2f s, then write to the file sinks: %.2f s in "
      "all\n",
      plan_s, service_s);
  std::printf(
      "  of which: snapshot read %.2f s, building on %d threads %.2f s (thread time), commits %.2f "
      "s\n",
      cycle->read_seconds, options.threads, cycle->build_seconds, cycle->commit_seconds);
  std::printf(
      "  building by stage (thread time): mask %.2f s, render %.2f s, guard %.2f s, store %.2f s\n",
      cycle->mask_seconds, cycle->render_seconds, cycle->guard_seconds, cycle->store_seconds);
  std::printf("  baseline (read %zu rows, %.1f MB; write %.1f MB to %zu files): %.2f s\n", rows,
              static_cast<double>(read_bytes) / 1e6, static_cast<double>(written) / 1e6,
              sizes.size(), baseline_s);
  std::printf("  ratio service/baseline: %.2f (target <= 3)\n", service_s / baseline_s);
  std::printf(
      "  the least SQLite bookkeeping of the same decisions with this schema (one row write and "
      "one item each, in id order, 400 per commit): %.2f s; baseline with it: %.2f s, ratio "
      "%.2f\n",
      bookkeeping_s, baseline_s + bookkeeping_s, service_s / (baseline_s + bookkeeping_s));

  // --- 2 and 3. delivery to local HTTP receivers, from two copies of one
  // planned database (the artifacts are shared).
  fs::copy_file(seed, dir + "/http.db");
  {
    Store store(dir + "/http.db");
    cycle = planner.RunCycle(*store.reader, store.Write(), when);
  }  // closed: its WAL is checkpointed into the file
  fs::copy_file(dir + "/http.db", dir + "/hang.db");
  const int notices = cycle->notices_created;
  Rates healthy, hanging;
  {
    HttpReceiver portal_receiver, credit_receiver;
    auto portal = Http(portal_receiver, "/portal", 30);
    auto credit = Http(credit_receiver, "/credit", 30);
    Store store(dir + "/http.db");
    healthy = DeliverOverHttp(store, artifacts, *portal, *credit, notices, when, false);
  }
  {
    HttpReceiver portal_receiver, credit_receiver;
    credit_receiver.SetDelay(std::chrono::hours(1));  // reads each request, never answers
    auto portal = Http(portal_receiver, "/portal", 30);
    auto credit = Http(credit_receiver, "/credit", 3);
    Store store(dir + "/hang.db");
    hanging = DeliverOverHttp(store, artifacts, *portal, *credit, notices, when, true);
  }
  std::printf(
      "\ndelivery to two local HTTP receivers (portal, credit), %d notices of %.0f records on "
      "average\n",
      notices, static_cast<double>(cycle->records_planned) / notices);
  std::printf(
      "  both healthy: %.1f notices/s reach both channels (%.2f s); portal alone %.1f notices/s\n",
      notices / healthy.all_s, healthy.all_s, notices / healthy.portal_s);
  std::printf(
      "  decisions stamped with both acknowledgements after %.2f s (the daemon's stamper waits "
      "for the lanes to pause)\n",
      healthy.stamped_s);
  std::printf("  credit receiver never answering: portal %.1f notices/s (%.2f s)\n",
              notices / hanging.portal_s, hanging.portal_s);
  fs::remove_all(dir);
  return 0;
}
