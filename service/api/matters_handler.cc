#include "service/api/matters_handler.h"

#include <rapidjson/document.h>

#include "service/api/json_body.h"
#include "service/calendar/deadline_rules.h"
#include "service/calendar/shanghai_time.h"
#include "service/compliance/compliance_params.h"
#include "service/compliance/matter_compliance.h"
#include "service/store/department_repository.h"
#include "service/store/matter_repository.h"

namespace dpfeed {

namespace {

const std::string& Param(const Target& t, const char* name) {
  static const std::string kEmpty;
  auto it = t.query.find(name);
  return it == t.query.end() ? kEmpty : it->second;
}

void WriteChange(JsonWriter& w, const MatterChangeRow& c, const std::string& department_code) {
  w.StartObject();
  Key(w, "matter_id");
  w.Int64(c.matter_id);
  Key(w, "department");
  Str(w, department_code);
  Key(w, "kind");
  Str(w, KindName(c.kind));
  Key(w, "version");
  w.Int(c.version);
  Key(w, "action");
  Str(w, ToString(c.action));
  for (auto [k, v] : {std::pair<const char*, const std::string*>{"code", &c.fields.code},
                      {"name", &c.fields.name},
                      {"legal_basis", &c.fields.legal_basis},
                      {"agency", &c.fields.agency},
                      {"category", &c.fields.category},
                      {"effective_on", &c.effective_on},
                      {"reason", &c.reason},
                      {"recorded_at", &c.recorded_at},
                      {"deadline", &c.deadline}}) {
    Key(w, k);
    Str(w, *v);
  }
  Key(w, "published_at");
  w.StartObject();
  Key(w, "portal");
  OptStr(w, c.portal_published_at);
  Key(w, "credit");
  OptStr(w, c.credit_published_at);
  w.EndObject();
  w.EndObject();
}

std::map<int64_t, std::string> DepartmentCodes(Database& db) {
  std::map<int64_t, std::string> out;
  if (auto all = ListDepartments(db); all.ok()) {
    for (const Department& d : *all) out[d.id] = d.code;
  }
  return out;
}

// The department and kind a read may cover: a department token its own; an
// auditor or admin the one named, or all. Replies and returns nullopt on a
// bad parameter.
std::optional<MatterFilter> ReadFilter(HandlerArgs& a) {
  MatterFilter f;
  if (const std::string& k = Param(a.target, "kind"); !k.empty()) {
    f.kind = ParseKind(k);
    if (!f.kind) {
      a.reply(
          ErrorResponse(a.req, Status::InvalidArgument("kind 参数应为 license 或 penalty：" + k)));
      return std::nullopt;
    }
  }
  if (a.principal.role == Role::kDepartment) {
    f.department_id = a.principal.department_id;
  } else if (const std::string& code = Param(a.target, "department"); !code.empty()) {
    auto d = FindDepartmentByCode(a.db, code);
    if (!d.ok()) {
      a.reply(ErrorResponse(a.req, Status::InvalidArgument("没有该部门：" + code)));
      return std::nullopt;
    }
    f.department_id = d->id;
  }
  return f;
}

std::string Member(const rapidjson::Value& doc, const char* name) {
  auto it = doc.FindMember(name);
  return it != doc.MemberEnd() && it->value.IsString()
             ? std::string(it->value.GetString(), it->value.GetStringLength())
             : "";
}

// Auditor/admin compliance parameters, parsed by the shared parser.
std::optional<ComplianceParams> AuditParams(HandlerArgs& a) {
  if (Status s = RequireRole(a.principal, {Role::kAuditor, Role::kAdmin}); !s.ok()) {
    a.reply(ErrorResponse(a.req, Status::Forbidden("合规查询仅限审计或管理员令牌")));
    return std::nullopt;
  }
  auto departments = ListDepartments(a.db);
  if (!departments.ok()) {
    a.reply(ErrorResponse(a.req, departments.status()));
    return std::nullopt;
  }
  auto p = ParseComplianceParams(a.target.query, *departments, ShanghaiDate(a.ctx.clock->Now()),
                                 ComplianceQuestion::kRecords);
  if (!p.ok()) {
    a.reply(ErrorResponse(a.req, p.status()));
    return std::nullopt;
  }
  return std::move(p.value());
}

MatterFilter FilterOf(const ComplianceParams& p) {
  return {p.query.filter.department_id, p.query.filter.kind};
}

}  // namespace

void HandleListMatters(HandlerArgs a) {
  auto f = ReadFilter(a);
  if (!f) return;
  std::string as_of = FormatCivilDate(ShanghaiDate(a.ctx.clock->Now()));
  if (const std::string& v = Param(a.target, "as_of"); !v.empty()) {
    auto d = ParseCivilDate(v);
    if (!d) {
      a.reply(ErrorResponse(a.req, Status::InvalidArgument("as_of 参数应为日期 YYYY-MM-DD：" + v)));
      return;
    }
    as_of = FormatCivilDate(*d);
  }
  auto rows = MattersInEffect(a.db, *f, as_of);
  if (!rows.ok()) {
    a.reply(ErrorResponse(a.req, rows.status()));
    return;
  }
  auto codes = DepartmentCodes(a.db);
  JsonOut out;
  JsonWriter& w = out.w();
  w.StartObject();
  Key(w, "as_of");
  Str(w, as_of);
  Key(w, "items");
  w.StartArray();
  for (const MatterChangeRow& c : *rows) WriteChange(w, c, codes[c.department_id]);
  w.EndArray();
  w.EndObject();
  a.reply(JsonResponse(a.req, http::status::ok, out.Take()));
}

void HandleGetMatter(HandlerArgs a, int64_t id) {
  auto history = MatterHistory(a.db, id);
  if (!history.ok()) {
    a.reply(ErrorResponse(a.req, history.status()));
    return;
  }
  if (a.principal.role == Role::kDepartment &&
      a.principal.department_id != history->front().department_id) {
    a.reply(ErrorResponse(a.req, Status::Forbidden("只能查看本部门的事项清单")));
    return;
  }
  auto codes = DepartmentCodes(a.db);
  const CivilDate today = ShanghaiDate(a.ctx.clock->Now());
  JsonOut out;
  JsonWriter& w = out.w();
  w.StartObject();
  Key(w, "history");
  w.StartArray();
  for (const MatterChangeRow& c : *history) WriteChange(w, c, codes[c.department_id]);
  w.EndArray();
  Key(w, "compliance");
  w.StartArray();
  for (const MatterChangeRow& c : *history) {
    const MatterChangeCompliance m = ClassifyMatterChange(c, *a.ctx.calendar, today);
    w.StartObject();
    Key(w, "version");
    w.Int(c.version);
    for (const ChannelCompliance& ch : m.channels) {
      Key(w, ToString(ch.channel));
      Str(w, ComplianceStatusName(ch.status));
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  a.reply(JsonResponse(a.req, http::status::ok, out.Take()));
}

void HandleChangeMatter(HandlerArgs a) {
  if (Status s = RequireRole(a.principal, {Role::kDepartment, Role::kAdmin}); !s.ok()) {
    a.reply(ErrorResponse(a.req, Status::Forbidden("事项清单只能由本部门或管理员维护")));
    return;
  }
  rapidjson::Document doc;
  if (auto error = ParseJsonBody(a.req, &doc)) return a.reply(std::move(*error));
  if (!doc.IsObject()) {
    a.reply(
        ErrorResponse(a.req, Status::InvalidArgument("请求体应为JSON对象，见 README 事项清单")));
    return;
  }
  int64_t department_id = 0;
  if (a.principal.role == Role::kDepartment) {
    department_id = *a.principal.department_id;
  } else {
    auto d = FindDepartmentByCode(a.db, Member(doc, "department"));
    if (!d.ok()) {
      a.reply(
          ErrorResponse(a.req, Status::InvalidArgument("管理员令牌须用 department 指明部门代码：" +
                                                       Member(doc, "department"))));
      return;
    }
    department_id = d->id;
  }
  MatterChange change;
  const auto action = ParseMatterAction(Member(doc, "action"));
  const auto kind = ParseKind(Member(doc, "kind"));
  if (!action || !kind) {
    a.reply(ErrorResponse(a.req,
                          Status::InvalidArgument(
                              "action 应为 add、change 或 cancel，kind 应为 license 或 penalty")));
    return;
  }
  change.action = *action;
  change.kind = *kind;
  change.fields = {Member(doc, "code"), Member(doc, "name"), Member(doc, "legal_basis"),
                   Member(doc, "agency"), Member(doc, "category")};
  change.effective_on = Member(doc, "effective_on");
  change.reason = Member(doc, "reason");
  const std::vector<FieldIssue> issues = ValidateMatterChange(change);
  if (!issues.empty()) {
    std::string message = "事项清单变更未通过校验：";
    for (const FieldIssue& i : issues) message += i.field + "：" + i.reason + "；";
    a.reply(ErrorResponse(a.req, Status::InvalidArgument(message)));
    return;
  }
  const WorkdayAnswer deadline =
      MatterListDeadline(*a.ctx.calendar, *ParseCivilDate(change.effective_on));
  MatterChangeWrite write{department_id, change, FormatCivilDate(deadline.date),
                          deadline.provisional};
  const std::string now = FormatShanghaiTimestamp(a.ctx.clock->Now());
  auto result = std::make_shared<MatterChangeRow>();
  auto codes = std::make_shared<std::map<int64_t, std::string>>(DepartmentCodes(a.db));
  a.ctx.writer->Submit(
      [write, now, result](Database& db) -> Status {
        auto r = RecordMatterChange(db, write, now);
        if (!r.ok()) return r.status();
        *result = std::move(r.value());
        return Status::Ok();
      },
      [head = Request(a.req.method(), a.req.target(), a.req.version()), keep = a.req.keep_alive(),
       reply = a.reply, result, codes](Status s) mutable {
        head.keep_alive(keep);
        if (!s.ok()) {
          reply(ErrorResponse(head, s));
          return;
        }
        JsonOut out;
        WriteChange(out.w(), *result, (*codes)[result->department_id]);
        reply(JsonResponse(head, http::status::created, out.Take()));
      });
}

void HandleMatterCompliance(HandlerArgs a) {
  auto p = AuditParams(a);
  if (!p) return;
  auto rows =
      MatterListCompliance(a.db, *a.ctx.calendar, ShanghaiDate(a.ctx.clock->Now()), FilterOf(*p),
                           p->query.filter.from, p->query.filter.to, p->statuses);
  if (!rows.ok()) {
    a.reply(ErrorResponse(a.req, rows.status()));
    return;
  }
  if (p->csv) {
    a.reply(AttachmentResponse(a.req, "text/csv; charset=utf-8",
                               MatterComplianceCsv(*rows, p->departments),
                               "matter-compliance.csv"));
    return;
  }
  a.reply(JsonResponse(a.req, http::status::ok, MatterComplianceJson(*rows, p->departments)));
}

void HandleUnlistedDecisions(HandlerArgs a) {
  auto p = AuditParams(a);
  if (!p) return;
  auto rows = DecisionsOffTheirList(a.db, FilterOf(*p), p->query.filter.from, p->query.filter.to);
  if (!rows.ok()) {
    a.reply(ErrorResponse(a.req, rows.status()));
    return;
  }
  a.reply(JsonResponse(a.req, http::status::ok, UnlistedJson(*rows, p->departments)));
}

}  // namespace dpfeed
