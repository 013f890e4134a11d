// Entrusted organisations (受委托组织) registered for a department by an
// administrator: the agencies, besides the department itself, whose name and
// 统一社会信用代码 the department's decisions may give as deciding agency.
//
// Thread-safety: functions take the caller's connection; writes belong on
// the writer's connection (or a CLI's own transaction).
// Contract: AddAgency refuses a name failing CheckDisplayName and a USCC
// failing its check character (InvalidArgument), and a USCC already active
// for the department (Conflict). RemoveAgency marks the active registration
// removed (NotFound when there is none); rows are never deleted. Both append
// an event.
#ifndef DPFEED_SERVICE_STORE_AGENCY_REPOSITORY_H_
#define DPFEED_SERVICE_STORE_AGENCY_REPOSITORY_H_

#include <cstdint>
#include <string>
#include <vector>

#include "service/domain/status.h"
#include "service/store/database.h"

namespace dpfeed {

struct Agency {
  int64_t id = 0;
  int64_t department_id = 0;
  std::string name;
  std::string uscc;
  std::string created_at;
};

Result<Agency> AddAgency(Database& db, int64_t department_id, const std::string& name,
                         const std::string& uscc, const std::string& now);
Status RemoveAgency(Database& db, int64_t department_id, const std::string& uscc,
                    const std::string& now);
// The department's active agencies, oldest first.
Result<std::vector<Agency>> ListAgencies(Database& db, int64_t department_id);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_AGENCY_REPOSITORY_H_
