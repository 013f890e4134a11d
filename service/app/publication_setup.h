// Builds the publication objects from the configuration: the artifact
// store, the two channel sinks, the planner and the outbox. Shared by
// `serve` and `publish`.
//
// Thread-safety: call from main's thread during start-up.
#ifndef DPFEED_SERVICE_APP_PUBLICATION_SETUP_H_
#define DPFEED_SERVICE_APP_PUBLICATION_SETUP_H_

#include <memory>
#include <string>

#include "publisher/outbox.h"
#include "publisher/planner.h"
#include "publisher/sink.h"
#include "service/app/config.h"
#include "service/store/artifact_store.h"

namespace dpfeed {

// Where the rendered notices (content-addressed files named by their
// SHA-256) live: the database's path with "-artifacts" appended, beside the
// SQLite file and its -wal (./var/dpfeed.db-artifacts by default). The
// database refers to these files by hash: a backup or restore must carry
// this directory together with the database file.
std::string ArtifactDirectory(const Config& config);

struct Publication {
  std::unique_ptr<ArtifactStore> artifacts;
  std::unique_ptr<Sink> portal;
  std::unique_ptr<Sink> credit;
  std::unique_ptr<Planner> planner;
  std::unique_ptr<Outbox> outbox;
};

// Logs a warning when the credit channel is configured to receive unmasked
// identifiers.
Result<Publication> MakePublication(const Config& config,
                                    std::shared_ptr<const WorkCalendar> calendar);

// Moves artifacts that an older dpfeed kept inside the database into the
// artifact store (once; later starts find nothing to move). Runs `write`'s
// job on the write connection.
Status MoveInlineArtifactsToFiles(const Publication& publication, const WriteFn& write);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_APP_PUBLICATION_SETUP_H_
