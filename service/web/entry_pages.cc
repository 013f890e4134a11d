// The department's entry form for one license or penalty: the standard's
// Chinese labels with the field code beside each, the API's own validation
// (PrepareDecision) with each message next to its field, a preview of the
// record exactly as masking will publish it, the deadline before saving,
// then the save (a correction when the document number exists; one that
// changes the party only when ticked as such, as the API's correct_party).
#include <memory>
#include <set>

#include "redaction/masking_policy.h"
#include "service/api/decision_preparation.h"
#include "service/store/event_log.h"
#include "service/store/record_json.h"
#include "service/web/console_pages.h"
#include "service/web/record_view.h"
#include "service/web/web_route.h"

namespace dpfeed {

namespace {

bool IsSourceField(Kind kind, std::string_view code) {
  return code == SourceNameField(kind) || code == SourceCodeField(kind);
}

bool IsSubjectField(std::string_view code) {
  return code.rfind("XDR_", 0) == 0 || code.rfind("FR", 0) == 0;
}

// The fields the standard always requires: those an empty record is
// refused for (the validator is the one source of the rule).
const std::set<std::string>& RequiredFields(Kind kind) {
  static const auto make = [](Kind k) {
    Record empty;
    empty.kind = k;
    std::set<std::string> out;
    for (const FieldIssue& i : ValidateRecord(empty, CivilDate{date::year{2026} / 1 / 1}).errors) {
      out.insert(i.field);
    }
    return out;
  };
  static const std::set<std::string> kLicense = make(Kind::kLicense);
  static const std::set<std::string> kPenalty = make(Kind::kPenalty);
  return kind == Kind::kLicense ? kLicense : kPenalty;
}

std::string Input(const FieldSpec& f, Kind kind, const Record& r, bool readonly,
                  const std::string& described_by) {
  const std::string wire = WireCode(kind, f.code);
  const std::string id = "f_" + wire;
  const std::string& v = r.Get(f.code);
  const std::string aria =
      (described_by.empty() ? ""
                            : " aria-invalid=\"true\" aria-describedby=\"" + described_by + "\"") +
      std::string(RequiredFields(kind).count(wire) ? " aria-required=\"true\"" : "");
  const std::string code = f.code;
  if (code == "XDR_LB") {
    std::string h = "<select id=\"" + id + "\" name=\"" + wire + "\"" + aria +
                    "><option value=\"\">请选择</option>";
    for (const char* w : {kLegalPersonWord, kNaturalPersonWord, kIndividualBusinessWord}) {
      h += std::string("<option") + (v == w ? " selected" : "") + ">" + w + "</option>";
    }
    return h + "</select>";
  }
  if (code == "ZT") {
    std::string h = "<select id=\"" + id + "\" name=\"" + wire + "\"" + aria +
                    "><option value=\"\">（不填）</option>";
    h += std::string("<option value=\"1\"") + (v == "1" ? " selected" : "") + ">1 有效</option>";
    h += std::string("<option value=\"2\"") + (v == "2" ? " selected" : "") + ">2 无效</option>";
    return h + "</select>";
  }
  if (code == "CFLB") {
    std::set<std::string> chosen;
    size_t start = 0;
    while (start <= v.size()) {
      size_t end = v.find(';', start);
      if (end == std::string::npos) end = v.size();
      chosen.insert(v.substr(start, end - start));
      start = end + 1;
    }
    std::string h = "<div class=\"checks\" role=\"group\" id=\"" + id + "\" aria-labelledby=\"l_" +
                    wire + "\"" + aria + ">";
    int n = 0;
    for (const std::string& c : PenaltyCategories()) {
      const std::string cid = id + "_" + std::to_string(n++);
      h += "<label for=\"" + cid + "\"><input type=\"checkbox\" id=\"" + cid + "\" name=\"" + wire +
           "\" value=\"" + Esc(c) + "\"" + (chosen.count(c) ? " checked" : "") + "> " + Esc(c) +
           "</label>";
    }
    return h + "</div>";
  }
  const std::string common =
      " id=\"" + id + "\" name=\"" + wire + "\"" + aria + (readonly ? " readonly" : "");
  if (f.type == FieldType::kDate) {
    return "<input type=\"date\"" + common + " value=\"" + Esc(v) + "\">";
  }
  if (f.max_chars > 300) {
    return "<textarea" + common + " rows=\"3\">" + Esc(v) + "</textarea>";
  }
  std::string extra;
  if (f.type == FieldType::kAmount) extra = " inputmode=\"decimal\"";
  if (code == "XKLB") extra = " list=\"xklb\"";
  return "<input type=\"text\"" + common + extra + " value=\"" + Esc(v) + "\">";
}

struct FormState {
  Record record;
  std::vector<FieldIssue> errors;
  std::vector<FieldIssue> warnings;
  std::optional<int64_t> correcting;  // decision id when correcting
  bool correct_party = false;         // an explicit correction of the party
  bool party_conflict = false;        // the 文书号 is stored with another party
};

constexpr const char* kCorrectPartyField = "correct_party";

// The box that makes a change of party an explicit correction (the API's
// ?correct_party=true), offered once the 文书号 was found stored with
// another party or when it is already ticked.
std::string CorrectPartyBox(const FormState& st) {
  if (!st.party_conflict && !st.correct_party) return "";
  return std::string("<div class=\"field\"><label for=\"") + kCorrectPartyField + "\">" +
         "<input type=\"checkbox\" id=\"" + kCorrectPartyField + "\" name=\"" + kCorrectPartyField +
         "\" value=\"1\"" + (st.correct_party ? " checked" : "") +
         "> 确认更正当事人：该文书号已登记的当事人（行政相对人名称、统一社会信用代码）"
         "更正为本次填写的当事人</label></div>\n";
}

std::string EntryForm(const std::string& csrf, Kind kind, const FormState& st) {
  std::string h;
  std::map<std::string, std::vector<std::string>> by_field;
  std::vector<std::string> general;
  for (const FieldIssue& i : st.errors) {
    const auto short_code = ShortCode(kind, i.field);
    if (short_code && FindField(kind, *short_code) && !IsSourceField(kind, *short_code)) {
      by_field[i.field].push_back(i.reason);
    } else {
      general.push_back((i.field.empty() ? "" : i.field + "：") + i.reason);
    }
  }
  if (!st.errors.empty()) {
    h += "<div class=\"message error\" role=\"alert\" id=\"errors\"><p>记录未通过校验（共" +
         std::to_string(st.errors.size()) +
         "处），请按各字段旁的提示修改后再预览：</p><ul class=\"errors-list\">";
    for (const FieldIssue& i : st.errors) {
      const auto short_code = ShortCode(kind, i.field);
      const FieldSpec* f = short_code ? FindField(kind, *short_code) : nullptr;
      h += "<li>";
      if (f && by_field.count(i.field)) {
        h += "<a href=\"#f_" + Esc(i.field) + "\">" + std::string(f->name) + "</a> <code>" +
             Esc(i.field) + "</code>：";
      }
      h += Esc(i.reason) + "</li>";
    }
    h += "</ul></div>\n";
  }
  if (st.correcting) {
    h += "<p class=\"message warn\">正在更正决定 #" + std::to_string(*st.correcting) +
         "：保存后生成新版本，已公示的将发布更正公示。文书号不可修改。</p>\n";
  }
  h += "<form method=\"post\" action=\"/console/new/" + std::string(KindName(kind)) +
       "\" novalidate>\n" + CsrfField(csrf);
  if (st.correcting) h += HiddenField("correcting", std::to_string(*st.correcting));
  h += "<datalist id=\"xklb\"><option value=\"普通\"><option value=\"特许\"><option value=\"认可\">"
       "<option value=\"核准\"><option value=\"登记\"><option value=\"其他\"></datalist>\n";
  const auto& required = RequiredFields(kind);
  for (int part = 0; part < 2; ++part) {
    h += part == 0 ? "<fieldset><legend>行政相对人</legend>\n"
                   : std::string("<fieldset><legend>") + KindTitle(kind) + "决定</legend>\n";
    for (const FieldSpec& f : FieldsOf(kind)) {
      if (IsSourceField(kind, f.code) || IsSubjectField(f.code) != (part == 0)) continue;
      const std::string wire = WireCode(kind, f.code);
      const auto errs = by_field.find(wire);
      std::string described_by;
      if (errs != by_field.end()) described_by = "e_" + wire;
      h += std::string("<div class=\"field") + (errs != by_field.end() ? " invalid" : "") + "\">";
      // A group of checkboxes is named by its label's id, not `for`.
      const bool group = std::string_view(f.code) == "CFLB";
      h += group ? "<label id=\"l_" + wire + "\">" + f.name
                 : "<label for=\"f_" + wire + "\">" + f.name;
      if (required.count(wire)) h += "<span class=\"req\" aria-hidden=\"true\">*</span>";
      h += "<code>" + wire + "</code></label><div class=\"control\">";
      h += Input(f, kind, st.record, st.correcting && std::string_view(f.code) == "WSH",
                 described_by);
      if (errs != by_field.end()) {
        h += "<p class=\"field-error\" id=\"" + described_by + "\">";
        for (size_t i = 0; i < errs->second.size(); ++i)
          h += (i ? "；" : "") + Esc(errs->second[i]);
        h += "</p>";
      }
      h += "</div></div>\n";
    }
    h += "</fieldset>\n";
  }
  h += CorrectPartyBox(st);
  h += "<p class=\"hint\">带 * 的为必填项；法人及非法人组织还须填写统一社会信用代码和法定代表人，"
       "自然人须填写证件类型和证件号码。数据来源单位自动填写为本部门。日期格式 "
       "YYYY-MM-DD，金额单位万元。</p>\n";
  h += "<div class=\"actions\"><button type=\"submit\" name=\"action\" "
       "value=\"preview\">校验并预览</button></div>\n</form>\n";
  return h;
}

Record RecordFromForm(const FormData& form, Kind kind) {
  Record r;
  r.kind = kind;
  for (const FieldSpec& f : FieldsOf(kind)) {
    if (IsSourceField(kind, f.code)) continue;
    const std::string wire = WireCode(kind, f.code);
    std::string v;
    if (std::string_view(f.code) == "CFLB") {
      for (const std::string& part : form.GetAll(wire)) {
        if (part.empty()) continue;
        v += (v.empty() ? "" : ";") + part;
      }
    } else {
      v = form.Get(wire);
    }
    if (!v.empty()) r.Set(f.code, v);
  }
  return r;
}

Page FormPage(const std::string& csrf, Kind kind, const FormState& st) {
  Page p;
  p.title = std::string("录入") + KindTitle(kind) + "决定";
  if (st.correcting) p.title = std::string("更正") + KindTitle(kind) + "决定";
  p.body = EntryForm(csrf, kind, st);
  return p;
}

void ShowForm(WebCall& c, Kind kind, const FormState& st, http::status status) {
  c.Render(FormPage(c.user->csrf, kind, st), status);
}

void Preview(WebCall& c, Kind kind, const PreparedDecision& prepared, const FormState& st) {
  std::string h;
  h += "<p class=\"message ok\" "
       "role=\"status\">校验通过。请核对下方公示效果和公示期限，确认无误后保存。</p>\n";
  h += "<p class=\"deadline\">决定日期 " + Esc(prepared.write.decision_date) +
       "，<strong>公示期限 " + Esc(prepared.write.deadline) +
       "</strong>（决定之日起第7个工作日，按国务院节假日及调休安排计算）";
  if (prepared.deadline_provisional) h += "。该年度工作日历尚未发布，期限暂按周一至周五计算";
  h += "</p>\n";
  if (!prepared.warnings.empty()) {
    h += "<div class=\"message warn\"><p>提示（不影响保存）：</p><ul>";
    for (const FieldIssue& w : prepared.warnings) {
      h += "<li><code>" + Esc(w.field) + "</code> " + Esc(w.reason) + "</li>";
    }
    h += "</ul></div>\n";
  }
  h += "<h2>公示效果（脱敏后，公众看到的内容）</h2>\n";
  h += RecordPairs(MaskRecord(prepared.record, c.a.ctx.masking), false, true);
  h += "<form method=\"post\" action=\"/console/new/" + std::string(KindName(kind)) + "\">\n" +
       CsrfField(c.user->csrf);
  if (st.correcting) h += HiddenField("correcting", std::to_string(*st.correcting));
  if (st.correct_party) h += HiddenField(kCorrectPartyField, "1");
  for (const FieldSpec& f : FieldsOf(kind)) {
    if (IsSourceField(kind, f.code)) continue;
    const std::string& v = prepared.record.Get(f.code);
    if (!v.empty()) h += HiddenField(WireCode(kind, f.code), v);
  }
  h += "\n<div class=\"actions\"><button type=\"submit\" name=\"action\" "
       "value=\"save\">确认保存</button>"
       "<button type=\"submit\" class=\"secondary\" name=\"action\" "
       "value=\"edit\">返回修改</button></div>\n</form>\n";
  Page p;
  p.title = std::string("预览") + KindTitle(kind) + "决定";
  p.body = std::move(h);
  c.Render(std::move(p));
}

// A 文书号 stored with another party, unless the correction is explicit,
// is refused as the API refuses it (409), on the form next to the party.
void Save(WebCall& c, Kind kind, PreparedDecision prepared, FormState st) {
  prepared.write.allow_party_change = st.correct_party;
  auto decisions = std::make_shared<std::vector<PreparedDecision>>();
  decisions->push_back(std::move(prepared));
  auto result = std::make_shared<DecisionWriteResult>();
  auto conflicts = std::make_shared<std::vector<PartyConflict>>();
  const std::string at = FormatShanghaiTimestamp(c.now);
  const int64_t user_id = c.user->session.user.id;
  const int64_t department_id = c.department->id;
  SubmitWrite(
      c,
      [decisions, result, conflicts, at, user_id, department_id](Database& db) -> Status {
        conflicts->clear();
        auto stored = StoreDecisions(db, *decisions, at, conflicts.get());
        if (!stored.ok()) return stored.status();
        *result = stored->front();
        return AppendEvent(db, {at, "web.decision_saved", department_id, result->id,
                                "{\"user_id\":" + std::to_string(user_id) + ",\"outcome\":\"" +
                                    WriteOutcomeName(result->outcome) + "\"}"});
      },
      [result, conflicts, kind, st = std::move(st), csrf = c.user->csrf, page_user = c.page_user](
          const Request& head, const Status& s) mutable -> Response {
        if (!conflicts->empty()) {
          st.errors = {conflicts->front().issue};
          st.party_conflict = true;
          Page p = FormPage(csrf, kind, st);
          p.user = page_user;
          return HtmlResponse(head, http::status::conflict, RenderPage(p));
        }
        if (!s.ok()) {
          return MessagePage(head, http::status::service_unavailable, "保存失败",
                             "保存失败，请重试：" + s.message(), std::nullopt);
        }
        return Redirect(head, "/console/records/" + std::string(KindName(kind)) + "/" +
                                  std::to_string(result->id) +
                                  "?saved=" + WriteOutcomeName(result->outcome));
      });
}

Kind KindOf(const WebCall& c) { return *ParseKind(c.seg[2]); }

void GetEntry(WebCall& c) {
  const Kind kind = KindOf(c);
  FormState st;
  st.record.kind = kind;
  if (auto from = SegmentId(c.Query("from"))) {
    // A correction starts from the stored record of the user's own department.
    auto d = GetDecision(c.a.db, *from);
    if (!d.ok() || d->kind != kind)
      return c.Message(http::status::not_found, "未找到", "没有该决定");
    if (d->department_id != c.department->id) {
      return c.Message(http::status::forbidden, "无权访问", "只能更正本部门的决定。");
    }
    auto rec = DecodeStoredRecord(kind, d->content);
    if (!rec.ok()) return c.Message(http::status::internal_server_error, "出错了", "记录无法读取");
    st.record = std::move(rec.value());
    st.correcting = d->id;
  } else {
    st.record.Set(AgencyNameField(kind),
                  FullDepartmentName(c.options.jurisdiction, c.department->name));
    st.record.Set(AgencyCodeField(kind), c.department->uscc);
  }
  ShowForm(c, kind, st, http::status::ok);
}

void PostEntry(WebCall& c) {
  const Kind kind = KindOf(c);
  FormState st;
  st.record = RecordFromForm(c.form, kind);
  st.correcting = SegmentId(c.form.Get("correcting"));
  st.correct_party = c.form.Get(kCorrectPartyField) == "1";
  if (st.correcting) {
    auto d = GetDecision(c.a.db, *st.correcting);
    if (!d.ok() || d->department_id != c.department->id || d->kind != kind) {
      return c.Message(http::status::forbidden, "无权访问", "只能更正本部门的决定。");
    }
    st.record.Set("WSH", d->wsh);  // the identity of a correction never changes
  }
  const std::string action = c.form.Get("action");
  if (action == "edit") return ShowForm(c, kind, st, http::status::ok);
  PrepareResult p = PrepareDecision(st.record, *c.department, *c.a.ctx.calendar,
                                    ShanghaiDate(c.now), c.a.ctx.publicity, c.a.ctx.jurisdiction);
  if (!p.prepared) {
    st.errors = std::move(p.errors);
    return ShowForm(c, kind, st, http::status::unprocessable_entity);
  }
  if (action == "save") return Save(c, kind, std::move(*p.prepared), std::move(st));
  Preview(c, kind, *p.prepared, st);
}

bool EntryPath(const std::vector<std::string>& s) {
  return s.size() == 3 && s[0] == "console" && s[1] == "new" &&
         (s[2] == "license" || s[2] == "penalty");
}

}  // namespace

void RegisterEntryPages(Router& router, const WebOptions& options) {
  AddWebRoute(router, options, "/console/new/{kind}", http::verb::get, EntryPath,
              Access::kDepartment, GetEntry);
  AddWebRoute(router, options, "/console/new/{kind}", http::verb::post, EntryPath,
              Access::kDepartment, PostEntry);
}

}  // namespace dpfeed
