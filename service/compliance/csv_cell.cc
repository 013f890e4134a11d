#include "service/compliance/csv_cell.h"

#include <algorithm>

namespace dpfeed {

namespace {

bool IsPlainNumber(std::string_view v) {
  if (v.size() < 2 || v[0] != '-') return false;
  bool digit = false, dot = false;
  for (char c : v.substr(1)) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c == '.' && !dot) {
      dot = true;
    } else {
      return false;
    }
  }
  return digit;
}

}  // namespace

std::string CsvCell(std::string_view value) {
  std::string v(value);
  if (!v.empty() &&
      (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r') &&
      !IsPlainNumber(v)) {
    v.insert(v.begin(), '\'');
  }
  if (v.find_first_of(",\"\n\r") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace dpfeed
