#include "service/app/admin_commands.h"

#include <functional>
#include <iostream>

#include "service/app/app_setup.h"
#include "service/calendar/clock.h"
#include "service/calendar/shanghai_time.h"
#include "service/store/agency_repository.h"
#include "service/store/department_repository.h"
#include "service/store/token_repository.h"

namespace dpfeed {

namespace {
std::string Now(const Config& config) { return FormatShanghaiTimestamp(MakeClock(config)->Now()); }
}  // namespace

int RunDepartmentAdd(const Config& config, const DepartmentAddArgs& args) {
  auto db = OpenDatabase(config);
  if (!db.ok()) return Fail(db.status());
  Department d;
  d.code = args.code;
  d.name = args.name;
  d.uscc = args.uscc;
  d.publish_empty = args.publish_empty;
  auto added = AddDepartment(**db, d, Now(config));
  if (!added.ok()) return Fail(added.status());
  std::cout << "department " << added->code << " (" << added->name << ", " << added->uscc
            << ") added with id " << added->id << std::endl;
  return 0;
}

int RunDepartmentList(const Config& config) {
  auto db = OpenDatabase(config);
  if (!db.ok()) return Fail(db.status());
  auto all = ListDepartments(**db);
  if (!all.ok()) return Fail(all.status());
  std::cout << "id\tcode\tname\tuscc\toptions\n";
  for (const Department& d : *all) {
    std::cout << d.id << "\t" << d.code << "\t" << d.name << "\t" << d.uscc << "\t"
              << (d.publish_empty ? "publish-empty" : "-") << "\n";
  }
  return 0;
}

int RunTokenCreate(const Config& config, const TokenCreateArgs& args) {
  auto role = ParseRole(args.role);
  if (!role) return Fail(Status::InvalidArgument("--role must be department, auditor or admin"));
  auto db = OpenDatabase(config);
  if (!db.ok()) return Fail(db.status());
  auto department_id = DepartmentForRole(**db, *role, args.department);
  if (!department_id.ok()) return Fail(department_id.status());
  auto token = CreateToken(**db, *role, *department_id, args.label, Now(config));
  if (!token.ok()) return Fail(token.status());
  std::cout << *token << std::endl;
  return 0;
}

int RunTokenList(const Config& config) {
  auto db = OpenDatabase(config);
  if (!db.ok()) return Fail(db.status());
  auto tokens = ListTokens(**db);
  if (!tokens.ok()) return Fail(tokens.status());
  auto departments = ListDepartments(**db);
  std::map<int64_t, std::string> codes;
  if (departments.ok()) {
    for (const Department& d : *departments) codes[d.id] = d.code;
  }
  std::cout << "id\tprefix\trole\tdepartment\tcreated_at\tstatus\tlabel\n";
  for (const TokenInfo& t : *tokens) {
    std::cout << t.id << "\t" << t.prefix << "…\t" << RoleName(t.role) << "\t"
              << (t.department_id ? codes[*t.department_id] : "-") << "\t" << t.created_at << "\t"
              << (t.revoked_at ? "revoked " + *t.revoked_at : "active") << "\t" << t.label << "\n";
  }
  return 0;
}

int RunTokenRevoke(const Config& config, int64_t id) {
  auto db = OpenDatabase(config);
  if (!db.ok()) return Fail(db.status());
  Status s = RevokeToken(**db, id, Now(config));
  if (!s.ok()) return Fail(s);
  std::cout << "token " << id << " revoked" << std::endl;
  return 0;
}

namespace {

// Opens the database, finds the department and runs `change` in one
// transaction; prints what `change` returns once committed.
int ChangeAgencies(const Config& config, const std::string& department,
                   const std::function<Result<std::string>(Database&, const Department&)>& change) {
  auto db = OpenDatabase(config);
  if (!db.ok()) return Fail(db.status());
  auto d = FindDepartmentByCode(**db, department);
  if (!d.ok()) return Fail(d.status());
  Transaction txn(**db);
  if (!txn.begin_status().ok()) return Fail(txn.begin_status());
  auto done = change(**db, *d);
  if (!done.ok()) return Fail(done.status());
  if (Status s = txn.Commit(); !s.ok()) return Fail(s);
  std::cout << *done << std::endl;
  return 0;
}

}  // namespace

int RunAgencyAdd(const Config& config, const AgencyArgs& args) {
  return ChangeAgencies(config, args.department,
                        [&](Database& db, const Department& d) -> Result<std::string> {
                          auto added = AddAgency(db, d.id, args.name, args.uscc, Now(config));
                          if (!added.ok()) return added.status();
                          return "agency " + added->name + " (" + added->uscc +
                                 ") may now be named as deciding agency by " + d.code;
                        });
}

int RunAgencyRemove(const Config& config, const AgencyArgs& args) {
  return ChangeAgencies(config, args.department,
                        [&](Database& db, const Department& d) -> Result<std::string> {
                          Status s = RemoveAgency(db, d.id, args.uscc, Now(config));
                          if (!s.ok()) return s;
                          return "agency " + args.uscc + " removed from " + d.code;
                        });
}

int RunAgencyList(const Config& config, const std::string& department) {
  auto db = OpenDatabase(config);
  if (!db.ok()) return Fail(db.status());
  auto d = FindDepartmentByCode(**db, department);
  if (!d.ok()) return Fail(d.status());
  std::cout << "department\tname\tuscc\tcreated_at\n";
  for (const Agency& a : d->agencies) {
    std::cout << d->code << "\t" << a.name << "\t" << a.uscc << "\t" << a.created_at << "\n";
  }
  return 0;
}

}  // namespace dpfeed
