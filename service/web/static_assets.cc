#include "service/web/static_assets.h"

#include <map>
#include <string>

#include "service/store/sha256.h"
#include "service/web/console_pages.h"
#include "service/web/web_route.h"

namespace dpfeed {

namespace {

const std::string& ETagOf(const EmbeddedAsset& asset) {
  static const std::map<std::string_view, std::string> kTags = [] {
    std::map<std::string_view, std::string> tags;
    for (const EmbeddedAsset& a : EmbeddedAssets()) {
      tags[a.name] = "\"" + Sha256Hex(a.data).substr(0, 16) + "\"";
    }
    return tags;
  }();
  return kTags.at(asset.name);
}

void ServeAsset(WebCall& c) {
  const EmbeddedAsset* asset = FindAsset(c.seg[1]);
  if (asset == nullptr) {
    return c.Reply(
        MakeResponse(c.req(), http::status::not_found, "text/plain; charset=utf-8", "not found\n"));
  }
  const std::string& etag = ETagOf(*asset);
  auto inm = c.req().find(http::field::if_none_match);
  Response r =
      inm != c.req().end() && inm->value() == etag
          ? MakeResponse(c.req(), http::status::not_modified, std::string(asset->content_type), "")
          : MakeResponse(c.req(), http::status::ok, std::string(asset->content_type),
                         std::string(asset->data));
  r.set(http::field::etag, etag);
  r.set(http::field::cache_control, "public, max-age=86400");
  r.set("X-Content-Type-Options", "nosniff");
  c.Reply(std::move(r));
}

}  // namespace

const EmbeddedAsset* FindAsset(std::string_view name) {
  for (const EmbeddedAsset& a : EmbeddedAssets()) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

void RegisterStaticAssets(Router& router, const WebOptions& options) {
  AddWebRoute(
      router, options, "/static/{name}", http::verb::get,
      [](const std::vector<std::string>& s) { return s.size() == 2 && s[0] == "static"; },
      Access::kPublic, ServeAsset);
}

}  // namespace dpfeed
