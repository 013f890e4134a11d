// Online backup and restore of the database file (SQLite's backup API).
//
// Thread-safety: each call opens its own connections; BackupDatabase may run
// while the daemon serves (WAL: it reads one consistent snapshot and never
// blocks the writer).
// Contract: BackupDatabase copies the committed state of `source` as of its
// start into `destination` (written as "<destination>.partial", checked with
// PRAGMA integrity_check, then renamed: a failed backup never leaves a file
// that looks complete) and returns the number of pages copied.
// RestoreDatabase checks `backup` with integrity_check first, copies it over
// `database` the same way (the old file's -wal and -shm are removed), and
// refuses a backup from a newer schema. REQUIRES for restore: no process has
// the database open (the caller holds its InstanceLock).
// The rendered notices live beside the database as content-addressed files
// (service/store/artifact_store.h), so a backup is the database file plus
// those files: CopyArtifacts copies every artifact of one directory into
// another, re-hashing each on the way (a file whose bytes do not match its
// name is Corruption) and keeping files already there (they never change);
// CheckArtifactsPresent says NotFound, naming the first, when a database
// refers to an artifact a directory lacks.
#ifndef DPFEED_SERVICE_STORE_BACKUP_H_
#define DPFEED_SERVICE_STORE_BACKUP_H_

#include <string>

#include "service/domain/status.h"

namespace dpfeed {

Result<int> BackupDatabase(const std::string& source, const std::string& destination);
// Ok, or Corruption with SQLite's first complaint.
Status CheckIntegrity(const std::string& path);
Status RestoreDatabase(const std::string& backup, const std::string& database);

struct ArtifactCopy {
  int copied = 0;   // written into the destination
  int present = 0;  // already there
};
Result<ArtifactCopy> CopyArtifacts(const std::string& from_dir, const std::string& to_dir);
Status CheckArtifactsPresent(const std::string& database, const std::string& artifact_dir);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_BACKUP_H_
