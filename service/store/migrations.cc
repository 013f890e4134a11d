#include "service/store/migrations.h"

#include "service/store/database.h"

namespace dpfeed {

namespace {

Status ApplyOne(Database& db, const Migration& m) {
  Transaction txn(db);
  if (!txn.begin_status().ok()) return txn.begin_status();
  Status s = db.Exec(m.sql);
  if (!s.ok()) return Status::Corruption(std::string("migration ") + m.name + ": " + s.message());
  Statement* check = db.Prepare("PRAGMA foreign_key_check", &s);
  if (check == nullptr) return s;
  const bool violated = check->Step(&s);
  check->Reset();
  if (!s.ok()) return s;
  if (violated) return Status::Corruption(std::string("migration ") + m.name + " breaks a foreign key");
  s = db.Exec(("PRAGMA user_version = " + std::to_string(m.version)).c_str());
  if (!s.ok()) return s;
  return txn.Commit();
}

}  // namespace

Status Migrate(Database& db) {
  Status s;
  Statement* get = db.Prepare("PRAGMA user_version", &s);
  if (get == nullptr) return s;
  int64_t current = 0;
  if (get->Step(&s)) current = get->ColumnInt(0);
  get->Reset();
  if (!s.ok()) return s;

  const auto& migrations = EmbeddedMigrations();
  const int latest = migrations.empty() ? 0 : migrations.back().version;
  if (current > latest) {
    return Status::Corruption("database " + db.path() + " has schema version " +
                              std::to_string(current) + ", newer than this dpfeed (" +
                              std::to_string(latest) + "); refusing to start");
  }
  // Foreign keys are off while migrating (the pragma is a no-op inside a
  // transaction, so it is set around them): a migration may rebuild a
  // referenced table (SQLite's 12-step ALTER procedure). Each migration is
  // checked with foreign_key_check before it commits.
  if (current < latest) {
    s = db.Exec("PRAGMA foreign_keys = OFF");
    if (!s.ok()) return s;
  }
  for (const Migration& m : migrations) {
    if (m.version <= current) continue;
    s = ApplyOne(db, m);
    if (!s.ok()) {
      db.Exec("PRAGMA foreign_keys = ON");
      return s;
    }
  }
  return db.Exec("PRAGMA foreign_keys = ON");
}

}  // namespace dpfeed
