// Importing the national template: a workbook's sheet of licenses and sheet
// of penalties (or one CSV file of either), header row of Chinese field
// names or field codes, one decision per row; all or nothing.
//
// Thread-safety: pure functions.
// Contract: ImportDecisions reads every sheet whose kind it can tell (by its
// name: 许可 / 处罚, or by its headers), maps each header to a field, and
// prepares every row with PrepareDecision (the API's own rules). Any
// problem anywhere (an unknown header, a missing column, a rule, a
// document number twice in the file: on every row that has it, by
// RepeatedDecisions) is reported with its sheet, row and column, and then
// `prepared` is empty: nothing of the file may be stored. Excel date cells
// (numbers) in date columns are read as dates. AddDecisionProblems reports
// what storing found (StoreDecisions' party conflicts) on the rows the
// decisions came from, and empties `prepared` likewise.
#ifndef DPFEED_SERVICE_WEB_DECISION_IMPORT_H_
#define DPFEED_SERVICE_WEB_DECISION_IMPORT_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "service/api/decision_preparation.h"
#include "service/calendar/work_calendar.h"
#include "service/domain/publicity_rules.h"
#include "service/store/department_repository.h"
#include "service/web/spreadsheet.h"

namespace dpfeed {

struct ImportProblem {
  std::string sheet;          // sheet name ("" for CSV)
  int row = 0;                // 1-based sheet row; 0 for the whole sheet or file
  int column = -1;            // 0-based; -1 when no column applies
  std::string field;          // wire code, when the problem is a field's
  std::string reason;         // Chinese
  std::string Where() const;  // "行政处罚 第3行 C列"
};

struct ImportedSheet {
  std::string name;
  Kind kind = Kind::kLicense;
  int records = 0;
  std::map<std::string, int> column_of;  // short field code -> 0-based column
};

struct ImportedRow {
  size_t sheet = 0;  // in ImportOutcome::sheets
  int row = 0;       // 1-based sheet row
};

struct ImportOutcome {
  std::vector<PreparedDecision> prepared;  // empty when there is any problem
  std::vector<ImportedRow> rows;           // where each of `prepared` came from
  std::vector<ImportProblem> problems;
  std::vector<ImportedSheet> sheets;
  std::vector<Sheet> source;  // the cells read, for the error workbook
  bool ok() const { return problems.empty(); }
};

inline constexpr size_t kMaxImportRecords = 10000;

// `filename` decides the format (.xlsx or .csv). `kind` is needed only for
// a CSV file whose headers fit both kinds. `jurisdiction` is PrepareDecision's.
ImportOutcome ImportDecisions(std::string_view bytes, const std::string& filename,
                              std::optional<Kind> kind, const Department& department,
                              const WorkCalendar& calendar, CivilDate today,
                              const PublicityRules& rules, std::string_view jurisdiction = {});

// `issues` by index in `outcome.prepared`, as problems of their rows.
void AddDecisionProblems(ImportOutcome& outcome, const std::vector<DecisionIssue>& issues);

// The header of a field in the template: its Chinese name.
std::string TemplateHeader(Kind kind, const FieldSpec& field);
// The fields a template sheet has (all but the data-source unit, which is
// filled from the department).
std::vector<const FieldSpec*> TemplateFields(Kind kind);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_WEB_DECISION_IMPORT_H_
