// One regular run over a week of --records decisions (default 200,000)
// across 50 departments: plan, mask, render, leak-guard, store and write
// every notice with the file sinks, against a baseline measured in the
// same run on an identical copy of the database: reading the same rows
// from SQLite and writing the same number of bytes to the same number of
// files with the same durability (write, fsync, rename).
// Then delivery throughput to a local HTTP receiver (notices/s, records/s).
// Usage: publication_bench [--records N] [--departments D]
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>

#include "publisher/file_sink.h"
#include "publisher/http_sink.h"
#include "publisher/outbox.h"
#include "publisher/planner.h"
#include "service/calendar/shanghai_time.h"
#include "service/store/database.h"
#include "service/store/decision_repository.h"
#include "service/store/department_repository.h"
#include "service/store/migrations.h"
#include "service/store/notice_repository.h"
#include "service/store/writer.h"
#include "tests/integration/fixtures.h"
#include "tests/support/http_receiver.h"

using namespace dpfeed;
using namespace dpfeed::test;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {

Database::Options ReadOnly() {
  Database::Options o;
  o.read_only = true;
  return o;
}

double Seconds(Clock::time_point a) { return std::chrono::duration<double>(Clock::now() - a).count(); }

std::string Uscc(int n) {
  static const std::string kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static const int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  char base[32];
  std::snprintf(base, sizeof(base), "11370784MB2%06d", n);
  std::string code = base;
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += static_cast<int>(kAlphabet.find(code[static_cast<size_t>(i)])) * kWeights[i];
  return code + kAlphabet[static_cast<size_t>((31 - sum % 31) % 31)];
}

// A week's decisions, as intake would have stored them.
void Populate(const std::string& path, int records, int departments) {
  auto db = Database::Open(path);
  if (!db.ok() || !Migrate(**db).ok()) std::abort();
  Transaction txn(**db);
  std::vector<int64_t> ids;
  for (int d = 0; d < departments; ++d) {
    Department dept;
    dept.code = "d" + std::to_string(d);
    dept.name = "部门" + std::to_string(d);
    dept.uscc = Uscc(d);
    Status s;
    Statement* st = (*db)->Prepare(
        "INSERT INTO departments (code, name, uscc, created_at) VALUES (?, ?, ?, '')", &s);
    st->Bind(1, dept.code).Bind(2, dept.name).Bind(3, dept.uscc);
    if (!st->Run().ok()) std::abort();
    ids.push_back((*db)->LastInsertRowId());
  }
  for (int i = 0; i < records; ++i) {
    const int day = 16 + i % 7;
    const std::string jdrq = "2026-11-" + std::to_string(day);
    DecisionWrite w;
    w.department_id = ids[static_cast<size_t>(i % departments)];
    w.kind = i % 4 == 0 ? Kind::kPenalty : Kind::kLicense;
    w.wsh = "文〔2026〕" + std::to_string(i) + "号";
    w.decision_date = jdrq;
    w.content = w.kind == Kind::kPenalty ? PenaltyJson(w.wsh, jdrq) : LicenseJson(w.wsh, jdrq);
    // Stored records carry wire codes; the WSH inside must match.
    w.deadline = "2026-11-30";
    if (!UpsertDecision(**db, w, "2026-11-22T10:00:00.000+08:00").ok()) std::abort();
  }
  if (!txn.Commit().ok()) std::abort();
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

}  // namespace

int main(int argc, char** argv) {
  int records = 200000, departments = 50;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::string(argv[i]) == "--records") records = std::atoi(argv[i + 1]);
    if (std::string(argv[i]) == "--departments") departments = std::atoi(argv[i + 1]);
  }
  const std::string dir = fs::temp_directory_path() / ("dpfeed-pubbench-" + std::to_string(getpid()));
  fs::create_directories(dir);
  const std::string seed = dir + "/seed.db";
  auto t = Clock::now();
  Populate(seed, records, departments);
  std::printf("populated %d decisions in %.1f s\n", records, Seconds(t));

  auto calendar = WorkCalendar::BuiltIn();
  auto shared_calendar = std::make_shared<const WorkCalendar>(*calendar);
  PlannerOptions options;
  options.jurisdiction = "安丘市";
  ArtifactStore artifacts(dir + "/artifacts");
  Planner planner(shared_calendar, options, artifacts);
  const auto when = *ParseShanghaiDateTime("2026-11-23T09:00:00");

  // --- service: plan + render + guard + store, then write with file sinks.
  fs::copy_file(seed, dir + "/service.db");
  Writer writer(std::move(Database::Open(dir + "/service.db").value()));
  auto reader = Database::Open(dir + "/service.db", ReadOnly());
  const WriteFn write = [&writer](const WriteJob& job) { return writer.Run(job); };
  const SubmitFn submit = [&writer](WriteJob job, std::function<void(Status)> done) {
    writer.Submit(std::move(job), std::move(done));
  };
  FileSink portal(dir + "/portal"), credit(dir + "/credit");
  Outbox outbox({&portal, true}, {&credit, true}, artifacts, dir + "/service.db");
  t = Clock::now();
  Result<CycleSummary> cycle = planner.RunCycle(**reader, write, when);
  Status s = cycle.ok() ? Status::Ok() : cycle.status();
  const double plan_s = Seconds(t);
  auto delivered = outbox.DeliverDue(submit, when);
  const double service_s = Seconds(t);
  if (!s.ok() || !delivered.ok()) {
    std::fprintf(stderr, "service run failed: %s\n", s.ok() ? delivered.status().message().c_str() : s.message().c_str());
    return 1;
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
  auto base = Database::Open(dir + "/baseline.db");
  t = Clock::now();
  size_t read_bytes = 0, rows = 0;
  auto unplanned = ReadUnplanned(**base);
  for (const PlanningRow& r : *unplanned) {
    read_bytes += r.row.content.size();
    ++rows;
  }
  const size_t written = WriteLikeFiles(dir + "/baseline-files", sizes);
  const double baseline_s = Seconds(t);

  std::printf("\nregular run over %d decisions, %d departments\n", records, departments);
  std::printf("  notices created: %d, records planned: %d, files: %zu, bytes: %.1f MB\n",
              cycle->notices_created, cycle->records_planned, sizes.size(), static_cast<double>(bytes) / 1e6);
  std::printf("  service (plan+render+guard+store %.2f s, then write): %.2f s\n", plan_s, service_s);
  std::printf("  baseline (read %zu rows, %.1f MB; write %.1f MB): %.2f s\n", rows,
              static_cast<double>(read_bytes) / 1e6, static_cast<double>(written) / 1e6, baseline_s);
  std::printf("  ratio service/baseline: %.2f (target <= 3)\n", service_s / baseline_s);

  // --- delivery throughput to a local HTTP receiver.
  HttpReceiver receiver;
  fs::copy_file(seed, dir + "/http.db");
  Writer hwriter(std::move(Database::Open(dir + "/http.db").value()));
  auto hreader = Database::Open(dir + "/http.db", ReadOnly());
  const WriteFn hwrite = [&hwriter](const WriteJob& job) { return hwriter.Run(job); };
  const SubmitFn hsubmit = [&hwriter](WriteJob job, std::function<void(Status)> done) {
    hwriter.Submit(std::move(job), std::move(done));
  };
  HttpSinkOptions ho;
  ho.url = "http://127.0.0.1:" + std::to_string(receiver.port()) + "/portal";
  auto hp = HttpSink::Create(ho);
  ho.url = "http://127.0.0.1:" + std::to_string(receiver.port()) + "/credit";
  auto hc = HttpSink::Create(ho);
  Outbox houtbox({hp->get(), false}, {hc->get(), false}, artifacts, dir + "/http.db");
  cycle = planner.RunCycle(**hreader, hwrite, when);
  t = Clock::now();
  auto hdelivered = houtbox.DeliverDue(hsubmit, when);
  const double http_s = Seconds(t);
  if (hdelivered.ok()) {
    std::printf("\ndelivery to a local HTTP receiver: %d deliveries (%d notices x 2 channels) in %.2f s\n",
                hdelivered->acknowledged, cycle->notices_created, http_s);
    std::printf("  %.1f notices/s, %.0f records/s (each record sent to both channels)\n",
                cycle->notices_created / http_s, 2.0 * cycle->records_planned / http_s);
  }
  fs::remove_all(dir);
  return 0;
}
