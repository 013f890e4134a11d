#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <future>
#include <set>
#include <sstream>
#include <thread>

#include "publisher/file_sink.h"
#include "publisher/http_sink.h"
#include "publisher/retry_schedule.h"
#include "publisher/webhook_signature.h"
#include "service/store/artifact_store.h"
#include "tests/support/http_receiver.h"

namespace dpfeed {
namespace {

using namespace std::chrono_literals;
using test::HttpReceiver;

DeliveryRequest Request(std::string body = "{\"records\":[]}") {
  return {"portal",
          "dpfeed-i1-notice-7-portal",
          "dpfeed-i1-notice-7-portal.json",
          "application/json; charset=utf-8",
          std::move(body),
          ""};
}

std::unique_ptr<HttpSink> Sink(const HttpReceiver& r, std::chrono::seconds timeout = 5s) {
  HttpSinkOptions o;
  o.url = r.Url("/portal");
  o.token = "t0ken";
  o.secret = "s3cret";
  o.timeout = timeout;
  auto s = HttpSink::Create(o);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return std::move(s.value());
}

TEST(RetryScheduleTest, SecondsThenMinutesThenHoursForAtLeastSevenDays) {
  EXPECT_EQ(RetryDelay(1, std::nullopt), 5s);
  EXPECT_EQ(RetryDelay(4, std::nullopt), 60s);
  EXPECT_EQ(RetryDelay(9, std::nullopt), 3600s);
  EXPECT_EQ(RetryDelay(40, std::nullopt), 6h);
  EXPECT_EQ(RetryDelay(1, 120s), 120s);  // Retry-After honoured
  EXPECT_EQ(RetryDelay(1, 0s), 1s);      // but never a busy loop
  EXPECT_EQ(RetryDelay(1, 100h), 24h);   // nor a week of silence
  // Summed up, the schedule keeps trying past seven days.
  std::chrono::seconds elapsed{0};
  int attempts = 1;
  while (!RetriesExhausted(attempts, elapsed)) elapsed += RetryDelay(attempts++, std::nullopt);
  EXPECT_GE(elapsed, std::chrono::hours(24 * 7));
  EXPECT_FALSE(RetriesExhausted(30, std::chrono::hours(24 * 7)));
}

TEST(FileSinkTest, WritesWholeFilesAtomicallyAndIdempotently) {
  const std::string dir = ::testing::TempDir() + "/file_sink_test/portal";
  std::filesystem::remove_all(dir);
  FileSink sink(dir);
  ASSERT_EQ(sink.Deliver(Request("first")).kind, DeliveryOutcomeKind::kAcknowledged);
  ASSERT_EQ(sink.Deliver(Request("second")).kind, DeliveryOutcomeKind::kAcknowledged);
  std::ifstream in(dir + "/dpfeed-i1-notice-7-portal.json");
  std::stringstream s;
  s << in.rdbuf();
  EXPECT_EQ(s.str(), "second");
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    files += e.is_regular_file() ? 1 : 0;
  EXPECT_EQ(files, 1);  // no temporary left behind
  DeliveryRequest bad = Request();
  bad.name = "../escape.json";
  EXPECT_EQ(sink.Deliver(bad).kind, DeliveryOutcomeKind::kPermanent);
}

TEST(FileSinkTest, LinksAnArtifactFileInsteadOfCopyingIt) {
  const std::string dir = ::testing::TempDir() + "/file_sink_link_test";
  std::filesystem::remove_all(dir);
  ArtifactStore artifacts(dir + "/artifacts");
  auto hash = artifacts.Put("<html>notice</html>");
  ASSERT_TRUE(hash.ok());
  FileSink sink(dir + "/portal");
  DeliveryRequest req = Request("");
  req.name = "scjgj_penalty_2026-11-16_2026-11-22_regular_portal_" + *hash + ".html";
  req.source_path = artifacts.PathOf(*hash);
  ASSERT_EQ(sink.Deliver(req).kind, DeliveryOutcomeKind::kAcknowledged);
  ASSERT_EQ(sink.Deliver(req).kind, DeliveryOutcomeKind::kAcknowledged);  // again: idempotent
  const std::string published = dir + "/portal/" + req.name;
  EXPECT_TRUE(
      std::filesystem::equivalent(published, artifacts.PathOf(*hash)));  // one file, two names
  EXPECT_EQ(std::filesystem::hard_link_count(published), 2u);
  std::ifstream in(published);
  std::stringstream s;
  s << in.rdbuf();
  EXPECT_EQ(s.str(), "<html>notice</html>");
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir + "/portal"))
    files += e.is_regular_file() ? 1 : 0;
  EXPECT_EQ(files, 1);  // no temporary name left behind
  req.source_path = dir + "/artifacts/missing";
  EXPECT_EQ(sink.Deliver(req).kind, DeliveryOutcomeKind::kRetryable);
}

TEST(FileSinkTest, UnwritableDirectoryIsRetryable) {
  FileSink sink("/proc/dpfeed-cannot-write-here");
  const DeliveryOutcome o = sink.Deliver(Request());
  EXPECT_EQ(o.kind, DeliveryOutcomeKind::kRetryable);
  EXPECT_FALSE(o.detail.empty());
}

TEST(HttpSinkTest, PostsWithIdempotencyKeyTokenAndSignature) {
  HttpReceiver receiver;
  auto sink = Sink(receiver);
  const DeliveryOutcome o = sink->Deliver(Request("{\"n\":1}"));
  ASSERT_EQ(o.kind, DeliveryOutcomeKind::kAcknowledged) << o.detail;
  EXPECT_EQ(o.http_status, 200);
  const auto reqs = receiver.Requests();
  ASSERT_EQ(reqs.size(), 1u);
  const auto& q = reqs[0];
  EXPECT_EQ(q.method, "POST");
  EXPECT_EQ(q.target, "/portal");
  EXPECT_EQ(q.body, "{\"n\":1}");
  EXPECT_EQ(q.headers.at("idempotency-key"), "dpfeed-i1-notice-7-portal");
  EXPECT_EQ(q.headers.at("authorization"), "Bearer t0ken");
  EXPECT_EQ(q.headers.at("content-type"), "application/json; charset=utf-8");
  EXPECT_EQ(q.headers.at("webhook-id"), "dpfeed-i1-notice-7-portal");
  EXPECT_EQ(q.headers.at("webhook-signature"),
            WebhookSignature("s3cret", q.headers.at("webhook-id"),
                             q.headers.at("webhook-timestamp"), q.body));
  EXPECT_NE(WebhookSignature("other", q.headers.at("webhook-id"), q.headers.at("webhook-timestamp"),
                             q.body),
            q.headers.at("webhook-signature"));
  // The port is part of the Host header (RFC 9110 section 7.2).
  EXPECT_EQ(q.headers.at("host"), "127.0.0.1:" + std::to_string(receiver.port()));
}

// The published test vector of the Standard Webhooks specification (the
// reference libraries' "sign function works" test).
TEST(WebhookSignatureTest, MatchesTheStandardsTestVector) {
  auto key = WebhookKey("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
  ASSERT_TRUE(key.ok());
  EXPECT_EQ(key->size(), 24u);
  EXPECT_EQ(WebhookSignature(*key, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330",
                             "{\"test\": 2432232314}"),
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  // The whole "whsec_..." string as the key (what dpfeed did before) does
  // not verify.
  EXPECT_NE(
      WebhookSignature("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                       "1614265330", "{\"test\": 2432232314}"),
      "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  for (const char* bad : {"whsec_", "whsec_not base64!", "whsec_abc"}) {
    EXPECT_FALSE(WebhookKey(bad).ok()) << bad;
  }
  EXPECT_EQ(*WebhookKey("plain-shared-secret"), "plain-shared-secret");
}

TEST(HttpSinkTest, SignsWithTheDecodedKeyOfAWhsecSecret) {
  HttpReceiver receiver;
  HttpSinkOptions o;
  o.url = receiver.Url("/portal");
  o.secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  auto sink = HttpSink::Create(o);
  ASSERT_TRUE(sink.ok());
  ASSERT_EQ((*sink)->Deliver(Request("{\"n\":2}")).kind, DeliveryOutcomeKind::kAcknowledged);
  const auto q = receiver.Requests().at(0);
  EXPECT_EQ(q.headers.at("webhook-signature"),
            WebhookSignature(*WebhookKey(o.secret), q.headers.at("webhook-id"),
                             q.headers.at("webhook-timestamp"), q.body));
  o.secret = "whsec_***";
  EXPECT_FALSE(HttpSink::Create(o).ok());
}

TEST(HttpSinkTest, KeepsConnectionsAliveAndSendsInParallel) {
  HttpReceiver receiver;
  auto sink = Sink(receiver);
  for (int i = 0; i < 5; ++i)
    ASSERT_EQ(sink->Deliver(Request()).kind, DeliveryOutcomeKind::kAcknowledged);
  std::set<int> connections;
  for (const auto& q : receiver.Requests()) connections.insert(q.connection);
  EXPECT_EQ(connections.size(), 1u);  // one kept-alive connection, reused

  // Four deliveries at once, each answered after a delay: sent in parallel
  // they need four connections (one after the other, the kept-alive one
  // would do).
  receiver.Clear();
  receiver.SetDelay(300ms);
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back(
        [&] { EXPECT_EQ(sink->Deliver(Request()).kind, DeliveryOutcomeKind::kAcknowledged); });
  }
  for (auto& t : threads) t.join();
  connections.clear();
  for (const auto& q : receiver.Requests()) connections.insert(q.connection);
  EXPECT_EQ(connections.size(), 4u);
  receiver.SetDelay(0ms);
}

TEST(HttpSinkTest, ClassifiesStatuses) {
  HttpReceiver receiver;
  auto sink = Sink(receiver);
  struct Case {
    int status;
    DeliveryOutcomeKind kind;
  } cases[] = {{201, DeliveryOutcomeKind::kAcknowledged}, {503, DeliveryOutcomeKind::kRetryable},
               {500, DeliveryOutcomeKind::kRetryable},    {408, DeliveryOutcomeKind::kRetryable},
               {429, DeliveryOutcomeKind::kRetryable},    {400, DeliveryOutcomeKind::kPermanent},
               {401, DeliveryOutcomeKind::kPermanent},    {404, DeliveryOutcomeKind::kPermanent}};
  for (const Case& c : cases) {
    receiver.SetStatusForAll(c.status);
    const DeliveryOutcome o = sink->Deliver(Request());
    EXPECT_EQ(o.kind, c.kind) << c.status;
    EXPECT_EQ(o.http_status, c.status);
  }
  receiver.SetStatusForAll(429);
  receiver.SetRetryAfter("90");
  EXPECT_EQ(sink->Deliver(Request()).retry_after, std::optional(90s));
  // The same key on every retry.
  for (const auto& q : receiver.Requests())
    EXPECT_EQ(q.headers.at("idempotency-key"), "dpfeed-i1-notice-7-portal");
}

TEST(HttpSinkTest, OutageAndTimeoutAreRetryable) {
  HttpReceiver receiver;
  auto sink = Sink(receiver, 1s);
  receiver.SetDown(true);
  EXPECT_EQ(sink->Deliver(Request()).kind, DeliveryOutcomeKind::kRetryable);
  receiver.SetDown(false);
  receiver.SetDelay(3000ms);
  const DeliveryOutcome slow = sink->Deliver(Request());
  EXPECT_EQ(slow.kind, DeliveryOutcomeKind::kRetryable);
  EXPECT_NE(slow.detail.find("timeout"), std::string::npos) << slow.detail;
  receiver.SetDelay(0ms);
  HttpSinkOptions o;
  o.url = "http://127.0.0.1:1/nothing-listens";
  auto closed = HttpSink::Create(o);
  ASSERT_TRUE(closed.ok());
  EXPECT_EQ((*closed)->Deliver(Request()).kind, DeliveryOutcomeKind::kRetryable);
}

// A DNS server that never answers: the delivery gives up at its timeout
// (Asio's own async_resolve would wait for getaddrinfo), and the next
// delivery, with a working lookup, goes through.
TEST(HttpSinkTest, AResolverThatHangsCostsOnlyTheTimeout) {
  HttpReceiver receiver;
  auto release = std::make_shared<std::promise<void>>();
  std::shared_future<void> released = release->get_future().share();
  std::atomic<int> lookups{0};
  std::atomic<bool> hang{true};
  HttpSinkOptions o;
  o.url = receiver.Url("/portal");
  o.timeout = 1s;
  o.resolve = [&lookups, &hang, released](const std::string& host, const std::string& port,
                                          Endpoints* out) {
    ++lookups;
    if (hang) released.wait();  // until the test ends
    return SystemResolve(host, port, out);
  };
  auto sink = HttpSink::Create(o);
  ASSERT_TRUE(sink.ok()) << sink.status().ToString();
  const DeliveryOutcome stuck = (*sink)->Deliver(Request());
  EXPECT_EQ(stuck.kind, DeliveryOutcomeKind::kRetryable);
  EXPECT_NE(stuck.detail.find("timeout: resolving"), std::string::npos) << stuck.detail;
  EXPECT_EQ(receiver.RequestCount(), 0u);
  hang = false;
  EXPECT_EQ((*sink)->Deliver(Request()).kind, DeliveryOutcomeKind::kAcknowledged);
  EXPECT_EQ(receiver.RequestCount(), 1u);
  EXPECT_EQ(lookups, 2);
  release->set_value();
}

TEST(ResolveBeforeTest, ReturnsTheLookupsResultOrItsError) {
  const auto soon = std::chrono::steady_clock::now() + 5s;
  ResolveOutcome local = ResolveBefore("127.0.0.1", "80", soon);
  ASSERT_FALSE(local.timed_out);
  ASSERT_FALSE(local.error) << local.error.message();
  EXPECT_EQ(local.endpoints.begin()->endpoint().port(), 80);
  ResolveOutcome bad = ResolveBefore("127.0.0.1", "no-such-service", soon);  // no DNS involved
  EXPECT_FALSE(bad.timed_out);
  EXPECT_TRUE(bad.error);
}

TEST(HttpSinkTest, RefusesMalformedConfiguration) {
  for (const char* url : {"ftp://x/", "http://", "http://host:99999/", "portal.example"}) {
    HttpSinkOptions o;
    o.url = url;
    EXPECT_FALSE(HttpSink::Create(o).ok()) << url;
  }
  HttpSinkOptions o;
  o.url = "https://portal.example/api";
  o.ca_file = "/nonexistent/ca.pem";
  EXPECT_FALSE(HttpSink::Create(o).ok());
}

}  // namespace
}  // namespace dpfeed
