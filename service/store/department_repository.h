// Departments (单位): who may post decisions, under which 统一社会信用代码.
//
// Thread-safety: functions take the caller's connection; writes belong on
// the writer's connection.
#ifndef DPFEED_SERVICE_STORE_DEPARTMENT_REPOSITORY_H_
#define DPFEED_SERVICE_STORE_DEPARTMENT_REPOSITORY_H_

#include <cstdint>
#include <string>
#include <vector>

#include "service/domain/status.h"
#include "service/store/agency_repository.h"
#include "service/store/database.h"

namespace dpfeed {

struct Department {
  int64_t id = 0;
  std::string code;  // short code used on the command line, e.g. "scjgj"
  std::string name;  // "市场监督管理局" or with the jurisdiction, "安丘市市场监督管理局"
  std::string uscc;  // the department's 统一社会信用代码 (data-source code)
  bool publish_empty = false;
  std::string created_at;
  // Entrusted organisations registered for it (受委托组织): besides itself,
  // the deciding agencies its decisions may name. Filled by
  // FindDepartmentByCode/ById, empty from ListDepartments.
  std::vector<Agency> agencies;
};

// Conflict when the code or USCC is taken; InvalidArgument for a bad code,
// a name failing CheckDisplayName (empty, control characters ...) or a USCC
// failing its check character.
Result<Department> AddDepartment(Database& db, Department department, const std::string& now);
Result<Department> FindDepartmentByCode(Database& db, const std::string& code);
Result<Department> FindDepartmentById(Database& db, int64_t id);
Result<std::vector<Department>> ListDepartments(Database& db);
// Sets whether the department gets a notice in weeks without decisions.
Status SetPublishEmpty(Database& db, int64_t id, bool publish_empty);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_DEPARTMENT_REPOSITORY_H_
