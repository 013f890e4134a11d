#include "service/calendar/calendar_file.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <set>

namespace dpfeed {
namespace {

Status Refuse(const std::string& origin, const std::string& what) {
  return Status::InvalidArgument("calendar file " + origin + ": " + what);
}

// Reads one "holidays" or "workdays" array into `out`, checking each entry.
Status ReadEntries(const rapidjson::Value& year_obj, const char* key, int year,
                   const std::string& origin, std::set<CivilDate>& seen,
                   std::map<CivilDate, std::string>& out) {
  auto it = year_obj.FindMember(key);
  if (it == year_obj.MemberEnd()) return Status::Ok();
  const std::string where = std::to_string(year) + "." + key;
  if (!it->value.IsArray()) return Refuse(origin, where + " must be an array");
  for (const auto& entry : it->value.GetArray()) {
    if (!entry.IsObject() || !entry.HasMember("date") || !entry["date"].IsString()) {
      return Refuse(origin, where + ": every entry needs a \"date\" string");
    }
    const std::string text = entry["date"].GetString();
    const auto day = ParseCivilDate(text);
    if (!day) return Refuse(origin, where + ": \"" + text + "\" is not a date (YYYY-MM-DD)");
    if (int(date::year_month_day(*day).year()) != year) {
      return Refuse(origin, where + ": " + text + " is not in year " + std::to_string(year));
    }
    if (!seen.insert(*day).second) return Refuse(origin, text + " is listed twice in " + std::to_string(year));
    std::string name;
    if (entry.HasMember("name")) {
      if (!entry["name"].IsString()) return Refuse(origin, where + ": " + text + " name must be a string");
      name = entry["name"].GetString();
    }
    if (std::string_view(key) == "workdays") {
      const unsigned wd = date::weekday(*day).iso_encoding();
      if (wd < 6) {
        return Refuse(origin, text + " is a weekday; only a Saturday or Sunday can be a make-up working day");
      }
    }
    out.emplace(*day, std::move(name));
  }
  return Status::Ok();
}

}  // namespace

Result<CalendarYears> ParseCalendarFile(std::string_view json, const std::string& origin) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag>(json.data(), json.size());
  if (doc.HasParseError()) {
    return Refuse(origin, std::string("not valid JSON at offset ") + std::to_string(doc.GetErrorOffset()) +
                              ": " + rapidjson::GetParseError_En(doc.GetParseError()));
  }
  if (!doc.IsObject() || !doc.HasMember("years") || !doc["years"].IsObject()) {
    return Refuse(origin, "needs an object \"years\" keyed by year");
  }
  CalendarYears years;
  // Through a const view: comparing a non-const MemberIterator with its
  // const form is ambiguous for clang in C++20 (-Wambiguous-reversed-operator).
  const rapidjson::Value& all_years = doc["years"];
  for (const auto& m : all_years.GetObject()) {
    const std::string key = m.name.GetString();
    int year = 0;
    if (key.size() != 4 || key.find_first_not_of("0123456789") != std::string::npos ||
        (year = std::stoi(key)) < 1900 || year > 2199) {
      return Refuse(origin, "\"" + key + "\" is not a year");
    }
    if (!m.value.IsObject()) return Refuse(origin, key + " must be an object");
    if (years.count(year)) return Refuse(origin, key + " is listed twice");
    CalendarYear y;
    std::set<CivilDate> seen;
    Status s = ReadEntries(m.value, "holidays", year, origin, seen, y.holidays);
    if (!s.ok()) return s;
    s = ReadEntries(m.value, "workdays", year, origin, seen, y.workdays);
    if (!s.ok()) return s;
    years.emplace(year, std::move(y));
  }
  return years;
}

}  // namespace dpfeed
