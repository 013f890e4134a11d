#include "service/store/artifact_store.h"

#include <sys/stat.h>

#include "service/store/durable_file.h"
#include "service/store/sha256.h"

namespace dpfeed {

bool IsArtifactHash(std::string_view text) {
  if (text.size() != 64) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string ArtifactStore::PathOf(const std::string& sha256) const {
  return dir_ + "/" + sha256.substr(0, 2) + "/" + sha256;
}

Result<std::string> ArtifactStore::Put(std::string_view bytes) const {
  std::string hash = Sha256Hex(bytes);
  const std::string path = PathOf(hash);
  struct stat st;
  // Content-addressed: a file of that name and size holds these bytes (it
  // was renamed into place only after its fsync).
  if (::stat(path.c_str(), &st) == 0 && static_cast<size_t>(st.st_size) == bytes.size())
    return hash;
  const std::string sub = dir_ + "/" + hash.substr(0, 2);
  if (Status s = CreateDirectoriesDurably(sub); !s.ok()) return s;
  // Read-only: a channel's file sink may hard-link it, and no one should
  // edit a published notice in place.
  if (Status s = WriteFileDurably(sub, hash, bytes, 0444); !s.ok()) return s;
  return hash;
}

Result<std::string> ArtifactStore::Get(const std::string& sha256) const {
  if (!IsArtifactHash(sha256))
    return Status::InvalidArgument("not an artifact hash: \"" + sha256 + "\"");
  auto bytes = ReadWholeFile(PathOf(sha256));
  if (!bytes.ok() && bytes.status().code() == StatusCode::kNotFound) {
    return Status::NotFound("artifact " + sha256 + " is missing from " + dir_);
  }
  return bytes;
}

Result<std::string> ArtifactStore::GetRange(const std::string& sha256, size_t offset,
                                            size_t length) const {
  if (!IsArtifactHash(sha256))
    return Status::InvalidArgument("not an artifact hash: \"" + sha256 + "\"");
  return ReadFileRange(PathOf(sha256), offset, length);
}

Status ArtifactStore::Verify(const std::string& sha256) const {
  auto bytes = Get(sha256);
  if (!bytes.ok()) return bytes.status();
  if (Sha256Hex(*bytes) != sha256)
    return Status::Corruption("artifact " + PathOf(sha256) + " does not match its hash");
  return Status::Ok();
}

}  // namespace dpfeed
