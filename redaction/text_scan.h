// Character classes and fast stepping through UTF-8 text for the detectors.
//
// Chinese prose is almost all three-byte UTF-8 (punctuation included).
// Detectors that start at an ASCII byte (a digit, a letter, '@') skip whole
// 8-byte words of non-ASCII bytes at once (SkipNonAscii); detectors that
// start at a Chinese character (a cue word, an address word) decode each
// code point and test it against a bitmap of the characters they care about
// (CodePointSet), so the common case costs one decode and one bit test.
//
// Thread-safety: pure functions; a CodePointSet is immutable once built.
#ifndef DPFEED_REDACTION_TEXT_SCAN_H_
#define DPFEED_REDACTION_TEXT_SCAN_H_

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace dpfeed {

// ASCII character classes (locale-free: identifiers are ASCII).
constexpr bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool IsAsciiAlnum(char c) { return IsAsciiDigit(c) || IsAsciiLetter(c); }
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline char AsciiLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c + ('a' - 'A')) : c; }

// The first position >= p holding an ASCII byte (< 0x80), or text.size().
inline size_t SkipNonAscii(std::string_view text, size_t p) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  const size_t n = text.size();
  while (p + 8 <= n) {
    std::uint64_t w;
    std::memcpy(&w, text.data() + p, 8);
    if ((w & kHigh) != kHigh) break;
    p += 8;
  }
  while (p < n && static_cast<unsigned char>(text[p]) >= 0x80) ++p;
  return p;
}

// The first position >= p that holds no ASCII digit, or text.size(). Eight
// bytes are tested at once (a number in free text has a dozen digits or
// so: identifiers, phones, dates): a byte is a digit when its high nibble
// is 3 and its low nibble plus 6 does not carry into the high one.
inline size_t SkipAsciiDigits(std::string_view text, size_t p) {
  const size_t n = text.size();
  if constexpr (std::endian::native == std::endian::little) {
    constexpr std::uint64_t kHigh = 0xF0F0F0F0F0F0F0F0ULL;
    constexpr std::uint64_t kThrees = 0x3030303030303030ULL;
    constexpr std::uint64_t kLow = 0x0F0F0F0F0F0F0F0FULL;
    constexpr std::uint64_t kSixes = 0x0606060606060606ULL;
    while (p + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, text.data() + p, 8);
      // Per byte, only high-nibble bits, and some set iff not a digit.
      const std::uint64_t other = ((w & kHigh) ^ kThrees) | (((w & kLow) + kSixes) & kHigh);
      if (other != 0) return p + static_cast<size_t>(std::countr_zero(other)) / 8;
      p += 8;
    }
  }
  while (p < n && IsAsciiDigit(text[p])) ++p;
  return p;
}

// A maximal run of ASCII letters and digits (a number, a code, a Latin
// word): what the detectors of numbers and Latin-script documents read.
struct AsciiWord {
  size_t begin;
  size_t end;
};

// The ASCII words of `text`, in order (TriggerTable::Collect lists them in
// its own pass; this is for a text scanned on its own).
inline void FindAsciiWords(std::string_view text, std::vector<AsciiWord>& out) {
  for (size_t p = 0; (p = SkipNonAscii(text, p)) < text.size();) {
    if (!IsAsciiAlnum(text[p])) {
      ++p;
      continue;
    }
    const size_t b = p;
    while (p < text.size() && IsAsciiAlnum(text[p])) ++p;
    out.push_back({b, p});
  }
}

// Bytes of the UTF-8 sequence a lead byte starts (1 for ASCII and for a
// stray continuation byte, so a scan always advances).
inline size_t Utf8SeqLen(unsigned char lead) {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

// The code point of a three-byte sequence at p (the Basic Multilingual
// Plane, where all Chinese characters and full-width punctuation are), or 0
// when p does not start one.
inline char32_t DecodeBmp3(std::string_view text, size_t p) {
  if (p + 3 > text.size()) return 0;
  const auto b0 = static_cast<unsigned char>(text[p]);
  if ((b0 & 0xF0) != 0xE0) return 0;
  const auto b1 = static_cast<unsigned char>(text[p + 1]);
  const auto b2 = static_cast<unsigned char>(text[p + 2]);
  if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return 0;
  return (char32_t{b0 & 0x0Fu} << 12) | (char32_t{b1 & 0x3Fu} << 6) | char32_t{b2 & 0x3Fu};
}

// The code point of the character at p and its length in bytes; a
// malformed byte is returned as itself with length 1.
inline char32_t DecodeAt(std::string_view text, size_t p, size_t* len) {
  const auto b0 = static_cast<unsigned char>(text[p]);
  if (b0 < 0x80) {
    *len = 1;
    return b0;
  }
  if (const char32_t cp = DecodeBmp3(text, p)) {
    *len = 3;
    return cp;
  }
  *len = std::min(Utf8SeqLen(b0), text.size() - p);
  return b0;
}

// The start of the character that ends right before `p` (p itself at 0).
inline size_t PrevCharStart(std::string_view text, size_t p) {
  if (p == 0) return 0;
  size_t q = p - 1;
  while (q > 0 && p - q < 4 && (static_cast<unsigned char>(text[q]) & 0xC0) == 0x80) --q;
  return q;
}

// Chinese characters (CJK Unified Ideographs, the basic block and extension A).
inline bool IsHan(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF);
}

// A set of BMP code points as a 64 Kbit bitmap (8 KiB): membership is one
// load and one bit test.
class CodePointSet {
 public:
  constexpr CodePointSet() = default;
  // The set of every character of a UTF-8 string.
  static CodePointSet Of(std::string_view utf8) {
    CodePointSet s;
    s.AddAll(utf8);
    return s;
  }
  // Adds every character of a UTF-8 string.
  void AddAll(std::string_view utf8) {
    size_t len = 0;
    for (size_t p = 0; p < utf8.size(); p += len) Add(DecodeAt(utf8, p, &len));
  }
  void Add(char32_t cp) {
    if (cp < 0x10000) bits_[cp >> 6] |= std::uint64_t{1} << (cp & 63);
  }
  bool Has(char32_t cp) const { return cp < 0x10000 && ((bits_[cp >> 6] >> (cp & 63)) & 1) != 0; }
  // The same as a 0/1 word, to combine tests without branches.
  // REQUIRES: cp < 0x10000.
  std::uint64_t Bit(char32_t cp) const { return (bits_[cp >> 6] >> (cp & 63)) & 1; }
  // Bit(row << 6 | col), from the two halves a three-byte UTF-8 sequence
  // gives without assembling the code point. REQUIRES: row < 1024, col < 64.
  std::uint64_t RowBit(std::uint32_t row, std::uint32_t col) const {
    return (bits_[row] >> col) & 1;
  }
  // Adds every member of `other`.
  void AddSet(const CodePointSet& other) {
    for (size_t i = 0; i < bits_.size(); ++i) bits_[i] |= other.bits_[i];
  }

 private:
  std::array<std::uint64_t, 1024> bits_{};
};

// The first two characters of a set of words, as a 16 Kbit filter: a
// position whose two characters start no word (the usual case) is
// dismissed with one bit test, before any word is compared.
class PairFilter {
 public:
  // Adds the first two characters of `word` (words of one character are
  // not filtered by this and must be checked otherwise).
  void Add(std::string_view word) {
    size_t len = 0;
    const char32_t a = DecodeAt(word, 0, &len);
    if (len >= word.size()) return;
    size_t len2 = 0;
    const char32_t b = DecodeAt(word, len, &len2);
    const std::uint32_t h = Hash(a, b);
    bits_[h >> 6] |= std::uint64_t{1} << (h & 63);
  }
  bool Has(char32_t a, char32_t b) const {
    const std::uint32_t h = Hash(a, b);
    return ((bits_[h >> 6] >> (h & 63)) & 1) != 0;
  }
  void AddFilter(const PairFilter& o) {
    for (size_t i = 0; i < bits_.size(); ++i) bits_[i] |= o.bits_[i];
  }

 private:
  static std::uint32_t Hash(char32_t a, char32_t b) {
    return static_cast<std::uint32_t>(((std::uint64_t{a} << 21 | b) * 0x9E3779B97F4A7C15ULL) >> 50);
  }
  std::array<std::uint64_t, 256> bits_{};
};

// The first two characters of a set of words where both are three-byte
// sequences (Chinese, full-width punctuation), keyed by their six bytes as
// they stand in the text: the test needs no decoding of either character.
// A filter like PairFilter: a pair of the words always passes.
class RawPairFilter {
 public:
  // Adds the first six bytes of `word` when they are two three-byte
  // sequences' (other words are not filtered by this).
  void Add(std::string_view word) {
    if (word.size() < 6 || !Lead3(word[0]) || !Lead3(word[3])) return;
    unsigned char eight[8] = {};
    std::memcpy(eight, word.data(), 6);
    const std::uint32_t h = Hash(eight);
    bits_[h >> 6] |= std::uint64_t{1} << (h & 63);
  }
  // Whether the six bytes at q may start a word. REQUIRES: 8 readable bytes.
  bool Has(const unsigned char* q) const {
    const std::uint32_t h = Hash(q);
    return ((bits_[h >> 6] >> (h & 63)) & 1) != 0;
  }
  void AddFilter(const RawPairFilter& o) {
    for (size_t i = 0; i < bits_.size(); ++i) bits_[i] |= o.bits_[i];
  }

 private:
  static bool Lead3(char c) { return (static_cast<unsigned char>(c) & 0xF0) == 0xE0; }
  // The first six of eight bytes, hashed to 14 bits.
  static std::uint32_t Hash(const unsigned char* q) {
    constexpr std::uint64_t kSix =
        std::endian::native == std::endian::little ? 0x0000FFFFFFFFFFFFULL : 0xFFFFFFFFFFFF0000ULL;
    std::uint64_t w;
    std::memcpy(&w, q, 8);
    return static_cast<std::uint32_t>(((w & kSix) * 0x9E3779B97F4A7C15ULL) >> 50);
  }
  std::array<std::uint64_t, 256> bits_{};
};

// A character of interest to a detector, and where it stands.
struct Trigger {
  size_t pos;   // byte offset of the character
  char32_t cp;  // its code point
  size_t len;   // its length in bytes
};

// What makes a character a trigger, for the detectors that start at a
// Chinese character:
//   - `singles`: the character alone (a middle dot, 住, a full-width digit);
//   - `run_starts`: the first of a run of such characters (numerals);
//   - `pairs`: the first two characters of a word (cue words, 住址 ...),
//     checked as a pair, so a frequent first character (经 of 经营, a
//     comma) costs one more bit test and no detector work;
//   - `roles` followed by a character of `name_starts` (a role word's last
//     character, then a possible surname: 员工钟…).
struct TriggerSpec {
  CodePointSet singles;
  CodePointSet run_starts;
  CodePointSet pair_firsts;
  PairFilter pairs;
  RawPairFilter raw_pairs;  // the same pairs, where both are three-byte sequences
  CodePointSet roles;
  CodePointSet name_starts;

  // Adds the first two characters of `word` (or `word` itself when it has
  // one character) to what triggers.
  void AddWord(std::string_view word) {
    size_t len = 0;
    const char32_t first = DecodeAt(word, 0, &len);
    if (len >= word.size()) {
      singles.Add(first);
      return;
    }
    pair_firsts.Add(first);
    pairs.Add(word);
    raw_pairs.Add(word);
  }
  void AddSpec(const TriggerSpec& o) {
    singles.AddSet(o.singles);
    run_starts.AddSet(o.run_starts);
    pair_firsts.AddSet(o.pair_firsts);
    pairs.AddFilter(o.pairs);
    raw_pairs.AddFilter(o.raw_pairs);
    roles.AddSet(o.roles);
    name_starts.AddSet(o.name_starts);
  }
};

// A TriggerSpec prepared for scanning, in one pass over the text that also
// lists its ASCII words. One bitmap (`any_`) holds every character that
// matters by itself or with the character after it; about four characters
// in five of Chinese prose are not in it, and cost one decode and one bit
// test. ASCII letters and digits never trigger, even when the spec lists
// them (they are read as words), so a word costs one class test per byte.
class TriggerTable {
 public:
  explicit TriggerTable(const TriggerSpec& spec)
      : pairs_(spec.pairs), raw_pairs_(spec.raw_pairs), name_starts_(spec.name_starts) {
    any_.AddSet(spec.singles);
    any_.AddSet(spec.run_starts);
    any_.AddSet(spec.pair_firsts);
    any_.AddSet(spec.roles);
    for (char32_t cp = 0; cp < 0x10000; ++cp) {
      flags_[cp] = static_cast<std::uint8_t>(
          (spec.singles.Has(cp) ? kSingle : 0) | (spec.run_starts.Has(cp) ? kRunStart : 0) |
          (spec.pair_firsts.Has(cp) ? kPairFirst : 0) | (spec.roles.Has(cp) ? kRole : 0));
    }
  }

  // The triggers of `text`, in order, and (when `words` is given) its ASCII
  // words. A trigger's cp is its own character.
  void Collect(std::string_view text, std::vector<Trigger>& out,
               std::vector<AsciiWord>* words = nullptr) const {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    // Where the character before p starts (for a word, its last byte):
    // only a numeral asks what stands before it, so that character is
    // decoded then, not at every step.
    size_t last = kNoChar;
    for (size_t p = 0; p < n;) {
      // Chinese prose: a run of three-byte characters, the usual one
      // dismissed by one bit test on its bytes, without decoding it.
      while (p + 2 < n && (s[p] & 0xF0) == 0xE0) {
        const std::uint32_t row = (s[p] & 0x0Fu) << 6 | (s[p + 1] & 0x3Fu);  // cp >> 6
        const std::uint32_t col = s[p + 2] & 0x3Fu;                          // cp & 63
        if (any_.RowBit(row, col) != 0) [[unlikely]]
          ExamineChinese(text, p, row << 6 | col, last, out);
        last = p;
        p += 3;
      }
      if (p >= n) break;
      const unsigned char b = s[p];
      if (kAsciiAlnum[b] != 0) {
        // A word: never a trigger; its last character is the previous one
        // for what follows.
        size_t q = p + 1;
        while (q < n && kAsciiAlnum[s[q]] != 0) ++q;
        if (words != nullptr) words->push_back({p, q});
        last = q - 1;
        p = q;
        continue;
      }
      size_t len;
      const char32_t cp = DecodeOther(s, p, n, &len);
      if (cp < 0x10000 && any_.Bit(cp) != 0) Examine(text, p, cp, len, PrevChar(s, last, n), out);
      last = p;
      p += len;
    }
  }

 private:
  static constexpr size_t kNoChar = static_cast<size_t>(-1);

  // ASCII letters and digits, by byte: one load where two range tests were.
  static constexpr std::array<std::uint8_t, 256> kAsciiAlnum = [] {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) t[c] = IsAsciiAlnum(static_cast<char>(c)) ? 1 : 0;
    return t;
  }();

  // The character whose scan started at `at` (the previous one), as the
  // scan read it; 0 at the start of the text.
  static char32_t PrevChar(const unsigned char* s, size_t at, size_t n) {
    if (at == kNoChar) return 0;
    size_t len;
    return DecodeOther(s, at, n, &len);
  }
  // Examine for a three-byte character at p in `any_`, inline: most (a
  // comma, 人 of 当事人) start nothing, decided by one look at the
  // character after them; the one before is decoded only for a numeral.
  void ExamineChinese(std::string_view text, size_t p, char32_t cp, size_t last,
                      std::vector<Trigger>& out) const {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    const unsigned f = flags_[cp];
    if ((f & kSingle) != 0 || ((f & kRunStart) != 0 && StartsRun(PrevChar(s, last, n)))) {
      out.push_back({p, cp, 3});
      return;
    }
    if ((f & (kPairFirst | kRole)) == 0 || p + 3 >= n) return;
    // The usual pair, two three-byte characters (，身份证, 经营者): tested
    // on their six bytes, the second character not decoded.
    bool pair_tested = false;
    if ((f & kPairFirst) != 0 && p + 8 <= n && (s[p + 3] & 0xF0) == 0xE0) {
      if (raw_pairs_.Has(s + p)) {
        out.push_back({p, cp, 3});
        return;
      }
      if ((f & kRole) == 0) return;
      pair_tested = true;
    }
    size_t next_len;
    const char32_t next = DecodeOther(s, p + 3, n, &next_len);
    if ((!pair_tested && (f & kPairFirst) != 0 && pairs_.Has(cp, next)) ||
        ((f & kRole) != 0 && name_starts_.Has(next))) {
      out.push_back({p, cp, 3});
    }
  }
  // Whether a numeral after `prev` starts a run: not after another
  // numeral or an ASCII digit.
  bool StartsRun(char32_t prev) const {
    return !(prev < 0x10000 && (flags_[prev] & kRunStart) != 0) && !(prev >= '0' && prev <= '9');
  }
  // Whether the character cp at p (of `len` bytes, after `prev`) triggers:
  // by itself, or as the first of a pair with the character after it. What
  // the character is to the spec is one load from `flags_` (the spec's
  // five bitmaps would be five loads from five 8 KiB tables).
  void Examine(std::string_view text, size_t p, char32_t cp, size_t len, char32_t prev,
               std::vector<Trigger>& out) const {
    const unsigned f = flags_[cp];
    if ((f & kSingle) != 0 || ((f & kRunStart) != 0 && StartsRun(prev))) {
      out.push_back({p, cp, len});
      return;
    }
    if ((f & (kPairFirst | kRole)) == 0 || p + len >= text.size()) return;
    size_t next_len;
    const char32_t next = DecodeOther(reinterpret_cast<const unsigned char*>(text.data()), p + len,
                                      text.size(), &next_len);
    // A word of the spec starts here, or a name after a role word.
    if (((f & kPairFirst) != 0 && pairs_.Has(cp, next)) ||
        ((f & kRole) != 0 && name_starts_.Has(next))) {
      out.push_back({p, cp, len});
    }
  }
  // The code point of the character at p and its length, as the scan reads
  // it: ASCII, two- and three-byte sequences decoded, anything else (a
  // four-byte sequence, a stray byte) 0 with its nominal length.
  static char32_t DecodeOther(const unsigned char* s, size_t p, size_t n, size_t* len) {
    const unsigned char b = s[p];
    if (b < 0x80) {
      *len = 1;
      return b;
    }
    if ((b & 0xF0) == 0xE0 && p + 2 < n) {
      *len = 3;
      return Cp3(s + p);
    }
    if ((b & 0xE0) == 0xC0 && p + 1 < n) {
      *len = 2;
      return (char32_t{b & 0x1Fu} << 6) | char32_t{s[p + 1] & 0x3Fu};
    }
    *len = Utf8SeqLen(b);
    return 0;
  }
  // The code point of the three-byte sequence at q (continuation bytes
  // are not checked: a malformed one yields some character, never a read
  // past the sequence).
  static char32_t Cp3(const unsigned char* q) {
    return (char32_t{q[0] & 0x0Fu} << 12) | (char32_t{q[1] & 0x3Fu} << 6) | char32_t{q[2] & 0x3Fu};
  }
  enum : std::uint8_t { kSingle = 1, kRunStart = 2, kPairFirst = 4, kRole = 8 };

  PairFilter pairs_;
  RawPairFilter raw_pairs_;
  CodePointSet name_starts_;
  CodePointSet any_;  // a character with any flag: the one test most characters fail
  std::array<std::uint8_t, 0x10000> flags_{};  // per BMP code point: kSingle, kRunStart ...
};

// Whether n bytes at a and b are equal. The detectors compare short words
// (a few characters) that mostly differ early: an inline loop, where
// memcmp with a length unknown at compile time is a call into libc.
inline bool SameBytes(const char* a, const char* b, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

// The first occurrence of `needle` in `text` at or after `from`, or npos
// (memmem's answer). A needle of three bytes or more (a Chinese name is
// six or nine) is found by comparing its first three bytes with sixteen
// positions at once (SSE2, part of every x86-64) and the whole needle,
// eight bytes at a time, at each position where all three match, which in
// Chinese text is almost only the occurrence itself. Calls into libc per
// hit (memchr for one byte, which stands every few dozen bytes in Chinese)
// or memmem (a shift table built per call) cost more than the whole search
// over a field of a few hundred bytes. Out of line (text_scan.cc): one
// copy for its callers keeps the code the detectors run per text small.
size_t FindBytes(std::string_view text, size_t from, std::string_view needle);

// Whether `text` at p starts with `word`.
inline bool StartsWithAt(std::string_view text, size_t p, std::string_view word) {
  return p <= text.size() && text.size() - p >= word.size() &&
         SameBytes(text.data() + p, word.data(), word.size());
}

// Whether `text` right before p ends with `word`.
inline bool EndsWithAt(std::string_view text, size_t p, std::string_view word) {
  return p >= word.size() && SameBytes(text.data() + p - word.size(), word.data(), word.size());
}

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_TEXT_SCAN_H_
