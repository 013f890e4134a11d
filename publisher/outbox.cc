#include "publisher/outbox.h"

#include "service/calendar/shanghai_time.h"

namespace dpfeed {

Outbox::Outbox(ChannelSink portal, ChannelSink credit, const ArtifactStore& artifacts,
               std::string database_path)
    : portal_(portal),
      credit_(credit),
      artifacts_(artifacts),
      database_path_(std::move(database_path)) {}

Outbox::~Outbox() { Stop(); }

Result<std::unique_ptr<DeliveryLane>> Outbox::MakeLane(Channel channel, const ChannelSink& sink,
                                                       SubmitFn submit) const {
  Database::Options ro;
  ro.read_only = true;
  auto db = Database::Open(database_path_, ro);
  if (!db.ok()) return db.status();
  DeliveryLane::Options o{channel, sink.sink, sink.files, sink.sink->Parallelism()};
  return std::make_unique<DeliveryLane>(o, artifacts_, std::move(db.value()), std::move(submit));
}

Result<std::unique_ptr<PublicationStamper>> Outbox::MakeStamper() const {
  Database::Options ro;
  ro.read_only = true;
  auto db = Database::Open(database_path_, ro);
  if (!db.ok()) return db.status();
  return std::make_unique<PublicationStamper>(std::move(db.value()));
}

Result<DeliverySummary> Outbox::DeliverDue(const SubmitFn& submit, TimePoint now) {
  auto portal = MakeLane(Channel::kPortal, portal_, submit);
  if (!portal.ok()) return portal.status();
  auto credit = MakeLane(Channel::kCredit, credit_, submit);
  if (!credit.ok()) return credit.status();
  std::atomic<bool> portal_done{false}, never{false};
  const auto clock = [now] { return now; };
  std::thread credit_thread([&] {
    (*credit)->Run(
        clock, true, [&] { return portal_done.load(); }, never, std::chrono::milliseconds(10));
  });
  (*portal)->Run(
      clock, true, [] { return true; }, never, std::chrono::milliseconds(10));
  portal_done = true;
  credit_thread.join();
  DeliverySummary total;
  for (const auto* lane : {portal->get(), credit->get()}) {
    const DeliverySummary s = lane->Summary();
    total.attempted += s.attempted;
    total.acknowledged += s.acknowledged;
    total.retrying += s.retrying;
    total.failed += s.failed;
  }
  for (const auto* lane : {portal->get(), credit->get()}) {
    if (!lane->LastError().empty()) return Status::IOError(lane->LastError());
  }
  auto stamper = MakeStamper();
  if (!stamper.ok()) return stamper.status();
  auto stamped = (*stamper)->StampAll(submit, FormatShanghaiTimestamp(now));
  if (!stamped.ok()) return stamped.status();
  return total;
}

Status Outbox::Start(SubmitFn submit, const Clock& clock, std::chrono::milliseconds poll) {
  auto portal = MakeLane(Channel::kPortal, portal_, submit);
  if (!portal.ok()) return portal.status();
  auto credit = MakeLane(Channel::kCredit, credit_, submit);
  if (!credit.ok()) return credit.status();
  auto stamper = MakeStamper();
  if (!stamper.ok()) return stamper.status();
  portal_lane_ = std::move(portal.value());
  credit_lane_ = std::move(credit.value());
  stamper_ = std::move(stamper.value());
  stop_ = false;
  for (DeliveryLane* lane : {portal_lane_.get(), credit_lane_.get()}) {
    threads_.emplace_back([this, lane, &clock, poll] {
      lane->Run([&clock] { return clock.Now(); }, false, [] { return false; }, stop_, poll);
    });
  }
  threads_.emplace_back([this, submit, &clock] {
    stamper_->Run(
        submit, [&clock] { return clock.Now(); }, stop_);
  });
  return Status::Ok();
}

void Outbox::Stop() {
  stop_ = true;
  for (DeliveryLane* lane : {portal_lane_.get(), credit_lane_.get()}) {
    if (lane != nullptr) lane->Wake();
  }
  if (stamper_ != nullptr) stamper_->Wake();
  for (std::thread& t : threads_) t.join();
  threads_.clear();
}

std::vector<std::string> Outbox::Problems() const {
  std::vector<std::string> out;
  for (const DeliveryLane* lane : {portal_lane_.get(), credit_lane_.get()}) {
    if (lane == nullptr) continue;
    std::string e = lane->LastError();
    if (!e.empty()) out.push_back(std::move(e));
  }
  if (stamper_ != nullptr && !stamper_->LastError().empty()) {
    out.push_back(stamper_->LastError());
  }
  return out;
}

DeliverySummary Outbox::Totals() const {
  DeliverySummary total;
  for (const DeliveryLane* lane : {portal_lane_.get(), credit_lane_.get()}) {
    if (lane == nullptr) continue;
    const DeliverySummary s = lane->Summary();
    total.attempted += s.attempted;
    total.acknowledged += s.acknowledged;
    total.retrying += s.retrying;
    total.failed += s.failed;
  }
  return total;
}

}  // namespace dpfeed
