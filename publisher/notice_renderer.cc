#include "publisher/notice_renderer.h"

#include "service/domain/display_name.h"
#include "service/domain/publicity_rules.h"

namespace dpfeed {

namespace {

const char* TypeMarker(NoticeType type) {
  switch (type) {
    case NoticeType::kRegular:
      return "";
    case NoticeType::kSupplementary:
      return "补充";
    case NoticeType::kExpedited:
      return "提前";
    case NoticeType::kCorrection:
      return "更正";
    case NoticeType::kWithdrawal:
      return "撤销";
    case NoticeType::kMatterList:
      return "";
  }
  return "";
}

const char* TypeExplanation(NoticeType type) {
  switch (type) {
    case NoticeType::kRegular:
      return "";
    case NoticeType::kSupplementary:
      return "本公示为补充公示，公布此前各周作出、未列入当周例行公示的决定。";
    case NoticeType::kExpedited:
      return "本公示为提前公示：以下决定的公示期限早于下一次例行公示（每周一），为在期限内公开先行"
             "公布。";
    case NoticeType::kCorrection:
      return "本公示为更正公示，以下决定的公示内容已更正，以本公示为准。";
    case NoticeType::kWithdrawal:
      return "以下决定因被撤销、变更、确认无效（撤销），信息录入有误（撤回），公示期满，信用修复或"
             "依法不予公开，现撤下公示，原因见各条“撤下原因”。";
    case NoticeType::kMatterList:
      return "";
  }
  return "";
}

bool AnyNote(const NoticeContent& n) {
  for (const std::string& note : n.record_notes) {
    if (!note.empty()) return true;
  }
  return false;
}

const std::string& NoteOf(const NoticeContent& n, size_t i) {
  static const std::string kNone;
  return i < n.record_notes.size() ? n.record_notes[i] : kNone;
}

}  // namespace

void WriteNoticeHeader(JsonWriter& w, const NoticeContent& n) {
  Key(w, "title");
  Str(w, n.title);
  Key(w, "type");
  Str(w, ToString(n.type));
  Key(w, "kind");
  Str(w, KindName(n.kind));
  Key(w, "department");
  w.StartObject();
  Key(w, "code");
  Str(w, n.department_code);
  Key(w, "name");
  Str(w, n.department_name);
  Key(w, "uscc");
  Str(w, n.department_uscc);
  w.EndObject();
  Key(w, "period");
  w.StartObject();
  Key(w, "from");
  Str(w, FormatCivilDate(n.period_from));
  Key(w, "to");
  Str(w, FormatCivilDate(n.period_to));
  w.EndObject();
  Key(w, "published_on");
  Str(w, n.published_on);
}

namespace {

// The records array, last member of both JSON artifacts: `*records_at`
// gets where its key (with the comma before it) starts.
void WriteRecords(JsonOut& out, const NoticeContent& n, std::vector<ByteRange>* ranges,
                  size_t* records_at) {
  JsonWriter& w = out.w();
  if (records_at != nullptr) *records_at = out.size();
  Key(w, "records");
  w.StartArray();
  // Each column's wire code, once per kind (a notice's records share one).
  std::vector<std::string> wire[2];
  for (size_t i = 0; i < n.records.size(); ++i) {
    const Record& r = n.records[i];
    std::vector<std::string>& codes = wire[r.kind == Kind::kLicense ? 0 : 1];
    if (codes.empty()) {
      for (const FieldSpec* f : n.columns) codes.push_back(WireCode(r.kind, f->code));
    }
    w.StartObject();
    const size_t begin = out.size() - 1;  // the '{' just written
    for (size_t c = 0; c < n.columns.size(); ++c) {
      const std::string& v = r.Get(n.columns[c]->code);
      if (v.empty()) continue;
      Key(w, codes[c]);
      Str(w, v);
    }
    if (n.type == NoticeType::kWithdrawal && i < n.withdrawal_reasons.size()) {
      Key(w, "withdrawal_reason");
      Str(w, n.withdrawal_reasons[i]);
    }
    if (!NoteOf(n, i).empty()) {
      Key(w, "publication_note");
      Str(w, NoteOf(n, i));
    }
    w.EndObject();
    if (ranges != nullptr) ranges->push_back({begin, out.size()});
  }
  w.EndArray();
}

}  // namespace

std::string PublicationNote(const std::string& deadline, const std::string& published_on) {
  if (published_on <= deadline) return "";
  return "逾期公示（公示期限" + deadline + "）";
}

std::string NoticeTitle(const std::string& jurisdiction, const std::string& department_name,
                        Kind kind, NoticeType type, CivilDate from, CivilDate to,
                        bool data_entry_withdrawal) {
  std::string title = FullDepartmentName(jurisdiction, department_name);
  title += KindTitle(kind);
  title += type == NoticeType::kMatterList ? "事项清单" : "信息";
  title += type == NoticeType::kWithdrawal && data_entry_withdrawal
               ? RevocationTitle(RevocationKind::kWithdraw)
               : TypeMarker(type);
  title += "公示（" + FormatChineseDate(from) + "-" + FormatChineseDate(to) + "）";
  return title;
}

void AppendHtmlEscaped(std::string& out, std::string_view text) {
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < text.size(); ++i) {
    const char* entity = nullptr;
    switch (text[i]) {
      case '&':
        entity = "&amp;";
        break;
      case '<':
        entity = "&lt;";
        break;
      case '>':
        entity = "&gt;";
        break;
      case '"':
        entity = "&quot;";
        break;
      case '\'':
        entity = "&#39;";
        break;
      default:
        continue;
    }
    out.append(text.data() + run, i - run);
    out += entity;
    run = i + 1;
  }
  out.append(text.data() + run, text.size() - run);
}

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  AppendHtmlEscaped(out, text);
  return out;
}

const char* const kNoticeStyle =
    "body{font-family:\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",sans-serif;"
    "margin:0;padding:1rem;color:#1f1f1f;line-height:1.6;background:#fff}\n"
    "main{max-width:100%}\n"
    "h1{font-size:1.25rem;text-align:center;margin:.5rem 0 1rem;color:#8b0000}\n"
    "h2{font-size:1.05rem;margin:1.25rem 0 .5rem}\n"
    ".meta{color:#444;font-size:.9rem;text-align:center}\n"
    ".meta span{display:inline-block;margin:0 .5rem}\n"
    ".note{background:#fff8e1;padding:.5rem .75rem;border-left:4px solid #b26a00}\n"
    ".table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}\n"
    "table{border-collapse:collapse;font-size:.85rem;min-width:100%}\n"
    "th,td{border:1px solid #bbb;padding:.35rem .5rem;vertical-align:top;text-align:left}\n"
    "th{background:#eef2f7;white-space:nowrap}\n"
    // Codes and numbers stay whole in the table; long texts wrap.
    "td{min-width:4em;max-width:28em;overflow-wrap:break-word}\n"
    "td.seq{min-width:0;text-align:center}\n"
    // Narrow screens (phones, small tablets): one card per record, each
    // field a label-value pair; the header row stays for screen readers.
    "@media screen and (max-width:60em){\n"
    "body{padding:.75rem}\n"
    ".table-wrap{overflow:visible}\n"
    "table.records,table.records tbody,table.records tr,table.records td{display:block;"
    "min-width:0;width:auto}\n"
    "table.records thead{position:absolute;width:1px;height:1px;overflow:hidden;"
    "clip:rect(0 0 0 0);white-space:nowrap}\n"
    "table.records tr{border:1px solid #bbb;border-radius:.5rem;margin:0 0 1rem;"
    "padding:0 .75rem .25rem;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.08)}\n"
    "table.records td{border:0;border-bottom:1px solid #eee;padding:.4rem 0;display:grid;"
    "max-width:none;overflow-wrap:anywhere;"
    "grid-template-columns:minmax(6em,38%) 1fr;column-gap:.75rem}\n"
    "table.records td:last-child{border-bottom:0}\n"
    "table.records td::before{content:attr(data-label);color:#555}\n"
    "table.records td.seq{display:block;text-align:left;font-weight:600;margin:0 -.75rem;"
    "padding:.4rem .75rem;background:#eef2f7;border-radius:.5rem .5rem 0 0}\n"
    "table.records td.seq::before{content:\"第 \"}\n"
    "table.records td.seq::after{content:\" 条\"}\n"
    "}\n"
    "@media print{body{padding:0;font-size:9pt}.table-wrap{overflow:visible}"
    "table{font-size:7pt}th{white-space:normal}tr{break-inside:avoid}}\n";

std::string NoticePageStart(const std::string& title, const std::string& department_name,
                            const std::string& published_on, const std::string& count) {
  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  h += HtmlEscape(title);
  h += "</title>\n<style>\n";
  h += kNoticeStyle;
  h += "</style>\n</head>\n<body>\n<main>\n<h1>";
  h += HtmlEscape(title);
  h += "</h1>\n<p class=\"meta\"><span>发布单位：";
  h += HtmlEscape(department_name);
  h += "</span><span>发布日期：";
  h += HtmlEscape(published_on);
  h += "</span><span>" + count + "</span></p>\n";
  return h;
}

void LabelledCell(std::string& h, const char* label, std::string_view value) {
  h += "<td data-label=\"";
  h += label;
  h += "\">";
  if (value.empty()) {
    h += "—";
  } else {
    AppendHtmlEscaped(h, value);
  }
  h += "</td>";
}

std::string RenderNoticeHtml(const NoticeContent& n) {
  std::string h = NoticePageStart(n.title, n.department_name, n.published_on,
                                  "共 " + std::to_string(n.records.size()) + " 条");
  h.reserve(4096 + n.records.size() * 2500);
  if (*TypeExplanation(n.type) != '\0' || AnyNote(n)) {
    h += "<p class=\"note\">";
    h += TypeExplanation(n.type);
    if (AnyNote(n)) h += "标注“逾期公示”的决定公示时已超过公示期限（决定日期后第7个工作日）。";
    h += "</p>\n";
  }
  if (n.records.empty()) {
    h += "<p>本期无";
    h += KindTitle(n.kind);
    h += "决定。</p>\n";
  }
  const bool withdrawal = n.type == NoticeType::kWithdrawal;
  const bool notes = AnyNote(n);
  h += "<div class=\"table-wrap\">\n<table class=\"records\">\n<thead><tr><th "
       "scope=\"col\">序号</th>";
  for (const FieldSpec* f : n.columns) {
    h += "<th scope=\"col\">";
    h += f->name;
    h += "</th>";
  }
  if (withdrawal) h += "<th scope=\"col\">撤下原因</th>";
  if (notes) h += "<th scope=\"col\">公示说明</th>";
  h += "</tr></thead>\n<tbody>\n";
  for (size_t i = 0; i < n.records.size(); ++i) {
    h += "<tr><td class=\"seq\">";
    h += std::to_string(i + 1);
    h += "</td>";
    for (const FieldSpec* f : n.columns) {
      LabelledCell(h, f->name, DisplayValue(n.kind, f->code, n.records[i].Get(f->code)));
    }
    if (withdrawal) {
      LabelledCell(h, "撤下原因", i < n.withdrawal_reasons.size() ? n.withdrawal_reasons[i] : "");
    }
    if (notes) LabelledCell(h, "公示说明", NoteOf(n, i));
    h += "</tr>\n";
  }
  h += kNoticePageEnd;
  return h;
}

std::string RenderPortalJson(const NoticeContent& n, std::vector<ByteRange>* record_ranges,
                             size_t* records_at) {
  JsonOut out;
  JsonWriter& w = out.w();
  w.StartObject();
  WriteNoticeHeader(w, n);
  WriteRecords(out, n, record_ranges, records_at);
  w.EndObject();
  return out.Take();
}

namespace {

// The credit JSON's members before its records.
void WriteCreditHeader(JsonWriter& w, const NoticeContent& n) {
  w.StartObject();
  Key(w, "standard");
  Str(w, "双公示");
  Key(w, "action");
  Str(w, ToString(ActionOf(n.type)));
  WriteNoticeHeader(w, n);
}

}  // namespace

std::string RenderCreditJson(const NoticeContent& n, size_t* records_at) {
  JsonOut out;
  JsonWriter& w = out.w();
  WriteCreditHeader(w, n);
  WriteRecords(out, n, nullptr, records_at);
  w.EndObject();
  return out.Take();
}

std::string CreditJsonFromPortal(const NoticeContent& n, std::string_view portal_json,
                                 size_t portal_records_at, size_t* records_at) {
  JsonOut out;
  WriteCreditHeader(out.w(), n);
  // Both objects have members before the records, so the records member
  // starts with the same comma in both; it and the closing brace are the
  // portal's bytes.
  const std::string_view tail = portal_json.substr(portal_records_at);
  std::string credit = out.Take();
  credit.reserve(credit.size() + tail.size());
  if (records_at != nullptr) *records_at = credit.size();
  credit += tail;
  return credit;
}

}  // namespace dpfeed
