// `dpfeed import FILE --department CODE [--kind license|penalty]`: the
// console's import for scripts. The same parsing and rules (XLSX or CSV of
// the national template, PrepareDecision per row), all or nothing in one
// transaction. Problems (a 文书号 stored with another party among them, on
// its row) go to stderr one per line ("行政处罚 第3行 F列 CF_WFXW: reason")
// with exit status 1 and nothing stored; on success
// stdout says how many records were created, corrected or unchanged.
#ifndef DPFEED_SERVICE_APP_IMPORT_COMMAND_H_
#define DPFEED_SERVICE_APP_IMPORT_COMMAND_H_

#include <string>

#include "service/app/config.h"

namespace dpfeed {

struct ImportArgs {
  std::string file, department, kind;
};
int RunImport(const Config& config, const ImportArgs& args);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_APP_IMPORT_COMMAND_H_
