#include "service/domain/money_text.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace dpfeed {

namespace {

constexpr int kMaxDigits = 15;

// A decimal number: all its digits as one integer, and how many of them
// follow the decimal point.
struct Decimal {
  int64_t mantissa = 0;
  int decimals = 0;
};

int64_t Pow10(int n) {
  int64_t v = 1;
  while (n-- > 0) v *= 10;
  return v;
}

// Fen of `d` times `multiplier` 元, or nullopt on overflow.
std::optional<int64_t> ToFen(Decimal d, int64_t multiplier) {
  // fen = mantissa * multiplier * 100 / 10^decimals, done without overflow.
  int64_t scale = multiplier * 100;
  int decimals = d.decimals;
  while (decimals > 0 && scale % 10 == 0) {
    scale /= 10;
    --decimals;
  }
  if (d.mantissa != 0 && scale > INT64_MAX / d.mantissa) return std::nullopt;
  return d.mantissa * scale / Pow10(decimals);
}

bool StartsWith(std::string_view s, size_t at, std::string_view word) {
  return s.compare(at, word.size(), word) == 0;
}

// The UTF-8 character at `at` (one to four bytes).
std::string_view CharAt(std::string_view s, size_t at) {
  const unsigned char c = static_cast<unsigned char>(s[at]);
  const size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
  return s.substr(at, std::min(n, s.size() - at));
}

int ChineseDigit(std::string_view c) {
  static const std::array<std::pair<std::string_view, int>, 21> kDigits = {
      {{"零", 0}, {"〇", 0}, {"一", 1}, {"壹", 1}, {"二", 2}, {"贰", 2}, {"两", 2},
       {"三", 3}, {"叁", 3}, {"四", 4}, {"肆", 4}, {"五", 5}, {"伍", 5}, {"六", 6},
       {"陆", 6}, {"七", 7}, {"柒", 7}, {"八", 8}, {"捌", 8}, {"九", 9}, {"玖", 9}}};
  for (const auto& [word, value] : kDigits) {
    if (c == word) return value;
  }
  return -1;
}

int64_t ChineseUnit(std::string_view c) {
  if (c == "十" || c == "拾") return 10;
  if (c == "百" || c == "佰") return 100;
  if (c == "千" || c == "仟") return 1000;
  if (c == "万" || c == "萬") return 10000;
  if (c == "亿" || c == "億") return 100000000;
  return 0;
}

// A Chinese numeral starting at `at` (its first character a digit or 十);
// advances `at` past it.
std::optional<int64_t> ChineseNumber(std::string_view s, size_t* at) {
  int64_t result = 0;   // whole 亿 groups
  int64_t group = 0;    // whole 万 groups below 亿
  int64_t section = 0;  // below 万
  int64_t digit = -1;   // a digit waiting for its unit
  size_t i = *at;
  const std::string_view first = CharAt(s, i);
  if (ChineseDigit(first) < 0 && ChineseUnit(first) != 10) return std::nullopt;
  while (i < s.size()) {
    const std::string_view c = CharAt(s, i);
    const int64_t unit = ChineseUnit(c);
    if (const int d = ChineseDigit(c); d >= 0) {
      digit = d;
    } else if (unit == 100000000) {
      result += (group + section + std::max<int64_t>(digit, 0)) * unit;
      group = section = 0;
      digit = -1;
    } else if (unit == 10000) {
      group += (section + std::max<int64_t>(digit, 0)) * unit;
      section = 0;
      digit = -1;
    } else if (unit != 0) {
      section += (digit > 0 ? digit : 1) * unit;
      digit = -1;
    } else {
      break;
    }
    i += c.size();
    if (result > Pow10(kMaxDigits)) return std::nullopt;
  }
  *at = i;
  return result + group + section + std::max<int64_t>(digit, 0);
}

// An Arabic number (with , or ， thousands separators) starting at `at`.
std::optional<Decimal> ArabicNumber(std::string_view s, size_t* at) {
  Decimal d;
  size_t i = *at;
  int digits = 0;
  bool point = false;
  while (i < s.size()) {
    const char c = s[i];
    if (c >= '0' && c <= '9') {
      if (++digits > kMaxDigits) return std::nullopt;
      d.mantissa = d.mantissa * 10 + (c - '0');
      if (point) ++d.decimals;
      ++i;
    } else if (c == '.' && !point && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9') {
      point = true;
      ++i;
    } else if (!point && digits > 0 && (c == ',' || StartsWith(s, i, "，")) && i + 3 < s.size()) {
      const size_t skip = c == ',' ? 1 : 3;
      if (i + skip + 2 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + skip])) &&
          std::isdigit(static_cast<unsigned char>(s[i + skip + 1])) &&
          std::isdigit(static_cast<unsigned char>(s[i + skip + 2]))) {
        i += skip;
      } else {
        break;
      }
    } else {
      break;
    }
  }
  if (digits == 0) return std::nullopt;
  *at = i;
  return d;
}

// 万 / 亿 after a number, then 元 or 圆: the multiplier, or 0 when the
// number is not followed by a currency unit.
int64_t CurrencyAfter(std::string_view s, size_t* at) {
  size_t i = *at;
  int64_t multiplier = 1;
  if (StartsWith(s, i, "万") || StartsWith(s, i, "萬")) {
    multiplier = 10000;
    i += 3;
  } else if (StartsWith(s, i, "亿") || StartsWith(s, i, "億")) {
    multiplier = 100000000;
    i += 3;
  }
  if (!StartsWith(s, i, "元") && !StartsWith(s, i, "圆")) return 0;
  *at = i + 3;
  return multiplier;
}

std::string Trimmed(int64_t whole, int64_t frac, int width) {
  std::string out = std::to_string(whole);
  if (frac == 0) return out;
  std::string f = std::to_string(frac);
  f.insert(0, static_cast<size_t>(width) - f.size(), '0');
  while (!f.empty() && f.back() == '0') f.pop_back();
  return out + "." + f;
}

}  // namespace

std::vector<int64_t> MoneyAmountsInText(std::string_view s) {
  std::vector<int64_t> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t at = i;
    std::optional<int64_t> fen;
    if (s[i] >= '0' && s[i] <= '9') {
      if (auto d = ArabicNumber(s, &at)) {
        if (const int64_t m = CurrencyAfter(s, &at)) fen = ToFen(*d, m);
      } else {
        // Too long to be an amount: skip the whole run, not just its first digit.
        while (at < s.size() && ((s[at] >= '0' && s[at] <= '9') || s[at] == '.' || s[at] == ','))
          ++at;
      }
    } else if (auto n = ChineseNumber(s, &at)) {
      if (const int64_t m = CurrencyAfter(s, &at)) fen = ToFen({*n, 0}, m);
    }
    if (at == i) {
      i += CharAt(s, i).size();
      continue;
    }
    if (fen) out.push_back(*fen);
    i = at;
  }
  return out;
}

std::optional<int64_t> WanYuanToFen(std::string_view amount) {
  size_t at = 0;
  auto d = ArabicNumber(amount, &at);
  if (!d || at != amount.size()) return std::nullopt;
  return ToFen(*d, 10000);
}

std::string FormatWanYuan(int64_t fen) { return Trimmed(fen / 1000000, fen % 1000000, 6) + "万元"; }

std::string FormatYuan(int64_t fen) { return Trimmed(fen / 100, fen % 100, 2) + "元"; }

}  // namespace dpfeed
