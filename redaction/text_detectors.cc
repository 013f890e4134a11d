#include "redaction/text_detectors.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "redaction/digit_detectors.h"
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

bool PrecededBy(std::string_view text, size_t p, std::string_view word, size_t window) {
  const size_t from = p > window ? p - window : 0;
  return text.substr(from, p - from).find(word) != std::string_view::npos;
}

bool NamedBy(std::string_view text, size_t begin, std::string_view word) {
  return PrecededBy(text, begin, word, 30);
}

bool IsPersonDocument(std::string_view t, std::string_view text, size_t begin) {
  const size_t n = t.size();
  const char c0 = static_cast<char>(t[0] & ~0x20);  // upper-case the first letter
  // Looked for only where the shape leaves it to the words before.
  const auto passport_named = [&] { return NamedBy(text, begin, "护照"); };
  if (AllDigits(t)) {
    // 台湾居民来往大陆通行证: eight digits, named by the words before it;
    // a passport of digits only (Japan, Korea ...) when named as one.
    if (n == 8) return NamedBy(text, begin, "台胞证") || NamedBy(text, begin, "通行证");
    return n == 9 && passport_named();
  }
  if (!IsAsciiLetter(t[0])) {
    // Old 台胞证 numbers: ten digits and a letter, again only when named.
    return n == 11 && AllDigits(t.substr(0, 10)) && IsAsciiLetter(t[10]) &&
           (NamedBy(text, begin, "台胞证") || NamedBy(text, begin, "通行证"));
  }
  if (n == 9 && AllDigits(t.substr(1))) {
    // E, G, D, S, P: passports; C: 往来港澳通行证; L: 往来台湾通行证; H, M: 回乡证.
    return c0 == 'E' || c0 == 'G' || c0 == 'D' || c0 == 'S' || c0 == 'P' || c0 == 'C' ||
           c0 == 'L' || c0 == 'H' || c0 == 'M' || passport_named();
  }
  if (n == 9 && IsAsciiLetter(t[1]) && AllDigits(t.substr(2)))
    return c0 == 'E' || c0 == 'C' || passport_named();
  if (n == 11 && AllDigits(t.substr(1))) return c0 == 'H' || c0 == 'M';
  // Any other passport, when named as one: a letter or two and six to
  // nine digits (护照号码B2514839).
  if (n >= 7 && n <= 11 &&
      (AllDigits(t.substr(1)) || (IsAsciiLetter(t[1]) && AllDigits(t.substr(2)))))
    return passport_named();
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
  std::vector<AsciiWord> words;
  FindAsciiWords(text, words);
  DetectTravelDocuments(text, words, out);
}

void DetectTravelDocuments(std::string_view text, const std::vector<AsciiWord>& words,
                           std::vector<Span>& out) {
  const size_t n = text.size();
  for (const AsciiWord& w : words) {
    const size_t p = w.begin;
    const size_t e = w.end;
    if (e - p < 8 || e - p > 11) continue;
    // Not part of an email, a domain or a hyphenated code.
    const bool free_standing =
        (p == 0 || (text[p - 1] != '@' && text[p - 1] != '.' && text[p - 1] != '-')) &&
        (e == n || (text[e] != '@' && text[e] != '-' &&
                    !(text[e] == '.' && e + 1 < n && IsAsciiAlnum(text[e + 1]))));
    // The shape first: the label before a number is looked for only once
    // it reads as a document (most words of this length are phones and
    // dates).
    if (free_standing && IsPersonDocument(text.substr(p, e - p), text, p) &&
        !LabelledAsNonPersonal(text, p)) {
      const char c0 = static_cast<char>(text[p] & ~0x20);
      const bool permit =
          IsAsciiDigit(text[p]) ? e - p != 9 : (c0 == 'C' || c0 == 'L' || c0 == 'H' || c0 == 'M');
      out.push_back({p, e, permit ? PiiCategory::kTravelPermit : PiiCategory::kPassport});
    }
  }
}

}  // namespace dpfeed
