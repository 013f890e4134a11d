#include "service/web/decision_import.h"

#include <algorithm>
#include <map>
#include <set>

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

}  // namespace

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
  std::set<std::pair<Kind, std::string>> seen;
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
    // Header row: column -> short code.
    const SheetRow& header = sheet.rows.front();
    std::map<int, std::string> columns;
    std::map<std::string, int> column_of;
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
    ImportedSheet summary{sheet.name, k, 0};
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
          const auto code = ShortCode(k, issue.field);
          const auto it = code ? column_of.find(*code) : column_of.end();
          std::string reason = issue.reason;
          if (code && it == column_of.end() && FindField(k, *code)) {
            reason += "（表中没有“" + std::string(FindField(k, *code)->name) + "”列）";
          }
          out.problems.push_back({sheet.name, row.number, it == column_of.end() ? -1 : it->second,
                                  issue.field, reason});
        }
        continue;
      }
      if (!seen.insert({k, p.prepared->write.wsh}).second) {
        const auto it = column_of.find("WSH");
        out.problems.push_back({sheet.name, row.number, it == column_of.end() ? -1 : it->second,
                                WireCode(k, "WSH"),
                                "文书号“" + p.prepared->write.wsh + "”在文件中重复出现"});
        continue;
      }
      ++summary.records;
      prepared.push_back(std::move(*p.prepared));
    }
    out.sheets.push_back(summary);
  }
  if (out.problems.empty() && prepared.empty()) {
    out.problems.push_back(
        {"", 0, -1, "", "文件中没有记录（第一行应为表头，从第二行起每行一条决定）"});
  }
  if (out.problems.empty()) out.prepared = std::move(prepared);
  return out;
}

}  // namespace dpfeed
