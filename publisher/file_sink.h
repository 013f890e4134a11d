// A sink that writes each delivery as a file in a directory (the default
// channels: ./var/published/portal and ./var/published/credit). The file
// appears whole or not at all: written to a temporary name, fsync'd,
// renamed, and the directory fsync'd, so an acknowledgement survives a
// crash. Writing the same name again replaces it (deliveries are
// idempotent by name). A delivery naming its artifact file is hard-linked
// from the artifact store (read-only, no byte copied; copied instead when
// the directory is on another filesystem).
//
// Thread-safety: see Sink.
#ifndef DPFEED_PUBLISHER_FILE_SINK_H_
#define DPFEED_PUBLISHER_FILE_SINK_H_

#include <string>

#include "publisher/sink.h"

namespace dpfeed {

class FileSink : public Sink {
 public:
  explicit FileSink(std::string dir) : dir_(std::move(dir)) {}
  DeliveryOutcome Deliver(const DeliveryRequest& request) override;
  std::string Describe() const override { return "file:" + dir_; }

 private:
  std::string dir_;
};

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_FILE_SINK_H_
