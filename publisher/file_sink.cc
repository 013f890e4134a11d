#include "publisher/file_sink.h"

#include "service/store/durable_file.h"

namespace dpfeed {
namespace {

bool SafeName(const std::string& name) {
  if (name.empty() || name[0] == '.') return false;
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

DeliveryOutcome FileSink::Deliver(const DeliveryRequest& request) {
  if (!SafeName(request.name)) {
    return {DeliveryOutcomeKind::kPermanent, 0, std::nullopt,
            "unsafe file name \"" + request.name + "\""};
  }
  Status s = CreateDirectoriesDurably(dir_);
  if (s.ok() && !request.source_path.empty()) {
    bool cannot_link = false;
    s = LinkFileDurably(request.source_path, dir_, request.name, &cannot_link);
    if (cannot_link) {  // another filesystem: copy the bytes instead
      auto bytes = ReadWholeFile(request.source_path);
      s = bytes.ok() ? WriteFileDurably(dir_, request.name, *bytes) : bytes.status();
    }
  } else if (s.ok()) {
    s = WriteFileDurably(dir_, request.name, request.body);
  }
  if (!s.ok()) return {DeliveryOutcomeKind::kRetryable, 0, std::nullopt, s.message()};
  return {DeliveryOutcomeKind::kAcknowledged, 0, std::nullopt, ""};
}

}  // namespace dpfeed
