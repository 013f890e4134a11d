// What an operator meets (issue 9, operations): one daemon per database,
// backup and restore under load, logs, SIGHUP reload, and the command line's
// day-one manners. Against the real binary and a real SQLite file.
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <signal.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "tests/integration/fixtures.h"
#include "tests/support/http_client.h"
#include "tests/support/test_daemon.h"

namespace dpfeed::test {
namespace {

using namespace std::chrono_literals;

rapidjson::Document Json(const std::string& body) {
  rapidjson::Document d;
  d.Parse(body.c_str(), body.size());
  return d;
}

int64_t FirstId(const HttpResult& r) {
  auto d = Json(r.body);
  return d.IsObject() && d.HasMember("records") ? d["records"][0]["id"].GetInt64() : -1;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

void WriteFile(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

// Waits until the daemon's log contains `text`.
bool WaitForLog(const TestDaemon& d, const std::string& text, std::chrono::seconds timeout = 20s) {
  const auto until = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < until) {
    if (d.Log().find(text) != std::string::npos) return true;
    std::this_thread::sleep_for(50ms);
  }
  return false;
}

TEST(OperationsTest, ASecondDaemonOnTheSameDatabaseRefusesToStart) {
  TestDaemon d(DPFEED_BINARY);
  d.Start();
  CommandResult second = d.Cli({"serve"});
  EXPECT_NE(second.exit_code, 0);
  EXPECT_NE(second.err.find("in use by another dpfeed (pid " + std::to_string(d.pid())),
            std::string::npos)
      << second.err;
  // The first one is unharmed; after it stops, a new one starts.
  HttpClient client(d.port());
  EXPECT_EQ(client.Get("/healthz").status, 200);
  EXPECT_EQ(d.Stop(SIGTERM), 0);
  d.Start();
  EXPECT_EQ(HttpClient(d.port()).Get("/healthz").status, 200);
}

TEST(OperationsTest, ABackupTakenUnderLoadRestoresEveryAcknowledgedRecord) {
  TestDaemon d(DPFEED_BINARY);
  d.SetClock("2026-11-20T12:00:00");
  const std::string market = d.AddDepartment("scjgj", "安丘市市场监督管理局", kMarketUscc);
  const std::string auditor = d.Token("auditor");
  d.Start();
  // One published notice, so the backup has rendered artifacts to carry.
  HttpClient first(d.port());
  ASSERT_EQ(first.Post("/api/v1/penalties", PenaltyJson("安市监罚〔2026〕P1号", "2026-11-16"), market).status, 201);
  d.SetClock("2026-11-23T09:00:30");
  const auto published_until = std::chrono::steady_clock::now() + 20s;
  std::string notice;
  while (notice.empty() && std::chrono::steady_clock::now() < published_until) {
    auto list = Json(first.Get("/notices?format=json").body);
    if (list.IsObject() && !list["notices"].Empty()) notice = std::to_string(list["notices"][0]["id"].GetInt64());
    std::this_thread::sleep_for(50ms);
  }
  ASSERT_FALSE(notice.empty()) << d.Log();
  std::atomic<bool> stop{false};
  std::mutex mu;
  std::set<int64_t> acknowledged;
  std::vector<std::thread> writers;
  for (int t = 0; t < 4; ++t) {
    writers.emplace_back([&, t] {
      HttpClient c(d.port());
      for (int i = 0; !stop; ++i) {
        HttpResult r = c.Post(
            "/api/v1/penalties",
            PenaltyJson("安市监罚〔2026〕B" + std::to_string(t) + "-" + std::to_string(i) + "号",
                        "2026-11-20"),
            market);
        if (r.status != 201) continue;
        std::lock_guard<std::mutex> lock(mu);
        acknowledged.insert(FirstId(r));
      }
    });
  }
  const auto count = [&] {
    std::lock_guard<std::mutex> lock(mu);
    return acknowledged.size();
  };
  while (count() < 200) std::this_thread::sleep_for(10ms);
  std::set<int64_t> before_backup;
  {
    std::lock_guard<std::mutex> lock(mu);
    before_backup = acknowledged;
  }
  const std::string copy = d.dir() + "/backup.db";
  CommandResult backup = d.Cli({"backup", "--to", copy});
  const size_t during = count();
  stop = true;
  for (auto& w : writers) w.join();
  ASSERT_EQ(backup.exit_code, 0) << backup.err;
  EXPECT_NE(backup.out.find("integrity check ok"), std::string::npos) << backup.out;
  EXPECT_GT(during, before_backup.size()) << "the load went on during the backup";

  CommandResult refused = d.Cli({"restore", "--from", copy});
  EXPECT_NE(refused.exit_code, 0);
  EXPECT_NE(refused.err.find("refusing to restore"), std::string::npos) << refused.err;

  ASSERT_EQ(d.Stop(SIGTERM), 0);
  // As if the disk were lost: the rendered notices come back from the backup.
  const std::string artifacts = d.database_path() + "-artifacts";
  const auto files_in = [](const std::string& dir) {
    size_t n = 0;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) n += e.is_regular_file();
    return n;
  };
  const size_t artifact_files = files_in(artifacts);
  ASSERT_GE(artifact_files, 3u);
  EXPECT_EQ(files_in(copy + "-artifacts"), artifact_files);
  std::filesystem::remove_all(artifacts);
  CommandResult restored = d.Cli({"restore", "--from", copy});
  ASSERT_EQ(restored.exit_code, 0) << restored.err;
  EXPECT_EQ(files_in(artifacts), artifact_files);
  d.Start();
  HttpClient c(d.port());
  EXPECT_EQ(c.Get("/notices/" + notice).status, 200);
  size_t found = 0;
  for (int64_t id : before_backup) {
    if (c.Get("/api/v1/penalties/" + std::to_string(id), auditor).status == 200) ++found;
  }
  EXPECT_EQ(found, before_backup.size());
  // A damaged backup is refused before anything is replaced.
  ASSERT_EQ(d.Stop(SIGTERM), 0);
  std::filesystem::resize_file(copy, std::filesystem::file_size(copy) / 2);
  CommandResult damaged = d.Cli({"restore", "--from", copy});
  EXPECT_NE(damaged.exit_code, 0);
  d.Start();
  EXPECT_EQ(HttpClient(d.port())
                .Get("/api/v1/penalties/" + std::to_string(*before_backup.begin()), auditor)
                .status,
            200);
}

TEST(OperationsTest, JsonLogLinesCarryNoPersonalValue) {
  TestDaemon d(DPFEED_BINARY, "\"log_format\": \"json\"");
  d.SetClock("2026-11-20T10:00:00");
  const std::string market = d.AddDepartment("scjgj", "安丘市市场监督管理局", kMarketUscc);
  d.Start();
  HttpClient c(d.port());
  const std::string license = LicenseJson("安市监许〔2026〕1号", "2026-11-18");
  ASSERT_EQ(c.Post("/api/v1/licenses", license, market).status, 201);
  // Refused in every way that echoes record content back to the client.
  std::string bad = license;
  bad.replace(bad.find("11010519491231002X"), 18, "110105194912310021");
  EXPECT_EQ(c.Post("/api/v1/licenses", bad, market).status, 422);
  std::string other = license;
  other.replace(other.find("张三丰"), 9, "李四光");
  EXPECT_EQ(c.Post("/api/v1/licenses", other, market).status, 409);
  EXPECT_EQ(c.Post("/api/v1/licenses", license + license, market).status, 400);
  d.SetClock("2026-11-23T09:00:30");  // the Monday run publishes it
  std::this_thread::sleep_for(1500ms);
  ASSERT_EQ(d.Stop(SIGTERM), 0);

  const std::string log = d.Log();
  for (const char* personal :
       {"张三丰", "李四光", "11010519491231002X", "110105194912310021", "13812345678"}) {
    EXPECT_EQ(log.find(personal), std::string::npos) << personal;
  }
  size_t lines = 0;
  for (const std::string& line : Lines(log)) {
    if (line.rfind("dpfeed: ", 0) == 0) continue;  // the CLI's own stderr
    auto j = Json(line);
    ASSERT_TRUE(j.IsObject()) << line;
    for (const char* key : {"time", "level", "event", "message"})
      ASSERT_TRUE(j.HasMember(key)) << line;
    const std::string time = j["time"].GetString();
    EXPECT_EQ(time.substr(time.size() - 6), "+08:00") << line;
    ++lines;
  }
  EXPECT_GE(lines, 3u);
  EXPECT_NE(log.find("\"event\":\"daemon.listening\""), std::string::npos);
}

TEST(OperationsTest, TextLogTimestampsAreInShanghaiTime) {
  TestDaemon d(DPFEED_BINARY);
  d.Start();
  ASSERT_EQ(d.Stop(SIGTERM), 0);
  const auto lines = Lines(d.Log());
  ASSERT_FALSE(lines.empty());
  for (const std::string& line : lines) {
    ASSERT_GT(line.size(), 30u) << line;
    EXPECT_EQ(line.substr(23, 6), "+08:00") << line;
  }
}

TEST(OperationsTest, SighupReloadsTheCalendarWithoutDroppingConnections) {
  TestDaemon d(DPFEED_BINARY, "\"calendar_files\": [\"extra-calendar.json\"]");
  const std::string calendar = d.dir() + "/extra-calendar.json";
  WriteFile(calendar, "{\"years\": {\"2031\": {\"holidays\": []}}}");
  d.SetClock("2026-11-23T10:00:00");
  const std::string market = d.AddDepartment("scjgj", "安丘市市场监督管理局", kMarketUscc);
  d.Start();
  RawConnection kept(d.port());
  auto post = [&](const std::string& wsh) {
    const std::string body = PenaltyJson(wsh, "2026-11-20");
    EXPECT_TRUE(kept.Send(
        "POST /api/v1/penalties HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        "Authorization: Bearer " +
        market + "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body));
    const std::string reply = kept.Read(10s);
    const size_t at = reply.find("\"deadline\":\"");
    return at == std::string::npos ? reply : reply.substr(at + 12, 10);
  };
  EXPECT_EQ(post("安市监罚〔2026〕1号"), "2026-12-01");

  // Next week declared a holiday week (an override of 2026), then SIGHUP.
  WriteFile(calendar,
            "{\"years\": {\"2026\": {\"holidays\": [{\"date\": \"2026-11-23\"}, {\"date\": "
            "\"2026-11-24\"}, {\"date\": \"2026-11-25\"}, {\"date\": \"2026-11-26\"}, {\"date\": "
            "\"2026-11-27\"}]}}}");
  kill(d.pid(), SIGHUP);
  ASSERT_TRUE(WaitForLog(d, "calendar reloaded")) << d.Log();
  // The same connection, the new calendar, and the stored deadline moved.
  EXPECT_EQ(post("安市监罚〔2026〕2号"), "2026-12-08");
  HttpClient c(d.port());
  const std::string auditor = d.Token("auditor");
  auto list = Json(c.Get("/api/v1/penalties?from=2026-11-20&to=2026-11-20", auditor).body);
  ASSERT_EQ(list["items"].Size(), 2u);
  for (const auto& item : list["items"].GetArray())
    EXPECT_EQ(std::string(item["deadline"].GetString()), "2026-12-08");

  // A broken file: refused, the running calendar stays, still serving.
  WriteFile(calendar, "{\"years\": {\"2026\": {\"holidays\": [{\"date\": \"2026-13-01\"}]}}}");
  kill(d.pid(), SIGHUP);
  ASSERT_TRUE(WaitForLog(d, "keeping the running calendar")) << d.Log();
  EXPECT_EQ(post("安市监罚〔2026〕3号"), "2026-12-08");
  EXPECT_EQ(d.Stop(SIGTERM), 0);
}

TEST(CommandLineTest, VersionDidYouMeanHeadersAndWhichConfig) {
  TestDaemon d(DPFEED_BINARY);
  CommandResult r = RunCommand({DPFEED_BINARY, "--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("dpfeed 1.", 0), 0u) << r.out;

  r = RunCommand({DPFEED_BINARY, "sevre"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("did you mean 'serve'?"), std::string::npos) << r.err;
  r = RunCommand({DPFEED_BINARY, "token", "lst"});
  EXPECT_NE(r.err.find("did you mean 'list'?"), std::string::npos) << r.err;

  d.AddDepartment("scjgj", "安丘市市场监督管理局", kMarketUscc);
  EXPECT_EQ(Lines(d.Cli({"department", "list"}).out).front(), "id\tcode\tname\tuscc\toptions");
  EXPECT_EQ(Lines(d.Cli({"token", "list"}).out).front(),
            "id\tprefix\trole\tdepartment\tcreated_at\tstatus\tlabel");

  // Without --config the command says what it uses (here: no system file).
  r = RunCommand({DPFEED_BINARY, "deadline", "2026-11-20"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("no --config given"), std::string::npos) << r.err;
}

TEST(CommandLineTest, AConfigFileWithSeveralMistakesReportsEachWithItsLine) {
  TestDaemon d(DPFEED_BINARY);
  const std::string path = d.dir() + "/bad.jsonc";
  WriteFile(path,
            "// three mistakes\n"
            "{\n"
            "  \"listen\": 8080,\n"
            "  \"io_thread\": 2,\n"
            "  \"schedule\": {\n"
            "    \"run_time\": \"25:00\"\n"
            "  }\n"
            "}\n");
  CommandResult r = RunCommand({DPFEED_BINARY, "department", "list", "--config", path});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("3 problems"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("line 3: config field listen"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("line 4: config field io_thread is not known"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("line 6: config field schedule.run_time"), std::string::npos) << r.err;
  WriteFile(path, "{\n\"listen\": \"127.0.0.1:1\",\n\"listen\": \"127.0.0.1:2\"\n}\n");
  r = RunCommand({DPFEED_BINARY, "department", "list", "--config", path});
  EXPECT_NE(r.err.find("line 3: sets listen twice"), std::string::npos) << r.err;
}

TEST(CommandLineTest, AgenciesAreManagedFromTheCommandLine) {
  TestDaemon d(DPFEED_BINARY);
  d.SetClock("2026-11-23T10:00:00");
  const std::string transport = d.AddDepartment("jtysj", "安丘市交通运输局", kTransportUscc);
  CommandResult r = d.Cli({"agency", "add", "--department", "jtysj", "--name",
                           "安丘市交通运输综合执法大队", "--uscc", "12370784MB1234567G"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = d.Cli({"agency", "list", "--department", "jtysj"});
  EXPECT_NE(r.out.find("12370784MB1234567G"), std::string::npos) << r.out;
  d.Start();
  HttpClient c(d.port());
  EXPECT_EQ(c.Post("/api/v1/penalties",
                   PenaltyJsonBy("安丘市交通运输综合执法大队", "12370784MB1234567G",
                                 "交罚〔2026〕1号", "2026-11-20"),
                   transport)
                .status,
            201);
  EXPECT_EQ(d.Cli({"agency", "remove", "--department", "jtysj", "--uscc", "12370784MB1234567G"})
                .exit_code,
            0);
  EXPECT_EQ(c.Post("/api/v1/penalties",
                   PenaltyJsonBy("安丘市交通运输综合执法大队", "12370784MB1234567G",
                                 "交罚〔2026〕2号", "2026-11-20"),
                   transport)
                .status,
            403);
}

}  // namespace
}  // namespace dpfeed::test
