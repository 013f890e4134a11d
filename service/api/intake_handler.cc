#include "service/api/intake_handler.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "service/api/decision_preparation.h"
#include "service/api/json_body.h"
#include "service/calendar/shanghai_time.h"
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

// The records of the body, or the 400 to answer.
std::optional<Response> DecodeBody(const Request& req, Kind kind, std::vector<Record>* records) {
  rapidjson::Document doc;
  if (auto error = ParseJsonBody(req, &doc)) return error;
  std::vector<const rapidjson::Value*> items;
  if (doc.IsArray()) {
    if (doc.Empty()) return ErrorResponse(req, Status::InvalidArgument("记录数组为空"));
    if (doc.Size() > kMaxRecordsPerRequest) {
      return ErrorResponse(
          req, Status::InvalidArgument("一次最多提交" + std::to_string(kMaxRecordsPerRequest) +
                                       "条记录，实际" + std::to_string(doc.Size()) + "条"));
    }
    for (const auto& v : doc.GetArray()) items.push_back(&v);
  } else if (doc.IsObject()) {
    items.push_back(&doc);
  } else {
    return ErrorResponse(req, Status::InvalidArgument("请求体应为一条记录（JSON对象）或记录数组"));
  }
  std::vector<RecordIssues> type_errors;
  for (size_t i = 0; i < items.size(); ++i) {
    Record record;
    record.kind = kind;
    std::vector<FieldIssue> issues;
    if (!DecodeRecord(*items[i], &record, &issues)) {
      type_errors.push_back({i, std::move(issues), SentWsh(*items[i], kind)});
      continue;
    }
    records->push_back(std::move(record));
  }
  if (!type_errors.empty()) {
    return RecordErrorResponse(req, http::status::bad_request, "invalid_request",
                               "字段类型错误或未知字段，未保存任何记录", type_errors);
  }
  return std::nullopt;
}

std::string ResultsJson(const std::vector<DecisionWriteResult>& results,
                        const std::vector<PreparedDecision>& prepared, bool* changed,
                        uint64_t* stored) {
  JsonOut out;
  JsonWriter& w = out.w();
  w.StartObject();
  Key(w, "records");
  w.StartArray();
  for (size_t i = 0; i < results.size(); ++i) {
    const DecisionWriteResult& r = results[i];
    *changed |= r.outcome != WriteOutcome::kUnchanged;
    *stored += r.outcome != WriteOutcome::kUnchanged ? 1 : 0;
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
    if (r.party_changed) {
      Key(w, "party_changed");
      w.Bool(true);
    }
    const PreparedDecision& p = prepared[i];
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
  return out.Take();
}

}  // namespace

void HandleSubmitDecisions(HandlerArgs a, Kind kind) {
  const Request& req = a.req;
  if (Status s = RequireRole(a.principal, {Role::kDepartment}); !s.ok()) {
    return a.reply(
        ErrorResponse(req, Status::Forbidden("只有部门令牌可以提交决定（当前令牌角色：" +
                                             std::string(RoleName(a.principal.role)) + "）")));
  }
  bool correct_party = false;
  if (auto it = a.target.query.find("correct_party"); it != a.target.query.end()) {
    if (it->second != "true" && it->second != "false") {
      return a.reply(
          ErrorResponse(req, Status::InvalidArgument("correct_party 参数应为 true 或 false")));
    }
    correct_party = it->second == "true";
  }
  auto department = FindDepartmentById(a.db, *a.principal.department_id);
  if (!department.ok()) return a.reply(ErrorResponse(req, department.status()));

  std::vector<Record> records;
  if (auto error = DecodeBody(req, kind, &records)) return a.reply(std::move(*error));
  const auto now = a.ctx.clock->Now();
  const CivilDate today = ShanghaiDate(now);
  std::vector<RecordIssues> rule_errors, foreign_errors;
  auto prepared = std::make_shared<std::vector<PreparedDecision>>();
  prepared->reserve(records.size());
  std::vector<size_t> record_of;  // the index in the request of each prepared decision
  for (size_t i = 0; i < records.size(); ++i) {
    std::string sent_wsh = records[i].Get("WSH");
    PrepareResult p = PrepareDecision(std::move(records[i]), *department, *a.ctx.calendar, today,
                                      a.ctx.publicity, a.ctx.jurisdiction);
    if (p.failure == PrepareFailure::kRules) {
      rule_errors.push_back({i, std::move(p.errors), std::move(sent_wsh)});
      continue;
    }
    if (p.failure == PrepareFailure::kForeignSource) {
      foreign_errors.push_back({i, std::move(p.errors), std::move(sent_wsh)});
      continue;
    }
    p.prepared->write.allow_party_change = correct_party;
    prepared->push_back(std::move(*p.prepared));
    record_of.push_back(i);
  }
  for (DecisionIssue& d : RepeatedDecisions(*prepared, [&](size_t j) {
         return "序号" + std::to_string(record_of[j]) + "（从0起）";
       })) {
    rule_errors.push_back(
        {record_of[d.index], {std::move(d.issue)}, (*prepared)[d.index].write.wsh});
  }
  std::stable_sort(rule_errors.begin(), rule_errors.end(),
                   [](const RecordIssues& a, const RecordIssues& b) { return a.index < b.index; });
  if (!foreign_errors.empty()) {
    return a.reply(RecordErrorResponse(req, http::status::forbidden, "forbidden",
                                       "记录的数据来源单位或决定机关不是本部门，未保存任何记录",
                                       foreign_errors));
  }
  if (!rule_errors.empty()) {
    return a.reply(RecordErrorResponse(req, http::status::unprocessable_entity, "validation_failed",
                                       "记录未通过校验，未保存任何记录", rule_errors));
  }

  auto results = std::make_shared<std::vector<DecisionWriteResult>>();
  auto conflicts = std::make_shared<std::vector<PartyConflict>>();
  const std::string received_at = FormatShanghaiTimestamp(now);
  Metrics* metrics = a.ctx.metrics;
  a.ctx.writer->Submit(
      [prepared, results, conflicts, received_at](Database& db) -> Status {
        conflicts->clear();
        auto stored = StoreDecisions(db, *prepared, received_at, conflicts.get());
        if (!stored.ok()) return stored.status();
        *results = std::move(stored.value());
        return Status::Ok();
      },
      [head = Request(req.method(), req.target(), req.version()), keep = req.keep_alive(), prepared,
       results, conflicts, metrics, reply = a.reply](Status s) mutable {
        head.keep_alive(keep);
        if (!conflicts->empty()) {
          std::vector<RecordIssues> issues;
          for (PartyConflict& c : *conflicts) {
            issues.push_back({c.index, {std::move(c.issue)}, (*prepared)[c.index].write.wsh});
          }
          return reply(RecordErrorResponse(head, http::status::conflict, "party_conflict",
                                           "文书号已登记给另一当事人，未保存任何记录", issues));
        }
        if (!s.ok()) {
          return reply(ErrorResponse(head, Status::IOError("保存失败，请重试：" + s.message())));
        }
        bool changed = false;
        uint64_t stored = 0;
        std::string body = ResultsJson(*results, *prepared, &changed, &stored);
        metrics->CountRecordsStored(stored);
        reply(JsonResponse(head, changed ? http::status::created : http::status::ok,
                           std::move(body)));
      });
}

}  // namespace dpfeed
