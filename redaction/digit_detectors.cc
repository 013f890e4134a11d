#include "redaction/digit_detectors.h"

#include <array>
#include <optional>
#include <string>

#include "redaction/text_scan.h"
#include "service/domain/identifiers.h"

namespace dpfeed {
namespace {

bool IsSeparator(char c) { return c == ' ' || c == '-' || c == ')'; }

struct Chunk {
  size_t begin;
  size_t end;  // one past the last digit (or past a trailing X of an ID)
};

// Digit chunks joined by single separators, at most 16 of them.
struct Group {
  std::array<Chunk, 16> chunks;
  size_t count = 0;
  size_t size() const { return count; }
  const Chunk& operator[](size_t i) const { return chunks[i]; }
  void push_back(Chunk c) { chunks[count++] = c; }
};

constexpr size_t kMaxChunks = 6;   // "6222 0212 3456 7890 123" has 5
constexpr size_t kMaxDigits = 21;  // +86 and 19-digit cards fit

bool IsMobile(std::string_view d) {
  return d.size() == 11 && d[0] == '1' && d[1] >= '3' && d[1] <= '9';
}

bool IsBankCard(std::string_view d) {
  if (d.size() < 16 || d.size() > 19) return false;
  // Card networks issue numbers starting 3 (JCB, Amex), 4 (Visa),
  // 5 (Mastercard), 6 (UnionPay 62.., 60..) and 9 (old domestic 95..).
  if (d[0] != '3' && d[0] != '4' && d[0] != '5' && d[0] != '6' && d[0] != '9') return false;
  if (d.find_first_not_of(d[0]) == std::string_view::npos) return false;
  return PassesLuhn(d);
}

// Area codes: 010 and 02x are three digits, all others four (0xxx).
bool IsAreaCode(std::string_view a) {
  if (a.size() < 3 || a[0] != '0' || a[1] == '0') return false;
  if (a.size() == 3) return a[1] == '1' ? a[2] == '0' : a[1] == '2';
  return a.size() == 4 && a[1] != '1' && a[1] != '2';
}
bool IsLocalNumber(std::string_view n) { return (n.size() == 7 || n.size() == 8) && n[0] >= '2'; }

bool IsLandline(std::string_view d, std::optional<size_t> first_chunk_len) {
  if (first_chunk_len) {
    return IsAreaCode(d.substr(0, *first_chunk_len)) && IsLocalNumber(d.substr(*first_chunk_len));
  }
  for (size_t area : {3, 4}) {
    if (d.size() > area && IsAreaCode(d.substr(0, area)) && IsLocalNumber(d.substr(area)))
      return true;
  }
  return false;
}

struct Match {
  PiiCategory category;
  size_t skip_digits;  // leading digits not part of the identifier ("86")
};

std::optional<Match> Classify(const std::string& d, bool x_suffix, bool plus_before, size_t chunks,
                              size_t first_chunk_len) {
  if (x_suffix) {
    if (IsValidIdNumber18(d + "X") && d[0] >= '1' && d[0] <= '8')
      return Match{PiiCategory::kIdNumber, 0};
    return std::nullopt;
  }
  if (d.size() == 18 && d[0] >= '1' && d[0] <= '8' && IsValidIdNumber18(d))
    return Match{PiiCategory::kIdNumber, 0};
  if (d.size() == 15 && d[0] >= '1' && d[0] <= '8' && IsValidIdNumber15(d))
    return Match{PiiCategory::kIdNumber, 0};
  if (IsMobile(d)) return Match{PiiCategory::kMobile, 0};
  if (d.size() == 13 && d.compare(0, 2, "86") == 0 && (plus_before || chunks > 1) &&
      IsMobile(std::string_view(d).substr(2))) {
    return Match{PiiCategory::kMobile, 2};
  }
  if (IsBankCard(d)) return Match{PiiCategory::kBankCard, 0};
  if (d[0] == '0' && IsLandline(d, chunks > 1 ? std::optional(first_chunk_len) : std::nullopt)) {
    return Match{PiiCategory::kLandline, 0};
  }
  return std::nullopt;
}

// Tries every run of whole chunks in a group, longest first from each start.
void ClassifyGroup(std::string_view text, const Group& group, std::vector<Span>& out) {
  size_t i = 0;
  while (i < group.size()) {
    bool matched = false;
    const size_t last = std::min(group.size(), i + kMaxChunks) - 1;
    for (size_t j = last + 1; j-- > i;) {
      std::string digits;
      bool x_suffix = false;
      for (size_t k = i; k <= j; ++k) {
        for (size_t p = group[k].begin; p < group[k].end; ++p) {
          if (IsAsciiDigit(text[p]))
            digits.push_back(text[p]);
          else
            x_suffix = true;  // only a trailing X is ever inside a chunk
        }
      }
      if (digits.size() > kMaxDigits || digits.size() < 10) continue;
      const bool plus_before = group[i].begin > 0 && text[group[i].begin - 1] == '+';
      auto m = Classify(digits, x_suffix, plus_before, j - i + 1, group[i].end - group[i].begin);
      if (!m) continue;
      size_t begin = group[i].begin;
      for (size_t skipped = 0; skipped < m->skip_digits; ++begin) {
        if (IsAsciiDigit(text[begin])) ++skipped;
      }
      while (begin < group[j].end && !IsAsciiDigit(text[begin])) ++begin;
      out.push_back({begin, group[j].end, m->category});
      i = j + 1;
      matched = true;
      break;
    }
    if (!matched) ++i;
  }
}

}  // namespace

std::string CompactIdentifier(std::string_view span_text) {
  std::string out;
  for (char c : span_text) {
    if (IsAsciiDigit(c))
      out.push_back(c);
    else if (c == 'x' || c == 'X')
      out.push_back('X');
  }
  return out;
}

size_t DetectDigitGroupAt(std::string_view text, size_t p, std::vector<Span>& out) {
  const size_t n = text.size();
  // A group: digit chunks joined by single separators.
  Group group;
  size_t q = p;
  while (true) {
    size_t end = q;
    while (end < n && IsAsciiDigit(text[end])) ++end;
    if (end < n && (text[end] == 'X' || text[end] == 'x') &&
        (end + 1 == n || !IsAsciiLetter(text[end + 1])) &&
        !(end + 1 < n && IsAsciiDigit(text[end + 1]))) {
      group.push_back({q, end + 1});
      q = end + 1;
      break;  // an X ends the group
    }
    group.push_back({q, end});
    q = end;
    if (q + 1 < n && IsSeparator(text[q]) && IsAsciiDigit(text[q + 1]) && group.size() < 16) {
      ++q;
      continue;
    }
    // "（0536）5747001": a full-width closing bracket after an area code.
    if (q + 3 < n && text.substr(q, 3) == "\xEF\xBC\x89" && IsAsciiDigit(text[q + 3]) &&
        group.size() < 16) {
      q += 3;
      continue;
    }
    break;
  }
  // Not a standalone number: glued to letters (a code such as "MA3C…"),
  // to '_', or part of a decimal ("0.13812345678").
  const char before = p > 0 ? text[p - 1] : ' ';
  const char after = q < n ? text[q] : ' ';
  const bool standalone = !IsAsciiLetter(before) && before != '.' && !IsAsciiLetter(after) &&
                          after != '_' && !(after == '.' && q + 1 < n && IsAsciiDigit(text[q + 1]));
  if (standalone) ClassifyGroup(text, group, out);
  // Skip the rest of an alphanumeric token.
  while (q < n && (IsAsciiDigit(text[q]) || IsAsciiLetter(text[q]))) ++q;
  return q;
}

void DetectDigitIdentifiers(std::string_view text, std::vector<Span>& out) {
  const size_t n = text.size();
  size_t p = 0;
  while ((p = SkipNonAscii(text, p)) < n) {
    p = IsAsciiDigit(text[p]) ? DetectDigitGroupAt(text, p, out) : p + 1;
  }
}

}  // namespace dpfeed
