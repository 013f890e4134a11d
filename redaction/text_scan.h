// Character classes and fast skipping over text the detectors need not
// look at. Chinese prose is
// almost all multi-byte UTF-8 (every byte >= 0x80, punctuation included);
// every detector starts at an ASCII byte (a digit, a letter, '@'), so whole
// 8-byte words of non-ASCII bytes are skipped at once.
//
// Thread-safety: pure functions.
#ifndef DPFEED_REDACTION_TEXT_SCAN_H_
#define DPFEED_REDACTION_TEXT_SCAN_H_

#include <cstdint>
#include <cstring>
#include <string_view>

namespace dpfeed {

// ASCII character classes (locale-free: identifiers are ASCII).
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAsciiAlnum(char c) { return IsAsciiDigit(c) || IsAsciiLetter(c); }

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

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_TEXT_SCAN_H_
