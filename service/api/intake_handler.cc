#include "service/api/intake_handler.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <memory>
#include <vector>

#include "service/api/decision_preparation.h"
#include "service/calendar/shanghai_time.h"
#include "service/domain/record_validator.h"
#include "service/store/decision_repository.h"
#include "service/store/department_repository.h"
#include "service/store/record_json.h"

namespace dpfeed {

namespace {

// The record's 文书号 as sent, for error replies (the index alone is hard to
// find in a batch of 1,000).
std::string SentWsh(const rapidjson::Value& item, Kind kind) {
  if (!item.IsObject()) return "";
  auto it = item.FindMember(WireCode(kind, "WSH"));
  return it != item.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
}

// usage_scope, withheld_reason (when withheld), severity and display_until.
void WritePublicationTerms(JsonWriter& w, const DecisionWrite& write) {
  Key(w, "usage_scope");
  w.Int(write.usage_scope);
  if (write.withheld_reason) {
    Key(w, "withheld_reason");
    Str(w, *write.withheld_reason);
  }
  if (write.severity) {
    Key(w, "severity");
    Str(w, *write.severity);
  }
  Key(w, "display_until");
  OptStr(w, write.display_until);
}

void WriteIssues(JsonWriter& w, const std::vector<FieldIssue>& issues) {
  w.StartArray();
  for (const FieldIssue& i : issues) {
    w.StartObject();
    Key(w, "field");
    Str(w, i.field);
    Key(w, "reason");
    Str(w, i.reason);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

void HandleSubmitDecisions(HandlerArgs a, Kind kind) {
  const Request& req = a.req;
  if (Status s = RequireRole(a.principal, {Role::kDepartment}); !s.ok()) {
    a.reply(ErrorResponse(req, Status::Forbidden("只有部门令牌可以提交决定（当前令牌角色：" +
                                                 std::string(RoleName(a.principal.role)) + "）")));
    return;
  }
  auto department = FindDepartmentById(a.db, *a.principal.department_id);
  if (!department.ok()) {
    a.reply(ErrorResponse(req, department.status()));
    return;
  }

  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseStopWhenDoneFlag>(
      req.body().data(), req.body().size());
  if (doc.HasParseError()) {
    a.reply(ErrorResponse(
        req, Status::InvalidArgument(std::string("请求体不是有效的UTF-8 JSON：") +
                                     rapidjson::GetParseError_En(doc.GetParseError()) +
                                     "（位置 " + std::to_string(doc.GetErrorOffset()) + "）")));
    return;
  }
  std::vector<const rapidjson::Value*> items;
  if (doc.IsArray()) {
    if (doc.Empty()) {
      a.reply(ErrorResponse(req, Status::InvalidArgument("记录数组为空")));
      return;
    }
    if (doc.Size() > kMaxRecordsPerRequest) {
      a.reply(ErrorResponse(req, Status::InvalidArgument(
                                     "一次最多提交" + std::to_string(kMaxRecordsPerRequest) +
                                     "条记录，实际" + std::to_string(doc.Size()) + "条")));
      return;
    }
    for (const auto& v : doc.GetArray()) items.push_back(&v);
  } else if (doc.IsObject()) {
    items.push_back(&doc);
  } else {
    a.reply(ErrorResponse(req, Status::InvalidArgument("请求体应为一条记录（JSON对象）或记录数组")));
    return;
  }

  const auto now = a.ctx.clock->Now();
  const CivilDate today = ShanghaiDate(now);
  std::vector<RecordIssues> type_errors, rule_errors, source_errors;
  auto prepared = std::make_shared<std::vector<PreparedDecision>>();
  prepared->reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    Record record;
    record.kind = kind;
    std::vector<FieldIssue> issues;
    if (!DecodeRecord(*items[i], &record, &issues)) {
      type_errors.push_back({i, std::move(issues), SentWsh(*items[i], kind)});
      continue;
    }
    PrepareResult p =
        PrepareDecision(std::move(record), *department, *a.ctx.calendar, today, a.ctx.publicity);
    if (p.failure == PrepareFailure::kRules) {
      rule_errors.push_back({i, std::move(p.errors), SentWsh(*items[i], kind)});
    } else if (p.failure == PrepareFailure::kForeignSource) {
      source_errors.push_back({i, std::move(p.errors), SentWsh(*items[i], kind)});
    } else {
      prepared->push_back(std::move(*p.prepared));
    }
  }
  if (!type_errors.empty()) {
    a.reply(RecordErrorResponse(req, http::status::bad_request, "invalid_request",
                                "字段类型错误或未知字段，未保存任何记录", type_errors));
    return;
  }
  if (!source_errors.empty()) {
    a.reply(RecordErrorResponse(req, http::status::forbidden, "forbidden",
                                "记录的数据来源单位不是本部门，未保存任何记录", source_errors));
    return;
  }
  if (!rule_errors.empty()) {
    a.reply(RecordErrorResponse(req, http::status::unprocessable_entity, "validation_failed",
                                "记录未通过校验，未保存任何记录", rule_errors));
    return;
  }

  auto results = std::make_shared<std::vector<DecisionWriteResult>>();
  const std::string received_at = FormatShanghaiTimestamp(now);
  Metrics* metrics = a.ctx.metrics;
  a.ctx.writer->Submit(
      [prepared, results, received_at](Database& db) -> Status {
        auto stored = StoreDecisions(db, *prepared, received_at);
        if (!stored.ok()) return stored.status();
        *results = std::move(stored.value());
        return Status::Ok();
      },
      [req_head = Request(req.method(), req.target(), req.version()), keep = req.keep_alive(),
       prepared, results, metrics, reply = a.reply](Status s) mutable {
        Request head = std::move(req_head);
        head.keep_alive(keep);
        if (!s.ok()) {
          reply(ErrorResponse(head, Status::IOError("保存失败，请重试：" + s.message())));
          return;
        }
        JsonOut out;
        JsonWriter& w = out.w();
        bool changed = false;
        uint64_t stored = 0;
        w.StartObject();
        Key(w, "records");
        w.StartArray();
        for (size_t i = 0; i < results->size(); ++i) {
          const DecisionWriteResult& r = (*results)[i];
          changed |= r.outcome != WriteOutcome::kUnchanged;
          stored += r.outcome != WriteOutcome::kUnchanged ? 1 : 0;
          w.StartObject();
          Key(w, "index");
          w.Uint64(i);
          Key(w, "id");
          w.Int64(r.id);
          Key(w, "version");
          w.Int(r.version);
          Key(w, "outcome");
          Str(w, WriteOutcomeName(r.outcome));
          Key(w, "received_at");
          Str(w, r.received_at);
          Key(w, "deadline");
          Str(w, r.deadline);
          Key(w, "deadline_provisional");
          w.Bool(r.provisional);
          const PreparedDecision& p = (*prepared)[i];
          WritePublicationTerms(w, p.write);
          std::vector<FieldIssue> warnings = p.warnings;
          if (r.outcome == WriteOutcome::kCreated) {
            warnings.insert(warnings.end(), p.deadline_warnings.begin(), p.deadline_warnings.end());
          }
          if (!warnings.empty()) {
            Key(w, "warnings");
            WriteIssues(w, warnings);
          }
          w.EndObject();
        }
        w.EndArray();
        w.EndObject();
        metrics->CountRecordsStored(stored);
        reply(JsonResponse(head, changed ? http::status::created : http::status::ok,
                           out.Take()));
      });
}

}  // namespace dpfeed
