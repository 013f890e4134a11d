// The steps every subcommand shares: load the configuration, the calendar
// and the database (migrated), and the one clock.
//
// Thread-safety: call from main's thread during start-up.
#ifndef DPFEED_SERVICE_APP_APP_SETUP_H_
#define DPFEED_SERVICE_APP_APP_SETUP_H_

#include <memory>
#include <string>

#include "redaction/masking_policy.h"
#include "service/app/config.h"
#include "service/calendar/clock.h"
#include "service/calendar/work_calendar.h"
#include "service/domain/status.h"
#include "service/store/database.h"
#include "service/store/token_repository.h"

namespace dpfeed {

// The file when given, DefaultConfig() otherwise.
Result<Config> LoadConfigOrDefault(const std::string& path);
// Built-in calendar plus config.calendar_files.
Result<std::shared_ptr<const WorkCalendar>> LoadCalendar(const Config& config);
// Opens (creating the directory and file if needed) and migrates.
Result<std::unique_ptr<Database>> OpenDatabase(const Config& config);
MaskingPolicy MakeMaskingPolicy(const Config& config);
// The system clock, or a FileClock when config.clock_file is set.
std::unique_ptr<Clock> MakeClock(const Config& config);

// The department of a token or account given on the command line: the id
// of department `code` for the department role (required then), none for
// the others (`code` must be empty). InvalidArgument or NotFound otherwise.
Result<std::optional<int64_t>> DepartmentForRole(Database& db, Role role, const std::string& code);

// Prints "dpfeed: <message>" on stderr and returns 1 (for main).
int Fail(const Status& status);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_APP_APP_SETUP_H_
