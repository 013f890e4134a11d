// The daemon's configuration: one JSON file (comments and trailing commas
// allowed), given to every subcommand with --config FILE. Every field is
// optional; the defaults below are what `dpfeed` uses without a file.
// Relative paths in the file are resolved against the file's directory;
// without a file, against the current directory.
//
// Thread-safety: a value type, loaded once at start.
#ifndef DPFEED_SERVICE_APP_CONFIG_H_
#define DPFEED_SERVICE_APP_CONFIG_H_

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "service/domain/publicity_rules.h"
#include "service/domain/status.h"

namespace dpfeed {

struct ChannelConfig {
  std::string sink = "file";        // "file" (default) or "http"
  std::string dir;                  // file sink: default ./var/published/<channel>
  std::string url;                  // http sink: http:// or https:// URL (required for http)
  std::string token;                // http sink: bearer token sent to the receiver (default none)
  std::string secret;               // http sink: HMAC-SHA256 signing secret (default none)
  int timeout_s = 30;               // http sink: whole-exchange timeout (default 30 s)
  std::string ca_file;              // http sink: extra CA bundle for the receiver (default none)
  bool unmasked_identifiers = false;  // credit only: send unmasked identifiers to an internal
                                      // sharing platform (default false; warned at start)
};

struct ScheduleConfig {
  int run_weekday = 1;              // ISO weekday of the regular run, 1 = Monday (default 1)
  std::string run_time = "09:00";   // Asia/Shanghai time of the regular run (default "09:00")
  int tick_minutes = 15;            // scheduler tick for expedited/corrections/withdrawals (default 15)
  bool hold_on_holidays = false;    // hold a run falling on a holiday to the next working day (default false)
};

struct MaskingConfig {
  int id_keep_head = 6;             // ID numbers keep at most this many leading characters (default 6)
  int id_keep_tail = 4;             // ... and trailing characters (default 4)
  int phone_keep_head = 3;          // phone numbers keep the first 3 (default 3)
  int phone_keep_tail = 4;          // ... and last 4 digits (default 4)
  int card_keep_tail = 4;           // bank cards keep the last 4 digits (default 4)
  bool publish_representative_id = false;  // FR_ZJHM is never published (default false)
};

struct ConsoleConfig {
  int idle_timeout_minutes = 30;    // a console session unused this long ends (default 30)
  int session_max_hours = 12;       // every console session ends after this (default 12)
  int max_failed_logins = 5;        // consecutive wrong passwords before the lock (default 5)
  int lockout_minutes = 15;         // how long the lock lasts (default 15)
};

struct Config {
  std::string path;                          // the file this was loaded from ("" = defaults)
  std::string listen = "127.0.0.1:8080";     // address:port of the HTTP API (default 127.0.0.1:8080)
  std::string database = "./var/dpfeed.db";  // SQLite file (default ./var/dpfeed.db)
  std::string jurisdiction;                  // e.g. "安丘市": prefix of notice titles (default none)
  std::string public_base_url;               // e.g. "https://gk.example.gov.cn" for feed links (default: none, relative links)
  size_t body_limit_bytes = 8 * 1024 * 1024; // request body limit (default 8 MiB)
  size_t header_limit_bytes = 16 * 1024;     // request header limit (default 16 KiB)
  int read_timeout_s = 30;                   // per request read (default 30)
  int write_timeout_s = 30;                  // per reply write (default 30)
  int idle_timeout_s = 60;                   // keep-alive idle (default 60)
  int io_threads = 2;                        // HTTP io threads (default 2)
  int reader_threads = 2;                    // read-only database threads (default 2)
  int shutdown_drain_s = 10;                 // SIGTERM: time to finish in-flight requests (default 10)
  size_t max_connections = 1024;             // open HTTP connections; beyond: 503 (default 1024)
  size_t max_buffered_bytes = 64 << 20;      // request bodies held at once; beyond: 503 (default 64 MiB)
  size_t queue_limit = 1024;                 // requests waiting for the writer, and for the readers (default 1024)
  int queue_timeout_s = 20;                  // a request waiting longer in a queue gets 503 (default 20)
  std::string log_format = "text";           // "text" lines or "json" lines on stderr (default "text")
  std::string clock_file;                    // tests and drills only: a file holding an Asia/Shanghai
                                             // date-time used as "now" (default none: the system clock)
  std::vector<std::string> calendar_files;   // extra working-day calendars, override built-in years (default none)
  ChannelConfig portal;                      // channels.portal (default file sink ./var/published/portal)
  ChannelConfig credit;                      // channels.credit (default file sink ./var/published/credit)
  ScheduleConfig schedule;                   // schedule
  MaskingConfig masking;                     // masking
  ConsoleConfig console;                     // console (web pages for people)
  // publicity: display periods per severity {"minor": {"min_months": 0, "max_months": 3},
  // "ordinary": {3, 12}, "serious": {12, 36}}, "default_severity" (default "一般"),
  // "publish_minor" (default false), "license_until_validity_end" (default true),
  // "fine_warning_wan_yuan" (default 100); see publicity_rules.h.
  PublicityRules publicity;
};

// Defaults only (no file): paths relative to the current directory.
Config DefaultConfig();
// Reads and validates FILE; InvalidArgument listing every problem found,
// each with its line and field, on any problem.
Result<Config> LoadConfig(const std::string& path);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_APP_CONFIG_H_
