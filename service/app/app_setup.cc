#include "service/app/app_setup.h"

#include <filesystem>
#include <iostream>

#include "service/app/file_clock.h"
#include "service/store/department_repository.h"
#include "service/store/migrations.h"

namespace dpfeed {

Result<Config> LoadConfigOrDefault(const std::string& path) {
  if (path.empty()) return DefaultConfig();
  return LoadConfig(path);
}

Result<std::shared_ptr<const WorkCalendar>> LoadCalendar(const Config& config) {
  auto calendar = WorkCalendar::Load(config.calendar_files);
  if (!calendar.ok()) return calendar.status();
  return std::shared_ptr<const WorkCalendar>(
      std::make_shared<WorkCalendar>(std::move(calendar.value())));
}

Result<std::unique_ptr<Database>> OpenDatabase(const Config& config) {
  std::error_code ec;
  const auto dir = std::filesystem::path(config.database).parent_path();
  if (!dir.empty()) std::filesystem::create_directories(dir, ec);
  auto db = Database::Open(config.database);
  if (!db.ok()) return db.status();
  Status s = Migrate(**db);
  if (!s.ok()) return s;
  return std::move(db.value());
}

MaskingPolicy MakeMaskingPolicy(const Config& config) {
  MaskingPolicy p;
  p.id_keep_head = config.masking.id_keep_head;
  p.id_keep_tail = config.masking.id_keep_tail;
  p.phone_keep_head = config.masking.phone_keep_head;
  p.phone_keep_tail = config.masking.phone_keep_tail;
  p.card_keep_tail = config.masking.card_keep_tail;
  p.publish_representative_id = config.masking.publish_representative_id;
  return p;
}

std::unique_ptr<Clock> MakeClock(const Config& config) {
  if (config.clock_file.empty()) return std::make_unique<SystemClock>();
  return std::make_unique<FileClock>(config.clock_file);
}

int Fail(const Status& status) {
  std::cerr << "dpfeed: " << status.message() << "\n";
  return 1;
}

Result<std::optional<int64_t>> DepartmentForRole(Database& db, Role role, const std::string& code) {
  if (role != Role::kDepartment) {
    if (!code.empty()) return Status::InvalidArgument("--department is only for --role department");
    return std::optional<int64_t>();
  }
  if (code.empty())
    return Status::InvalidArgument("--department CODE is required for --role department");
  auto d = FindDepartmentByCode(db, code);
  if (!d.ok()) return d.status();
  return std::optional<int64_t>(d->id);
}

}  // namespace dpfeed
