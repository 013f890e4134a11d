#include "service/app/user_commands.h"

#include <iostream>
#include <map>

#include "service/app/app_setup.h"
#include "service/calendar/shanghai_time.h"
#include "service/store/department_repository.h"
#include "service/store/user_repository.h"
#include "service/web/password_hash.h"

namespace dpfeed {

namespace {

std::string Now(const Config& config) { return FormatShanghaiTimestamp(MakeClock(config)->Now()); }

// The password to set, and whether it was generated (then it is printed).
Result<std::pair<std::string, bool>> ChoosePassword(const UserArgs& args, std::istream& in) {
  if (!args.password_stdin) {
    auto p = RandomPassword();
    if (!p.ok()) return p.status();
    return std::make_pair(*p, true);
  }
  std::string line;
  std::getline(in, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  Status s = CheckPasswordRules(line, args.login);
  if (!s.ok()) return Status::InvalidArgument("password: " + s.message());
  return std::make_pair(line, false);
}

}  // namespace

int RunUserAdd(const Config& config, const UserArgs& args, std::istream& in) {
  auto role = ParseRole(args.role);
  if (!role) return Fail(Status::InvalidArgument("--role must be department, auditor or admin"));
  auto db = OpenDatabase(config);
  if (!db.ok()) return Fail(db.status());
  std::optional<int64_t> department_id;
  if (*role == Role::kDepartment) {
    if (args.department.empty()) {
      return Fail(Status::InvalidArgument("--department CODE is required for a department user"));
    }
    auto d = FindDepartmentByCode(**db, args.department);
    if (!d.ok()) return Fail(d.status());
    department_id = d->id;
  } else if (!args.department.empty()) {
    return Fail(Status::InvalidArgument("--department is only for --role department"));
  }
  auto password = ChoosePassword(args, in);
  if (!password.ok()) return Fail(password.status());
  auto hash = HashPassword(password->first);
  if (!hash.ok()) return Fail(hash.status());
  Transaction txn(**db);
  if (!txn.begin_status().ok()) return Fail(txn.begin_status());
  auto user = AddUser(**db, args.login, *role, department_id, *hash, Now(config), std::nullopt);
  if (!user.ok()) return Fail(user.status());
  if (Status s = txn.Commit(); !s.ok()) return Fail(s);
  if (password->second) std::cout << password->first << std::endl;
  std::cerr << "user " << user->login << " (" << RoleName(user->role) << ") added with id "
            << user->id << std::endl;
  return 0;
}

int RunUserResetPassword(const Config& config, const UserArgs& args, std::istream& in) {
  auto db = OpenDatabase(config);
  if (!db.ok()) return Fail(db.status());
  auto user = FindUserByLogin(**db, args.login);
  if (!user.ok()) return Fail(Status::NotFound("no user " + args.login));
  auto password = ChoosePassword(args, in);
  if (!password.ok()) return Fail(password.status());
  auto hash = HashPassword(password->first);
  if (!hash.ok()) return Fail(hash.status());
  Transaction txn(**db);
  if (!txn.begin_status().ok()) return Fail(txn.begin_status());
  if (Status s = SetUserPassword(**db, user->id, *hash, Now(config), std::nullopt); !s.ok()) {
    return Fail(s);
  }
  if (Status s = txn.Commit(); !s.ok()) return Fail(s);
  if (password->second) std::cout << password->first << std::endl;
  std::cerr << "password of " << user->login << " reset; its sessions are ended" << std::endl;
  return 0;
}

int RunUserList(const Config& config) {
  auto db = OpenDatabase(config);
  if (!db.ok()) return Fail(db.status());
  auto users = ListUsers(**db);
  if (!users.ok()) return Fail(users.status());
  std::map<int64_t, std::string> codes;
  if (auto all = ListDepartments(**db); all.ok()) {
    for (const Department& d : *all) codes[d.id] = d.code;
  }
  for (const User& u : *users) {
    std::cout << u.id << "\t" << u.login << "\t" << RoleName(u.role) << "\t"
              << (u.department_id ? codes[*u.department_id] : "-") << "\t" << u.created_at << "\t"
              << (u.disabled_at    ? "disabled"
                  : u.locked_until ? "locked until " + *u.locked_until
                                   : "active")
              << "\n";
  }
  return 0;
}

}  // namespace dpfeed
