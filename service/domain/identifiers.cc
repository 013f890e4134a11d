#include "service/domain/identifiers.h"

#include <date/date.h>

namespace dpfeed {

namespace {
constexpr std::string_view kUsccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kUsccWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
constexpr int kIdWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::string_view kIdChecks = "10X98765432";

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool ValidBirthDate(int y, int m, int d) {
  if (y < 1900 || y > 2099) return false;
  const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                                 date::day{static_cast<unsigned>(d)}};
  return ymd.ok();
}

int Num(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}
}  // namespace

bool IsValidUscc(std::string_view code) {
  if (code.size() != 18) return false;
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) {
    const size_t v = kUsccAlphabet.find(code[i]);
    if (v == std::string_view::npos) return false;
    sum += static_cast<int>(v) * kUsccWeights[i];
  }
  const int check = (31 - sum % 31) % 31;
  return code[17] == kUsccAlphabet[static_cast<size_t>(check)];
}

bool IsValidIdNumber18(std::string_view id) {
  if (id.size() != 18 || !AllDigits(id.substr(0, 17))) return false;
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) sum += (id[i] - '0') * kIdWeights[i];
  char check = id[17] == 'x' ? 'X' : id[17];
  if (check != kIdChecks[static_cast<size_t>(sum % 11)]) return false;
  return ValidBirthDate(Num(id.substr(6, 4)), Num(id.substr(10, 2)), Num(id.substr(12, 2)));
}

bool IsValidIdNumber15(std::string_view id) {
  if (id.size() != 15 || !AllDigits(id)) return false;
  return ValidBirthDate(1900 + Num(id.substr(6, 2)), Num(id.substr(8, 2)), Num(id.substr(10, 2)));
}

bool PassesLuhn(std::string_view digits) {
  if (digits.empty() || !AllDigits(digits)) return false;
  int sum = 0;
  bool dbl = false;
  for (size_t i = digits.size(); i-- > 0;) {
    int d = digits[i] - '0';
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 == 0;
}

}  // namespace dpfeed
