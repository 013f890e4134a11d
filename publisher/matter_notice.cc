#include "publisher/matter_notice.h"

#include <vector>

#include "publisher/notice_masker.h"
#include "service/json/json_writer.h"

namespace dpfeed {

namespace {

// The columns of a matter: the Chinese name citizens read, the API's
// field name for the JSON artifacts.
struct Column {
  const char* name;
  const char* code;
  std::string MatterFields::*field;
};
constexpr Column kColumns[] = {
    {"事项名称", "name", &MatterFields::name},
    {"事项编码", "code", &MatterFields::code},
    {"设定依据", "legal_basis", &MatterFields::legal_basis},
    {"实施机关", "agency", &MatterFields::agency},
    {"事项类别", "category", &MatterFields::category},
};

void HeadCell(std::string& h, const char* name) {
  h += "<th scope=\"col\">";
  h += name;
  h += "</th>";
}

// A matter table's head: 序号, `before` (if any), the matter's columns,
// then `after`; cards on narrow screens like the decisions' table.
void TableStart(std::string& h, const char* before, const std::vector<const char*>& after) {
  h += "<div class=\"table-wrap\">\n<table class=\"records\">\n<thead><tr>";
  HeadCell(h, "序号");
  if (before != nullptr) HeadCell(h, before);
  for (const Column& col : kColumns) HeadCell(h, col.name);
  for (const char* name : after) HeadCell(h, name);
  h += "</tr></thead>\n<tbody>\n";
}

void MatterCells(std::string& h, const MatterChangeRow& m) {
  for (const Column& col : kColumns) LabelledCell(h, col.name, m.fields.*col.field);
  LabelledCell(h, "生效日期", m.effective_on);
}

void WriteMatter(JsonWriter& w, const MatterChangeRow& m, bool as_change) {
  w.StartObject();
  if (as_change) {
    Key(w, "action");
    Str(w, ToString(m.action));
  }
  for (const Column& c : kColumns) {
    Key(w, c.code);
    Str(w, m.fields.*c.field);
  }
  Key(w, "effective_on");
  Str(w, m.effective_on);
  if (as_change && !m.reason.empty()) {
    Key(w, "reason");
    Str(w, m.reason);
  }
  w.EndObject();
}

NoticeContent Header(const MatterListContent& c) {
  NoticeContent n;
  n.title = c.title;
  n.type = NoticeType::kMatterList;
  n.kind = c.kind;
  n.department_code = c.department_code;
  n.department_name = c.department_name;
  n.department_uscc = c.department_uscc;
  n.period_from = c.period_from;
  n.period_to = c.period_to;
  n.published_on = c.published_on;
  return n;
}

}  // namespace

namespace {

// A change's reason is free text (issue 8 §6): masked like any.
void MaskChangeReasons(MatterListContent& c) {
  for (MatterChangeRow& m : c.changes) {
    if (!m.reason.empty()) m.reason = MaskFreeText(m.reason, MaskingPolicy{});
  }
}

}  // namespace

Status CompleteMatterListContent(MatterListContent& c, const std::string& jurisdiction) {
  if (c.changes.empty()) return Status::InvalidArgument("a matter-list notice without changes");
  MaskChangeReasons(c);
  const auto from = ParseCivilDate(c.changes.front().effective_on);
  const auto to = ParseCivilDate(c.changes.back().effective_on);
  if (!from || !to) {
    return Status::Corruption("matter change " + std::to_string(c.changes.front().change_id) +
                              ": bad date");
  }
  c.period_from = *from;
  c.period_to = *to;
  c.title =
      NoticeTitle(jurisdiction, c.department_name, c.kind, NoticeType::kMatterList, *from, *to);
  return Status::Ok();
}

std::string RenderMatterListHtml(const MatterListContent& c) {
  std::string h = NoticePageStart(c.title, c.department_name, c.published_on,
                                  "现行事项 " + std::to_string(c.list.size()) + " 项");
  h += "<p class=\"note\">本公示为事项清单公示：公布本部门";
  h += KindTitle(c.kind);
  h += "事项清单的新增、变更和取消（共 " + std::to_string(c.changes.size()) +
       " 项，自生效之日起20个工作日内公布），并附变更后的现行清单全文。</p>\n";
  h += "<h2>本次公布的变更</h2>\n";
  TableStart(h, "变更类型", {"生效日期", "变更原因"});
  for (size_t i = 0; i < c.changes.size(); ++i) {
    const MatterChangeRow& m = c.changes[i];
    h += "<tr><td class=\"seq\">" + std::to_string(i + 1) + "</td>";
    LabelledCell(h, "变更类型", MatterActionTitle(m.action));
    MatterCells(h, m);
    LabelledCell(h, "变更原因", m.reason);
    h += "</tr>\n";
  }
  h += "</tbody>\n</table>\n</div>\n<h2>现行";
  h += KindTitle(c.kind);
  h += "事项清单</h2>\n";
  if (c.list.empty()) {
    h += "<p>现行清单中无事项。</p>\n";
  }
  TableStart(h, nullptr, {"生效日期"});
  for (size_t i = 0; i < c.list.size(); ++i) {
    h += "<tr><td class=\"seq\">" + std::to_string(i + 1) + "</td>";
    MatterCells(h, c.list[i]);
    h += "</tr>\n";
  }
  h += kNoticePageEnd;
  return h;
}

std::string RenderMatterListJson(const MatterListContent& c) {
  JsonOut out;
  JsonWriter& w = out.w();
  w.StartObject();
  Key(w, "standard");
  Str(w, "事项清单");
  Key(w, "action");
  Str(w, ToString(NoticeAction::kPublish));
  WriteNoticeHeader(w, Header(c));
  Key(w, "changes");
  w.StartArray();
  for (const MatterChangeRow& m : c.changes) WriteMatter(w, m, true);
  w.EndArray();
  Key(w, "matters");
  w.StartArray();
  for (const MatterChangeRow& m : c.list) WriteMatter(w, m, false);
  w.EndArray();
  w.EndObject();
  return out.Take();
}

Result<BuiltNotice> BuildMatterListNotice(const MatterListContent& c, const std::string& run_key,
                                          int64_t department_id, const ArtifactStore* store) {
  BuiltNotice out;
  out.records = c.changes.size();
  NoticeWrite& w = out.write;
  w.run_key = run_key;
  w.department_id = department_id;
  w.kind = c.kind;
  w.type = NoticeType::kMatterList;
  w.title = c.title;
  w.period_from = FormatCivilDate(c.period_from);
  w.period_to = FormatCivilDate(c.period_to);
  w.published_on = c.published_on;
  for (const MatterChangeRow& m : c.changes) w.matter_changes.push_back(m.change_id);
  if (store != nullptr) {
    const std::string html = RenderMatterListHtml(c);
    const std::string json = RenderMatterListJson(c);
    for (auto [bytes, hash] :
         {std::pair{&html, &w.artifacts.portal_html}, std::pair{&json, &w.artifacts.portal_json},
          std::pair{&json, &w.artifacts.credit_json}}) {
      auto stored = store->Put(*bytes);
      if (!stored.ok()) return stored.status();
      *hash = std::move(stored.value());
    }
  }
  return out;
}

Result<MatterListContent> ReadMatterListContent(Database& db, const NoticeRow& notice,
                                                const Department& department) {
  MatterListContent c;
  c.title = notice.title;
  c.kind = notice.kind;
  c.department_code = department.code;
  c.department_name = department.name;
  c.department_uscc = department.uscc;
  const auto from = ParseCivilDate(notice.period_from);
  const auto to = ParseCivilDate(notice.period_to);
  if (!from || !to) {
    return Status::Corruption("notice " + std::to_string(notice.id) + ": bad period");
  }
  c.period_from = *from;
  c.period_to = *to;
  c.published_on = notice.published_on;
  auto changes = MatterChangesOfNotice(db, notice.id);
  if (!changes.ok()) return changes.status();
  c.changes = std::move(changes.value());
  MaskChangeReasons(c);
  auto list = MattersInEffect(db, {notice.department_id, notice.kind}, notice.published_on);
  if (!list.ok()) return list.status();
  c.list = std::move(list.value());
  return c;
}

}  // namespace dpfeed
