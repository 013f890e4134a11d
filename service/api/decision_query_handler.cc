#include "service/api/decision_query_handler.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <map>
#include <utility>

#include "redaction/masking_policy.h"
#include "redaction/notice_masking.h"
#include "service/compliance/compliance_format.h"
#include "service/domain/civil_date.h"
#include "service/store/decision_repository.h"
#include "service/store/department_repository.h"
#include "service/store/notice_pages.h"
#include "service/store/record_json.h"

namespace dpfeed {

namespace {

// Writes stored canonical JSON as a nested value (it is already valid JSON).
void RawRecord(JsonWriter& w, const std::string& json) {
  w.RawValue(json.data(), json.size(), rapidjson::kObjectType);
}

// Usage scope, withholding, severity, display end and credit repair.
void WritePublicityColumns(JsonWriter& w, const DecisionRow& d) {
  Key(w, "usage_scope");
  w.Int(d.usage_scope);
  Key(w, "withheld_reason");
  OptStr(w, d.withheld_reason);
  if (d.severity) {
    Key(w, "severity");
    Str(w, *d.severity);
  }
  Key(w, "display_until");
  OptStr(w, d.display_until);
  WriteCreditRepair(w, d.repair_reference, d.repaired_on);
}

// `status_reason` as given: the caller masks it for a public view.
void WriteSummary(JsonWriter& w, const DecisionRow& d, const std::string& department_code,
                  const std::string& status_reason) {
  Key(w, "id");
  w.Int64(d.id);
  Key(w, "kind");
  Str(w, KindName(d.kind));
  Key(w, "department");
  Str(w, department_code);
  Key(w, "wsh");
  Str(w, d.wsh);
  Key(w, "version");
  w.Int(d.current_version);
  Key(w, "decision_date");
  Str(w, d.decision_date);
  Key(w, "received_at");
  Str(w, d.received_at);
  Key(w, "deadline");
  Str(w, d.deadline);
  Key(w, "deadline_provisional");
  w.Bool(d.provisional);
  Key(w, "status");
  Str(w, ToString(d.status));
  if (d.status == DecisionStatus::kRevoked) {
    Key(w, "revocation_kind");
    Str(w, ToString(d.revocation_kind.value_or(RevocationKind::kRevoke)));
  }
  if (!status_reason.empty()) {
    Key(w, "status_reason");
    Str(w, status_reason);
  }
  WritePublicityColumns(w, d);
  Key(w, "published_at");
  w.StartObject();
  Key(w, "portal");
  OptStr(w, d.portal_published_at);
  Key(w, "credit");
  OptStr(w, d.credit_published_at);
  w.EndObject();
}

// The decision's record as the guarded artifact of its newest notice
// holds it (the page's JSON twin, found by its document number), with that
// notice's id; nullopt when it is in no notice yet.
Result<std::optional<std::pair<int64_t, std::string>>> PublishedRecordJson(HandlerArgs& a,
                                                                           const DecisionRow& d) {
  auto source = FindPublicRecordSource(a.db, d.id);
  if (!source.ok()) return source.status();
  if (!*source) return std::optional<std::pair<int64_t, std::string>>();
  if (a.ctx.artifacts == nullptr) return Status::IOError("artifact store not configured");
  auto bytes = a.ctx.artifacts->Get((*source)->json_sha256);
  if (!bytes.ok()) return bytes.status();
  rapidjson::Document doc;
  doc.Parse(bytes->data(), bytes->size());
  const std::string wsh_key = WireCode(d.kind, "WSH");
  if (doc.IsObject() && doc.HasMember("records") && doc["records"].IsArray()) {
    for (const auto& r : doc["records"].GetArray()) {
      if (!r.IsObject() || !r.HasMember(wsh_key.c_str())) continue;
      const auto& wsh = r[wsh_key.c_str()];
      if (!wsh.IsString() || d.wsh != wsh.GetString()) continue;
      rapidjson::StringBuffer buffer;
      rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
      r.Accept(writer);
      return std::optional(std::make_pair((*source)->notice_id, std::string(buffer.GetString())));
    }
  }
  return Status::Corruption("decision " + std::to_string(d.id) + " not found in notice " +
                            std::to_string((*source)->notice_id) + "'s artifact");
}

// The record and its status reason as the public may see them: masked
// like any free text of the record (a reason may name a complainant or
// carry a phone number). The record is the preview of a decision in no
// notice yet (masking only, no guard).
std::pair<std::string, std::string> PublicRecordJson(const DecisionRow& d,
                                                     const MaskingPolicy& policy) {
  auto record = DecodeStoredRecord(d.kind, d.content);
  if (!record.ok()) return {"{}", ""};
  return {EncodeRecord(MaskRecord(*record, policy)),
          MaskReasonText(d.status_reason, *record, policy)};
}

// A stored version masked like the public record ("{}" if unreadable).
std::string MaskedVersionJson(Kind kind, const std::string& content, const MaskingPolicy& policy) {
  auto record = DecodeStoredRecord(kind, content);
  return record.ok() ? EncodeRecord(MaskRecord(*record, policy)) : "{}";
}

// Originals are readable only by the owning department and administrators
// (DOMAIN §4); auditors read every record masked as the public would see it.
bool ReadsOriginals(const Principal& p, const DecisionRow& d) {
  if (p.role == Role::kAdmin) return true;
  return p.role == Role::kDepartment && p.department_id == d.department_id;
}

}  // namespace

void HandleGetDecision(HandlerArgs a, Kind kind, int64_t id) {
  auto d = GetDecision(a.db, id);
  if (!d.ok() || d->kind != kind) {
    a.reply(ErrorResponse(a.req, Status::NotFound("没有该决定：" + std::to_string(id))));
    return;
  }
  const auto view = a.target.query.find("view");
  const bool public_view = view != a.target.query.end() && view->second == "public";
  if (view != a.target.query.end() && !public_view && view->second != "full") {
    a.reply(ErrorResponse(a.req, Status::InvalidArgument("view 参数应为 public 或 full")));
    return;
  }
  if (public_view && d->withheld_reason) {
    a.reply(ErrorResponse(
        a.req, Status::Forbidden("该决定不予公开（" + *d->withheld_reason + "），没有公开形式")));
    return;
  }
  if (!public_view && a.principal.role == Role::kDepartment &&
      a.principal.department_id != d->department_id) {
    a.reply(ErrorResponse(
        a.req, Status::Forbidden("只能查看本部门的决定原文；公开形式请使用 ?view=public")));
    return;
  }
  const bool masked_view = !public_view && !ReadsOriginals(a.principal, *d);
  if (masked_view && view != a.target.query.end()) {  // ?view=full
    a.reply(ErrorResponse(
        a.req,
        Status::Forbidden("决定原文仅限本部门和管理员查看；不带 view 参数可查看遮蔽后的记录")));
    return;
  }
  auto department = FindDepartmentById(a.db, d->department_id);
  const std::string code = department.ok() ? department->code : "";

  std::optional<std::pair<int64_t, std::string>> published;
  if (public_view) {
    auto found = PublishedRecordJson(a, *d);
    if (!found.ok()) {
      a.reply(ErrorResponse(a.req, found.status()));
      return;
    }
    published = std::move(found.value());
  }

  JsonOut out;
  JsonWriter& w = out.w();
  w.StartObject();
  const auto masked = public_view || masked_view ? PublicRecordJson(*d, a.ctx.masking)
                                                 : std::pair<std::string, std::string>();
  WriteSummary(w, *d, code, public_view || masked_view ? masked.second : d->status_reason);
  Key(w, "view");
  Str(w, masked_view ? "masked" : !public_view ? "full" : published ? "public" : "preview");
  if (published) {
    Key(w, "notice_id");
    w.Int64(published->first);
  }
  Key(w, "record");
  if (published) {
    RawRecord(w, published->second);
  } else if (public_view || masked_view) {
    RawRecord(w, masked.first);
  }
  if (!public_view) {
    if (!masked_view) RawRecord(w, d->content);
    auto versions = GetVersions(a.db, id);
    if (!versions.ok()) {
      a.reply(ErrorResponse(a.req, versions.status()));
      return;
    }
    Key(w, "versions");
    w.StartArray();
    for (const VersionRow& v : *versions) {
      w.StartObject();
      Key(w, "version");
      w.Int(v.version);
      Key(w, "received_at");
      Str(w, v.received_at);
      Key(w, "record");
      RawRecord(w, masked_view ? MaskedVersionJson(d->kind, v.content, a.ctx.masking) : v.content);
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
  a.reply(JsonResponse(a.req, http::status::ok, out.Take()));
}

void HandleListDecisions(HandlerArgs a, Kind kind) {
  const auto& q = a.target.query;
  DecisionFilter f;
  f.kind = kind;
  auto date_param = [&](const char* name, std::string* out) -> bool {
    auto it = q.find(name);
    if (it == q.end() || it->second.empty()) return true;
    auto d = ParseCivilDate(it->second);
    if (!d) {
      a.reply(ErrorResponse(
          a.req,
          Status::InvalidArgument(std::string(name) + " 参数应为日期 YYYY-MM-DD：" + it->second)));
      return false;
    }
    *out = FormatCivilDate(*d);
    return true;
  };
  if (!date_param("from", &f.from) || !date_param("to", &f.to)) return;
  auto int_param = [&](const char* name, int64_t lo, int64_t hi, int64_t* out) -> bool {
    auto it = q.find(name);
    if (it == q.end() || it->second.empty()) return true;
    char* end = nullptr;
    const long long v = std::strtoll(it->second.c_str(), &end, 10);
    if (end == nullptr || *end != '\0' || v < lo || v > hi) {
      a.reply(ErrorResponse(
          a.req, Status::InvalidArgument(std::string(name) + " 参数应为" + std::to_string(lo) +
                                         "到" + std::to_string(hi) + "之间的整数")));
      return false;
    }
    *out = v;
    return true;
  };
  int64_t limit = 100;
  if (!int_param("after", 0, INT64_MAX, &f.after_id) || !int_param("limit", 1, 1000, &limit))
    return;
  f.limit = static_cast<int>(limit);

  std::map<int64_t, std::string> codes;
  if (auto all = ListDepartments(a.db); all.ok()) {
    for (const Department& d : *all) codes[d.id] = d.code;
  }
  if (a.principal.role == Role::kDepartment) {
    f.department_id = a.principal.department_id;
  } else if (auto it = q.find("department"); it != q.end() && !it->second.empty()) {
    auto dept = FindDepartmentByCode(a.db, it->second);
    if (!dept.ok()) {
      a.reply(ErrorResponse(a.req, Status::InvalidArgument("没有该部门：" + it->second)));
      return;
    }
    f.department_id = dept->id;
  }
  auto rows = ListDecisions(a.db, f);
  if (!rows.ok()) {
    a.reply(ErrorResponse(a.req, rows.status()));
    return;
  }
  JsonOut out;
  JsonWriter& w = out.w();
  w.StartObject();
  Key(w, "items");
  w.StartArray();
  for (const DecisionRow& d : *rows) {
    w.StartObject();
    if (ReadsOriginals(a.principal, d)) {
      WriteSummary(w, d, codes[d.department_id], d.status_reason);
      Key(w, "record");
      RawRecord(w, d.content);
    } else {
      const auto masked = PublicRecordJson(d, a.ctx.masking);
      WriteSummary(w, d, codes[d.department_id], masked.second);
      Key(w, "record");
      RawRecord(w, masked.first);
    }
    w.EndObject();
  }
  w.EndArray();
  Key(w, "next_after");
  if (static_cast<int>(rows->size()) == f.limit) {
    w.Int64(rows->back().id);
  } else {
    w.Null();
  }
  w.EndObject();
  a.reply(JsonResponse(a.req, http::status::ok, out.Take()));
}

}  // namespace dpfeed
