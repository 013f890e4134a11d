#include "service/web/decision_import.h"

#include <algorithm>
#include <map>

namespace dpfeed {

namespace {

std::string Trim(std::string s) {
  const char* ws = " \t\r\n";
  s.erase(0, s.find_first_not_of(ws));
  s.erase(s.find_last_not_of(ws) + 1);
  // A full-width space is as invisible in a spreadsheet as a plain one.
  while (s.rfind("\u3000", 0) == 0) s.erase(0, 3);
  while (s.size() >= 3 && s.compare(s.size() - 3, 3, "\u3000") == 0) s.erase(s.size() - 3);
  return s;
}

bool IsSourceField(Kind kind, std::string_view code) {
  return code == SourceNameField(kind) || code == SourceCodeField(kind);
}

// The short field code a header names for `kind`: the Chinese name, the
// wire code or the short code, optionally with the code in brackets after
// the name ("处罚类别(CF_CFLB)"). Empty when unknown.
std::string FieldOfHeader(Kind kind, std::string header) {
  header = Trim(header);
  for (const FieldSpec& f : FieldsOf(kind)) {
    if (header == f.name || header == f.code) return f.code;
  }
  if (auto code = ShortCode(kind, header)) return *code;
  // "处罚类别(CF_CFLB)": the name with its code in brackets.
  for (const char* open : {"(", "（"}) {
    const size_t p = header.rfind(open);
    if (p == std::string::npos || p == 0) continue;
    const std::string name = Trim(header.substr(0, p));
    for (const FieldSpec& f : FieldsOf(kind)) {
      if (name == f.name) return f.code;
    }
  }
  // The two kinds name their document number, date and agency differently;
  // a sheet may use the generic words.
  static const std::map<std::string, std::string> kAliases = {
      {"决定文书号", "WSH"}, {"文书号", "WSH"}, {"决定日期", "JDRQ"}, {"备注", "BZ"}};
  if (auto it = kAliases.find(header); it != kAliases.end()) return it->second;
  return "";
}

bool Ignored(const std::string& header) {
  const std::string h = Trim(header);
  return h.empty() || h == "序号";
}

// How well `header` fits `kind`: the number of headers it knows.
int Fit(Kind kind, const SheetRow& header) {
  int n = 0;
  for (const std::string& h : header.cells) n += !Ignored(h) && !FieldOfHeader(kind, h).empty();
  return n;
}

std::optional<Kind> KindOfSheet(const Sheet& sheet, std::optional<Kind> hint) {
  if (sheet.name.find("许可") != std::string::npos) return Kind::kLicense;
  if (sheet.name.find("处罚") != std::string::npos) return Kind::kPenalty;
  if (sheet.rows.empty()) return std::nullopt;
  const int license = Fit(Kind::kLicense, sheet.rows.front());
  const int penalty = Fit(Kind::kPenalty, sheet.rows.front());
  if (hint) return hint;
  if (license > penalty) return Kind::kLicense;
  if (penalty > license) return Kind::kPenalty;
  return std::nullopt;
}

// The problem `issue` of the decision on `row` of `sheet`, in the column of
// its field when the sheet has one.
ImportProblem FieldProblem(const ImportedSheet& sheet, int row, const FieldIssue& issue) {
  const auto code = ShortCode(sheet.kind, issue.field);
  const auto it = code ? sheet.column_of.find(*code) : sheet.column_of.end();
  std::string reason = issue.reason;
  if (code && it == sheet.column_of.end() && FindField(sheet.kind, *code)) {
    reason += "（表中没有“" + std::string(FindField(sheet.kind, *code)->name) + "”列）";
  }
  return {sheet.name, row, it == sheet.column_of.end() ? -1 : it->second, issue.field, reason};
}

}  // namespace

void AddDecisionProblems(ImportOutcome& outcome, const std::vector<DecisionIssue>& issues) {
  for (const DecisionIssue& d : issues) {
    const ImportedRow& r = outcome.rows.at(d.index);
    outcome.problems.push_back(FieldProblem(outcome.sheets.at(r.sheet), r.row, d.issue));
  }
  if (!outcome.problems.empty()) {
    outcome.prepared.clear();
    outcome.rows.clear();
  }
}

std::string ImportProblem::Where() const {
  std::string w = sheet;
  if (row > 0) w += (w.empty() ? "" : " ") + std::string("第") + std::to_string(row) + "行";
  if (column >= 0) w += (w.empty() ? "" : " ") + ColumnName(column) + "列";
  return w.empty() ? "文件" : w;
}

std::string TemplateHeader(Kind, const FieldSpec& field) { return field.name; }

std::vector<const FieldSpec*> TemplateFields(Kind kind) {
  std::vector<const FieldSpec*> out;
  for (const FieldSpec& f : FieldsOf(kind)) {
    if (!IsSourceField(kind, f.code)) out.push_back(&f);
  }
  return out;
}

ImportOutcome ImportDecisions(std::string_view bytes, const std::string& filename,
                              std::optional<Kind> kind, const Department& department,
                              const WorkCalendar& calendar, CivilDate today,
                              const PublicityRules& rules, std::string_view jurisdiction) {
  ImportOutcome out;
  std::string lower = filename;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  auto ends_with = [&](const char* ext) {
    const std::string e(ext);
    return lower.size() >= e.size() && lower.compare(lower.size() - e.size(), e.size(), e) == 0;
  };
  if (ends_with(".xlsx")) {
    auto sheets = ReadXlsx(bytes);
    if (!sheets.ok())
      return out.problems.push_back({"", 0, -1, "", sheets.status().message()}), out;
    out.source = std::move(sheets.value());
  } else if (ends_with(".csv")) {
    auto text = DecodeCsvText(bytes);
    if (!text.ok()) return out.problems.push_back({"", 0, -1, "", text.status().message()}), out;
    auto sheet = ParseCsv(*text);
    if (!sheet.ok()) return out.problems.push_back({"", 0, -1, "", sheet.status().message()}), out;
    out.source.push_back(std::move(sheet.value()));
  } else {
    out.problems.push_back({"", 0, -1, "", "只能导入 .xlsx 或 .csv 文件（国家双公示模板）"});
    return out;
  }

  std::vector<PreparedDecision> prepared;
  std::vector<ImportedRow> rows;
  size_t total = 0;
  for (const Sheet& sheet : out.source) {
    if (sheet.rows.empty()) continue;
    const auto sheet_kind = KindOfSheet(sheet, kind);
    if (!sheet_kind) {
      out.problems.push_back(
          {sheet.name, sheet.rows.front().number, -1, "",
           "无法判断是行政许可还是行政处罚：请将工作表命名为“行政许可”或“行政处罚”，"
           "或使用模板的表头"});
      continue;
    }
    const Kind k = *sheet_kind;
    ImportedSheet summary{sheet.name, k, 0, {}};
    // Header row: column -> short code.
    const SheetRow& header = sheet.rows.front();
    std::map<int, std::string> columns;
    std::map<std::string, int>& column_of = summary.column_of;
    for (size_t c = 0; c < header.cells.size(); ++c) {
      if (Ignored(header.cells[c])) continue;
      const std::string code = FieldOfHeader(k, header.cells[c]);
      if (code.empty()) {
        out.problems.push_back(
            {sheet.name, header.number, static_cast<int>(c), "",
             "表头“" + Trim(header.cells[c]) + "”不是" + KindTitle(k) + "的字段"});
      } else if (column_of.count(code)) {
        out.problems.push_back({sheet.name, header.number, static_cast<int>(c), WireCode(k, code),
                                "字段“" + Trim(header.cells[c]) + "”重复出现"});
      } else {
        columns[static_cast<int>(c)] = code;
        column_of[code] = static_cast<int>(c);
      }
    }
    for (size_t r = 1; r < sheet.rows.size(); ++r) {
      const SheetRow& row = sheet.rows[r];
      if (++total > kMaxImportRecords) {
        out.problems.push_back({sheet.name, row.number, -1, "",
                                "一次最多导入" + std::to_string(kMaxImportRecords) + "条记录"});
        break;
      }
      Record record;
      record.kind = k;
      for (const auto& [c, code] : columns) {
        if (static_cast<size_t>(c) >= row.cells.size()) continue;
        std::string v = Trim(row.cells[c]);
        const FieldSpec* f = FindField(k, code);
        if (f && f->type == FieldType::kDate) {
          if (auto d = ExcelSerialDate(v)) v = *d;
        }
        if (!v.empty()) record.Set(code, std::move(v));
      }
      PrepareResult p =
          PrepareDecision(std::move(record), department, calendar, today, rules, jurisdiction);
      if (!p.prepared) {
        for (const FieldIssue& issue : p.errors) {
          out.problems.push_back(FieldProblem(summary, row.number, issue));
        }
        continue;
      }
      ++summary.records;
      prepared.push_back(std::move(*p.prepared));
      rows.push_back({out.sheets.size(), row.number});
    }
    out.sheets.push_back(std::move(summary));
  }
  for (const DecisionIssue& d : RepeatedDecisions(prepared, [&](size_t j) {
         return ImportProblem{out.sheets[rows[j].sheet].name, rows[j].row, -1, "", ""}.Where();
       })) {
    out.problems.push_back(
        FieldProblem(out.sheets[rows[d.index].sheet], rows[d.index].row, d.issue));
  }
  if (out.problems.empty() && prepared.empty()) {
    out.problems.push_back(
        {"", 0, -1, "", "文件中没有记录（第一行应为表头，从第二行起每行一条决定）"});
  }
  if (out.problems.empty()) {
    out.prepared = std::move(prepared);
    out.rows = std::move(rows);
  }
  return out;
}

}  // namespace dpfeed
