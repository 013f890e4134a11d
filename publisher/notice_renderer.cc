#include "publisher/notice_renderer.h"

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
      return "以下决定因被撤销、变更、确认无效，公示期满，信用修复或依法不予公开，现撤下公示，"
             "原因见各条“撤下原因”。";
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
  for (size_t i = 0; i < n.records.size(); ++i) {
    const Record& r = n.records[i];
    w.StartObject();
    const size_t begin = out.size() - 1;  // the '{' just written
    for (const FieldSpec* f : n.columns) {
      const std::string& v = r.Get(f->code);
      if (v.empty()) continue;
      Key(w, WireCode(r.kind, f->code));
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
                        Kind kind, NoticeType type, CivilDate from, CivilDate to) {
  std::string title;
  if (department_name.rfind(jurisdiction, 0) != 0) title += jurisdiction;
  title += department_name;
  title += KindTitle(kind);
  title += type == NoticeType::kMatterList ? "事项清单" : "信息";
  title += TypeMarker(type);
  title += "公示（" + FormatChineseDate(from) + "-" + FormatChineseDate(to) + "）";
  return title;
}

std::string HtmlEscape(const std::string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string NoticePageStart(const std::string& title, const std::string& department_name,
                            const std::string& published_on, const std::string& count) {
  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  h += HtmlEscape(title);
  h += "</title>\n<style>\n"
       "body{font-family:\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",sans-serif;"
       "margin:0;padding:1rem;color:#222;line-height:1.6}\n"
       "h1{font-size:1.25rem;text-align:center;margin:.5rem 0 1rem}\n"
       "h2{font-size:1.05rem;margin:1.25rem 0 .5rem}\n"
       ".meta{color:#555;font-size:.9rem;text-align:center}\n"
       ".note{background:#fff8e1;padding:.5rem .75rem;border-left:4px solid #f0ad4e}\n"
       ".table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}\n"
       "table{border-collapse:collapse;font-size:.85rem;min-width:100%}\n"
       "th,td{border:1px solid #ccc;padding:.35rem .5rem;vertical-align:top;text-align:left}\n"
       "th{background:#f3f6fa;white-space:nowrap}th small{color:#888;font-weight:normal}\n"
       "td{min-width:4rem;word-break:break-all}\n"
       "</style>\n</head>\n<body>\n<main>\n<h1>";
  h += HtmlEscape(title);
  h += "</h1>\n<p class=\"meta\">发布单位：";
  h += HtmlEscape(department_name);
  h += "　发布日期：";
  h += HtmlEscape(published_on);
  h += "　" + count + "</p>\n";
  return h;
}

std::string RenderNoticeHtml(const NoticeContent& n) {
  std::string h = NoticePageStart(n.title, n.department_name, n.published_on,
                                  "共 " + std::to_string(n.records.size()) + " 条");
  h.reserve(4096 + n.records.size() * 1500);
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
  h += "<div class=\"table-wrap\">\n<table>\n<thead><tr><th>序号</th>";
  for (const FieldSpec* f : n.columns) {
    h += "<th>";
    h += f->name;
    h += "<br><small>";
    h += WireCode(n.kind, f->code);
    h += "</small></th>";
  }
  if (n.type == NoticeType::kWithdrawal) h += "<th>撤下原因</th>";
  if (AnyNote(n)) h += "<th>公示说明</th>";
  h += "</tr></thead>\n<tbody>\n";
  for (size_t i = 0; i < n.records.size(); ++i) {
    h += "<tr><td>" + std::to_string(i + 1) + "</td>";
    for (const FieldSpec* f : n.columns) {
      h += "<td>";
      h += HtmlEscape(DisplayValue(n.kind, f->code, n.records[i].Get(f->code)));
      h += "</td>";
    }
    if (n.type == NoticeType::kWithdrawal) {
      h += "<td>";
      if (i < n.withdrawal_reasons.size()) h += HtmlEscape(n.withdrawal_reasons[i]);
      h += "</td>";
    }
    if (AnyNote(n)) h += "<td>" + HtmlEscape(NoteOf(n, i)) + "</td>";
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

std::string RenderCreditJson(const NoticeContent& n, size_t* records_at) {
  JsonOut out;
  JsonWriter& w = out.w();
  w.StartObject();
  Key(w, "standard");
  Str(w, "双公示");
  Key(w, "action");
  Str(w, ToString(ActionOf(n.type)));
  WriteNoticeHeader(w, n);
  WriteRecords(out, n, nullptr, records_at);
  w.EndObject();
  return out.Take();
}

}  // namespace dpfeed
