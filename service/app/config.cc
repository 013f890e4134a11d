#include "service/app/config.h"

#include <rapidjson/document.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "service/domain/display_name.h"
#include "service/json/json_reader.h"

namespace dpfeed {

namespace {

namespace fs = std::filesystem;
using Value = rapidjson::Value;

// Reads one object of the file. Every problem is noted with its line and the
// reading goes on, so one pass reports every mistake in the file.
class Reader {
 public:
  Reader(const Value& object, std::string prefix, const JsonKeyLines& lines,
         std::vector<std::string>& problems)
      : o_(object), prefix_(std::move(prefix)), lines_(lines), problems_(problems) {}

  void String(const char* key, std::string* out) {
    if (const Value* v = Find(key)) {
      if (v->IsString()) {
        *out = std::string(v->GetString(), v->GetStringLength());
      } else {
        Bad(key, "must be a string");
      }
    }
  }
  void Int(const char* key, int lo, int hi, int* out) {
    if (const Value* v = Find(key)) {
      if (v->IsInt() && v->GetInt() >= lo && v->GetInt() <= hi) {
        *out = v->GetInt();
      } else {
        Bad(key, "must be an integer in [" + std::to_string(lo) + ", " + std::to_string(hi) + "]");
      }
    }
  }
  void Size(const char* key, size_t lo, size_t hi, size_t* out) {
    if (const Value* v = Find(key)) {
      if (v->IsUint64() && v->GetUint64() >= lo && v->GetUint64() <= hi) {
        *out = v->GetUint64();
      } else {
        Bad(key, "must be an integer in [" + std::to_string(lo) + ", " + std::to_string(hi) + "]");
      }
    }
  }
  void Bool(const char* key, bool* out) {
    if (const Value* v = Find(key)) {
      if (v->IsBool()) {
        *out = v->GetBool();
      } else {
        Bad(key, "must be true or false");
      }
    }
  }
  // The member's object, or nullptr (absent, or not an object: noted).
  const Value* Object(const char* key) {
    const Value* v = Find(key);
    if (v != nullptr && !v->IsObject()) {
      Bad(key, "must be an object");
      return nullptr;
    }
    return v;
  }
  const Value* Find(const char* key) const {
    auto it = o_.FindMember(key);
    return it == o_.MemberEnd() || it->value.IsNull() ? nullptr : &it->value;
  }
  void Bad(const std::string& key, const std::string& why) {
    const auto line = lines_.find(prefix_ + key);
    problems_.push_back(
        (line == lines_.end() ? "" : "line " + std::to_string(line->second) + ": ") +
        "config field " + prefix_ + key + " " + why);
  }
  void OnlyKnown(std::initializer_list<const char*> known) {
    for (auto it = o_.MemberBegin(); it != o_.MemberEnd(); ++it) {
      bool ok = false;
      for (const char* k : known) ok |= it->name == k;
      if (!ok) Bad(it->name.GetString(), "is not known (misspelt?)");
    }
  }
  std::string Child(const char* key) const { return prefix_ + key + "."; }

 private:
  const Value& o_;
  std::string prefix_;
  const JsonKeyLines& lines_;
  std::vector<std::string>& problems_;
};

std::string Resolve(const fs::path& base, const std::string& p) {
  if (p.empty() || fs::path(p).is_absolute()) return p;
  return (base / p).lexically_normal().string();
}

void ReadChannel(const Value& v, const std::string& name, const JsonKeyLines& lines,
                 std::vector<std::string>& problems, ChannelConfig* c) {
  Reader r(v, "channels." + name + ".", lines, problems);
  r.OnlyKnown(
      {"sink", "dir", "url", "token", "secret", "timeout_s", "ca_file", "unmasked_identifiers"});
  r.String("sink", &c->sink);
  r.String("dir", &c->dir);
  r.String("url", &c->url);
  r.String("token", &c->token);
  r.String("secret", &c->secret);
  r.Int("timeout_s", 1, 600, &c->timeout_s);
  r.String("ca_file", &c->ca_file);
  r.Bool("unmasked_identifiers", &c->unmasked_identifiers);
  if (c->sink != "file" && c->sink != "http") r.Bad("sink", "must be \"file\" or \"http\"");
  if (c->sink == "http" && c->url.rfind("http://", 0) != 0 && c->url.rfind("https://", 0) != 0) {
    r.Bad("url", "must be an http:// or https:// URL for an http sink");
  }
  if (c->unmasked_identifiers && name != "credit") {
    r.Bad("unmasked_identifiers", "is only allowed on the credit channel");
  }
}

void ReadPeriod(const Value& v, const std::string& name, const JsonKeyLines& lines,
                std::vector<std::string>& problems, DisplayPeriod* p) {
  Reader r(v, "publicity." + name + ".", lines, problems);
  r.OnlyKnown({"min_months", "max_months"});
  r.Int("min_months", 0, 120, &p->min_months);
  r.Int("max_months", 0, 120, &p->max_months);
  if (p->min_months > p->max_months) r.Bad("min_months", "must not exceed max_months");
}

void ReadPublicity(const Value& v, const JsonKeyLines& lines, std::vector<std::string>& problems,
                   PublicityRules* p) {
  Reader r(v, "publicity.", lines, problems);
  r.OnlyKnown({"minor", "ordinary", "serious", "default_severity", "publish_minor",
               "license_until_validity_end", "fine_warning_wan_yuan"});
  if (const Value* m = r.Object("minor")) ReadPeriod(*m, "minor", lines, problems, &p->minor);
  if (const Value* m = r.Object("ordinary")) {
    ReadPeriod(*m, "ordinary", lines, problems, &p->ordinary);
  }
  if (const Value* m = r.Object("serious")) ReadPeriod(*m, "serious", lines, problems, &p->serious);
  std::string severity;
  r.String("default_severity", &severity);
  if (!severity.empty()) {
    if (auto s = ParseSeverity(severity)) {
      p->default_severity = *s;
    } else {
      r.Bad("default_severity", "must be 轻微, 一般 or 严重");
    }
  }
  r.Bool("publish_minor", &p->publish_minor);
  r.Bool("license_until_validity_end", &p->license_until_validity_end);
  if (const Value* f = r.Find("fine_warning_wan_yuan")) {
    if (f->IsNumber() && f->GetDouble() > 0) {
      p->fine_warning_wan_yuan = f->GetDouble();
    } else {
      r.Bad("fine_warning_wan_yuan", "must be a positive number");
    }
  }
}

bool IsRunTime(const std::string& t) {
  const auto digit = [&t](size_t i) { return std::isdigit(static_cast<unsigned char>(t[i])) != 0; };
  return t.size() == 5 && t[2] == ':' && digit(0) && digit(1) && digit(3) && digit(4) &&
         std::stoi(t.substr(0, 2)) <= 23 && std::stoi(t.substr(3, 2)) <= 59;
}

void ReadTop(const Value& doc, const fs::path& base, const JsonKeyLines& lines,
             std::vector<std::string>& problems, Config& c) {
  Reader r(doc, "", lines, problems);
  r.OnlyKnown({"listen",          "database",           "jurisdiction",
               "public_base_url", "body_limit_bytes",   "header_limit_bytes",
               "read_timeout_s",  "write_timeout_s",    "idle_timeout_s",
               "io_threads",      "reader_threads",     "shutdown_drain_s",
               "max_connections", "max_buffered_bytes", "queue_limit",
               "queue_timeout_s", "log_format",         "calendar_files",
               "clock_file",      "channels",           "schedule",
               "masking",         "console",            "publicity"});
  r.String("listen", &c.listen);
  r.String("database", &c.database);
  r.String("jurisdiction", &c.jurisdiction);
  if (!c.jurisdiction.empty()) {
    if (auto why = CheckDisplayName(c.jurisdiction)) r.Bad("jurisdiction", *why);
  }
  r.String("public_base_url", &c.public_base_url);
  r.String("clock_file", &c.clock_file);
  r.Size("body_limit_bytes", 1024, size_t{1} << 30, &c.body_limit_bytes);
  r.Size("header_limit_bytes", 1024, 1024 * 1024, &c.header_limit_bytes);
  r.Int("read_timeout_s", 1, 3600, &c.read_timeout_s);
  r.Int("write_timeout_s", 1, 3600, &c.write_timeout_s);
  r.Int("idle_timeout_s", 1, 3600, &c.idle_timeout_s);
  r.Int("io_threads", 1, 64, &c.io_threads);
  r.Int("reader_threads", 1, 64, &c.reader_threads);
  r.Int("shutdown_drain_s", 0, 600, &c.shutdown_drain_s);
  r.Size("max_connections", 1, 1'000'000, &c.max_connections);
  r.Size("max_buffered_bytes", 1024, size_t{1} << 40, &c.max_buffered_bytes);
  r.Size("queue_limit", 1, 1'000'000, &c.queue_limit);
  r.Int("queue_timeout_s", 1, 3600, &c.queue_timeout_s);
  r.String("log_format", &c.log_format);
  if (c.log_format != "text" && c.log_format != "json")
    r.Bad("log_format", "must be \"text\" or \"json\"");
  if (const Value* files = r.Find("calendar_files")) {
    if (!files->IsArray()) {
      r.Bad("calendar_files", "must be an array of paths");
    } else {
      for (const Value& f : files->GetArray()) {
        if (!f.IsString()) {
          r.Bad("calendar_files", "must be an array of paths");
          break;
        }
        c.calendar_files.push_back(Resolve(base, f.GetString()));
      }
    }
  }
  if (const Value* channels = r.Object("channels")) {
    Reader cr(*channels, "channels.", lines, problems);
    cr.OnlyKnown({"portal", "credit"});
    if (const Value* p = cr.Object("portal")) ReadChannel(*p, "portal", lines, problems, &c.portal);
    if (const Value* p = cr.Object("credit")) ReadChannel(*p, "credit", lines, problems, &c.credit);
  }
  if (const Value* schedule = r.Object("schedule")) {
    Reader sr(*schedule, "schedule.", lines, problems);
    sr.OnlyKnown({"run_weekday", "run_time", "tick_minutes", "hold_on_holidays"});
    sr.Int("run_weekday", 1, 7, &c.schedule.run_weekday);
    sr.String("run_time", &c.schedule.run_time);
    sr.Int("tick_minutes", 1, 1440, &c.schedule.tick_minutes);
    sr.Bool("hold_on_holidays", &c.schedule.hold_on_holidays);
    if (!IsRunTime(c.schedule.run_time)) {
      sr.Bad("run_time", "must be HH:MM (24-hour, Asia/Shanghai)");
      c.schedule.run_time = ScheduleConfig{}.run_time;
    }
  }
  if (const Value* masking = r.Object("masking")) {
    Reader mr(*masking, "masking.", lines, problems);
    mr.OnlyKnown({"id_keep_head", "id_keep_tail", "phone_keep_head", "phone_keep_tail",
                  "card_keep_tail", "publish_representative_id"});
    mr.Int("id_keep_head", 0, 6, &c.masking.id_keep_head);
    mr.Int("id_keep_tail", 0, 4, &c.masking.id_keep_tail);
    mr.Int("phone_keep_head", 0, 3, &c.masking.phone_keep_head);
    mr.Int("phone_keep_tail", 0, 4, &c.masking.phone_keep_tail);
    mr.Int("card_keep_tail", 0, 4, &c.masking.card_keep_tail);
    mr.Bool("publish_representative_id", &c.masking.publish_representative_id);
  }
  if (const Value* console = r.Object("console")) {
    Reader cr(*console, "console.", lines, problems);
    cr.OnlyKnown({"idle_timeout_minutes", "session_max_hours", "max_failed_logins", "lockout_minutes"});
    cr.Int("idle_timeout_minutes", 1, 24 * 60, &c.console.idle_timeout_minutes);
    cr.Int("session_max_hours", 1, 24 * 30, &c.console.session_max_hours);
    cr.Int("max_failed_logins", 1, 100, &c.console.max_failed_logins);
    cr.Int("lockout_minutes", 1, 24 * 60, &c.console.lockout_minutes);
  }
  if (const Value* publicity = r.Object("publicity")) {
    ReadPublicity(*publicity, lines, problems, &c.publicity);
  }
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
  JsonReadOptions options;
  options.allow_comments = true;
  options.allow_trailing_commas = true;
  JsonKeyLines lines;
  if (auto e = ParseJson(text, options, &doc, &lines)) {
    const std::string what = e->kind == JsonReadError::Kind::kDuplicateKey
                                 ? "sets " + e->key + " twice"
                                 : "is not valid JSON: " + e->detail;
    return Status::InvalidArgument("config file " + path + " line " + std::to_string(e->line) +
                                   ": " + what);
  }
  if (!doc.IsObject())
    return Status::InvalidArgument("config file " + path + " must hold an object");
  Config c;
  c.path = path;
  const fs::path base = fs::absolute(path).parent_path();
  c.database = "dpfeed.db";
  c.portal.dir = "published/portal";
  c.credit.dir = "published/credit";
  std::vector<std::string> problems;
  ReadTop(doc, base, lines, problems, c);
  if (!problems.empty()) {
    std::string message = "config file " + path + " has " + std::to_string(problems.size()) +
                          (problems.size() == 1 ? " problem:" : " problems:");
    for (const std::string& p : problems) message += "\n  " + p;
    return Status::InvalidArgument(message);
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
