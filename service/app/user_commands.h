// Console accounts from the command line (the first administrator has no
// console to create it in):
//   dpfeed user add LOGIN --role department|auditor|admin [--department CODE] [--password-stdin]
//   dpfeed user reset-password LOGIN [--password-stdin]
//   dpfeed user list
// Without --password-stdin a random password is generated and printed once
// as stdout's only line; with it, the first line of stdin is the password
// (never on the command line, where `ps` would show it). A reset also
// unlocks the account and ends its sessions. Each change is an event.
#ifndef DPFEED_SERVICE_APP_USER_COMMANDS_H_
#define DPFEED_SERVICE_APP_USER_COMMANDS_H_

#include <istream>
#include <string>

#include "service/app/config.h"

namespace dpfeed {

struct UserArgs {
  std::string login, role, department;
  bool password_stdin = false;
};
int RunUserAdd(const Config& config, const UserArgs& args, std::istream& in);
int RunUserResetPassword(const Config& config, const UserArgs& args, std::istream& in);
int RunUserList(const Config& config);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_APP_USER_COMMANDS_H_
