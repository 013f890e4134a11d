#include "service/store/migrations.h"

#include "service/store/database.h"

namespace dpfeed {

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
  for (const Migration& m : migrations) {
    if (m.version <= current) continue;
    Transaction txn(db);
    if (!txn.begin_status().ok()) return txn.begin_status();
    s = db.Exec(m.sql);
    if (!s.ok()) return Status::Corruption(std::string("migration ") + m.name + ": " + s.message());
    s = db.Exec(("PRAGMA user_version = " + std::to_string(m.version)).c_str());
    if (!s.ok()) return s;
    s = txn.Commit();
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace dpfeed
