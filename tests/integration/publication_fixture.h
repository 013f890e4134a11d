// What the publication integration tests share: the real daemon with both
// channels pointed at one real local HTTP receiver, helpers to read what
// the receiver got, and a clock the test moves without sleeping.
#ifndef DPFEED_TESTS_INTEGRATION_PUBLICATION_FIXTURE_H_
#define DPFEED_TESTS_INTEGRATION_PUBLICATION_FIXTURE_H_

#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <rapidjson/document.h>
#include <sqlite3.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "tests/integration/fixtures.h"
#include "tests/support/http_client.h"
#include "tests/support/http_receiver.h"
#include "tests/support/test_daemon.h"

namespace dpfeed::test {

using namespace std::chrono_literals;

// A Standard Webhooks secret: the HMAC key is the base64 after "whsec_".
constexpr const char* kSecret = "whsec_ZHBmZWVkLWludGVncmF0aW9uLXRlc3Qta2V5LTMyYg==";
constexpr const char* kSecretKey = "dpfeed-integration-test-key-32b";  // its base64, decoded

inline std::string Channels(int port, const std::string& extra_portal = "") {
  const std::string base = "http://127.0.0.1:" + std::to_string(port);
  return "\"channels\": {\"portal\": {\"sink\": \"http\", \"url\": \"" + base +
         "/portal\", \"token\": \"portal-token\", \"secret\": \"" + kSecret +
         "\", \"timeout_s\": 5" + extra_portal + "}, \"credit\": {\"sink\": \"http\", \"url\": \"" +
         base + "/credit\", \"secret\": \"" + kSecret + "\", \"timeout_s\": 5}}";
}

inline rapidjson::Document Json(const std::string& body) {
  rapidjson::Document d;
  d.Parse(body.c_str());
  return d;
}

inline std::string Base64(const unsigned char* data, size_t n) {
  std::string out(4 * ((n + 2) / 3), '\0');
  const int len =
      EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), data, static_cast<int>(n));
  out.resize(static_cast<size_t>(len));
  return out;
}

// Acknowledged (2xx) receipts per channel path, in arrival order.
inline std::vector<ReceivedRequest> Acked(const HttpReceiver& r, const std::string& path) {
  std::vector<ReceivedRequest> out;
  for (const ReceivedRequest& q : r.Requests()) {
    if (q.target == path && q.response_status >= 200 && q.response_status < 300) out.push_back(q);
  }
  return out;
}

// One number from the daemon's database (read-only, beside the daemon).
inline int64_t QueryNumber(const std::string& database, const char* sql) {
  sqlite3* db = nullptr;
  int64_t n = -1;
  if (sqlite3_open_v2(database.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
      n = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return n;
}

inline std::string Title(const ReceivedRequest& q) {
  auto d = Json(q.body);
  if (d.HasMember("notice")) return d["notice"]["title"].GetString();
  return d["title"].GetString();
}

class PublicationTest : public ::testing::Test {
 protected:
  void StartDaemon(const std::string& clock, const std::string& extra = "") {
    daemon_ = std::make_unique<TestDaemon>(DPFEED_BINARY, Channels(receiver_.port()) + extra);
    daemon_->SetClock(clock);
    market_ = daemon_->AddDepartment("scjgj", "安丘市市场监督管理局", kMarketUscc);
    transport_ = daemon_->AddDepartment("jtysj", "交通运输局", kTransportUscc);
    auditor_ = daemon_->Token("auditor");
    admin_ = daemon_->Token("admin");
    daemon_->Start();
    client_ = std::make_unique<HttpClient>(daemon_->port());
  }

  int64_t Post(const std::string& kind, const std::string& body, const std::string& token) {
    HttpResult r = client_->Post("/api/v1/" + kind, body, token);
    EXPECT_TRUE(r.status == 201 || r.status == 200) << r.body;
    return r.status == 201 || r.status == 200 ? Json(r.body)["records"][0]["id"].GetInt64() : 0;
  }

  // Waits until `n` acknowledged receipts exist on `path`.
  bool WaitAcked(const std::string& path, size_t n, std::chrono::milliseconds timeout = 20s) {
    const auto until = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < until) {
      if (Acked(receiver_, path).size() >= n) return true;
      std::this_thread::sleep_for(50ms);
    }
    return false;
  }

  // The portal compliance status of the only record decided on `day`,
  // polled until it is `expected` (the receiver's acknowledgement reaches
  // the database a moment after the receiver saw the request).
  std::string PortalStatus(const std::string& day, const std::string& expected,
                           std::chrono::milliseconds timeout = 10s) {
    const auto until = std::chrono::steady_clock::now() + timeout;
    std::string status;
    do {
      auto rec = Json(
          client_->Get("/api/v1/compliance/records?from=" + day + "&to=" + day, auditor_).body);
      if (!rec.IsObject() || !rec.HasMember("items") || rec["items"].Empty()) return "(no record)";
      status = rec["items"][0]["channels"]["portal"]["status"].GetString();
      if (status == expected) return status;
      std::this_thread::sleep_for(50ms);
    } while (std::chrono::steady_clock::now() < until);
    return status;
  }

  HttpReceiver receiver_;
  std::unique_ptr<TestDaemon> daemon_;
  std::unique_ptr<HttpClient> client_;
  std::string market_, transport_, auditor_, admin_;
};

}  // namespace dpfeed::test

#endif  // DPFEED_TESTS_INTEGRATION_PUBLICATION_FIXTURE_H_
