#include "service/domain/display_name.h"

#include <cstdint>
#include <cstdio>

namespace dpfeed {

namespace {

// Decodes the UTF-8 sequence at text[*i] and advances *i; nullopt for a
// malformed sequence (overlong, surrogate, truncated, above U+10FFFF).
std::optional<uint32_t> NextCodePoint(std::string_view text, size_t* i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = byte(*i);
  size_t n = c < 0x80             ? 1
             : (c & 0xE0) == 0xC0 ? 2
             : (c & 0xF0) == 0xE0 ? 3
             : (c & 0xF8) == 0xF0 ? 4
                                  : 0;
  if (n == 0 || *i + n > text.size()) return std::nullopt;
  uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < n; ++k) {
    if ((byte(*i + k) & 0xC0) != 0x80) return std::nullopt;
    cp = (cp << 6) | (byte(*i + k) & 0x3F);
  }
  static constexpr uint32_t kMinOf[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMinOf[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
  *i += n;
  return cp;
}

bool IsSpace(uint32_t cp) { return cp == ' ' || cp == 0x3000 || cp == 0xA0; }

bool Forbidden(uint32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFE || cp == 0xFFFF || cp == 0x2028 ||
         cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

}  // namespace

std::optional<std::string> CheckDisplayName(std::string_view name, size_t max_chars) {
  if (name.empty()) return "must not be empty";
  size_t chars = 0;
  uint32_t first = 0, last = 0;
  for (size_t i = 0; i < name.size();) {
    const size_t at = i;
    const auto cp = NextCodePoint(name, &i);
    if (!cp) return "is not valid UTF-8 (byte " + std::to_string(at) + ")";
    if (Forbidden(*cp)) {
      char buf[16];
      std::snprintf(buf, sizeof(buf), "U+%04X", static_cast<unsigned>(*cp));
      return std::string("contains the control or formatting character ") + buf;
    }
    if (chars++ == 0) first = *cp;
    last = *cp;
  }
  if (chars > max_chars) {
    return "is longer than " + std::to_string(max_chars) + " characters";
  }
  if (IsSpace(first) || IsSpace(last)) return "must not begin or end with a space";
  return std::nullopt;
}

std::string FullDepartmentName(const std::string& jurisdiction, const std::string& name) {
  if (name.rfind(jurisdiction, 0) == 0) return name;
  return jurisdiction + name;
}

}  // namespace dpfeed
