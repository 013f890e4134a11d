#include "service/api/publication_handler.h"

#include <rapidjson/document.h>

#include <map>
#include <optional>

#include "publisher/notice_renderer.h"
#include "service/calendar/shanghai_time.h"
#include "service/domain/display_name.h"
#include "service/store/delivery_repository.h"
#include "service/store/department_repository.h"
#include "service/store/notice_repository.h"
#include "service/store/public_query.h"
#include "service/store/sha256.h"

namespace dpfeed {

namespace {

std::optional<int64_t> Id(const std::string& s) {
  if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  return std::stoll(s);
}

std::string Link(const std::string& base, int64_t id) {
  return base + "/notices/" + std::to_string(id);
}

std::string XmlEscape(const std::string& s) { return HtmlEscape(s); }

// A guarded page's bytes, inlined into a feed entry only up to this size
// (a week of a large department is megabytes: readers follow the link).
constexpr size_t kFeedContentLimit = 256 * 1024;

// The CSP of a notice page: nothing but the page's own <style> block,
// allowed by its hash (the page is the portal's self-contained artifact;
// it has no script, and none may run).
std::string NoticePagePolicy(const std::string& html) {
  std::string policy =
      "default-src 'none'; img-src data:; form-action 'none'; frame-ancestors 'none'; "
      "base-uri 'none'";
  const size_t open = html.find("<style>");
  const size_t close = html.find("</style>");
  if (open != std::string::npos && close != std::string::npos && close > open) {
    const size_t from = open + std::string_view("<style>").size();
    policy += "; style-src 'sha256-" +
              Sha256Base64(std::string_view(html).substr(from, close - from)) + "'";
  }
  return policy;
}

std::map<int64_t, std::string> DepartmentNames(Database& db, const std::string& jurisdiction) {
  std::map<int64_t, std::string> out;
  if (auto all = ListDepartments(db); all.ok()) {
    for (const Department& d : *all) out[d.id] = FullDepartmentName(jurisdiction, d.name);
  }
  return out;
}

// "发布单位：…；类别：行政处罚；决定日期：2026年11月16日至2026年11月22日；共 2 条".
std::string NoticeSummary(const PublicNotice& n, const std::string& department) {
  std::string period = n.period_from + "至" + n.period_to;
  const auto from = ParseCivilDate(n.period_from);
  const auto to = ParseCivilDate(n.period_to);
  if (from && to) period = FormatChineseDate(*from) + "至" + FormatChineseDate(*to);
  return "发布单位：" + department + "；类别：" + KindTitle(n.kind) + "；决定日期：" + period +
         "；共 " + std::to_string(n.records) + " 条";
}

// The notice page shown now (a guarded artifact), if it is small enough
// to go into a feed.
std::optional<std::string> FeedContent(HandlerArgs& a, int64_t notice_id) {
  if (a.ctx.artifacts == nullptr) return std::nullopt;
  auto n = GetNotice(a.db, notice_id);
  if (!n.ok()) return std::nullopt;
  auto page = a.ctx.artifacts->Get(n->page_html);
  if (!page.ok() || page->size() > kFeedContentLimit) return std::nullopt;
  return std::move(page.value());
}

}  // namespace

void HandlePublicNoticeList(HandlerArgs a) {
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

namespace {

// The stored page that passed the leak guard, byte for byte: the portal's
// HTML artifact, or the newest revision published since without the
// decisions withdrawn meanwhile. Never a rendering of the database.
void HandleNoticePage(HandlerArgs a, int64_t id) {
  auto n = GetNotice(a.db, id);
  if (!n.ok() || !n->portal_acknowledged_at) {
    return a.reply(MakeResponse(a.req, http::status::not_found, "text/plain; charset=utf-8",
                                "未找到该公示\n"));
  }
  if (a.ctx.artifacts == nullptr)
    return a.reply(ErrorResponse(a.req, Status::IOError("artifact store not configured")));
  auto page = a.ctx.artifacts->Get(n->page_html);
  if (!page.ok()) return a.reply(ErrorResponse(a.req, page.status()));
  const std::string policy = NoticePagePolicy(*page);
  Response res =
      MakeResponse(a.req, http::status::ok, "text/html; charset=utf-8", std::move(page.value()));
  res.set("Content-Security-Policy", policy);
  res.set("X-Content-Type-Options", "nosniff");
  a.reply(std::move(res));
}

// Atom (RFC 4287) or JSON Feed 1.1 of the newest 50 published notices:
// absolute ids and links, a summary of each (department, kind, period,
// records), and the guarded page itself when it is small.
void HandleFeed(HandlerArgs a, bool atom, const std::string& base) {
  PublicNoticeFilter filter;
  filter.limit = 50;
  auto notices = ListPublicNotices(a.db, filter);
  if (!notices.ok()) return a.reply(ErrorResponse(a.req, notices.status()));
  const auto departments = DepartmentNames(a.db, a.ctx.jurisdiction);
  auto department_of = [&](const PublicNotice& n) {
    auto it = departments.find(n.department_id);
    return it == departments.end() ? std::string() : it->second;
  };
  const std::string title = a.ctx.jurisdiction + "双公示信息";
  if (!atom) {
    JsonOut out;
    JsonWriter& w = out.w();
    w.StartObject();
    Key(w, "version");
    Str(w, "https://jsonfeed.org/version/1.1");
    Key(w, "title");
    Str(w, title);
    Key(w, "home_page_url");
    Str(w, base + "/");
    Key(w, "feed_url");
    Str(w, base + "/feed.json");
    Key(w, "language");
    Str(w, "zh-CN");
    Key(w, "items");
    w.StartArray();
    for (const PublicNotice& n : *notices) {
      const std::string summary = NoticeSummary(n, department_of(n));
      w.StartObject();
      Key(w, "id");
      Str(w, Link(base, n.id));
      Key(w, "url");
      Str(w, Link(base, n.id));
      Key(w, "title");
      Str(w, n.title);
      Key(w, "summary");
      Str(w, summary);
      Key(w, "content_text");
      Str(w, summary);
      if (auto content = FeedContent(a, n.id)) {
        Key(w, "content_html");
        Str(w, *content);
      }
      Key(w, "date_published");
      Str(w, n.published_at);
      Key(w, "authors");
      w.StartArray();
      w.StartObject();
      Key(w, "name");
      Str(w, department_of(n));
      w.EndObject();
      w.EndArray();
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
  x += "<link rel=\"alternate\" type=\"text/html\" href=\"" + XmlEscape(base + "/") + "\"/>\n";
  x += "<updated>" +
       (notices->empty() ? FormatShanghaiTimestamp(a.ctx.clock->Now())
                         : notices->front().published_at) +
       "</updated>\n";
  x += "<author><name>" + XmlEscape(a.ctx.jurisdiction.empty() ? title : a.ctx.jurisdiction) +
       "</name></author>\n";
  for (const PublicNotice& n : *notices) {
    x += "<entry>\n<id>" + XmlEscape(Link(base, n.id)) + "</id>\n<title>" + XmlEscape(n.title) +
         "</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"" +
         XmlEscape(Link(base, n.id)) + "\"/>\n<updated>" + n.published_at +
         "</updated>\n<published>" + n.published_at + "</published>\n<author><name>" +
         XmlEscape(department_of(n)) + "</name></author>\n<summary>" +
         XmlEscape(NoticeSummary(n, department_of(n))) + "</summary>\n";
    if (auto content = FeedContent(a, n.id)) {
      x += "<content type=\"html\">" + XmlEscape(*content) + "</content>\n";
    }
    x += "</entry>\n";
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

void RegisterPublicationRoutes(Router& router, const std::string* public_base_url) {
  router.AddRoute(
      {"/notices",
       [](http::verb v, const std::vector<std::string>& s) {
         return v == http::verb::get && s.size() == 1 && s[0] == "notices";
       },
       [](HandlerArgs a, const std::vector<std::string>&) { HandlePublicNoticeList(a); }, false});
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
                       HandleFeed(a, atom, *public_base_url);
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
