#include "service/app/config.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace dpfeed {

namespace {

namespace fs = std::filesystem;
using Value = rapidjson::Value;

class Reader {
 public:
  Reader(const Value& object, std::string prefix) : o_(object), prefix_(std::move(prefix)) {}

  Status String(const char* key, std::string* out) {
    const Value* v = Find(key);
    if (v == nullptr) return Status::Ok();
    if (!v->IsString()) return Bad(key, "must be a string");
    *out = std::string(v->GetString(), v->GetStringLength());
    return Status::Ok();
  }
  Status Int(const char* key, int lo, int hi, int* out) {
    const Value* v = Find(key);
    if (v == nullptr) return Status::Ok();
    if (!v->IsInt() || v->GetInt() < lo || v->GetInt() > hi) {
      return Bad(key, "must be an integer in [" + std::to_string(lo) + ", " + std::to_string(hi) + "]");
    }
    *out = v->GetInt();
    return Status::Ok();
  }
  Status Size(const char* key, size_t lo, size_t hi, size_t* out) {
    const Value* v = Find(key);
    if (v == nullptr) return Status::Ok();
    if (!v->IsUint64() || v->GetUint64() < lo || v->GetUint64() > hi) {
      return Bad(key, "must be an integer in [" + std::to_string(lo) + ", " + std::to_string(hi) + "]");
    }
    *out = v->GetUint64();
    return Status::Ok();
  }
  Status Bool(const char* key, bool* out) {
    const Value* v = Find(key);
    if (v == nullptr) return Status::Ok();
    if (!v->IsBool()) return Bad(key, "must be true or false");
    *out = v->GetBool();
    return Status::Ok();
  }
  const Value* Find(const char* key) const {
    auto it = o_.FindMember(key);
    return it == o_.MemberEnd() || it->value.IsNull() ? nullptr : &it->value;
  }
  Status Bad(const char* key, const std::string& why) const {
    return Status::InvalidArgument("config field " + prefix_ + key + " " + why);
  }
  Status OnlyKnown(std::initializer_list<const char*> known) const {
    for (auto it = o_.MemberBegin(); it != o_.MemberEnd(); ++it) {
      bool ok = false;
      for (const char* k : known) ok |= it->name == k;
      if (!ok) {
        return Status::InvalidArgument("config field " + prefix_ + it->name.GetString() +
                                       " is not known (misspelt?)");
      }
    }
    return Status::Ok();
  }

 private:
  const Value& o_;
  std::string prefix_;
};

#define DPFEED_TRY(expr)          \
  do {                            \
    Status _s = (expr);           \
    if (!_s.ok()) return _s;      \
  } while (0)

std::string Resolve(const fs::path& base, const std::string& p) {
  if (p.empty() || fs::path(p).is_absolute()) return p;
  return (base / p).lexically_normal().string();
}

Status ReadChannel(const Value& v, const std::string& name, ChannelConfig* c) {
  if (!v.IsObject()) return Status::InvalidArgument("config field channels." + name + " must be an object");
  Reader r(v, "channels." + name + ".");
  DPFEED_TRY(r.OnlyKnown({"sink", "dir", "url", "token", "secret", "timeout_s", "ca_file",
                          "unmasked_identifiers"}));
  DPFEED_TRY(r.String("sink", &c->sink));
  DPFEED_TRY(r.String("dir", &c->dir));
  DPFEED_TRY(r.String("url", &c->url));
  DPFEED_TRY(r.String("token", &c->token));
  DPFEED_TRY(r.String("secret", &c->secret));
  DPFEED_TRY(r.Int("timeout_s", 1, 600, &c->timeout_s));
  DPFEED_TRY(r.String("ca_file", &c->ca_file));
  DPFEED_TRY(r.Bool("unmasked_identifiers", &c->unmasked_identifiers));
  if (c->sink != "file" && c->sink != "http") return r.Bad("sink", "must be \"file\" or \"http\"");
  if (c->sink == "http" && c->url.rfind("http://", 0) != 0 && c->url.rfind("https://", 0) != 0) {
    return r.Bad("url", "must be an http:// or https:// URL for an http sink");
  }
  if (c->unmasked_identifiers && name != "credit") {
    return r.Bad("unmasked_identifiers", "is only allowed on the credit channel");
  }
  return Status::Ok();
}

Status ReadPeriod(const Reader& parent, const Value& v, const std::string& name, DisplayPeriod* p) {
  if (!v.IsObject()) return parent.Bad(name.c_str(), "must be an object {\"min_months\": N, \"max_months\": N}");
  Reader r(v, "publicity." + name + ".");
  DPFEED_TRY(r.OnlyKnown({"min_months", "max_months"}));
  DPFEED_TRY(r.Int("min_months", 0, 120, &p->min_months));
  DPFEED_TRY(r.Int("max_months", 0, 120, &p->max_months));
  if (p->min_months > p->max_months) return r.Bad("min_months", "must not exceed max_months");
  return Status::Ok();
}

Status ReadPublicity(const Value& v, PublicityRules* p) {
  Reader r(v, "publicity.");
  DPFEED_TRY(r.OnlyKnown({"minor", "ordinary", "serious", "default_severity", "publish_minor",
                          "license_until_validity_end", "fine_warning_wan_yuan"}));
  if (const Value* m = r.Find("minor")) DPFEED_TRY(ReadPeriod(r, *m, "minor", &p->minor));
  if (const Value* m = r.Find("ordinary")) DPFEED_TRY(ReadPeriod(r, *m, "ordinary", &p->ordinary));
  if (const Value* m = r.Find("serious")) DPFEED_TRY(ReadPeriod(r, *m, "serious", &p->serious));
  std::string severity;
  DPFEED_TRY(r.String("default_severity", &severity));
  if (!severity.empty()) {
    auto s = ParseSeverity(severity);
    if (!s) return r.Bad("default_severity", "must be 轻微, 一般 or 严重");
    p->default_severity = *s;
  }
  DPFEED_TRY(r.Bool("publish_minor", &p->publish_minor));
  DPFEED_TRY(r.Bool("license_until_validity_end", &p->license_until_validity_end));
  if (const Value* f = r.Find("fine_warning_wan_yuan")) {
    if (!f->IsNumber() || f->GetDouble() <= 0) return r.Bad("fine_warning_wan_yuan", "must be a positive number");
    p->fine_warning_wan_yuan = f->GetDouble();
  }
  return Status::Ok();
}

}  // namespace

Config DefaultConfig() {
  Config c;
  c.portal.dir = "./var/published/portal";
  c.credit.dir = "./var/published/credit";
  return c;
}

Result<Config> LoadConfig(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::InvalidArgument("cannot read config file " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag |
            rapidjson::kParseValidateEncodingFlag>(text.c_str(), text.size());
  if (doc.HasParseError()) {
    return Status::InvalidArgument("config file " + path + " is not valid JSON: " +
                                   rapidjson::GetParseError_En(doc.GetParseError()) + " at offset " +
                                   std::to_string(doc.GetErrorOffset()));
  }
  if (!doc.IsObject()) return Status::InvalidArgument("config file " + path + " must hold an object");
  Config c;
  c.path = path;
  const fs::path base = fs::absolute(path).parent_path();
  c.database = "dpfeed.db";
  c.portal.dir = "published/portal";
  c.credit.dir = "published/credit";
  Reader r(doc, "");
  DPFEED_TRY(r.OnlyKnown({"listen", "database", "jurisdiction", "public_base_url", "body_limit_bytes",
                          "header_limit_bytes", "read_timeout_s", "write_timeout_s",
                          "idle_timeout_s", "io_threads", "reader_threads", "shutdown_drain_s",
                          "calendar_files", "clock_file", "channels", "schedule", "masking",
                          "console", "publicity"}));
  DPFEED_TRY(r.String("listen", &c.listen));
  DPFEED_TRY(r.String("database", &c.database));
  DPFEED_TRY(r.String("jurisdiction", &c.jurisdiction));
  DPFEED_TRY(r.String("public_base_url", &c.public_base_url));
  DPFEED_TRY(r.String("clock_file", &c.clock_file));
  DPFEED_TRY(r.Size("body_limit_bytes", 1024, size_t{1} << 30, &c.body_limit_bytes));
  DPFEED_TRY(r.Size("header_limit_bytes", 1024, 1024 * 1024, &c.header_limit_bytes));
  DPFEED_TRY(r.Int("read_timeout_s", 1, 3600, &c.read_timeout_s));
  DPFEED_TRY(r.Int("write_timeout_s", 1, 3600, &c.write_timeout_s));
  DPFEED_TRY(r.Int("idle_timeout_s", 1, 3600, &c.idle_timeout_s));
  DPFEED_TRY(r.Int("io_threads", 1, 64, &c.io_threads));
  DPFEED_TRY(r.Int("reader_threads", 1, 64, &c.reader_threads));
  DPFEED_TRY(r.Int("shutdown_drain_s", 0, 600, &c.shutdown_drain_s));
  if (const Value* files = r.Find("calendar_files")) {
    if (!files->IsArray()) return r.Bad("calendar_files", "must be an array of paths");
    for (const Value& f : files->GetArray()) {
      if (!f.IsString()) return r.Bad("calendar_files", "must be an array of paths");
      c.calendar_files.push_back(Resolve(base, f.GetString()));
    }
  }
  if (const Value* channels = r.Find("channels")) {
    if (!channels->IsObject()) return r.Bad("channels", "must be an object");
    Reader cr(*channels, "channels.");
    DPFEED_TRY(cr.OnlyKnown({"portal", "credit"}));
    if (const Value* p = cr.Find("portal")) DPFEED_TRY(ReadChannel(*p, "portal", &c.portal));
    if (const Value* p = cr.Find("credit")) DPFEED_TRY(ReadChannel(*p, "credit", &c.credit));
  }
  if (const Value* schedule = r.Find("schedule")) {
    if (!schedule->IsObject()) return r.Bad("schedule", "must be an object");
    Reader sr(*schedule, "schedule.");
    DPFEED_TRY(sr.OnlyKnown({"run_weekday", "run_time", "tick_minutes", "hold_on_holidays"}));
    DPFEED_TRY(sr.Int("run_weekday", 1, 7, &c.schedule.run_weekday));
    DPFEED_TRY(sr.String("run_time", &c.schedule.run_time));
    DPFEED_TRY(sr.Int("tick_minutes", 1, 1440, &c.schedule.tick_minutes));
    DPFEED_TRY(sr.Bool("hold_on_holidays", &c.schedule.hold_on_holidays));
    const std::string& t = c.schedule.run_time;
    if (t.size() != 5 || t[2] != ':' || !std::isdigit(static_cast<unsigned char>(t[0])) ||
        !std::isdigit(static_cast<unsigned char>(t[1])) || !std::isdigit(static_cast<unsigned char>(t[3])) ||
        !std::isdigit(static_cast<unsigned char>(t[4])) || std::stoi(t.substr(0, 2)) > 23 ||
        std::stoi(t.substr(3, 2)) > 59) {
      return sr.Bad("run_time", "must be HH:MM (24-hour, Asia/Shanghai)");
    }
  }
  if (const Value* masking = r.Find("masking")) {
    if (!masking->IsObject()) return r.Bad("masking", "must be an object");
    Reader mr(*masking, "masking.");
    DPFEED_TRY(mr.OnlyKnown({"id_keep_head", "id_keep_tail", "phone_keep_head", "phone_keep_tail",
                             "card_keep_tail", "publish_representative_id"}));
    DPFEED_TRY(mr.Int("id_keep_head", 0, 6, &c.masking.id_keep_head));
    DPFEED_TRY(mr.Int("id_keep_tail", 0, 4, &c.masking.id_keep_tail));
    DPFEED_TRY(mr.Int("phone_keep_head", 0, 3, &c.masking.phone_keep_head));
    DPFEED_TRY(mr.Int("phone_keep_tail", 0, 4, &c.masking.phone_keep_tail));
    DPFEED_TRY(mr.Int("card_keep_tail", 0, 4, &c.masking.card_keep_tail));
    DPFEED_TRY(mr.Bool("publish_representative_id", &c.masking.publish_representative_id));
  }
  if (const Value* console = r.Find("console")) {
    if (!console->IsObject()) return r.Bad("console", "must be an object");
    Reader cr(*console, "console.");
    DPFEED_TRY(cr.OnlyKnown({"idle_timeout_minutes", "session_max_hours", "max_failed_logins",
                             "lockout_minutes"}));
    DPFEED_TRY(cr.Int("idle_timeout_minutes", 1, 24 * 60, &c.console.idle_timeout_minutes));
    DPFEED_TRY(cr.Int("session_max_hours", 1, 24 * 30, &c.console.session_max_hours));
    DPFEED_TRY(cr.Int("max_failed_logins", 1, 100, &c.console.max_failed_logins));
    DPFEED_TRY(cr.Int("lockout_minutes", 1, 24 * 60, &c.console.lockout_minutes));
  }
  if (const Value* publicity = r.Find("publicity")) {
    if (!publicity->IsObject()) return r.Bad("publicity", "must be an object");
    DPFEED_TRY(ReadPublicity(*publicity, &c.publicity));
  }
  c.database = Resolve(base, c.database);
  c.clock_file = Resolve(base, c.clock_file);
  c.portal.dir = Resolve(base, c.portal.dir);
  c.credit.dir = Resolve(base, c.credit.dir);
  c.portal.ca_file = Resolve(base, c.portal.ca_file);
  c.credit.ca_file = Resolve(base, c.credit.ca_file);
  return c;
}

}  // namespace dpfeed
