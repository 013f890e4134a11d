#include "service/api/publication_handler.h"

#include <rapidjson/document.h>

#include "publisher/matter_notice.h"
#include "publisher/notice_masker.h"
#include "publisher/notice_renderer.h"
#include "redaction/masking_policy.h"
#include "service/calendar/shanghai_time.h"
#include "service/store/delivery_repository.h"
#include "service/store/department_repository.h"
#include "service/store/notice_repository.h"
#include "service/store/record_json.h"

namespace dpfeed {

namespace {

std::optional<int64_t> Id(const std::string& s) {
  if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  return std::stoll(s);
}

// The notice as citizens see it now: its records in their published form,
// without decisions withdrawn since.
Result<std::string> LivePage(Database& db, const NoticeRow& n, const MaskingPolicy& policy) {
  auto items = GetNoticeItems(db, n.id);
  if (!items.ok()) return items.status();
  auto dept = FindDepartmentById(db, n.department_id);
  if (!dept.ok()) return dept.status();
  NoticeContent c;
  c.title = n.title;
  c.type = n.type;
  c.kind = n.kind;
  c.department_code = dept->code;
  c.department_name = dept->name;
  c.department_uscc = dept->uscc;
  const auto from = ParseCivilDate(n.period_from);
  const auto to = ParseCivilDate(n.period_to);
  if (!from || !to) return Status::Corruption("notice " + std::to_string(n.id) + ": bad period");
  c.period_from = *from;
  c.period_to = *to;
  c.published_on = n.published_on;
  for (const FieldSpec& f : FieldsOf(n.kind)) {
    if (IsPublishedColumn(f, policy)) c.columns.push_back(&f);
  }
  std::vector<Record> originals;
  for (const NoticeItemRow& item : *items) {
    if (c.type != NoticeType::kWithdrawal &&
        (item.decision_status != DecisionStatus::kActive || item.withheld))
      continue;
    auto record = DecodeStoredRecord(n.kind, item.content);
    if (!record.ok()) return record.status();
    originals.push_back(std::move(record.value()));
    if (c.type == NoticeType::kWithdrawal) c.withdrawal_reasons.push_back("已撤下");
    if (ActionOf(c.type) == NoticeAction::kPublish)
      c.record_notes.push_back(PublicationNote(item.deadline, n.published_on));
  }
  std::vector<const Record*> refs;
  for (const Record& r : originals) refs.push_back(&r);
  c.records = MaskNotice(refs, policy).records;
  return RenderNoticeHtml(c);
}

// A matter-list notice: its changes and the list in effect on its date.
Result<std::string> MatterListPage(Database& db, const NoticeRow& n) {
  auto dept = FindDepartmentById(db, n.department_id);
  if (!dept.ok()) return dept.status();
  auto content = ReadMatterListContent(db, n, *dept);
  if (!content.ok()) return content.status();
  return RenderMatterListHtml(*content);
}

std::string Link(const std::string& base, int64_t id) {
  return base + "/notices/" + std::to_string(id);
}

std::string XmlEscape(const std::string& s) { return HtmlEscape(s); }

void HandleNoticeList(HandlerArgs a) {
  int64_t before = INT64_MAX;
  int limit = 50;
  if (auto it = a.target.query.find("before"); it != a.target.query.end()) {
    auto v = Id(it->second);
    if (!v)
      return a.reply(ErrorResponse(a.req, Status::InvalidArgument("before must be a notice id")));
    before = *v;
  }
  if (auto it = a.target.query.find("limit"); it != a.target.query.end()) {
    auto v = Id(it->second);
    if (!v || *v < 1 || *v > 500) {
      return a.reply(ErrorResponse(a.req, Status::InvalidArgument("limit must be 1..500")));
    }
    limit = static_cast<int>(*v);
  }
  auto notices = ListNotices(a.db, true, before, limit);
  if (!notices.ok()) return a.reply(ErrorResponse(a.req, notices.status()));
  JsonOut out;
  JsonWriter& w = out.w();
  w.StartObject();
  Key(w, "notices");
  w.StartArray();
  for (const NoticeRow& n : *notices) {
    w.StartObject();
    Key(w, "id");
    w.Int64(n.id);
    Key(w, "title");
    Str(w, n.title);
    Key(w, "type");
    Str(w, ToString(n.type));
    Key(w, "kind");
    Str(w, KindName(n.kind));
    Key(w, "period_from");
    Str(w, n.period_from);
    Key(w, "period_to");
    Str(w, n.period_to);
    Key(w, "published_on");
    Str(w, n.published_on);
    Key(w, "published_at");
    OptStr(w, n.portal_acknowledged_at);
    Key(w, "url");
    Str(w, "/notices/" + std::to_string(n.id));
    w.EndObject();
  }
  w.EndArray();
  Key(w, "next_before");
  if (static_cast<int>(notices->size()) == limit)
    w.Int64(notices->back().id);
  else
    w.Null();
  w.EndObject();
  a.reply(JsonResponse(a.req, http::status::ok, out.Take()));
}

void HandleNoticePage(HandlerArgs a, int64_t id) {
  auto n = GetNotice(a.db, id);
  if (!n.ok() || !n->portal_acknowledged_at) {
    return a.reply(MakeResponse(a.req, http::status::not_found, "text/plain; charset=utf-8",
                                "未找到该公示\n"));
  }
  auto page = n->type == NoticeType::kMatterList ? MatterListPage(a.db, *n)
                                                 : LivePage(a.db, *n, a.ctx.masking);
  if (!page.ok()) return a.reply(ErrorResponse(a.req, page.status()));
  a.reply(
      MakeResponse(a.req, http::status::ok, "text/html; charset=utf-8", std::move(page.value())));
}

void HandleFeed(HandlerArgs a, bool atom, const std::string& base) {
  auto notices = ListNotices(a.db, true, INT64_MAX, 50);
  if (!notices.ok()) return a.reply(ErrorResponse(a.req, notices.status()));
  const std::string title = a.ctx.jurisdiction + "双公示信息";
  if (!atom) {
    JsonOut out;
    JsonWriter& w = out.w();
    w.StartObject();
    Key(w, "version");
    Str(w, "https://jsonfeed.org/version/1.1");
    Key(w, "title");
    Str(w, title);
    Key(w, "feed_url");
    Str(w, base + "/feed.json");
    Key(w, "language");
    Str(w, "zh-CN");
    Key(w, "items");
    w.StartArray();
    for (const NoticeRow& n : *notices) {
      w.StartObject();
      Key(w, "id");
      Str(w, Link(base, n.id));
      Key(w, "url");
      Str(w, Link(base, n.id));
      Key(w, "title");
      Str(w, n.title);
      Key(w, "date_published");
      Str(w, n.portal_acknowledged_at.value_or(n.created_at));
      Key(w, "content_text");
      Str(w, n.title);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return a.reply(
        MakeResponse(a.req, http::status::ok, "application/feed+json; charset=utf-8", out.Take()));
  }
  std::string x =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" "
      "xml:lang=\"zh-CN\">\n";
  x += "<title>" + XmlEscape(title) + "</title>\n<id>" + XmlEscape(base + "/feed.atom") + "</id>\n";
  x += "<link rel=\"self\" href=\"" + XmlEscape(base + "/feed.atom") + "\"/>\n";
  x += "<updated>" +
       (notices->empty()
            ? FormatShanghaiTimestamp(a.ctx.clock->Now())
            : notices->front().portal_acknowledged_at.value_or(notices->front().created_at)) +
       "</updated>\n";
  for (const NoticeRow& n : *notices) {
    const std::string when = n.portal_acknowledged_at.value_or(n.created_at);
    x += "<entry>\n<id>" + XmlEscape(Link(base, n.id)) + "</id>\n<title>" + XmlEscape(n.title) +
         "</title>\n<link href=\"" + XmlEscape(Link(base, n.id)) + "\"/>\n<updated>" + when +
         "</updated>\n<published>" + when + "</published>\n<author><name>" +
         XmlEscape(a.ctx.jurisdiction) + "</name></author>\n</entry>\n";
  }
  x += "</feed>\n";
  a.reply(
      MakeResponse(a.req, http::status::ok, "application/atom+xml; charset=utf-8", std::move(x)));
}

void WriteDelivery(JsonWriter& w, const DeliveryRow& d) {
  w.StartObject();
  Key(w, "id");
  w.Int64(d.id);
  Key(w, "notice_id");
  w.Int64(d.notice_id);
  Key(w, "channel");
  Str(w, ToString(d.channel));
  Key(w, "state");
  Str(w, ToString(d.state));
  Key(w, "idempotency_key");
  Str(w, d.idempotency_key);
  Key(w, "attempts");
  w.Int(d.attempts);
  Key(w, "first_attempt_at");
  OptStr(w, d.first_attempt_at);
  Key(w, "next_attempt_at");
  Str(w, d.next_attempt_at);
  Key(w, "last_status");
  w.Int(d.last_status);
  Key(w, "last_error");
  Str(w, d.last_error);
  Key(w, "acknowledged_at");
  OptStr(w, d.acknowledged_at);
  w.EndObject();
}

void HandleDeliveryList(HandlerArgs a) {
  if (Status s = RequireRole(a.principal, {Role::kAdmin}); !s.ok())
    return a.reply(ErrorResponse(a.req, s));
  std::optional<DeliveryState> state;
  if (auto it = a.target.query.find("state"); it != a.target.query.end() && !it->second.empty()) {
    state = ParseDeliveryState(it->second);
    if (!state) {
      return a.reply(ErrorResponse(
          a.req, Status::InvalidArgument(
                     "state 参数应为 pending, waiting, acknowledged 或 failed：" + it->second)));
    }
  }
  auto rows = ListDeliveries(a.db, state, 1000);
  if (!rows.ok()) return a.reply(ErrorResponse(a.req, rows.status()));
  JsonOut out;
  JsonWriter& w = out.w();
  w.StartObject();
  Key(w, "deliveries");
  w.StartArray();
  for (const DeliveryRow& d : *rows) WriteDelivery(w, d);
  w.EndArray();
  w.EndObject();
  a.reply(JsonResponse(a.req, http::status::ok, out.Take()));
}

// An admin retry: the delivery (or every failed or retrying one) is due
// now with a fresh retry schedule. In the bulk form a delivery acknowledged
// meanwhile is skipped, not an error.
void HandleRetry(HandlerArgs a, std::optional<int64_t> id) {
  if (Status s = RequireRole(a.principal, {Role::kAdmin}); !s.ok())
    return a.reply(ErrorResponse(a.req, s));
  std::vector<int64_t> ids;
  if (id) {
    ids.push_back(*id);
  } else {
    auto retryable = RetryableDeliveryIds(a.db);
    if (!retryable.ok()) return a.reply(ErrorResponse(a.req, retryable.status()));
    ids = std::move(retryable.value());
  }
  const std::string now = FormatShanghaiTimestamp(a.ctx.clock->Now());
  auto requeued = std::make_shared<int>(0);
  a.ctx.writer->Submit(
      [ids, now, bulk = !id, requeued](Database& db) {
        for (int64_t d : ids) {
          Status s = RequeueDelivery(db, d, now);
          if (s.ok()) ++*requeued;
          if (!s.ok() && !(bulk && s.code() == StatusCode::kConflict)) return s;
        }
        return Status::Ok();
      },
      [head = Request(a.req.method(), a.req.target(), a.req.version()), keep = a.req.keep_alive(),
       reply = a.reply, requeued](Status s) mutable {
        head.keep_alive(keep);
        if (!s.ok()) return reply(ErrorResponse(head, s));
        reply(JsonResponse(head, http::status::ok,
                           "{\"requeued\":" + std::to_string(*requeued) + "}"));
      });
}

}  // namespace

void RegisterPublicationRoutes(Router& router, const std::string& public_base_url) {
  router.AddRoute({"/notices",
                   [](http::verb v, const std::vector<std::string>& s) {
                     return v == http::verb::get && s.size() == 1 && s[0] == "notices";
                   },
                   [](HandlerArgs a, const std::vector<std::string>&) { HandleNoticeList(a); },
                   false});
  router.AddRoute(
      {"/notices/{id}",
       [](http::verb v, const std::vector<std::string>& s) {
         return v == http::verb::get && s.size() == 2 && s[0] == "notices" && Id(s[1]);
       },
       [](HandlerArgs a, const std::vector<std::string>& s) { HandleNoticePage(a, *Id(s[1])); },
       false});
  for (bool atom : {true, false}) {
    const std::string name = atom ? "feed.atom" : "feed.json";
    router.AddRoute({"/" + name,
                     [name](http::verb v, const std::vector<std::string>& s) {
                       return v == http::verb::get && s.size() == 1 && s[0] == name;
                     },
                     [atom, public_base_url](HandlerArgs a, const std::vector<std::string>&) {
                       HandleFeed(a, atom, public_base_url);
                     },
                     false});
  }
  router.AddRoute({"/api/v1/deliveries",
                   [](http::verb v, const std::vector<std::string>& s) {
                     return v == http::verb::get && s.size() == 3 && s[0] == "api" &&
                            s[1] == "v1" && s[2] == "deliveries";
                   },
                   [](HandlerArgs a, const std::vector<std::string>&) { HandleDeliveryList(a); },
                   true});
  router.AddRoute(
      {"/api/v1/deliveries/retry",
       [](http::verb v, const std::vector<std::string>& s) {
         return v == http::verb::post && s.size() == 4 && s[0] == "api" && s[1] == "v1" &&
                s[2] == "deliveries" && s[3] == "retry";
       },
       [](HandlerArgs a, const std::vector<std::string>&) { HandleRetry(a, std::nullopt); }, true});
  router.AddRoute(
      {"/api/v1/deliveries/{id}/retry",
       [](http::verb v, const std::vector<std::string>& s) {
         return v == http::verb::post && s.size() == 5 && s[0] == "api" && s[1] == "v1" &&
                s[2] == "deliveries" && Id(s[3]) && s[4] == "retry";
       },
       [](HandlerArgs a, const std::vector<std::string>& s) { HandleRetry(a, Id(s[3])); }, true});
}

}  // namespace dpfeed
