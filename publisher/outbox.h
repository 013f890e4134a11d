// The outbox: sends due deliveries to each channel's sink and records each
// outcome durably (DOMAIN.md §1, channels), one DeliveryLane per channel so
// the portal and the credit website are served in parallel and neither
// waits for the other's receiver.
//
// Portal first: a notice's credit delivery becomes due only when the portal
// acknowledged it (the store releases it). For a file sink the portal gets
// two files (page and JSON, named by what they hold and their hash); an
// HTTP sink gets one POST of {"notice": <portal JSON>, "html": "<page>"}
// (portal) or the credit JSON, with the delivery's stable Idempotency-Key.
// A 2xx acknowledges; 408, 429, 5xx and transport errors are retried on the
// retry schedule (seconds, then minutes, then hours, for at least 7 days;
// Retry-After honoured); other statuses fail the delivery permanently and
// raise an alert (error log). Acknowledgements reach the decisions'
// first-publication times through a PublicationStamper: in the daemon on
// a thread of its own, in one-shot delivery at the end of DeliverDue.
//
// Thread-safety: DeliverDue, Start and Stop from one thread; Problems and
// Totals from any.
#ifndef DPFEED_PUBLISHER_OUTBOX_H_
#define DPFEED_PUBLISHER_OUTBOX_H_

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "publisher/delivery_lane.h"
#include "publisher/publication_stamper.h"
#include "publisher/sink.h"
#include "publisher/write_fn.h"
#include "service/calendar/clock.h"
#include "service/domain/status.h"
#include "service/store/artifact_store.h"

namespace dpfeed {

struct ChannelSink {
  Sink* sink = nullptr;
  bool files = false;  // a file sink (two files for the portal) rather than HTTP
};

class Outbox {
 public:
  using TimePoint = std::chrono::system_clock::time_point;
  // The sinks and `artifacts` outlive the outbox. Each lane reads the
  // outbox through its own read-only connection to `database_path`.
  Outbox(ChannelSink portal, ChannelSink credit, const ArtifactStore& artifacts,
         std::string database_path);
  ~Outbox();

  // Sends every delivery due at `now` (credit deliveries released by the
  // portal's acknowledgements in this call included), each at most once,
  // stamps the acknowledged decisions, and returns when none is left.
  Result<DeliverySummary> DeliverDue(const SubmitFn& submit, TimePoint now);

  // The daemon: both lanes deliver whatever falls due by `clock`, checking
  // every `poll`, until Stop().
  Status Start(SubmitFn submit, const Clock& clock, std::chrono::milliseconds poll);
  // Finishes the sends in progress, records them, and joins (what is not
  // stamped yet is stamped after the next Start).
  void Stop();

  // English problems for /healthz: each lane's last error, cleared by its
  // next successful read of the outbox.
  std::vector<std::string> Problems() const;
  DeliverySummary Totals() const;

 private:
  Result<std::unique_ptr<DeliveryLane>> MakeLane(Channel channel, const ChannelSink& sink,
                                                 SubmitFn submit) const;
  Result<std::unique_ptr<PublicationStamper>> MakeStamper() const;

  ChannelSink portal_, credit_;
  const ArtifactStore& artifacts_;
  std::string database_path_;
  std::unique_ptr<DeliveryLane> portal_lane_, credit_lane_;
  std::unique_ptr<PublicationStamper> stamper_;
  std::atomic<bool> stop_{false};
  std::vector<std::thread> threads_;
};

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_OUTBOX_H_
