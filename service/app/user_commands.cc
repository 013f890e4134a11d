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

struct ChosenPassword {
  std::string password;
  bool generated = false;  // then it is printed, once
  std::string hash;
};

// The password to set (generated, or the first line of stdin) and its hash.
Result<ChosenPassword> ChoosePassword(const UserArgs& args, std::istream& in) {
  ChosenPassword c;
  if (!args.password_stdin) {
    auto p = RandomPassword();
    if (!p.ok()) return p.status();
    c.password = *p;
    c.generated = true;
  } else {
    std::getline(in, c.password);
    if (!c.password.empty() && c.password.back() == '\r') c.password.pop_back();
    Status s = CheckPasswordRules(c.password, args.login);
    if (!s.ok()) return Status::InvalidArgument("password: " + s.message());
  }
  auto hash = HashPassword(c.password);
  if (!hash.ok()) return hash.status();
  c.hash = *hash;
  return c;
}

}  // namespace

int RunUserAdd(const Config& config, const UserArgs& args, std::istream& in) {
  auto role = ParseRole(args.role);
  if (!role) return Fail(Status::InvalidArgument("--role must be department, auditor or admin"));
  auto db = OpenDatabase(config);
  if (!db.ok()) return Fail(db.status());
  auto department_id = DepartmentForRole(**db, *role, args.department);
  if (!department_id.ok()) return Fail(department_id.status());
  auto password = ChoosePassword(args, in);
  if (!password.ok()) return Fail(password.status());
  Transaction txn(**db);
  if (!txn.begin_status().ok()) return Fail(txn.begin_status());
  auto user =
      AddUser(**db, args.login, *role, *department_id, password->hash, Now(config), std::nullopt);
  if (!user.ok()) return Fail(user.status());
  if (Status s = txn.Commit(); !s.ok()) return Fail(s);
  if (password->generated) std::cout << password->password << std::endl;
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
  Transaction txn(**db);
  if (!txn.begin_status().ok()) return Fail(txn.begin_status());
  if (Status s = SetUserPassword(**db, user->id, password->hash, Now(config), std::nullopt);
      !s.ok()) {
    return Fail(s);
  }
  if (Status s = txn.Commit(); !s.ok()) return Fail(s);
  if (password->generated) std::cout << password->password << std::endl;
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
