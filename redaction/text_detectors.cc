#include "redaction/text_detectors.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "redaction/text_scan.h"

namespace dpfeed {
namespace {

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return IsAsciiDigit(c); });
}

bool IsEmailLocalChar(char c) {
  return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool IsEmailDomainChar(char c) { return IsAsciiAlnum(c) || c == '.' || c == '-'; }

// Unit words that make a number a house-number part, longest first.
constexpr std::array<std::string_view, 10> kUnitWords = {"号楼", "号院", "单元", "号", "栋",
                                                         "幢",   "室",   "组",   "户", "座"};
// Words (their last character) that introduce a house number.
constexpr std::array<std::string_view, 17> kPlaceChars = {"路", "街", "巷", "弄", "村", "道",
                                                          "区", "苑", "园", "里", "庄", "屯",
                                                          "寨", "厦", "城", "湾", "府"};

size_t UnitWordAt(std::string_view text, size_t p) {
  for (std::string_view w : kUnitWords) {
    if (text.substr(p, w.size()) == w) return w.size();
  }
  return 0;
}

bool PlaceCharBefore(std::string_view text, size_t p) {
  if (p < 3) return false;
  const std::string_view prev = text.substr(p - 3, 3);
  return std::find(kPlaceChars.begin(), kPlaceChars.end(), prev) != kPlaceChars.end();
}

bool PrecededBy(std::string_view text, size_t p, std::string_view word, size_t window) {
  const size_t from = p > window ? p - window : 0;
  return text.substr(from, p - from).find(word) != std::string_view::npos;
}

bool IsPersonDocument(std::string_view t, std::string_view text, size_t begin) {
  const size_t n = t.size();
  const char c0 = static_cast<char>(t[0] & ~0x20);  // upper-case the first letter
  if (AllDigits(t)) {
    // 台湾居民来往大陆通行证: eight digits, named by the words before it.
    return n == 8 &&
           (PrecededBy(text, begin, "台胞证", 24) || PrecededBy(text, begin, "通行证", 24));
  }
  if (!IsAsciiLetter(t[0])) {
    // Old 台胞证 numbers: ten digits and a letter, again only when named.
    return n == 11 && AllDigits(t.substr(0, 10)) && IsAsciiLetter(t[10]) &&
           (PrecededBy(text, begin, "台胞证", 24) || PrecededBy(text, begin, "通行证", 24));
  }
  if (n == 9 && AllDigits(t.substr(1))) {
    return c0 == 'E' || c0 == 'G' || c0 == 'D' || c0 == 'S' || c0 == 'P' || c0 == 'C' ||
           c0 == 'H' || c0 == 'M';
  }
  if (n == 9 && IsAsciiLetter(t[1]) && AllDigits(t.substr(2))) return c0 == 'E' || c0 == 'C';
  if (n == 11 && AllDigits(t.substr(1))) return c0 == 'H' || c0 == 'M';
  return false;
}

}  // namespace

void DetectEmails(std::string_view text, std::vector<Span>& out) {
  size_t at = 0;
  while ((at = text.find('@', at)) != std::string_view::npos) {
    size_t b = at;
    while (b > 0 && IsEmailLocalChar(text[b - 1])) --b;
    size_t e = at + 1;
    while (e < text.size() && IsEmailDomainChar(text[e])) ++e;
    while (e > at + 1 && (text[e - 1] == '.' || text[e - 1] == '-')) --e;
    const std::string_view domain = text.substr(at + 1, e - at - 1);
    const size_t dot = domain.rfind('.');
    bool ok = b < at && dot != std::string_view::npos && dot > 0 && domain.size() - dot - 1 >= 2;
    if (ok) {
      for (char c : domain.substr(dot + 1)) ok = ok && IsAsciiLetter(c);
    }
    if (ok) out.push_back({b, e, PiiCategory::kEmail});
    at = e > at ? e : at + 1;
  }
}

void DetectTravelDocuments(std::string_view text, std::vector<Span>& out) {
  size_t p = 0;
  const size_t n = text.size();
  while ((p = SkipNonAscii(text, p)) < n) {
    if (!IsAsciiAlnum(text[p])) {
      ++p;
      continue;
    }
    size_t e = p;
    while (e < n && IsAsciiAlnum(text[e])) ++e;
    // Not part of an email, a domain or a hyphenated code.
    const bool free_standing =
        (p == 0 || (text[p - 1] != '@' && text[p - 1] != '.' && text[p - 1] != '-')) &&
        (e == n || (text[e] != '@' && text[e] != '-' &&
                    !(text[e] == '.' && e + 1 < n && IsAsciiAlnum(text[e + 1]))));
    if (free_standing && e - p >= 8 && e - p <= 11 &&
        IsPersonDocument(text.substr(p, e - p), text, p)) {
      const char c0 = static_cast<char>(text[p] & ~0x20);
      const bool passport = c0 == 'E' || c0 == 'G' || c0 == 'D' || c0 == 'S' || c0 == 'P';
      out.push_back({p, e, passport ? PiiCategory::kPassport : PiiCategory::kTravelPermit});
    }
    p = e;
  }
}

void DetectAddresses(std::string_view text, std::vector<Span>& out) {
  const size_t n = text.size();
  size_t p = 0;
  while ((p = SkipNonAscii(text, p)) < n) {
    if (!IsAsciiDigit(text[p])) {
      ++p;
      continue;
    }
    // A chain of <number><unit word> elements starting here.
    const size_t chain_begin = p;
    size_t q = p;
    int elements = 0;
    bool residential = false;  // 单元 or 室: unmistakably a dwelling
    while (q < n && IsAsciiDigit(text[q])) {
      size_t e = q;
      while (e < n &&
             (IsAsciiDigit(text[e]) || (text[e] == '-' && e + 1 < n && IsAsciiDigit(text[e + 1]))))
        ++e;
      const size_t unit = UnitWordAt(text, e);
      if (unit == 0) break;
      const std::string_view w = text.substr(e, unit);
      residential = residential || w == "单元" || w == "室";
      ++elements;
      q = e + unit;
    }
    const bool glued =
        chain_begin > 0 && (IsAsciiAlnum(text[chain_begin - 1]) || text[chain_begin - 1] == '.');
    if (elements > 0 && !glued && (PlaceCharBefore(text, chain_begin) || residential)) {
      out.push_back({chain_begin, q, PiiCategory::kAddress});
      p = q;
      continue;
    }
    while (p < n && IsAsciiDigit(text[p])) ++p;
  }
}

}  // namespace dpfeed
