#include "service/calendar/shanghai_time.h"

#include <date/tz.h>

#include <cstdio>

namespace dpfeed {
namespace {

const date::time_zone* Shanghai() {
  static const date::time_zone* zone = date::locate_zone("Asia/Shanghai");
  return zone;
}

bool Digits(std::string_view s, size_t pos, size_t n, int& out) {
  if (pos + n > s.size()) return false;
  out = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

}  // namespace

CivilDate ShanghaiDate(TimePoint t) {
  const auto local = Shanghai()->to_local(t);
  return CivilDate(date::floor<date::days>(local).time_since_epoch());
}

std::string FormatShanghaiTimestamp(TimePoint t) {
  const auto ms = date::floor<std::chrono::milliseconds>(t);
  const date::zoned_time<std::chrono::milliseconds> zt(Shanghai(), ms);
  return date::format("%Y-%m-%dT%H:%M:%S%Ez", zt);
}

TimePoint ShanghaiMidnight(CivilDate d) {
  const date::local_days local(d.time_since_epoch());
  return Shanghai()->to_sys(local, date::choose::earliest);
}

std::optional<TimePoint> ParseShanghaiDateTime(std::string_view s) {
  const auto day = ParseCivilDate(s.substr(0, 10));
  if (!day) return std::nullopt;
  if (s.size() == 10) return ShanghaiMidnight(*day);
  int hh = 0, mm = 0, ss = 0, ms = 0;
  if (s.size() < 16 || (s[10] != 'T' && s[10] != ' ') || !Digits(s, 11, 2, hh) || s[13] != ':' ||
      !Digits(s, 14, 2, mm) || hh > 23 || mm > 59) {
    return std::nullopt;
  }
  size_t pos = 16;
  if (pos < s.size() && s[pos] == ':') {
    if (!Digits(s, pos + 1, 2, ss) || ss > 59) return std::nullopt;
    pos += 3;
    if (pos < s.size() && s[pos] == '.') {
      size_t n = 0;
      int frac = 0;
      for (++pos; pos < s.size() && s[pos] >= '0' && s[pos] <= '9'; ++pos, ++n) {
        if (n < 3) frac = frac * 10 + (s[pos] - '0');
      }
      if (n == 0) return std::nullopt;
      for (; n < 3; ++n) frac *= 10;
      ms = frac;
    }
  }
  const auto wall = std::chrono::hours(hh) + std::chrono::minutes(mm) + std::chrono::seconds(ss) +
                    std::chrono::milliseconds(ms);
  const std::string_view rest = s.substr(pos);
  if (rest.empty()) {
    const date::local_time<std::chrono::milliseconds> local(
        date::local_days(day->time_since_epoch()).time_since_epoch() + wall);
    return TimePoint(Shanghai()->to_sys(local, date::choose::earliest));
  }
  int offset_minutes = 0;
  if (rest == "Z") {
    offset_minutes = 0;
  } else {
    int oh = 0, om = 0;
    if (rest.size() != 6 || (rest[0] != '+' && rest[0] != '-') || !Digits(rest, 1, 2, oh) || rest[3] != ':' ||
        !Digits(rest, 4, 2, om)) {
      return std::nullopt;
    }
    offset_minutes = (rest[0] == '-' ? -1 : 1) * (oh * 60 + om);
  }
  return TimePoint(*day + wall - std::chrono::minutes(offset_minutes));
}

}  // namespace dpfeed
