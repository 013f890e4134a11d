#include "service/domain/civil_date.h"

#include <cstdio>

namespace dpfeed {

namespace {
bool TwoDigits(std::string_view s, size_t pos, unsigned* out) {
  if (s[pos] < '0' || s[pos] > '9' || s[pos + 1] < '0' || s[pos + 1] > '9') return false;
  *out = static_cast<unsigned>((s[pos] - '0') * 10 + (s[pos + 1] - '0'));
  return true;
}
}  // namespace

std::optional<CivilDate> ParseCivilDate(std::string_view s) {
  if (s.size() != 10) return std::nullopt;
  const char sep = s[4];
  if ((sep != '-' && sep != '/') || s[7] != sep) return std::nullopt;
  int year = 0;
  for (size_t i = 0; i < 4; ++i) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    year = year * 10 + (s[i] - '0');
  }
  unsigned month = 0, day = 0;
  if (!TwoDigits(s, 5, &month) || !TwoDigits(s, 8, &day)) return std::nullopt;
  if (year < 1900 || year > 2199) return std::nullopt;
  const date::year_month_day ymd{date::year{year}, date::month{month}, date::day{day}};
  if (!ymd.ok()) return std::nullopt;
  return CivilDate(ymd);
}

std::string FormatCivilDate(CivilDate d) {
  const date::year_month_day ymd{d};
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

std::string FormatChineseDate(CivilDate d) {
  const date::year_month_day ymd{d};
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%04d年%02u月%02u日", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

CivilDate MondayOf(CivilDate d) {
  const date::weekday wd{d};
  // iso_encoding: Monday = 1 .. Sunday = 7.
  return d - date::days{wd.iso_encoding() - 1};
}

CivilDate AddMonths(CivilDate d, int n) {
  date::year_month_day ymd{d};
  date::year_month_day shifted = ymd + date::months{n};
  if (!shifted.ok()) {
    shifted = date::year_month_day_last{shifted.year(), date::month_day_last{shifted.month()}};
  }
  return CivilDate(shifted);
}

}  // namespace dpfeed
