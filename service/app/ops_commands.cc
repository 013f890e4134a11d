#include "service/app/ops_commands.h"

#include <filesystem>
#include <iostream>

#include "service/app/app_setup.h"
#include "service/app/instance_lock.h"
#include "service/app/publication_setup.h"
#include "service/store/backup.h"

namespace dpfeed {

int RunBackup(const Config& config, const std::string& to) {
  if (!std::filesystem::exists(config.database)) {
    return Fail(Status::NotFound("no database at " + config.database));
  }
  // Migrated first, so a backup is always of the current schema.
  auto db = OpenDatabase(config);
  if (!db.ok()) return Fail(db.status());
  db->reset();
  // The database first: every artifact its snapshot refers to was durable
  // before the snapshot, and artifacts are never deleted, so copying the
  // directory afterwards finds them all.
  auto pages = BackupDatabase(config.database, to);
  if (!pages.ok()) return Fail(pages.status());
  const std::string artifacts = to + "-artifacts";
  auto copied = CopyArtifacts(ArtifactDirectory(config), artifacts);
  if (!copied.ok()) return Fail(copied.status());
  if (Status s = CheckArtifactsPresent(to, artifacts); !s.ok()) return Fail(s);
  std::cout << "backup of " << config.database << " written to " << to << " (" << *pages
            << " pages, integrity check ok) and " << artifacts << " (" << copied->copied
            << " artifacts copied, " << copied->present << " already there)" << std::endl;
  return 0;
}

int RunRestore(const Config& config, const std::string& from) {
  auto lock = InstanceLock::Acquire(config.database, "dpfeed restore");
  if (!lock.ok()) {
    return Fail(Status::Conflict("refusing to restore: " + lock.status().message()));
  }
  // Check the whole backup before touching anything, then artifacts first:
  // the restored database must never refer to a file that is not there.
  const std::string artifacts = from + "-artifacts";
  if (Status s = CheckIntegrity(from); !s.ok()) return Fail(s);
  if (Status s = CheckArtifactsPresent(from, artifacts); !s.ok()) return Fail(s);
  auto copied = CopyArtifacts(artifacts, ArtifactDirectory(config));
  if (!copied.ok()) return Fail(copied.status());
  if (Status s = RestoreDatabase(from, config.database); !s.ok()) return Fail(s);
  std::cout << "restored " << config.database << " from " << from << " (" << copied->copied
            << " artifacts copied into " << ArtifactDirectory(config) << ")" << std::endl;
  return 0;
}

}  // namespace dpfeed
