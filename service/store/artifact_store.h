// Where rendered artifacts live: notice pages and JSON payloads that passed
// the leak guard, kept outside SQLite as content-addressed files under one
// directory (`<dir>/<first two hex digits>/<sha256 hex>`, no extension), so
// `sha256sum` of a file prints its name. The database stores only the hash;
// delivery and the public pages read the file. A backup of dpfeed is the
// database plus this directory (see ArtifactDirectory in
// service/app/publication_setup.h for where it is).
//
// Thread-safety: every method may be called from many threads (and
// processes) at once.
// Contract: Put returns only after the file and its directory entries are
// durable (fsync'd); storing bytes already stored writes nothing and returns
// the same hash. Files are never rewritten or deleted by dpfeed. A file
// written by a Put whose hash never reached the database (a crash between
// the two) is an unreferenced orphan, harmless. Reads do not re-hash the
// bytes (they were hashed when written; VerifyArtifact checks one).
#ifndef DPFEED_SERVICE_STORE_ARTIFACT_STORE_H_
#define DPFEED_SERVICE_STORE_ARTIFACT_STORE_H_

#include <string>
#include <string_view>

#include "service/domain/status.h"

namespace dpfeed {

class ArtifactStore {
 public:
  explicit ArtifactStore(std::string dir) : dir_(std::move(dir)) {}

  const std::string& dir() const { return dir_; }

  // Stores `bytes` and returns their SHA-256 as 64 lower-case hex digits.
  Result<std::string> Put(std::string_view bytes) const;

  // The artifact's bytes; NotFound when no such file, InvalidArgument when
  // `sha256` is not 64 hex digits.
  Result<std::string> Get(const std::string& sha256) const;
  // Bytes [offset, offset + length) of the artifact.
  Result<std::string> GetRange(const std::string& sha256, size_t offset, size_t length) const;

  // Corruption when the file's bytes do not hash to its name.
  Status Verify(const std::string& sha256) const;

  std::string PathOf(const std::string& sha256) const;

 private:
  std::string dir_;
};

// True for 64 lower-case hex digits.
bool IsArtifactHash(std::string_view text);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_ARTIFACT_STORE_H_
