// Schema migrations: the numbered files in sql/ (NNN_name.sql), embedded
// into the binary at build time and applied in order on start.
//
// Thread-safety: Migrate() must run before any other use of the database,
// on the writer's connection.
// Contract: the schema version is SQLite's PRAGMA user_version. Migrate()
// applies every embedded migration newer than it, each in its own
// transaction with the version bump; it returns Corruption, touching
// nothing, when the database comes from a newer dpfeed (its version is above
// every embedded migration).
#ifndef DPFEED_SERVICE_STORE_MIGRATIONS_H_
#define DPFEED_SERVICE_STORE_MIGRATIONS_H_

#include <vector>

#include "service/domain/status.h"

namespace dpfeed {

struct Migration {
  int version;
  const char* name;
  const char* sql;
};

// Generated from sql/*.sql by sql/embed_migrations.cmake.
const std::vector<Migration>& EmbeddedMigrations();

class Database;
Status Migrate(Database& db);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_MIGRATIONS_H_
