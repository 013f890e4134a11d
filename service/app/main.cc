// dpfeed: the double-publicity (双公示) daemon and its administration tool.
// Subcommands are listed by `dpfeed --help`; each takes --config FILE
// (without it: $DPFEED_CONFIG, /etc/dpfeed/dpfeed.jsonc, or the built-in
// defaults, and the command says which on stderr).
#include <CLI/CLI.hpp>
#include <iostream>
#include <string>
#include <vector>

#include "service/app/admin_commands.h"
#include "service/app/import_command.h"
#include "service/app/app_setup.h"
#include "service/app/command_line.h"
#include "service/app/log_setup.h"
#include "service/app/ops_commands.h"
#include "service/app/publish_command.h"
#include "service/app/report_commands.h"
#include "service/app/serve_command.h"
#include "service/app/standard_commands.h"
#include "service/app/user_commands.h"
#include "service/app/version.h"

namespace {

// A word where `app` expects one of its subcommands but that names none:
// says so with the nearest name and returns 2; 0 when the words are fine.
int CheckSubcommandWords(CLI::App& app, int argc, char** argv) {
  CLI::App* level = &app;
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    if (word.empty() || word[0] == '-') return 0;  // options: CLI11 reports those
    auto subs = level->get_subcommands([](CLI::App*) { return true; });
    if (subs.empty()) return 0;
    std::vector<std::string> names;
    CLI::App* next = nullptr;
    for (CLI::App* s : subs) {
      names.push_back(s->get_name());
      if (s->get_name() == word) next = s;
    }
    if (next == nullptr) {
      const std::string where = level == &app ? "dpfeed" : "dpfeed " + level->get_name();
      std::cerr << where << ": unknown command '" << word << "'";
      if (auto near = dpfeed::ClosestName(word, names))
        std::cerr << "; did you mean '" << *near << "'?";
      std::cerr << "\n" << where << " --help lists the commands\n";
      return 2;
    }
    level = next;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace dpfeed;
  CLI::App app{"dpfeed: publishes administrative license and penalty decisions (双公示)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("dpfeed ") + VersionString());
  std::string config_path;
  auto add_config = [&config_path](CLI::App* sub) {
    sub->add_option(
        "--config", config_path,
        std::string("configuration file (JSON, comments allowed); default $DPFEED_CONFIG, ") +
            kSystemConfigPath + " or built-in defaults");
  };

  auto* serve = app.add_subcommand("serve", "run the daemon");
  add_config(serve);

  auto* department = app.add_subcommand("department", "manage departments");
  department->require_subcommand(1);
  DepartmentAddArgs dept_args;
  auto* dept_add = department->add_subcommand("add", "register a department");
  add_config(dept_add);
  dept_add->add_option("--code", dept_args.code, "short code, e.g. scjgj")->required();
  dept_add->add_option("--name", dept_args.name, "name, e.g. 市场监督管理局")->required();
  dept_add->add_option("--uscc", dept_args.uscc, "the department's 统一社会信用代码")->required();
  dept_add->add_flag("--publish-empty", dept_args.publish_empty,
                     "publish a notice even in weeks without decisions");
  auto* dept_list = department->add_subcommand("list", "list departments");
  add_config(dept_list);

  auto* agency = app.add_subcommand(
      "agency", "entrusted organisations (受委托组织) a department may name as deciding agency");
  agency->require_subcommand(1);
  AgencyArgs agency_args;
  auto* agency_add =
      agency->add_subcommand("add", "register an entrusted organisation for a department");
  add_config(agency_add);
  agency_add->add_option("--department", agency_args.department, "department code")->required();
  agency_add->add_option("--name", agency_args.name, "the organisation's name")->required();
  agency_add->add_option("--uscc", agency_args.uscc, "its 统一社会信用代码")->required();
  auto* agency_list = agency->add_subcommand("list", "list a department's entrusted organisations");
  add_config(agency_list);
  agency_list->add_option("--department", agency_args.department, "department code")->required();
  auto* agency_remove =
      agency->add_subcommand("remove", "stop accepting an entrusted organisation");
  add_config(agency_remove);
  agency_remove->add_option("--department", agency_args.department, "department code")->required();
  agency_remove->add_option("--uscc", agency_args.uscc, "its 统一社会信用代码")->required();

  auto* token = app.add_subcommand("token", "manage API tokens");
  token->require_subcommand(1);
  TokenCreateArgs token_args;
  auto* token_create = token->add_subcommand("create", "issue a token (printed once)");
  add_config(token_create);
  token_create->add_option("--role", token_args.role, "department, auditor or admin")->required();
  token_create->add_option("--department", token_args.department,
                           "department code (department role)");
  token_create->add_option("--label", token_args.label, "free label shown in listings");
  auto* token_list = token->add_subcommand("list", "list tokens (never their secrets)");
  add_config(token_list);
  int64_t revoke_id = 0;
  auto* token_revoke = token->add_subcommand("revoke", "revoke a token");
  add_config(token_revoke);
  token_revoke->add_option("--id", revoke_id, "token id from `token list`")->required();

  auto* user = app.add_subcommand("user", "manage web console accounts (people; machines use tokens)");
  user->require_subcommand(1);
  UserArgs user_args;
  auto* user_add = user->add_subcommand("add", "open an account (the password is printed once)");
  add_config(user_add);
  user_add->add_option("LOGIN", user_args.login, "login name")->required();
  user_add->add_option("--role", user_args.role, "department, auditor or admin")->required();
  user_add->add_option("--department", user_args.department, "department code (department role)");
  user_add->add_flag("--password-stdin", user_args.password_stdin, "read the password from stdin");
  auto* user_reset = user->add_subcommand("reset-password", "set a new password, unlock, end sessions");
  add_config(user_reset);
  user_reset->add_option("LOGIN", user_args.login, "login name")->required();
  user_reset->add_flag("--password-stdin", user_args.password_stdin, "read the password from stdin");
  auto* user_list = user->add_subcommand("list", "list accounts");
  add_config(user_list);

  ImportArgs import_args;
  auto* import = app.add_subcommand("import", "import the national template (XLSX or CSV), all or nothing");
  add_config(import);
  import->add_option("FILE", import_args.file, ".xlsx or .csv file")->required();
  import->add_option("--department", import_args.department, "department code")->required();
  import->add_option("--kind", import_args.kind, "license or penalty (CSV whose headers fit both)");

  std::string date;
  int workdays = 7;
  auto* deadline = app.add_subcommand("deadline", "the publication deadline of a decision date");
  add_config(deadline);
  deadline->add_option("DATE", date, "decision date YYYY-MM-DD")->required();
  deadline->add_option("--workdays", workdays, "working days after DATE (default 7)");

  std::string from, to;
  auto* wd = app.add_subcommand("workdays", "working days in (FROM, TO]");
  add_config(wd);
  wd->add_option("FROM", from, "YYYY-MM-DD")->required();
  wd->add_option("TO", to, "YYYY-MM-DD")->required();

  ComplianceArgs comp;
  auto* compliance = app.add_subcommand("compliance", "deadline compliance summary for auditors");
  add_config(compliance);
  compliance->add_option("--from", comp.from, "first decision date (YYYY-MM-DD)")->required();
  compliance->add_option("--to", comp.to, "last decision date (YYYY-MM-DD)")->required();
  compliance->add_option("--department", comp.department, "department code");
  compliance->add_option("--kind", comp.kind, "license or penalty");
  compliance->add_option("--channel", comp.channel, "portal or credit");
  compliance->add_option("--format", comp.format, "json (default) or csv");

  auto* redact = app.add_subcommand("redact", "mask JSON-lines records on stdin as published");
  add_config(redact);

  PublishArgs publish_args;
  auto* publish = app.add_subcommand("publish", "run one publication cycle as of a time");
  add_config(publish);
  AddPublishOptions(publish, &publish_args);

  // Matter lists (事项清单) and the annual report's tables.
  auto* matter = app.add_subcommand("matter", "a department's matter lists (事项清单)");
  matter->require_subcommand(1);
  MatterArgs matter_args;
  std::vector<CLI::App*> matter_changes;
  for (const char* action : {"add", "change", "cancel"}) {
    auto* sub = matter->add_subcommand(action, std::string(action) + " a matter, effective on a date");
    add_config(sub);
    sub->add_option("--department", matter_args.department, "department code")->required();
    sub->add_option("--kind", matter_args.kind, "license or penalty")->required();
    sub->add_option("--code", matter_args.code, "事项编码")->required();
    sub->add_option("--name", matter_args.name, "事项名称");
    sub->add_option("--legal-basis", matter_args.legal_basis, "设定依据");
    sub->add_option("--agency", matter_args.agency, "实施机关");
    sub->add_option("--category", matter_args.category, "事项类别");
    sub->add_option("--effective", matter_args.effective, "effective date YYYY-MM-DD")->required();
    sub->add_option("--reason", matter_args.reason, "why (e.g. 职能调整)");
    sub->callback([&matter_args, action] { matter_args.action = action; });
    matter_changes.push_back(sub);
  }
  MatterListArgs matter_list_args;
  auto* matter_list = matter->add_subcommand("list", "matters in effect on a date");
  add_config(matter_list);
  matter_list->add_option("--department", matter_list_args.department, "department code");
  matter_list->add_option("--kind", matter_list_args.kind, "license or penalty");
  matter_list->add_option("--as-of", matter_list_args.as_of, "date YYYY-MM-DD (default today)");
  auto* report = app.add_subcommand("report", "reports for the yearly government-information report");
  report->require_subcommand(1);
  AnnualReportArgs annual_args;
  auto* annual = report->add_subcommand("annual", "第二十条第（五）（六）项: matters and decisions of a year");
  add_config(annual);
  annual->add_option("--year", annual_args.year, "the report's year")->required();
  annual->add_option("--format", annual_args.format, "json (default), csv or xlsx");
  annual->add_option("--output", annual_args.output, "file to write (required for xlsx)");

  std::string backup_to, restore_from;
  auto* backup =
      app.add_subcommand("backup", "copy the database while the daemon runs, then check the copy");
  add_config(backup);
  backup->add_option("--to", backup_to, "the backup file to write")->required();
  auto* restore =
      app.add_subcommand("restore", "replace the database with a backup (daemon stopped)");
  add_config(restore);
  restore->add_option("--from", restore_from, "a file written by `dpfeed backup`")->required();

  if (int bad = CheckSubcommandWords(app, argc, argv); bad != 0) return bad;
  CLI11_PARSE(app, argc, argv);

  std::string explanation;
  const std::string path = ConfigPathToUse(config_path, &explanation);
  if (!explanation.empty()) std::cerr << "dpfeed: " << explanation << "\n";
  auto config = LoadConfigOrDefault(path);
  if (!config.ok()) return Fail(config.status());
  ConfigureLogging(*config);
  try {
    if (*serve) return RunServe(*config);
    if (*dept_add) return RunDepartmentAdd(*config, dept_args);
    if (*dept_list) return RunDepartmentList(*config);
    if (*agency_add) return RunAgencyAdd(*config, agency_args);
    if (*agency_list) return RunAgencyList(*config, agency_args.department);
    if (*agency_remove) return RunAgencyRemove(*config, agency_args);
    if (*token_create) return RunTokenCreate(*config, token_args);
    if (*token_list) return RunTokenList(*config);
    if (*token_revoke) return RunTokenRevoke(*config, revoke_id);
    if (*user_add) return RunUserAdd(*config, user_args, std::cin);
    if (*user_reset) return RunUserResetPassword(*config, user_args, std::cin);
    if (*user_list) return RunUserList(*config);
    if (*import) return RunImport(*config, import_args);
    if (*deadline) return RunDeadline(*config, date, workdays);
    if (*wd) return RunWorkdays(*config, from, to);
    if (*compliance) return RunCompliance(*config, comp);
    if (*redact) return RunRedact(*config, std::cin, std::cout);
    if (*publish) return RunPublish(*config, publish_args);
    for (CLI::App* sub : matter_changes) {
      if (*sub) return RunMatterChange(*config, matter_args);
    }
    if (*matter_list) return RunMatterList(*config, matter_list_args);
    if (*annual) return RunAnnualReport(*config, annual_args);
    if (*backup) return RunBackup(*config, backup_to);
    if (*restore) return RunRestore(*config, restore_from);
  } catch (const std::exception& e) {
    return Fail(Status::IOError(std::string("unexpected error: ") + e.what()));
  }
  return 2;
}
