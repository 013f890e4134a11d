#include "redaction/digit_detectors.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <string>

#include "redaction/text_scan.h"
#include "redaction/word_table.h"
#include "service/domain/identifiers.h"

namespace dpfeed {
namespace {

// Bytes of a separator inside a number at p: a space, a dash or a
// bracket closing an area code, half- or full-width; 0 when none.
// Called after every number: inline, and its usual answer (none: 年, 元,
// 号 ...) decided by the first byte.
inline size_t SeparatorAt(std::string_view text, size_t p) {
  if (p >= text.size()) return 0;
  const char c = text[p];
  if (c == ' ' || c == '-' || c == ')') return 1;
  if (static_cast<unsigned char>(c) != 0xEF) return 0;  // what most numbers end at
  if (StartsWithAt(text, p, "\xEF\xBC\x89") || StartsWithAt(text, p, "\xEF\xBC\x8D"))
    return 3;  // ） －
  return 0;
}

// Labels naming a number as something other than a person's identifier
// (DOMAIN.md §4): a number right after one is not taken for an ID, a phone
// or a card on its shape alone.
constexpr auto kNonPersonalLabels = std::to_array<std::string_view>(
    {"案件编号", "案件号", "案号", "立案号", "受理编号", "受理号", "流水号", "交易流水号", "缴款码",
     "缴款书号", "缴款书编号", "缴款编号", "文号", "决定书号", "订单号", "订单编号", "运单号",
     "快递单号", "票据号码", "票据号", "票据编号", "发票号码", "发票代码", "批号", "批次号",
     "报告编号", "检验报告编号", "检测报告编号", "合同编号", "交易单号", "凭证号", "条码", "条形码",
     "登记号", "注册号", "备案号", "档案号", "项目编号", "工程编号", "统一社会信用代码", "信用代码",
     "纳税人识别号", "车架号", "发动机号",
     // First met in the third evaluation set (issue 8).
     "申请编号", "申请号", "缴款通知书号", "缴款通知书编号", "通知书号", "通知书编号", "工单编号",
     "工单号", "投诉编号", "举报编号", "办件编号", "业务编号", "文书编号", "登记编号", "立案编号",
     "案件登记号", "本案编号", "税票号码", "电子税票号码", "统一编号", "缴款识别码",
     "非税收入缴款识别码", "投诉登记号"});

}  // namespace

bool LabelledAsNonPersonal(std::string_view text, size_t p) {
  size_t q = p;
  for (int k = 0; k < 3 && q > 0; ++k) {
    if (text[q - 1] == ':' || text[q - 1] == ' ' || text[q - 1] == '#') {
      --q;
    } else if (EndsWithAt(text, q, "：") || EndsWithAt(text, q, "为") ||
               EndsWithAt(text, q, "是")) {
      q -= 3;
    } else {
      break;
    }
  }
  static const WordTable labels(kNonPersonalLabels);
  return labels.LongestEndingAt(text, q) != WordTable::kNone;
}

namespace {

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
// A local number: 7 or 8 digits, not starting with 0; unless the area code
// is written apart (0536-1234 1234), not with 1 either (so that run-on
// digits are not taken for a phone).
bool IsLocalNumber(std::string_view n, bool area_apart = false) {
  return (n.size() == 7 || n.size() == 8) && n[0] >= (area_apart ? '1' : '2');
}

bool IsLandline(std::string_view d, std::optional<size_t> first_chunk_len) {
  if (first_chunk_len) {
    return IsAreaCode(d.substr(0, *first_chunk_len)) &&
           IsLocalNumber(d.substr(*first_chunk_len), true);
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

// YYYYMMDD of an 18-digit ID number's birth date.
int BirthDate(std::string_view d) {
  int v = 0;
  for (size_t i = 6; i < 14; ++i) v = v * 10 + (d[i] - '0');
  return v;
}

// Whether an 18-character ID number is a person's, given its context.
bool PlausibleBirth(std::string_view d, const DigitOptions& o) {
  if (o.reference_date == 0) return true;
  const int birth = BirthDate(d);
  if (birth > o.reference_date) return false;
  return !o.identity_only || birth <= o.reference_date - 160000;
}

// The digits of a candidate, in a fixed buffer (no allocation per number),
// with room for an ID number's trailing X after them.
struct Digits {
  std::array<char, kMaxDigits + 1> buf;
  size_t size = 0;
  std::string_view view() const { return {buf.data(), size}; }
};

std::optional<Match> Classify(std::string_view d, bool x_suffix, bool plus_before, size_t chunks,
                              size_t first_chunk_len) {
  if (x_suffix) {
    Digits with_x;
    std::memcpy(with_x.buf.data(), d.data(), d.size());
    with_x.size = d.size();
    with_x.buf[with_x.size++] = 'X';
    if (IsValidIdNumber18(with_x.view()) && d[0] >= '1' && d[0] <= '8')
      return Match{PiiCategory::kIdNumber, 0};
    return std::nullopt;
  }
  if (d.size() == 18 && d[0] >= '1' && d[0] <= '8' && IsValidIdNumber18(d))
    return Match{PiiCategory::kIdNumber, 0};
  if (d.size() == 15 && d[0] >= '1' && d[0] <= '8' && IsValidIdNumber15(d))
    return Match{PiiCategory::kIdNumber, 0};
  if (IsMobile(d)) return Match{PiiCategory::kMobile, 0};
  if (d.size() == 13 && d.substr(0, 2) == "86" && (plus_before || chunks > 1) &&
      IsMobile(d.substr(2))) {
    return Match{PiiCategory::kMobile, 2};
  }
  if (IsBankCard(d)) return Match{PiiCategory::kBankCard, 0};
  if (d[0] == '0' && IsLandline(d, chunks > 1 ? std::optional(first_chunk_len) : std::nullopt)) {
    return Match{PiiCategory::kLandline, 0};
  }
  return std::nullopt;
}

// Whether the options let a match stand as a person's identifier.
bool Reported(const Match& m, std::string_view d, bool x_suffix, const DigitOptions& o) {
  switch (m.category) {
    case PiiCategory::kIdNumber:
      if (d.size() + (x_suffix ? 1 : 0) == 18) return PlausibleBirth(d, o);
      return !o.identity_only;  // an old 15-digit number
    case PiiCategory::kLandline:
      return o.landlines && !o.identity_only;
    case PiiCategory::kBankCard:
      return !o.identity_only;
    default:
      return true;
  }
}

struct Sink {
  const DigitOptions& options;
  std::vector<Span>& out;
  std::vector<Span>* kept;
  bool check_labels;  // whether a label before the group may make it non-personal
  size_t group_begin;
};

// Tries every run of whole chunks in a group, longest first from each start.
void ClassifyGroup(std::string_view text, const Group& group, Sink& sink) {
  size_t i = 0;
  while (i < group.size()) {
    bool matched = false;
    const size_t last = std::min(group.size(), i + kMaxChunks) - 1;
    for (size_t j = last + 1; j-- > i;) {
      // Chunk sizes bound the digit count: most groups (dates, amounts) are
      // too short to be anything and are dismissed without copying.
      size_t span_bytes = 0;
      for (size_t k = i; k <= j; ++k) span_bytes += group[k].end - group[k].begin;
      if (span_bytes < 10) continue;
      if (span_bytes > kMaxDigits + 1) continue;  // a digit per byte, and maybe an X
      // One chunk of digits (most identifiers: no separator, no X) is read
      // where it stands; several are copied together without separators.
      Digits digits;
      std::string_view d;
      bool x_suffix = false;
      if (i == j && IsAsciiDigit(text[group[j].end - 1])) {
        d = text.substr(group[i].begin, span_bytes);
      } else {
        size_t size = 0;  // in a register, not through the buffer's count
        for (size_t k = i; k <= j; ++k) {
          for (size_t p = group[k].begin; p < group[k].end; ++p) {
            if (IsAsciiDigit(text[p]))
              digits.buf[size++] = text[p];
            else
              x_suffix = true;  // only a trailing X is ever inside a chunk
          }
        }
        digits.size = size;
        d = digits.view();
      }
      if (d.size() > kMaxDigits || d.size() < 10) continue;
      const bool plus_before = group[i].begin > 0 && text[group[i].begin - 1] == '+';
      auto m = Classify(d, x_suffix, plus_before, j - i + 1, group[i].end - group[i].begin);
      if (!m) continue;
      size_t begin = group[i].begin;
      for (size_t skipped = 0; skipped < m->skip_digits; ++begin) {
        if (IsAsciiDigit(text[begin])) ++skipped;
      }
      while (begin < group[j].end && !IsAsciiDigit(text[begin])) ++begin;
      const Span span{begin, group[j].end, m->category};
      // The label is looked for only once a number matched (most digit
      // groups are dates and amounts).
      const bool labelled = sink.check_labels && LabelledAsNonPersonal(text, sink.group_begin);
      if (!labelled && Reported(*m, d, x_suffix, sink.options)) {
        sink.out.push_back(span);
      } else if (sink.kept != nullptr) {
        sink.kept->push_back(span);
      }
      i = j + 1;
      matched = true;
      break;
    }
    if (!matched) ++i;
  }
}

// The group of digit chunks starting at p, classified into `sink`; returns
// the position after the alphanumeric token.
size_t ScanGroupAt(std::string_view text, size_t p, Sink& sink) {
  const size_t n = text.size();
  Group group;
  size_t q = p;
  while (true) {
    const size_t end = SkipAsciiDigits(text, q);
    if (end < n && (text[end] == 'X' || text[end] == 'x') &&
        (end + 1 == n || !IsAsciiLetter(text[end + 1])) &&
        !(end + 1 < n && IsAsciiDigit(text[end + 1]))) {
      group.push_back({q, end + 1});
      q = end + 1;
      break;  // an X ends the group
    }
    group.push_back({q, end});
    q = end;
    const size_t sep = SeparatorAt(text, q);
    if (sep > 0 && q + sep < n && IsAsciiDigit(text[q + sep]) && group.size() < 16) {
      q += sep;
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
  // Every identifier has ten digits or more: dates and amounts stop here
  // (2024-03-15 is ten bytes, but eight digits: every run of its chunks is
  // too short, and the chunks' bytes say so at once).
  size_t chunk_bytes = 0;
  for (size_t k = 0; k < group.size(); ++k) chunk_bytes += group[k].end - group[k].begin;
  if (standalone && chunk_bytes >= 10) ClassifyGroup(text, group, sink);
  // Skip the rest of an alphanumeric token.
  while (q < n && (IsAsciiDigit(text[q]) || IsAsciiLetter(text[q]))) ++q;
  return q;
}

// Every digit group of the text, from the first digit of each ASCII word
// that no group read already (a group runs on over separators into the
// next words: 0536-8123456, 178 5449 9105).
void ScanWords(std::string_view text, const std::vector<AsciiWord>& words,
               const DigitOptions& options, std::vector<Span>& out, std::vector<Span>* kept) {
  size_t read_to = 0;
  for (const AsciiWord& w : words) {
    if (w.begin < read_to) continue;
    size_t p = w.begin;
    while (p < w.end && !IsAsciiDigit(text[p])) ++p;
    if (p == w.end) continue;
    // Most words are short numbers (dates, amounts, article numbers) that
    // no separator joins to the next: too short to be any identifier.
    if (p == w.begin && w.end - p < 10 && SeparatorAt(text, w.end) == 0 &&
        SkipAsciiDigits(text, p) >= w.end) {
      continue;
    }
    Sink sink{options, out, kept, true, p};
    read_to = ScanGroupAt(text, p, sink);
  }
}

void ScanAscii(std::string_view text, const DigitOptions& options, std::vector<Span>& out,
               std::vector<Span>* kept) {
  std::vector<AsciiWord> words;
  FindAsciiWords(text, words);
  ScanWords(text, words, options, out, kept);
}

// Full-width digits, signs and spaces (０-９, ＋, －, 　, Ｘ): whether the
// text holds any, and its ASCII shadow with each shadow byte's offset in
// the original.
bool HasFullWidthDigits(std::string_view text) {
  for (size_t p = text.find('\xEF'); p != std::string_view::npos; p = text.find('\xEF', p + 1)) {
    if (p + 2 < text.size() && static_cast<unsigned char>(text[p + 1]) == 0xBC) {
      const auto c = static_cast<unsigned char>(text[p + 2]);
      if (c >= 0x90 && c <= 0x99) return true;
    }
  }
  return false;
}

std::string AsciiShadow(std::string_view text, std::vector<size_t>& offsets) {
  std::string out;
  out.reserve(text.size());
  offsets.clear();
  for (size_t p = 0; p < text.size();) {
    char ascii = 0;
    if (p + 2 < text.size() && static_cast<unsigned char>(text[p]) == 0xEF) {
      const auto b1 = static_cast<unsigned char>(text[p + 1]);
      const auto b2 = static_cast<unsigned char>(text[p + 2]);
      if (b1 == 0xBC && b2 >= 0x90 && b2 <= 0x99) ascii = static_cast<char>('0' + (b2 - 0x90));
      if (b1 == 0xBC && b2 == 0x8B) ascii = '+';
      if (b1 == 0xBC && b2 == 0x8D) ascii = '-';
      if (b1 == 0xBC && b2 == 0xB8) ascii = 'X';
      if (b1 == 0xBD && b2 == 0x98) ascii = 'x';
    } else if (StartsWithAt(text, p, "\xE3\x80\x80")) {
      ascii = ' ';
    }
    if (ascii != 0) {
      offsets.push_back(p);
      out.push_back(ascii);
      p += 3;
      continue;
    }
    offsets.push_back(p);
    out.push_back(text[p]);
    ++p;
  }
  offsets.push_back(text.size());
  return out;
}

void MapBack(const std::vector<Span>& shadow, const std::vector<size_t>& offsets,
             std::vector<Span>& out) {
  for (const Span& s : shadow) out.push_back({offsets[s.begin], offsets[s.end], s.category});
}

}  // namespace

std::string CompactIdentifier(std::string_view span_text) {
  std::string out;
  CompactIdentifier(span_text, out);
  return out;
}

void CompactIdentifier(std::string_view span_text, std::string& out) {
  out.clear();
  for (size_t p = 0; p < span_text.size(); ++p) {
    const char c = span_text[p];
    if (IsAsciiDigit(c)) {
      out.push_back(c);
    } else if (c == 'x' || c == 'X') {
      out.push_back('X');
    } else if (p + 2 < span_text.size() && static_cast<unsigned char>(c) == 0xEF &&
               static_cast<unsigned char>(span_text[p + 1]) == 0xBC) {
      const auto b2 = static_cast<unsigned char>(span_text[p + 2]);
      if (b2 >= 0x90 && b2 <= 0x99) out.push_back(static_cast<char>('0' + (b2 - 0x90)));
      if (b2 == 0xB8) out.push_back('X');
      p += 2;
    }
  }
}

bool CompactEquals(std::string_view span_text, std::string_view compact) {
  // CompactIdentifier's reading, compared as it goes: most numbers differ
  // from a public code at their first characters.
  size_t k = 0;
  auto next = [&](char c) { return k < compact.size() && compact[k++] == c; };
  for (size_t p = 0; p < span_text.size(); ++p) {
    const char c = span_text[p];
    if (IsAsciiDigit(c)) {
      if (!next(c)) return false;
    } else if (c == 'x' || c == 'X') {
      if (!next('X')) return false;
    } else if (p + 2 < span_text.size() && static_cast<unsigned char>(c) == 0xEF &&
               static_cast<unsigned char>(span_text[p + 1]) == 0xBC) {
      const auto b2 = static_cast<unsigned char>(span_text[p + 2]);
      if (b2 >= 0x90 && b2 <= 0x99 && !next(static_cast<char>('0' + (b2 - 0x90)))) return false;
      if (b2 == 0xB8 && !next('X')) return false;
      p += 2;
    }
  }
  return k == compact.size();
}

size_t DetectDigitGroupAt(std::string_view text, size_t p, std::vector<Span>& out) {
  static const DigitOptions kDefaults;
  Sink sink{kDefaults, out, nullptr, false, p};
  return ScanGroupAt(text, p, sink);
}

void DetectDigitIdentifiers(std::string_view text, const std::vector<AsciiWord>& words,
                            const DigitOptions& options, std::vector<Span>& out,
                            std::vector<Span>* kept) {
  if (!options.full_width || !HasFullWidthDigits(text)) {
    ScanWords(text, words, options, out, kept);
    return;
  }
  DetectDigitIdentifiers(text, options, out, kept);
}

void DetectDigitIdentifiers(std::string_view text, const DigitOptions& options,
                            std::vector<Span>& out, std::vector<Span>* kept) {
  if (!options.full_width || !HasFullWidthDigits(text)) {
    ScanAscii(text, options, out, kept);
    return;
  }
  std::vector<size_t> offsets;
  const std::string shadow = AsciiShadow(text, offsets);
  std::vector<Span> found;
  std::vector<Span> found_kept;
  ScanAscii(shadow, options, found, kept != nullptr ? &found_kept : nullptr);
  MapBack(found, offsets, out);
  if (kept != nullptr) MapBack(found_kept, offsets, *kept);
}

void DetectDigitIdentifiers(std::string_view text, std::vector<Span>& out) {
  DetectDigitIdentifiers(text, DigitOptions{}, out, nullptr);
}

}  // namespace dpfeed
