#include "service/calendar/work_calendar.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace dpfeed {
namespace {

const CivilDate kFirst = date::sys_days(date::year{1900} / 1 / 1);
const CivilDate kEnd = date::sys_days(date::year{2200} / 1 / 1);  // exclusive

bool IsWeekday(CivilDate d) { return date::weekday(d).iso_encoding() <= 5; }
int YearOf(CivilDate d) { return int(date::year_month_day(d).year()); }

}  // namespace

WorkCalendar::WorkCalendar(CalendarYears years) : years_(std::move(years)) {
  const int n = (kEnd - kFirst).count();
  workday_.resize(n);
  prefix_.resize(n);
  for (int i = 0; i < n; ++i) workday_[i] = IsWeekday(kFirst + date::days{i}) ? 1 : 0;
  for (const auto& [year, y] : years_) {
    for (const auto& [d, name] : y.holidays) workday_[IndexOf(d)] = 0;
    for (const auto& [d, name] : y.workdays) workday_[IndexOf(d)] = 1;
  }
  std::int32_t sum = 0;
  for (int i = 0; i < n; ++i) prefix_[i] = (sum += workday_[i]);
}

std::shared_ptr<const WorkCalendar> WorkCalendar::BuiltIn() {
  // The embedded data is checked by the calendar tests; a failure here is a
  // build defect, so it is fatal rather than a Status.
  static const std::shared_ptr<const WorkCalendar> kBuiltIn = [] {
    auto years = ParseCalendarFile(BuiltInCalendarJson(), "(built-in)");
    if (!years.ok()) std::abort();
    return std::make_shared<const WorkCalendar>(std::move(years.value()));
  }();
  return kBuiltIn;
}

Result<WorkCalendar> WorkCalendar::Load(const std::vector<std::string>& files) {
  auto years = ParseCalendarFile(BuiltInCalendarJson(), "(built-in)");
  if (!years.ok()) return years.status();
  for (const std::string& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::IOError("calendar file " + path + ": cannot be read");
    std::stringstream text;
    text << in.rdbuf();
    auto extra = ParseCalendarFile(text.str(), path);
    if (!extra.ok()) return extra.status();
    for (auto& [year, y] : *extra) (*years)[year] = std::move(y);
  }
  return WorkCalendar(std::move(years.value()));
}

bool WorkCalendar::InTable(CivilDate d) const { return d >= kFirst && d < kEnd; }
int WorkCalendar::IndexOf(CivilDate d) const { return (d - kFirst).count(); }

bool WorkCalendar::IsWorkday(CivilDate d) const {
  return InTable(d) ? workday_[IndexOf(d)] != 0 : IsWeekday(d);
}

std::vector<int> WorkCalendar::Years() const {
  std::vector<int> out;
  for (const auto& [year, y] : years_) out.push_back(year);
  return out;
}

std::optional<std::string> WorkCalendar::HolidayName(CivilDate d) const {
  auto y = years_.find(YearOf(d));
  if (y == years_.end()) return std::nullopt;
  auto h = y->second.holidays.find(d);
  if (h == y->second.holidays.end()) return std::nullopt;
  return h->second;
}

bool WorkCalendar::AnyYearMissing(CivilDate a, CivilDate b) const {
  if (b < a) std::swap(a, b);
  for (int y = YearOf(a); y <= YearOf(b); ++y) {
    if (!HasYear(y)) return true;
  }
  return false;
}

WorkdayAnswer WorkCalendar::AddWorkdays(CivilDate from, int n) const {
  CivilDate result = from;
  if (n <= 0) return {from, AnyYearMissing(from, from)};
  if (InTable(from)) {
    const std::int32_t target = prefix_[IndexOf(from)] + n;
    auto it = std::lower_bound(prefix_.begin() + IndexOf(from), prefix_.end(), target);
    if (it != prefix_.end()) {
      result = kFirst + date::days{static_cast<int>(it - prefix_.begin())};
      return {result, AnyYearMissing(from, result)};
    }
  }
  // Outside the table: Monday-Friday stepping, always provisional.
  for (int left = n; left > 0;) {
    result += date::days{1};
    if (IsWorkday(result)) --left;
  }
  return {result, true};
}

WorkdayCount WorkCalendar::WorkdaysBetween(CivilDate from, CivilDate to) const {
  if (to < from) {
    WorkdayCount c = WorkdaysBetween(to, from);
    c.days = -c.days;
    return c;
  }
  const bool provisional = AnyYearMissing(from, to);
  if (InTable(from) && InTable(to)) return {prefix_[IndexOf(to)] - prefix_[IndexOf(from)], provisional};
  int days = 0;
  for (CivilDate d = from + date::days{1}; d <= to; d += date::days{1}) days += IsWorkday(d) ? 1 : 0;
  return {days, true};
}

std::optional<std::string> WorkCalendar::MissingNextYearWarning(CivilDate today) const {
  const date::year_month_day ymd(today);
  const int next = int(ymd.year()) + 1;
  if (unsigned(ymd.month()) < 11 || HasYear(next)) return std::nullopt;
  return "the working-day calendar for " + std::to_string(next) +
         " is not loaded; deadlines in " + std::to_string(next) +
         " are provisional (Mon-Fri) until it is added to calendar_files";
}

std::string WorkCalendar::YearFingerprint(int year) const {
  auto y = years_.find(year);
  if (y == years_.end()) return "";
  std::string out = "holidays:";
  for (const auto& [d, name] : y->second.holidays) out += FormatCivilDate(d) + ",";
  out += ";workdays:";
  for (const auto& [d, name] : y->second.workdays) out += FormatCivilDate(d) + ",";
  return out;
}

}  // namespace dpfeed
