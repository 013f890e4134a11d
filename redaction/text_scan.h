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
#include <cstdint>
#include <cstring>
#include <string_view>

namespace dpfeed {

// ASCII character classes (locale-free: identifiers are ASCII).
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAsciiAlnum(char c) { return IsAsciiDigit(c) || IsAsciiLetter(c); }
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
  // Adds every character of a UTF-8 string.
  void AddAll(std::string_view utf8) {
    size_t len = 0;
    for (size_t p = 0; p < utf8.size(); p += len) Add(DecodeAt(utf8, p, &len));
  }
  void Add(char32_t cp) {
    if (cp < 0x10000) bits_[cp >> 6] |= std::uint64_t{1} << (cp & 63);
  }
  bool Has(char32_t cp) const { return cp < 0x10000 && ((bits_[cp >> 6] >> (cp & 63)) & 1) != 0; }

 private:
  std::array<std::uint64_t, 1024> bits_{};
};

// Whether `text` at p starts with `word`.
inline bool StartsWithAt(std::string_view text, size_t p, std::string_view word) {
  return p <= text.size() && text.size() - p >= word.size() &&
         std::memcmp(text.data() + p, word.data(), word.size()) == 0;
}

// Whether `text` right before p ends with `word`.
inline bool EndsWithAt(std::string_view text, size_t p, std::string_view word) {
  return p >= word.size() &&
         std::memcmp(text.data() + p - word.size(), word.data(), word.size()) == 0;
}

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_TEXT_SCAN_H_
